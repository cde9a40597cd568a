import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { applyFixEdits, type FixEdit } from '../engine/index.js';
import type { Decision } from '../model/index.js';

export interface AutofixReport {
  /** Fixes written, per file (repository-relative path). */
  applied: Record<string, number>;
  /** Fixes not written, with why: overlapping another fix, a secret, a suppressed finding, a stale file. */
  skipped: { path: string; line: number; ruleId: string; reason: string }[];
}

/** Decisions whose finding was set aside by a person: their code is left as it is, like Semgrep with nosemgrep. */
const LEFT_ALONE = new Set(['suppressed', 'excepted']);

interface FindingEdit extends FixEdit {
  line: number;
  ruleId: string;
}

/**
 * `scan --autofix`: replaces each finding's matched bytes with its rule's `fix`. Secret findings are never
 * rewritten: their fix text is redacted, and writing it would corrupt the code.
 */
export async function applyFixes(workspace: string, decisions: readonly Decision[]): Promise<AutofixReport> {
  const report: AutofixReport = { applied: {}, skipped: [] };
  const byFile = new Map<string, FindingEdit[]>();
  for (const { finding, action } of decisions) {
    const { location, fix } = finding;
    if (fix === undefined) continue;
    const skip = (reason: string) =>
      report.skipped.push({ path: location.path, line: location.startLine, ruleId: finding.ruleId, reason });
    if (finding.category === 'secrets') skip('secret values are never written back');
    else if (LEFT_ALONE.has(action)) skip(`finding is ${action}`);
    else if (!insideWorkspace(workspace, location.path)) skip('path is outside the workspace');
    else if (location.startOffset === undefined || location.endOffset === undefined) skip('no byte offsets');
    else {
      const edit: FindingEdit = {
        start: location.startOffset,
        end: location.endOffset,
        replacement: fix,
        expected: finding.snippet.split('\n')[0],
        line: location.startLine,
        ruleId: finding.ruleId,
      };
      byFile.set(location.path, [...(byFile.get(location.path) ?? []), edit]);
    }
  }
  for (const [relative, edits] of byFile) {
    const file = path.join(workspace, relative);
    const result = applyFixEdits(await readFile(file), edits);
    for (const { edit, reason } of result.skipped)
      report.skipped.push({ path: relative, line: edit.line, ruleId: edit.ruleId, reason });
    if (result.applied.length === 0) continue;
    await writeFile(file, result.bytes);
    report.applied[relative] = result.applied.length;
  }
  return report;
}

export function formatAutofixReport(report: AutofixReport): string {
  const files = Object.keys(report.applied).length;
  const applied = Object.values(report.applied).reduce((sum, count) => sum + count, 0);
  return [
    `autofix: applied ${applied} fix(es) in ${files} file(s)`,
    ...report.skipped.map((s) => `autofix: skipped ${s.path}:${s.line} ${s.ruleId}: ${s.reason}`),
  ].join('\n');
}

function insideWorkspace(workspace: string, relative: string): boolean {
  const resolved = path.relative(workspace, path.resolve(workspace, relative));
  return resolved !== '' && !resolved.startsWith('..') && !path.isAbsolute(resolved);
}
