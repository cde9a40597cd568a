import type { Decision, DecisionAction, Finding, PolicyOutcome, Severity } from '../model/index.js';

export interface GatePolicy {
  /** Severities that block a merge. */
  failOn: Severity[];
}

/**
 * The first-cut policy: a finding whose severity is in `failOn` blocks; medium findings that do not
 * block are raised as comments; the rest are monitored. Every finding is new until baselines exist.
 */
export function decideFindings(findings: readonly Finding[], policy: GatePolicy): PolicyOutcome {
  const failOnLabel = policy.failOn.length > 0 ? policy.failOn.join(',') : 'none';
  const decisions: Decision[] = findings.map((finding) => {
    const action = actionFor(finding.severity, policy.failOn);
    return {
      finding,
      action,
      reason:
        action === 'block'
          ? `severity ${finding.severity} is in fail-on (${failOnLabel})`
          : `severity ${finding.severity} is not in fail-on (${failOnLabel})`,
      by: `fail-on: ${failOnLabel}`,
      lifecycle: 'new',
    };
  });
  const blockingCount = decisions.filter((decision) => decision.action === 'block').length;
  return { result: blockingCount > 0 ? 'blocked' : 'passed', decisions, fixed: [], blockingCount };
}

function actionFor(severity: Severity, failOn: Severity[]): DecisionAction {
  if (failOn.includes(severity)) return 'block';
  if (severity === 'critical' || severity === 'high' || severity === 'medium') return 'comment';
  return 'monitor';
}
