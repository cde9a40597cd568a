import { readFile } from 'node:fs/promises';
import type { Finding } from '../../model/index.js';
import { applyFixEdits } from '../fix/apply-fix-edits.js';
import path from 'node:path';
import { ScanIncompleteError } from '../../model/index.js';
import { loadRules, scanRepository } from '../index.js';
import { parseTestAnnotations } from './annotations.js';
import { compareFindings, type TargetObservation } from './compare-findings.js';
import { discoverRuleTests, type RuleTestCase } from './discover-rule-tests.js';
import type { RuleTestFailure, RuleTestReport } from './report.js';

// Test targets are small hand-written files; a generous cap keeps one from being skipped as too large.
const TARGET_MAX_BYTES = 16 * 1024 * 1024;

/** Shown paths keep the directory as the user wrote it, with `/` separators. */
function shown(dir: string, file: string): string {
  return path
    .join(dir, path.relative(path.resolve(dir), file))
    .split(path.sep)
    .join('/');
}

/**
 * `soc2-scan test <dir>`: runs every rule file under `dir` against its sibling targets and checks the
 * `ruleid:` / `ok:` / `todoruleid:` / `todook:` annotations. A bad rule file throws its ConfigError; a
 * target the engine could not scan throws ScanIncompleteError, because an unscanned test cannot pass.
 */
export async function runRuleTests(dir: string, toolVersion: string): Promise<RuleTestReport> {
  const cases = await discoverRuleTests(dir);
  const report: RuleTestReport = { ruleFiles: cases.length, rules: 0, passedChecks: 0, failures: [] };
  for (const testCase of cases) {
    const outcome = await runRuleTestCase(dir, testCase, toolVersion);
    report.rules += outcome.rules;
    report.passedChecks += outcome.passedChecks;
    report.failures.push(...outcome.failures);
  }
  return report;
}

async function runRuleTestCase(
  dir: string,
  { ruleFile, targetFiles }: RuleTestCase,
  toolVersion: string,
): Promise<{ rules: number; passedChecks: number; failures: RuleTestFailure[] }> {
  const rules = await loadRules([ruleFile]);
  const ruleIds = rules.rules.map((rule) => rule.id);
  const shownRuleFile = shown(dir, ruleFile);
  if (targetFiles.length === 0) {
    const failures = ruleIds.map((ruleId): RuleTestFailure => ({
      ruleFile: shownRuleFile,
      ruleId,
      kind: 'no-target',
    }));
    return { rules: ruleIds.length, passedChecks: 0, failures };
  }

  const workspace = path.dirname(ruleFile);
  const result = await scanRepository({
    workspace,
    paths: targetFiles.map((file) => path.basename(file)),
    rules,
    maxFileBytes: TARGET_MAX_BYTES,
    toolVersion,
    // A rule's `paths:` name where it runs in a repository, not its test file's name (as semgrep --test).
    ignoreRulePaths: true,
  });
  if (result.problems.length > 0) {
    const detail = result.problems.map((problem) => problem.message).join('; ');
    throw new ScanIncompleteError(`rule test ${shownRuleFile} could not run: ${detail}`);
  }
  const unscanned = result.scope.skipped.filter((skip) => skip.reason !== 'unsupported-language');
  if (unscanned.length > 0) {
    const detail = unscanned.map(
      (skip) => `${skip.path} (${skip.reason}${skip.detail ? `: ${skip.detail}` : ''})`,
    );
    throw new ScanIncompleteError(`rule test ${shownRuleFile}: target not scanned: ${detail.join(', ')}`);
  }

  const targets: TargetObservation[] = [];
  for (const targetFile of targetFiles) {
    const relative = path.basename(targetFile);
    const findingLines = new Map<string, Set<number>>();
    for (const finding of result.findings.filter((f) => f.location.path === relative)) {
      const lines = findingLines.get(finding.ruleId) ?? new Set<number>();
      lines.add(finding.location.startLine);
      findingLines.set(finding.ruleId, lines);
    }
    const annotations = parseTestAnnotations(await readFile(targetFile, 'utf8'));
    targets.push({ targetFile: shown(dir, targetFile), annotations, findingLines });
  }
  const comparison = compareFindings(shownRuleFile, ruleIds, targets);
  for (const targetFile of targetFiles) {
    const fixed = await checkFixedFile(targetFile, result.findings);
    if (fixed === undefined) continue;
    if (fixed.ok) comparison.passedChecks += 1;
    else
      comparison.failures.push({
        ruleFile: shownRuleFile,
        targetFile: shown(dir, fixedFileOf(targetFile)),
        ruleId: fixed.ruleIds.join(',') || '(no fix applied)',
        line: fixed.line,
        kind: 'fix-mismatch',
      });
  }
  return { rules: ruleIds.length, ...comparison };
}

/** Semgrep's autofix test: beside `x.py`, `x.fixed.py` holds what `x.py` must become once fixed. */
function fixedFileOf(targetFile: string): string {
  const extension = path.extname(targetFile);
  return `${targetFile.slice(0, targetFile.length - extension.length)}.fixed${extension}`;
}

async function checkFixedFile(
  targetFile: string,
  findings: readonly Finding[],
): Promise<{ ok: boolean; line: number; ruleIds: string[] } | undefined> {
  const expected = await readFile(fixedFileOf(targetFile)).catch(() => undefined);
  if (expected === undefined) return undefined;
  const relative = path.basename(targetFile);
  const edits = findings
    .filter((f) => f.location.path === relative && f.fix !== undefined)
    .map((f) => ({
      start: f.location.startOffset ?? 0,
      end: f.location.endOffset ?? 0,
      replacement: f.fix ?? '',
      ruleId: f.ruleId,
    }));
  const { bytes, applied } = applyFixEdits(await readFile(targetFile), edits);
  const actualLines = bytes.toString('utf8').split('\n');
  const expectedLines = expected.toString('utf8').split('\n');
  const differs = actualLines.findIndex((line, i) => line !== expectedLines[i]);
  const line = differs === -1 && actualLines.length !== expectedLines.length ? actualLines.length : differs;
  return { ok: line === -1, line: line + 1, ruleIds: [...new Set(applied.map((edit) => edit.ruleId))] };
}
