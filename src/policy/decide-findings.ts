import type { ExceptionEntry } from '../config/exceptions-file/index.js';
import type { PolicySettings } from '../config/policy-file/index.js';
import type {
  Actor,
  Decision,
  Finding,
  InlineSuppression,
  Lifecycle,
  OverrideAttempt,
  PolicyOutcome,
  PolicyResult,
  Severity,
  SuppressionProblem,
} from '../model/index.js';
import { ExceptionRegister } from './exception-register.js';
import { describeOverride, evaluateOverrideAttempts } from './override-attempts.js';
import { decideByPolicy, type BaseDecision, type GateSettings } from './policy-rules.js';

/** A file the policy came from, as the loaders return it. */
export interface PolicyFileRef {
  path: string | null;
  sha256: string | null;
}

export interface PolicyInput {
  findings: readonly Finding[];
  /** From the action input / CLI flag; the policy file's `fail-on` replaces it when set. */
  failOn: Severity[];
  /** `defaultPolicySettings()` when there is no policy file. */
  settings: PolicySettings;
  exceptions: readonly ExceptionEntry[];
  suppressions: readonly InlineSuppression[];
  /** Fingerprints present on the PR's base (diff-aware); null when not a PR or no baseline. */
  baseline: ReadonlySet<string> | null;
  /** Paths that differ between base and head; findings outside them are existing by construction. null = unknown. */
  changedPaths?: ReadonlySet<string> | null;
  overrideAttempts: readonly OverrideAttempt[];
  pullRequestAuthor: Actor | null;
  /** For exception expiry; injected, never read from the clock here. */
  today: Date;
  /** Where the settings and the register came from, for reasons and the scan record. */
  policyFile?: PolicyFileRef;
  exceptionsFile?: PolicyFileRef;
}

/**
 * Decides every finding and the run, saying for each decision exactly why and on whose authority:
 * policy rule or fail-on gate → diff-aware (existing findings never block) → exception register →
 * inline suppression → override of what still blocks.
 */
export function decideFindings(input: PolicyInput): PolicyOutcome {
  const { settings } = input;
  const policyPath = input.policyFile?.path ?? null;
  const failOnFromFile = settings.failOn !== null;
  const gate: GateSettings = {
    rules: settings.rules,
    failOn: settings.failOn ?? input.failOn,
    failOnSource: failOnFromFile ? `policy file ${policyPath ?? '(fail-on)'}` : 'the action input fail-on',
    policyPath,
  };
  const register = new ExceptionRegister(input.exceptions, input.today);
  const suppressionsByFinding = groupByFingerprint(input.suppressions);
  const suppressionProblems: SuppressionProblem[] = [];

  const decisions = input.findings.map((finding): Decision => {
    const lifecycle = lifecycleOf(finding, input);
    const base = diffAware(decideByPolicy(finding, gate), finding, lifecycle, input);
    const notes: string[] = [];

    const exception = register.lookup(finding);
    notes.push(...exception.notApplied);

    const candidates = suppressionsByFinding.get(finding.fingerprint) ?? [];
    const usable = candidates.filter((s) => s.reason !== null || !settings.suppressions.requireReason);
    for (const suppression of candidates) {
      if (suppression.reason !== null || !settings.suppressions.requireReason) continue;
      const problem = `${suppression.syntax} comment at ${suppression.path}:${suppression.line} has no reason, so it does not suppress (write '-- <reason>' after the rule id)`;
      suppressionProblems.push({ suppression, problem });
      notes.push(problem);
    }

    const noted = (reason: string): string => (notes.length > 0 ? `${reason}; ${notes.join('; ')}` : reason);
    if (exception.applies) {
      const entry = exception.applies;
      const where = input.exceptionsFile?.path ? ` (${input.exceptionsFile.path}:${entry.line})` : '';
      return {
        finding,
        action: 'excepted',
        reason: noted(
          `exception ${entry.id}${where} approved by ${entry.approvedBy}, valid through ${entry.expires}: ${entry.reason}; policy alone would give ${base.action}`,
        ),
        by: `exception ${entry.id}`,
        lifecycle,
        exceptionId: entry.id,
      };
    }
    const [suppression] = usable;
    if (suppression) {
      const why = suppression.reason ?? 'no reason given (suppressions.require-reason is false)';
      return {
        finding,
        action: 'suppressed',
        reason: noted(`${suppression.syntax} comment: ${why}; policy alone would give ${base.action}`),
        by: `inline comment ${suppression.path}:${suppression.line}`,
        lifecycle,
        suppression,
      };
    }
    return { finding, action: base.action, reason: noted(base.reason), by: base.by, lifecycle };
  });

  const blocking = decisions.filter((decision) => decision.action === 'block');
  const overrides = evaluateOverrideAttempts(
    input.overrideAttempts,
    settings.overrides,
    input.pullRequestAuthor,
    blocking.map((decision) => decision.finding.fingerprint),
  );
  const applied = overrides.applied;
  if (applied) {
    const description = describeOverride(applied, settings.overrides.label);
    for (const decision of blocking) {
      decision.reason = `${description}; would have blocked: ${decision.reason}`;
      decision.action = 'overridden';
      decision.by = applied.actor.login;
    }
  }

  const blockingCount = decisions.filter((decision) => decision.action === 'block').length;
  const result: PolicyResult = applied ? 'overridden' : blockingCount > 0 ? 'blocked' : 'passed';
  const exceptionStatus = register.statuses();
  return {
    result,
    decisions,
    fixed: [],
    blockingCount,
    policySource: {
      path: policyPath,
      sha256: input.policyFile?.sha256 ?? null,
      failOn: [...gate.failOn],
      failOnFrom: failOnFromFile ? 'policy-file' : 'action-input',
      exceptionsFile: input.exceptionsFile?.path ?? null,
      exceptionsSha256: input.exceptionsFile?.sha256 ?? null,
      diffAware: input.baseline !== null,
    },
    suppressionProblems,
    exceptionStatus,
    exceptionsExpiringSoon: ExceptionRegister.expiringSoon(exceptionStatus),
    overrideAttempts: overrides.reports,
    appliedOverride: applied,
  };
}

function groupByFingerprint(suppressions: readonly InlineSuppression[]): Map<string, InlineSuppression[]> {
  const map = new Map<string, InlineSuppression[]>();
  for (const suppression of suppressions) {
    const list = map.get(suppression.fingerprint) ?? [];
    list.push(suppression);
    map.set(suppression.fingerprint, list);
  }
  return map;
}

/** Without a baseline everything is new; with one, what the base already has (or an unchanged file holds) exists. */
function lifecycleOf(finding: Finding, input: PolicyInput): Lifecycle {
  if (input.baseline === null) return 'new';
  if (input.baseline.has(finding.fingerprint)) return 'existing';
  if (input.changedPaths && !input.changedPaths.has(finding.location.path)) return 'existing';
  return 'new';
}

/** On a pull request only new findings block: an existing one that would block is raised as a comment. */
function diffAware(
  base: BaseDecision,
  finding: Finding,
  lifecycle: Lifecycle,
  input: PolicyInput,
): BaseDecision {
  if (lifecycle !== 'existing' || base.action !== 'block') return base;
  const why = input.baseline?.has(finding.fingerprint)
    ? 'it already exists on the base branch'
    : `its file ${finding.location.path} is not changed by this pull request`;
  return {
    action: 'comment',
    reason: `${base.reason}; would block, but ${why} (diff-aware: only new findings block)`,
    by: base.by,
  };
}
