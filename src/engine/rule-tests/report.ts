export type RuleTestFailureKind = 'missed' | 'unexpected' | 'no-target' | 'no-annotations' | 'fix-mismatch';

export interface RuleTestFailure {
  ruleFile: string;
  targetFile?: string;
  ruleId: string;
  line?: number;
  kind: RuleTestFailureKind;
}

export interface RuleTestReport {
  ruleFiles: number;
  rules: number;
  passedChecks: number;
  failures: RuleTestFailure[];
}

const EXPLANATIONS: Record<RuleTestFailureKind, string> = {
  missed: 'expected a finding (ruleid:), none reported',
  unexpected: 'finding on a line not annotated ruleid: (or todook:)',
  'no-target': 'rule has no test: no target file beside the rule file',
  'no-annotations': 'rule has no test: no ruleid: annotation in its target',
  'fix-mismatch': 'applying the fixes does not give the .fixed file (first differing line shown)',
};

function place(failure: RuleTestFailure): string {
  if (!failure.targetFile) return failure.ruleFile;
  return failure.line === undefined ? failure.targetFile : `${failure.targetFile}:${failure.line}`;
}

/** One line per failure naming the rule, file and line; the last line is the summary "N passed, M failed". */
export function formatRuleTestReport(report: RuleTestReport): string {
  const lines = report.failures.map(
    (failure) => `FAIL ${failure.kind} ${failure.ruleId} at ${place(failure)}: ${EXPLANATIONS[failure.kind]}`,
  );
  lines.push(`${report.rules} rule(s) in ${report.ruleFiles} rule file(s) tested`);
  lines.push(`${report.passedChecks} passed, ${report.failures.length} failed`);
  return lines.join('\n');
}
