import type { Finding } from './finding.js';

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
}

/** The result of the policy stage for one run. */
export type PolicyResult = 'passed' | 'blocked' | 'overridden';

export interface PolicyOutcome {
  result: PolicyResult;
  decisions: Decision[];
  /** Fingerprints open in the previous run that this run no longer sees. */
  fixed: string[];
  blockingCount: number;
}
