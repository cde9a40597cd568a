import type {
  Actor,
  DependencyInventory,
  Decision,
  DecisionAction,
  PolicyResult,
  RulesetInfo,
  RunContext,
  ScanProblem,
  ScanScope,
  Severity,
} from '../model/index.js';

/** The run's final result: a policy result, or `failed` when the scan could not complete (fail closed). */
export type RunResult = PolicyResult | 'failed';

export interface RunOutcome {
  result: RunResult;
  exitCode: 0 | 1 | 2 | 3;
  blockingCount: number;
  findingsCount: number;
  countsBySeverity: Record<Severity, number>;
  countsByDecision: Record<DecisionAction, number>;
  /** Who overrode a block, when the result is `overridden`. */
  overriddenBy: Actor[];
  /** Why the run failed, when it did. Never contains secrets. */
  error: string | null;
}

/** Everything the evidence bundle records about one run; built by the pipeline, written by evidence/. */
export interface RunRecord {
  tool: { name: string; version: string };
  context: RunContext;
  /** ISO 8601 UTC with milliseconds. */
  startedAt: string;
  finishedAt: string;
  settings: { paths: string[]; failOn: Severity[]; maxFileBytes: number };
  rulesets: RulesetInfo[];
  policy: { path: string | null; sha256: string | null };
  /** null when the run failed before the scan produced a scope. */
  scope: ScanScope | null;
  problems: ScanProblem[];
  decisions: Decision[];
  /** Fingerprints open in the previous run that this run no longer sees. */
  fixed: string[];
  /** Third-party components read from lockfiles; null when the run failed before the inventory. */
  inventory: DependencyInventory | null;
  /** Where known vulnerabilities were looked up, when they were. */
  vulnerabilityDatabase: { source: string; records: number } | null;
  outcome: RunOutcome;
}
