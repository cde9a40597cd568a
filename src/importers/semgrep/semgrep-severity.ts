import { semgrepSeverityOf } from '../../engine/index.js';
import type { Confidence, Severity } from '../../model/index.js';

/** The mapping our engine applies to Semgrep-format rules, so imported and native findings agree. */
export function semgrepSeverity(value: unknown): Severity | undefined {
  return typeof value === 'string' ? semgrepSeverityOf(value) : undefined;
}

export function semgrepConfidence(value: unknown): Confidence {
  const confidence = typeof value === 'string' ? value.toLowerCase() : '';
  return confidence === 'high' || confidence === 'low' || confidence === 'medium' ? confidence : 'medium';
}
