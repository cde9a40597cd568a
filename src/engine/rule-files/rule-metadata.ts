import type { Category, Confidence, Severity } from '../../model/index.js';

const SEVERITY_MAP: Record<string, Severity> = {
  CRITICAL: 'critical',
  ERROR: 'high',
  HIGH: 'high',
  WARNING: 'medium',
  MEDIUM: 'medium',
  INFO: 'low',
  LOW: 'low',
  INVENTORY: 'info',
  EXPERIMENT: 'info',
};
export const SEVERITY_NAMES = Object.keys(SEVERITY_MAP);

/** Semgrep's severities (and the newer CRITICAL/HIGH/MEDIUM/LOW) onto ours. */
export function severityOf(name: string): Severity | undefined {
  return SEVERITY_MAP[name.toUpperCase()];
}

/** `metadata.category` only changes the finding category for the non-SAST kinds; `security` etc. stay sast. */
export function categoryOf(metadata: Record<string, unknown>): Category {
  const category = typeof metadata.category === 'string' ? metadata.category.toLowerCase() : '';
  return category === 'secrets' || category === 'supply-chain' || category === 'iac' ? category : 'sast';
}

export function confidenceOf(metadata: Record<string, unknown>): Confidence {
  const confidence = typeof metadata.confidence === 'string' ? metadata.confidence.toLowerCase() : '';
  return confidence === 'high' || confidence === 'low' || confidence === 'medium' ? confidence : 'medium';
}

/** `cwe: 'CWE-79: …'` or a list of them, as a list. */
export function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}
