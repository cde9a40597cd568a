import type { Confidence, Severity } from '../../model/index.js';
import { stringOf } from '../import-file.js';

const LEVELS: Record<string, Severity> = { error: 'high', warning: 'medium', note: 'low', none: 'info' };
const PROBLEM_SEVERITIES: Record<string, Severity> = {
  error: 'high',
  warning: 'medium',
  recommendation: 'low',
};

export interface SeverityInputs {
  resultProperties: Record<string, unknown>;
  ruleProperties: Record<string, unknown>;
  resultLevel: unknown;
  ruleDefaultLevel: unknown;
  resultKind: unknown;
}

/**
 * A SARIF result's severity, most specific evidence first: a CVSS `security-severity` score (result,
 * then rule; GitHub's bands), the result's level, the rule's default level, CodeQL's `problem.severity`,
 * and SARIF's own default (`warning`, or `none` for results whose kind is not `fail`).
 */
export function sarifSeverity(inputs: SeverityInputs): { severity: Severity; basis: string } {
  for (const [where, properties] of [
    ['result', inputs.resultProperties],
    ['rule', inputs.ruleProperties],
  ] as const) {
    const score = cvssScore(properties['security-severity']);
    if (score !== undefined) return { severity: bandOf(score), basis: `${where} security-severity ${score}` };
  }
  for (const [where, level] of [
    ['result level', inputs.resultLevel],
    ['rule defaultConfiguration.level', inputs.ruleDefaultLevel],
  ] as const) {
    const named = stringOf(level);
    if (named && LEVELS[named]) return { severity: LEVELS[named], basis: `${where} ${named}` };
  }
  const problem = stringOf(inputs.ruleProperties['problem.severity']);
  if (problem && PROBLEM_SEVERITIES[problem]) {
    return { severity: PROBLEM_SEVERITIES[problem], basis: `rule problem.severity ${problem}` };
  }
  const kind = stringOf(inputs.resultKind) ?? 'fail';
  return kind === 'fail'
    ? { severity: 'medium', basis: 'SARIF default level warning' }
    : { severity: 'info', basis: `SARIF default level none (kind ${kind})` };
}

function cvssScore(value: unknown): number | undefined {
  const score = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  return Number.isFinite(score) && score >= 0 && score <= 10 && value !== '' ? score : undefined;
}

function bandOf(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

/** `external/cwe/cwe-079` (CodeQL), `CWE-79` or `CWE-79: …` (Semgrep's SARIF) → `CWE-79`. */
export function cweOfTags(tags: string[]): string[] {
  const found = new Set<string>();
  for (const tag of tags) {
    const match = /^(?:external\/cwe\/)?cwe-0*(\d+)\b/i.exec(tag.trim());
    if (match) found.add(`CWE-${match[1]}`);
  }
  return [...found];
}

/** `OWASP-A03:2021 - Injection` or `external/owasp/owasp-a03` → the OWASP entry as written. */
export function owaspOfTags(tags: string[]): string[] {
  const found = new Set<string>();
  for (const tag of tags) {
    const match = /^(?:external\/owasp\/)?owasp[-:\s]*(a\d+.*)$/i.exec(tag.trim());
    if (match) found.add(match[1].replace(/^a/, 'A'));
  }
  return [...found];
}

/** SARIF `precision` (CodeQL, Trivy) as our confidence; unknown → medium, as for our own rules. */
export function confidenceOfPrecision(precision: unknown): Confidence {
  const value = stringOf(precision)?.toLowerCase();
  if (value === 'very-high' || value === 'high') return 'high';
  if (value === 'low') return 'low';
  return 'medium';
}
