import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Decision } from '../model/index.js';

export interface AutofixReport {
  /** Fixes written, per file (repository-relative path). */
  applied: Record<string, number>;
  /** Fixes not written, with why: overlapping another fix, a secret, a suppressed finding, a stale file. */
  skipped: { path: string; line: number; ruleId: string; reason: string }[];
}

/** Decisions whose finding was set aside by a person: their code is left as it is, like Semgrep with nosemgrep. */
const LEFT_ALONE = new Set(['suppressed', 'excepted']);

/**
 * `scan --autofix`: replaces each finding's matched bytes with its rule's `fix`, last match first so earlier
 * offsets stay valid. A fix that overlaps one already applied in the same file is skipped (Semgrep does the
 * same). Secret findings are never rewritten: their fix text is redacted, and writing it would corrupt code.
 */
export async function applyFixes(workspace: string, decisions: readonly Decision[]): Promise<AutofixReport> {
  const report: AutofixReport = { applied: {}, skipped: [] };
  const byFile = new Map<string, Decision[]>();
  for (const decision of decisions) {
    const { finding } = decision;
    if (finding.fix === undefined) continue;
    const skip = (reason: string) =>
      report.skipped.push({
        path: finding.location.path,
        line: finding.location.startLine,
        ruleId: finding.ruleId,
        reason,
      });
    if (finding.category === 'secrets') skip('secret values are never written back');
    else if (LEFT_ALONE.has(decision.action)) skip(`finding is ${decision.action}`);
    else if (!insideWorkspace(workspace, finding.location.path)) skip('path is outside the workspace');
    else if (finding.location.startOffset === undefined || finding.location.endOffset === undefined)
      skip('no byte offsets');
    else byFile.set(finding.location.path, [...(byFile.get(finding.location.path) ?? []), decision]);
  }
  for (const [relative, fileDecisions] of byFile) {
    const file = path.join(workspace, relative);
    let bytes = await readFile(file);
    let floor = Number.POSITIVE_INFINITY;
    const lastFirst = [...fileDecisions].sort(
      (a, b) => (b.finding.location.startOffset ?? 0) - (a.finding.location.startOffset ?? 0),
    );
    for (const { finding } of lastFirst) {
      const start = finding.location.startOffset ?? 0;
      const end = finding.location.endOffset ?? 0;
      const skip = (reason: string) =>
        report.skipped.push({
          path: relative,
          line: finding.location.startLine,
          ruleId: finding.ruleId,
          reason,
        });
      if (end > floor) {
        skip('overlaps another fix');
        continue;
      }
      const current = bytes.subarray(start, end).toString('utf8');
      if (end > bytes.length || !current.startsWith(finding.snippet.split('\n')[0])) {
        skip('file changed since the scan');
        continue;
      }
      bytes = Buffer.concat([
        bytes.subarray(0, start),
        Buffer.from(finding.fix ?? '', 'utf8'),
        bytes.subarray(end),
      ]);
      floor = start;
      report.applied[relative] = (report.applied[relative] ?? 0) + 1;
    }
    await writeFile(file, bytes);
  }
  return report;
}

function insideWorkspace(workspace: string, relative: string): boolean {
  const resolved = path.relative(workspace, path.resolve(workspace, relative));
  return resolved !== '' && !resolved.startsWith('..') && !path.isAbsolute(resolved);
}

export function formatAutofixReport(report: AutofixReport): string {
  const files = Object.keys(report.applied).length;
  const applied = Object.values(report.applied).reduce((sum, count) => sum + count, 0);
  return [
    `autofix: applied ${applied} fix(es) in ${files} file(s)`,
    ...report.skipped.map((s) => `autofix: skipped ${s.path}:${s.line} ${s.ruleId}: ${s.reason}`),
  ].join('\n');
}
