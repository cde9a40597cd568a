import type { TestAnnotation } from './annotations.js';
import type { RuleTestFailure } from './report.js';

/** What one target file says and what the scan reported in it. */
export interface TargetObservation {
  targetFile: string;
  annotations: TestAnnotation[];
  /** Start lines of findings, per rule id. */
  findingLines: Map<string, Set<number>>;
}

export interface ComparisonOutcome {
  passedChecks: number;
  failures: RuleTestFailure[];
}

function linesAnnotated(
  annotations: TestAnnotation[],
  kind: TestAnnotation['kind'],
  ruleId: string,
): Set<number> {
  return new Set(annotations.filter((a) => a.kind === kind && a.ruleIds.includes(ruleId)).map((a) => a.line));
}

/**
 * Compares one rule file's findings with its targets' annotations, semgrep --test style:
 * every `ruleid:` line needs a finding of that rule, and every finding needs a `ruleid:` (or `todook:`) line.
 * `todoruleid:` (known false negative) expects no finding; `todook:` (known false positive) tolerates one.
 */
export function compareFindings(
  ruleFile: string,
  ruleIds: string[],
  targets: TargetObservation[],
): ComparisonOutcome {
  const failures: RuleTestFailure[] = [];
  let passedChecks = 0;
  // Annotated ids that the rule file does not define are checked too, so a typo'd `ruleid:` fails as missed.
  const annotatedIds = targets.flatMap((t) =>
    t.annotations.filter((a) => a.kind === 'ruleid').flatMap((a) => a.ruleIds),
  );
  const checkedIds = [...new Set([...ruleIds, ...annotatedIds])];

  for (const { targetFile, annotations, findingLines } of targets) {
    for (const ruleId of checkedIds) {
      const expected = linesAnnotated(annotations, 'ruleid', ruleId);
      const tolerated = linesAnnotated(annotations, 'todook', ruleId);
      const found = findingLines.get(ruleId) ?? new Set<number>();
      for (const line of [...expected].sort((a, b) => a - b)) {
        if (found.has(line)) passedChecks += 1;
        else failures.push({ ruleFile, targetFile, ruleId, line, kind: 'missed' });
      }
      for (const line of [...found].sort((a, b) => a - b)) {
        if (!expected.has(line) && !tolerated.has(line)) {
          failures.push({ ruleFile, targetFile, ruleId, line, kind: 'unexpected' });
        }
      }
      for (const line of linesAnnotated(annotations, 'ok', ruleId)) {
        if (!found.has(line)) passedChecks += 1;
      }
    }
  }

  for (const ruleId of ruleIds) {
    const tested = targets.some((t) =>
      t.annotations.some((a) => a.kind === 'ruleid' && a.ruleIds.includes(ruleId)),
    );
    if (!tested && targets.length > 0) failures.push({ ruleFile, ruleId, kind: 'no-annotations' });
  }
  return { passedChecks, failures };
}
