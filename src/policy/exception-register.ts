import type { ExceptionEntry } from '../config/exceptions-file/index.js';
import type { ExceptionState, ExceptionStatus, Finding } from '../model/index.js';
import { pathMatches, ruleIdMatches } from './globs.js';

/** Exceptions expiring within this many days are listed in the summary so they are renewed or fixed in time. */
export const EXPIRING_SOON_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC calendar day of `today`, YYYY-MM-DD: expiry is a date, not a time, and runners may sit anywhere. */
export function utcDay(today: Date): string {
  return today.toISOString().slice(0, 10);
}

export function exceptionMatches(entry: ExceptionEntry, finding: Finding): boolean {
  if ('fingerprint' in entry.match) return entry.match.fingerprint === finding.fingerprint.toLowerCase();
  return (
    ruleIdMatches(entry.match.rule, finding.ruleId) &&
    (entry.match.path === null || pathMatches(entry.match.path, finding.location.path))
  );
}

/** Why an entry cannot apply today, or null when it can. An exception is valid through its expiry day. */
export function whyExceptionDoesNotApply(entry: ExceptionEntry, today: Date): string | null {
  if (entry.approvedBy === null) return `exception ${entry.id} is unapproved (approved-by is empty)`;
  if (entry.expires < utcDay(today)) return `exception ${entry.id} expired on ${entry.expires}`;
  return null;
}

function daysLeft(entry: ExceptionEntry, today: Date): number {
  return Math.round(
    (Date.parse(`${entry.expires}T00:00:00Z`) - Date.parse(`${utcDay(today)}T00:00:00Z`)) / DAY_MS,
  );
}

/** Tracks, for one run, which findings each register entry matched and which it excepted. */
export class ExceptionRegister {
  private readonly matched = new Map<string, string[]>();
  private readonly applied = new Map<string, string[]>();

  constructor(
    private readonly entries: readonly ExceptionEntry[],
    private readonly today: Date,
  ) {}

  /**
   * The first entry (in file order) that matches and can apply excepts the finding; matching entries
   * that cannot apply are returned as notes, so the decision says why they did not.
   */
  lookup(finding: Finding): { applies: ExceptionEntry | null; notApplied: string[] } {
    const notApplied: string[] = [];
    for (const entry of this.entries) {
      if (!exceptionMatches(entry, finding)) continue;
      this.record(this.matched, entry.id, finding.fingerprint);
      const problem = whyExceptionDoesNotApply(entry, this.today);
      if (problem) {
        notApplied.push(problem);
        continue;
      }
      this.record(this.applied, entry.id, finding.fingerprint);
      return { applies: entry, notApplied };
    }
    return { applies: null, notApplied };
  }

  statuses(): ExceptionStatus[] {
    return this.entries.map((entry) => {
      const applied = this.applied.get(entry.id) ?? [];
      const state: ExceptionState =
        entry.approvedBy === null
          ? 'unapproved'
          : entry.expires < utcDay(this.today)
            ? 'expired'
            : applied.length > 0
              ? 'active'
              : 'unused';
      return {
        id: entry.id,
        status: state,
        expires: entry.expires,
        approvedBy: entry.approvedBy,
        line: entry.line,
        daysLeft: daysLeft(entry, this.today),
        matched: this.matched.get(entry.id) ?? [],
        applied,
      };
    });
  }

  /** Approved entries still in force that expire within EXPIRING_SOON_DAYS (used or not). */
  static expiringSoon(statuses: readonly ExceptionStatus[]): ExceptionStatus[] {
    return statuses.filter(
      (status) =>
        (status.status === 'active' || status.status === 'unused') && status.daysLeft <= EXPIRING_SOON_DAYS,
    );
  }

  private record(map: Map<string, string[]>, id: string, fingerprint: string): void {
    const list = map.get(id) ?? [];
    if (!list.includes(fingerprint)) list.push(fingerprint);
    map.set(id, list);
  }
}
