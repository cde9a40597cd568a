import { createHash } from 'node:crypto';

export interface FingerprintInput {
  ruleId: string;
  path: string;
  /** The matched code. Whitespace is normalised here, so callers pass it raw. */
  matchedText: string;
  /** How many earlier matches of the same rule had the same normalised text in this file (0-based). */
  occurrence: number;
}

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A finding's identity for baselines, lifecycle, tickets and SARIF partialFingerprints. It uses no
 * line numbers, so inserting lines above a finding does not change it.
 */
export function fingerprintFinding({ ruleId, path, matchedText, occurrence }: FingerprintInput): string {
  return createHash('sha256')
    .update(['soc2-scan/v1', ruleId, path, normaliseWhitespace(matchedText), String(occurrence)].join('\0'))
    .digest('hex');
}

/** Assigns occurrence indexes in file order, so equal matches in one file get distinct fingerprints. */
export class OccurrenceCounter {
  private readonly seen = new Map<string, number>();

  next(ruleId: string, path: string, matchedText: string): number {
    const key = [ruleId, path, normaliseWhitespace(matchedText)].join('\0');
    const count = this.seen.get(key) ?? 0;
    this.seen.set(key, count + 1);
    return count;
  }
}
