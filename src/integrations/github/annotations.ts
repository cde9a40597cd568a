import * as core from '@actions/core';
import { SEVERITIES, type Finding } from '../../model/index.js';

/**
 * GitHub keeps at most 10 annotations of each type (error, warning, notice) per step and 50 per job;
 * the rest are dropped without a word. We choose which ones are shown and say how many were not.
 */
export const ANNOTATION_LIMITS = { perTypePerStep: 10, perJob: 50 } as const;

export interface AnnotatedFinding {
  finding: Finding;
  blocking: boolean;
}

export interface AnnotationCounts {
  /** Findings shown as annotations. */
  emitted: number;
  /** Findings left out to stay within GitHub's limits. */
  omitted: number;
}

/**
 * Blocking findings become error annotations, the others warnings, most severe first. When some are
 * left out, one notice says how many and where the full list is.
 */
export function emitAnnotations(
  findings: AnnotatedFinding[],
  limits: { perTypePerStep: number; perJob: number } = ANNOTATION_LIMITS,
): AnnotationCounts {
  const blocking = sortForAttention(findings.filter((item) => item.blocking));
  const others = sortForAttention(findings.filter((item) => !item.blocking));
  let budget = limits.perJob;

  const errors = blocking.slice(0, Math.min(limits.perTypePerStep, budget));
  budget -= errors.length;
  const warnings = others.slice(0, Math.min(limits.perTypePerStep, budget));
  budget -= warnings.length;

  errors.forEach(({ finding }) => core.error(`${finding.message} (blocking)`, annotationProperties(finding)));
  warnings.forEach(({ finding }) => core.warning(finding.message, annotationProperties(finding)));

  const emitted = errors.length + warnings.length;
  const omitted = findings.length - emitted;
  if (omitted > 0 && budget > 0) {
    const blockingLeftOut = blocking.length - errors.length;
    core.notice(
      `${omitted} more finding(s) (${blockingLeftOut} blocking) are not shown as annotations because GitHub ` +
        'limits annotations per step; all findings are in the job summary and in results.sarif / findings.json ' +
        'of the evidence artifact.',
      { title: 'soc2-scan: annotations truncated' },
    );
  }
  return { emitted, omitted };
}

function annotationProperties(finding: Finding): core.AnnotationProperties {
  const { path, startLine, endLine, startColumn, endColumn } = finding.location;
  const properties: core.AnnotationProperties = {
    title: `${finding.ruleId} (${finding.severity})`,
    file: path,
    startLine,
    endLine,
  };
  // GitHub rejects columns on annotations that span several lines.
  if (startLine === endLine) {
    properties.startColumn = startColumn;
    properties.endColumn = endColumn;
  }
  return properties;
}

function sortForAttention(items: AnnotatedFinding[]): AnnotatedFinding[] {
  const rank = (item: AnnotatedFinding) => SEVERITIES.indexOf(item.finding.severity);
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareText(a.finding.location.path, b.finding.location.path) ||
      a.finding.location.startLine - b.finding.location.startLine ||
      a.finding.location.startColumn - b.finding.location.startColumn,
  );
}

// Code-unit order, not locale order, so the same findings are annotated on every runner.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
