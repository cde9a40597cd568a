import type { Confidence, Severity } from '../../model/index.js';

/** The same mapping our engine applies to Semgrep-format rules, so imported and native findings agree. */
const SEVERITIES: Record<string, Severity> = {
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

export function semgrepSeverity(value: unknown): Severity | undefined {
  return typeof value === 'string' ? SEVERITIES[value.toUpperCase()] : undefined;
}

export function semgrepConfidence(value: unknown): Confidence {
  const confidence = typeof value === 'string' ? value.toLowerCase() : '';
  return confidence === 'high' || confidence === 'low' || confidence === 'medium' ? confidence : 'medium';
}
