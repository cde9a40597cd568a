import type { RunRecord } from '../evidence/run-record.js';

/** The human-readable console report of a scan. */
export function formatTextReport(record: RunRecord, evidenceDir: string): string {
  const lines: string[] = [];
  for (const { finding, action } of record.decisions) {
    const { location } = finding;
    lines.push(
      `${location.path}:${location.startLine}:${location.startColumn}  ${finding.severity.toUpperCase()}  ${action}  ${finding.ruleId}`,
      `    ${finding.message.split('\n')[0]}`,
    );
    if (finding.fix !== undefined) lines.push(`    fix: ${finding.fix.split('\n')[0]}`);
  }
  for (const problem of record.problems) {
    lines.push(`error: ${problem.kind}${problem.path ? ` in ${problem.path}` : ''}: ${problem.message}`);
  }
  const { outcome, scope } = record;
  if (scope) {
    const skipped = Object.entries(scope.skippedByReason)
      .map(([reason, count]) => `${count} ${reason}`)
      .join(', ');
    lines.push(
      '',
      `Scanned ${scope.filesScanned} file(s), ${scope.bytesScanned} bytes` +
        (skipped ? `; skipped ${skipped}` : ''),
    );
  }
  lines.push(
    `${outcome.findingsCount} finding(s), ${outcome.blockingCount} blocking. Result: ${outcome.result}` +
      (outcome.error ? ` (${outcome.error})` : ''),
    `Evidence: ${evidenceDir}`,
  );
  return lines.join('\n');
}
