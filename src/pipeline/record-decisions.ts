import type { LineAuthor } from '../integrations/git/index.js';
import {
  SYSTEM_ACTOR,
  type Actor,
  type RecordAuditEvent,
  type PolicyOutcome,
  type RunContext,
} from '../model/index.js';

export type RecordEvent = RecordAuditEvent;

/** Who wrote a suppression comment, keyed `path:line`, from git blame. */
export type SuppressionAuthors = ReadonlyMap<string, LineAuthor>;

export function suppressionAuthorKey(path: string, line: number): string {
  return `${path}:${line}`;
}

/**
 * The audit trail of the policy stage: every finding with its decision, every suppression with the person
 * who wrote it, every exception and override applied or refused, and the gate's verdict. Each event names
 * the actor who caused it, so an auditor can trace a passed gate back to a person.
 */
export function recordDecisions(
  record: RecordEvent,
  policy: PolicyOutcome,
  context: RunContext,
  authors: SuppressionAuthors,
): void {
  for (const decision of policy.decisions) {
    const { finding } = decision;
    const where = { ruleId: finding.ruleId, path: finding.location.path, line: finding.location.startLine };
    record(
      decision.lifecycle === 'reopened' ? 'finding.reopened' : 'finding.opened',
      context.actor,
      finding.fingerprint,
      {
        ...where,
        severity: finding.severity,
        category: finding.category,
        action: decision.action,
        reason: decision.reason,
        by: decision.by,
        lifecycle: decision.lifecycle,
      },
    );
    if (decision.action === 'suppressed' && decision.suppression) {
      const { suppression } = decision;
      const author = authors.get(suppressionAuthorKey(suppression.path, suppression.line));
      record('finding.suppressed', author ? authorActor(author) : unknownAuthor(), finding.fingerprint, {
        ...where,
        syntax: suppression.syntax,
        reason: suppression.reason,
        comment: { path: suppression.path, line: suppression.line },
        author: author ? authorFacts(author) : null,
      });
    }
    if (decision.action === 'excepted' && decision.exceptionId) {
      const status = policy.exceptionStatus?.find((entry) => entry.id === decision.exceptionId);
      record('finding.excepted', approverActor(status?.approvedBy ?? null), finding.fingerprint, {
        ...where,
        exception: decision.exceptionId,
        reason: decision.reason,
        approvedBy: status?.approvedBy ?? null,
        expires: status?.expires ?? null,
        line: status?.line ?? null,
      });
    }
  }

  for (const problem of policy.suppressionProblems ?? []) {
    const { suppression } = problem;
    const author = authors.get(suppressionAuthorKey(suppression.path, suppression.line));
    record('suppression.refused', author ? authorActor(author) : unknownAuthor(), suppression.fingerprint, {
      ruleId: suppression.ruleId,
      comment: { path: suppression.path, line: suppression.line },
      syntax: suppression.syntax,
      problem: problem.problem,
      author: author ? authorFacts(author) : null,
    });
  }
  for (const status of policy.exceptionStatus ?? []) {
    if ((status.status === 'expired' || status.status === 'unapproved') && status.matched.length > 0) {
      record('exception.refused', approverActor(status.approvedBy), status.id, {
        status: status.status,
        expires: status.expires,
        line: status.line,
        matched: status.matched,
      });
    }
  }
  for (const report of policy.overrideAttempts ?? []) {
    if (report.outcome !== 'refused') continue;
    const { attempt } = report;
    record('override.refused', attempt.actor, context.repository, {
      via: attempt.via,
      at: attempt.at,
      reason: attempt.reason,
      permission: attempt.permission,
      inTeam: attempt.inTeam,
      sourceId: attempt.sourceId,
      pullRequest: context.pullRequestNumber,
      refusedBecause: report.refusedBecause,
    });
  }
  if (policy.appliedOverride) {
    const override = policy.appliedOverride;
    record('policy.overridden', override.actor, context.repository, {
      via: override.via,
      at: override.at,
      reason: override.reason,
      sourceId: override.sourceId,
      pullRequest: context.pullRequestNumber,
      covered: override.covered,
    });
  }
}

/** The gate's verdict, after every decision is recorded. */
export function recordVerdict(record: RecordEvent, policy: PolicyOutcome, context: RunContext): void {
  const blocking = policy.decisions.filter((d) => d.action === 'block').map((d) => d.finding.fingerprint);
  const source = policy.policySource;
  record(policy.result === 'blocked' ? 'policy.blocked' : 'policy.passed', SYSTEM_ACTOR, context.repository, {
    result: policy.result,
    blockingCount: policy.blockingCount,
    blocking,
    failOn: source?.failOn ?? null,
    failOnFrom: source?.failOnFrom ?? null,
    policyFile: source?.path ?? null,
    policySha256: source?.sha256 ?? null,
    diffAware: source?.diffAware ?? false,
    overriddenBy: policy.appliedOverride?.actor ?? null,
  });
}

function authorActor(author: LineAuthor): Actor {
  // git knows a name and an e-mail, not a GitHub account: the login field carries the e-mail, and the id
  // stays null rather than a guess.
  return { login: author.authorEmail || author.authorName, id: null, type: 'user' };
}

function authorFacts(author: LineAuthor): Record<string, unknown> {
  return {
    name: author.authorName,
    email: author.authorEmail,
    commit: author.commit,
    authoredAt: author.authoredAt,
    uncommitted: author.uncommitted,
    shallowBoundary: author.shallowBoundary ?? false,
  };
}

function unknownAuthor(): Actor {
  return { login: 'unknown', id: null, type: 'user' };
}

function approverActor(login: string | null): Actor {
  return login ? { login, id: null, type: 'user' } : unknownAuthor();
}
