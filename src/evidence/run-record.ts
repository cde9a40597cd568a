import type {
  Actor,
  AppliedOverride,
  ExceptionStatus,
  OverrideAttemptReport,
  SuppressionProblem,
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

export interface BaselineRecord {
  diffAware: boolean;
  baseCommit: string;
  mergeBase: string | null;
  changedFiles: number;
  /** Base-side findings in the changed files (fingerprints compared with this run's). */
  baseFindings: number;
  fetched: string[];
  /** Why the run is not diff-aware, when it is not. */
  reason: string | null;
}

export interface ImportRecord {
  tool: string;
  version: string;
  file: string;
  sha256: string;
  findings: number;
  skipped: number;
}

export interface PolicyReport {
  suppressionProblems: SuppressionProblem[];
  exceptionStatus: ExceptionStatus[];
  exceptionsExpiringSoon: ExceptionStatus[];
  overrideAttempts: OverrideAttemptReport[];
  appliedOverride: AppliedOverride | null;
}

/** Everything the evidence bundle records about one run; built by the pipeline, written by evidence/. */
export interface RunRecord {
  tool: { name: string; version: string };
  context: RunContext;
  /** ISO 8601 UTC with milliseconds. */
  startedAt: string;
  finishedAt: string;
  settings: {
    paths: string[];
    failOn: Severity[];
    maxFileBytes: number;
    /** The time one rule may spend on one file before the file is reported as a timeout. */
    timeoutPerFileMs: number;
    /** Whether timeouts were allowed to leave the scan partial instead of failing it (exit 3). */
    allowPartial: boolean;
  };
  rulesets: RulesetInfo[];
  policy: {
    path: string | null;
    sha256: string | null;
    /** `base <sha>` when read from the change's base commit, else `workspace`. */
    readFrom?: string;
    /** Where the policy came from when it matters (base unreachable, edited by this change). */
    note?: string | null;
    exceptionsFile?: string | null;
    exceptionsSha256?: string | null;
  };
  /** Diff-aware comparison with the change's base; null when the run had no base to compare with. */
  baseline?: BaselineRecord | null;
  /** Other scanners' results imported into this run. */
  imports?: ImportRecord[];
  /** What the policy stage reported beyond the decisions; null when it did not run. */
  policyReport?: PolicyReport | null;
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
