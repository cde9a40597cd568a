import type { Actor, AppliedOverride, OverrideAttempt, OverrideAttemptReport } from '../model/index.js';

export interface OverrideRules {
  label: string;
  permissions: readonly string[];
  team: string | null;
  allowSelfOverride: boolean;
}

/** Same person: by numeric id when both sides know it, else by login (GitHub logins are case-insensitive). */
export function sameActor(a: Actor, b: Actor): boolean {
  if (a.id !== null && b.id !== null) return a.id === b.id;
  return a.login.toLowerCase() === b.login.toLowerCase();
}

/** Every reason an attempt is not authorised (empty when it is), so a refusal names them all. */
export function overrideRefusals(
  attempt: OverrideAttempt,
  rules: OverrideRules,
  pullRequestAuthor: Actor | null,
): string[] {
  const refusals: string[] = [];
  if (attempt.via === 'comment' && !attempt.reason?.trim()) {
    refusals.push('an override comment needs a reason: /soc2-scan override <reason>');
  }
  if (pullRequestAuthor && sameActor(attempt.actor, pullRequestAuthor) && !rules.allowSelfOverride) {
    refusals.push(
      `${attempt.actor.login} is the pull request author and cannot override their own pull request (allow-self-override is false)`,
    );
  }
  const permitted = attempt.permission !== null && rules.permissions.includes(attempt.permission);
  if (!permitted && attempt.inTeam !== true) {
    const role =
      attempt.permission === null
        ? `the repository permission of ${attempt.actor.login} is unknown`
        : `permission '${attempt.permission}' of ${attempt.actor.login} is not in override permissions (${rules.permissions.join(', ')})`;
    const team = rules.team ? ` and they are not shown to be in team ${rules.team}` : '';
    refusals.push(role + team);
  }
  return refusals;
}

export interface OverrideEvaluation {
  reports: OverrideAttemptReport[];
  applied: AppliedOverride | null;
}

/**
 * Decides which override attempt, if any, applies: only when the run would block, and then the
 * latest authorised one. `blockingFingerprints` are what it covers. Reports keep the input order.
 */
export function evaluateOverrideAttempts(
  attempts: readonly OverrideAttempt[],
  rules: OverrideRules,
  pullRequestAuthor: Actor | null,
  blockingFingerprints: readonly string[],
): OverrideEvaluation {
  const refusals = attempts.map((attempt) => overrideRefusals(attempt, rules, pullRequestAuthor));
  const wouldBlock = blockingFingerprints.length > 0;
  let latest = -1;
  attempts.forEach((attempt, index) => {
    if (refusals[index].length > 0) return;
    if (latest < 0 || Date.parse(attempt.at) >= Date.parse(attempts[latest].at)) latest = index;
  });
  const chosen = wouldBlock && latest >= 0 ? attempts[latest] : null;

  const reports = attempts.map((attempt, index): OverrideAttemptReport => {
    const refused = refusals[index];
    if (!wouldBlock) {
      const note = refused.length > 0 ? `; it would also have been refused: ${refused.join('; ')}` : '';
      return {
        attempt,
        accepted: false,
        outcome: 'not-needed',
        refusedBecause: `not needed: nothing blocks in this run${note}`,
        covered: [],
      };
    }
    if (refused.length > 0) {
      return {
        attempt,
        accepted: false,
        outcome: 'refused',
        refusedBecause: refused.join('; '),
        covered: [],
      };
    }
    if (attempt === chosen) {
      return {
        attempt,
        accepted: true,
        outcome: 'applied',
        refusedBecause: null,
        covered: [...blockingFingerprints],
      };
    }
    return {
      attempt,
      accepted: false,
      outcome: 'superseded',
      refusedBecause: `superseded by the later override of ${chosen!.actor.login} at ${chosen!.at}`,
      covered: [],
    };
  });

  return {
    reports,
    applied: chosen && {
      actor: chosen.actor,
      via: chosen.via,
      at: chosen.at,
      reason: chosen.reason?.trim() || null,
      sourceId: chosen.sourceId,
      covered: [...blockingFingerprints],
    },
  };
}

/** The override in words for a decision's reason. */
export function describeOverride(override: AppliedOverride, label: string): string {
  const how = override.via === 'comment' ? 'PR comment' : `label '${label}'`;
  const why = override.reason ? `: ${override.reason}` : '';
  return `overridden by ${override.actor.login} via ${how} at ${override.at}${why}`;
}
