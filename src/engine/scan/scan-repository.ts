import path from 'node:path';
import type { Finding, RulesetInfo, ScanProblem, ScanResult, ScanScope } from '../../model/index.js';
import { bundledRulesDir } from '../languages/asset-locator.js';
import type { LoadedRules } from '../rule-files/load-rules.js';
import { sortFindings } from './build-findings.js';
import { discoverFiles, type DiscoveredFiles } from './discover-files.js';
import { tuneJitForScanning } from './jit-tuning.js';
import { isPlainData, scanInWorkers, scanWorkerScript, workerCount } from './scan-pool.js';
import { TargetScanner, type TargetOutcome, type TargetScanOptions } from './scan-target.js';

export interface ScanRequest {
  workspace: string;
  paths: string[];
  rules: LoadedRules;
  maxFileBytes: number;
  /** Time one rule may spend on one file (default DEFAULT_TIMEOUT_PER_FILE_MS); over it: a 'timeout' problem. */
  timeoutPerFileMs?: number;
  toolVersion: string;
  /** The files under `paths`, when the caller already walked them (the pipeline shares one walk with the supply chain). */
  discovered?: DiscoveredFiles;
  /** Scan every path with every rule of its language, whatever the rules' `paths:` (rule tests). */
  ignoreRulePaths?: boolean;
}

export const DEFAULT_TIMEOUT_PER_FILE_MS = 30_000;

/** Outcomes of the files scanned in worker threads, by index; none when the scan is small or runs from sources. */
async function scanInParallel(
  workspace: string,
  rules: LoadedRules,
  files: readonly string[],
  options: TargetScanOptions,
  scanner: TargetScanner,
): Promise<(TargetOutcome | undefined)[]> {
  const script = scanWorkerScript();
  const count = script ? workerCount(files.length) : 0;
  if (!script || count < 1) return [];
  const setup = {
    workspace,
    rules: isPlainData(rules.rules) ? rules.rules : undefined,
    rulesets: rules.rulesets.map(({ path, sha256 }) => ({ path, sha256, text: rules.inlineTexts?.[path] })),
    ruleIds: rules.rules.map((rule) => rule.id),
    options,
  };
  return scanInWorkers(script, setup, files, count, (file) => scanner.scan(file));
}

/** Scans the requested paths with the loaded rules. Never throws for a single file: see `problems` and `scope.skipped`. */
export async function scanRepository(request: ScanRequest): Promise<ScanResult> {
  tuneJitForScanning();
  const workspace = path.resolve(request.workspace);
  const { files, skipped: discoveredSkips } =
    request.discovered ?? (await discoverFiles(workspace, request.paths));
  const skipped = [...discoveredSkips];
  const scanned: string[] = [];
  const scope: ScanScope = {
    languages: {},
    filesScanned: 0,
    scanned,
    bytesScanned: 0,
    skipped,
    skippedByReason: {},
  };
  const problems: ScanProblem[] = [];
  const findings: Finding[] = [];
  const options = {
    maxFileBytes: request.maxFileBytes,
    timeoutPerFileMs: request.timeoutPerFileMs ?? DEFAULT_TIMEOUT_PER_FILE_MS,
    toolVersion: request.toolVersion,
    ignoreRulePaths: request.ignoreRulePaths,
  };
  const scanner = new TargetScanner(workspace, request.rules.rules, options);
  const outcomes = await scanInParallel(workspace, request.rules, files, options, scanner);

  // Merged in file order, whoever scanned them, so the result is the same as a sequential scan.
  for (const [index, relative] of files.entries()) {
    const outcome = outcomes[index] ?? (await scanner.scan(relative));
    outcomes[index] = undefined;
    if (outcome.kind === 'skipped') {
      skipped.push(outcome.skip);
      continue;
    }
    if (outcome.kind === 'failed') {
      problems.push(outcome.problem);
      continue;
    }
    problems.push(...outcome.problems);
    findings.push(...outcome.findings);
    const stats = (scope.languages[outcome.language] ??= { files: 0, bytes: 0 });
    stats.files += 1;
    stats.bytes += outcome.bytes;
    scope.filesScanned += 1;
    scanned.push(relative);
    scope.bytesScanned += outcome.bytes;
  }

  scanned.sort();
  for (const skip of skipped)
    scope.skippedByReason[skip.reason] = (scope.skippedByReason[skip.reason] ?? 0) + 1;
  return {
    findings: sortFindings(findings),
    rulesets: request.rules.rulesets.map((ruleset) => describeRuleset(ruleset, workspace)),
    scope,
    problems,
  };
}

/** Ruleset paths as an auditor can find them again: in the repository, in the bundled pack, or as given. */
function describeRuleset(ruleset: RulesetInfo, workspace: string): RulesetInfo {
  // Only files have absolute paths here; an inline ruleset (`-e`) keeps its name.
  if (!path.isAbsolute(ruleset.path)) return ruleset;
  const absolute = path.resolve(ruleset.path);
  const inside = (dir: string) => {
    const relative = path.relative(dir, absolute);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
      ? relative.split(path.sep).join('/')
      : undefined;
  };
  const inWorkspace = inside(workspace);
  if (inWorkspace) return { ...ruleset, path: inWorkspace };
  const inBundle = inside(path.resolve(bundledRulesDir()));
  if (inBundle) return { ...ruleset, path: `bundled:${inBundle}` };
  return ruleset;
}
