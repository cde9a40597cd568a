import { readFile } from 'node:fs/promises';
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
  return { rules: ruleIds.length, ...compareFindings(shownRuleFile, ruleIds, targets) };
}
