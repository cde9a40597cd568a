import type { Actor } from './actor.js';
import type { Finding, Severity } from './finding.js';

export const DECISION_ACTIONS = [
  'block',
  'comment',
  'monitor',
  'suppressed',
  'excepted',
  'overridden',
] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export type Lifecycle = 'new' | 'existing' | 'reopened';

export interface Decision {
  finding: Finding;
  action: DecisionAction;
  reason: string;
  /** What decided: a policy rule, an inline comment, an exception id, or the actor who overrode. */
  by: string;
  lifecycle: Lifecycle;
  /** The inline comment that suppressed this finding (action `suppressed`), for blame and audit events. */
  suppression?: InlineSuppression;
  /** The exception register entry that excepted this finding (action `excepted`). */
  exceptionId?: string;
}

/** The result of the policy stage for one run. */
export type PolicyResult = 'passed' | 'blocked' | 'overridden';

export interface PolicyOutcome {
  result: PolicyResult;
  decisions: Decision[];
  /** Fingerprints open in the previous run that this run no longer sees. */
  fixed: string[];
  blockingCount: number;
  /** The reports below are filled by the policy stage; optional so older producers still type-check. */
  policySource?: PolicySource;
  suppressionProblems?: SuppressionProblem[];
  exceptionStatus?: ExceptionStatus[];
  /** Active exceptions whose expiry is within 14 days. */
  exceptionsExpiringSoon?: ExceptionStatus[];
  overrideAttempts?: OverrideAttemptReport[];
  appliedOverride?: AppliedOverride | null;
}

/** The actions a policy rule or the fail-on gate can give a finding (before suppressions, exceptions, overrides). */
export const POLICY_ACTIONS = ['block', 'comment', 'monitor'] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

/** GitHub repository roles, as `GET /repos/{owner}/{repo}/collaborators/{user}/permission` names them. */
export const REPOSITORY_PERMISSIONS = ['admin', 'maintain', 'write', 'triage', 'read'] as const;
export type RepositoryPermission = (typeof REPOSITORY_PERMISSIONS)[number];

/** An inline comment on a finding's line or the line above that asks to suppress it. */
export interface InlineSuppression {
  fingerprint: string;
  ruleId: string;
  path: string;
  /** 1-based line of the comment (blame this line for who wrote it). */
  line: number;
  syntax: 'soc2-scan-ignore' | 'nosemgrep';
  /** The text after ` -- `, trimmed; null when none was given. */
  reason: string | null;
}

/** Someone asked to override a blocked run, by PR comment `/soc2-scan override <reason>` or by label. */
export interface OverrideAttempt {
  via: 'comment' | 'label';
  actor: Actor;
  /** ISO 8601 time of the comment or of the labeling event. */
  at: string;
  reason: string | null;
  /** The actor's GitHub repository role: admin|maintain|write|triage|read|none; null when unknown. */
  permission: string | null;
  /** Whether the actor is in the configured override team; null when not checked or unknown. */
  inTeam: boolean | null;
  /** Comment id or issue event id, so an auditor can find the attempt on GitHub. */
  sourceId: string;
}

export type OverrideAttemptOutcome = 'applied' | 'superseded' | 'refused' | 'not-needed';

export interface OverrideAttemptReport {
  attempt: OverrideAttempt;
  /** True only for the attempt that was applied. */
  accepted: boolean;
  outcome: OverrideAttemptOutcome;
  /** Why it was not applied (all reasons, joined); null when applied. */
  refusedBecause: string | null;
  /** Fingerprints whose `block` this attempt turned into `overridden`. */
  covered: string[];
}

export interface AppliedOverride {
  actor: Actor;
  via: 'comment' | 'label';
  at: string;
  reason: string | null;
  sourceId: string;
  covered: string[];
}

/** A suppression comment that did not suppress, and why. */
export interface SuppressionProblem {
  suppression: InlineSuppression;
  problem: string;
}

export type ExceptionState = 'active' | 'expired' | 'unapproved' | 'unused';

export interface ExceptionStatus {
  id: string;
  status: ExceptionState;
  /** YYYY-MM-DD */
  expires: string;
  approvedBy: string | null;
  /** Line of the entry in the exceptions file. */
  line: number;
  /** Whole days from today (UTC) to the expiry date; negative once expired. */
  daysLeft: number;
  /** Fingerprints the entry matched (whether or not it applied). */
  matched: string[];
  /** Fingerprints it actually excepted. */
  applied: string[];
}

/** Which policy decided this run, for the scan record. */
export interface PolicySource {
  /** Policy file path relative to the workspace; null when defaults were used. */
  path: string | null;
  sha256: string | null;
  failOn: Severity[];
  failOnFrom: 'policy-file' | 'action-input';
  exceptionsFile: string | null;
  exceptionsSha256: string | null;
  /** Diff-aware mode: findings on the base branch do not block. */
  diffAware: boolean;
}
