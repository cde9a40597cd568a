import {
  DECISION_ACTIONS,
  SEVERITIES,
  type Decision,
  type DecisionAction,
  type PolicyOutcome,
  type Severity,
} from '../model/index.js';
import type { RunOutcome } from '../evidence/run-record.js';

export type RunFailure = { exitCode: 2 | 3; error: string };

function countBy<K extends string>(keys: readonly K[], values: K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

/** Maps the policy's verdict, or the failure that prevented one, to the run's result and exit code. */
export function summariseOutcome(
  decisions: readonly Decision[],
  policy: PolicyOutcome | null,
  failure: RunFailure | null,
  /** A policy violation other than blocking findings (e.g. a ticket that had to be written was not). */
  violation: string | null = null,
): RunOutcome {
  const severities: Severity[] = decisions.map((decision) => decision.finding.severity);
  const actions: DecisionAction[] = decisions.map((decision) => decision.action);
  const base = {
    blockingCount: policy?.blockingCount ?? 0,
    findingsCount: decisions.length,
    countsBySeverity: countBy(SEVERITIES, severities),
    countsByDecision: countBy(DECISION_ACTIONS, actions),
    overriddenBy: policy?.appliedOverride ? [policy.appliedOverride.actor] : [],
  };
  if (failure) return { ...base, result: 'failed', exitCode: failure.exitCode, error: failure.error };
  if (violation) return { ...base, result: 'blocked', exitCode: 1, error: violation };
  const result = policy?.result ?? 'passed';
  return { ...base, result, exitCode: result === 'blocked' ? 1 : 0, error: null };
}
