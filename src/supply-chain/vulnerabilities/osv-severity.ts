import cvss from 'ae-cvss-calculator';

import type { Severity } from '../../model/index.js';
import type { OsvRecord, OsvSeverity } from './osv-record.js';

/** Malicious-package records (ossf/malicious-packages) carry MAL- ids. */
export function isMalicious(record: OsvRecord): boolean {
  return [record.id, ...(record.aliases ?? [])].some((id) => id.startsWith('MAL-'));
}

/** CVSS base score of one OSV severity entry, or null when it is not a CVSS vector this can score. */
export function cvssBaseScore(severity: OsvSeverity): number | null {
  try {
    const vector =
      severity.type === 'CVSS_V4'
        ? new cvss.Cvss4P0(severity.score)
        : severity.type === 'CVSS_V3'
          ? severity.score.startsWith('CVSS:3.0/')
            ? new cvss.Cvss3P0(severity.score)
            : new cvss.Cvss3P1(severity.score)
          : severity.type === 'CVSS_V2'
            ? new cvss.Cvss2(severity.score)
            : null;
    const score = vector?.calculateScores().base;
    return typeof score === 'number' && Number.isFinite(score) ? score : null;
  } catch {
    return null; // a malformed vector: fall back to the advisory's own rating
  }
}

/** CVSS qualitative rating scale (FIRST, CVSS v3.1 §5). */
export function severityFromCvssScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

const DATABASE_RATINGS: Record<string, Severity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MODERATE: 'medium',
  MEDIUM: 'medium',
  LOW: 'low',
};

/**
 * A record's severity: critical for malicious packages (CC6.8); else the highest CVSS base score
 * among its vectors (record-level and per-package); else the database's own rating (GitHub's
 * CRITICAL/HIGH/MODERATE/LOW); else medium, since an unrated known vulnerability is still one.
 */
export function recordSeverity(record: OsvRecord): Severity {
  if (isMalicious(record)) return 'critical';
  const vectors = [...(record.severity ?? []), ...(record.affected ?? []).flatMap((a) => a.severity ?? [])];
  const scores = vectors.map(cvssBaseScore).filter((score): score is number => score !== null);
  if (scores.length > 0) return severityFromCvssScore(Math.max(...scores));
  const rating = record.database_specific?.severity;
  if (typeof rating === 'string' && DATABASE_RATINGS[rating.toUpperCase()])
    return DATABASE_RATINGS[rating.toUpperCase()];
  return 'medium';
}
