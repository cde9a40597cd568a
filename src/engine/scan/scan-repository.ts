import path from 'node:path';
import type { RulesetInfo, ScanProblem, ScanResult, ScanScope } from '../../model/index.js';
import { bundledRulesDir } from '../languages/asset-locator.js';
import { detectLanguage, type TargetLanguage } from '../languages/language-registry.js';
import type { LoadedRules } from '../rule-files/load-rules.js';
import type { Rule } from '../rule-files/rule.js';
import { buildFindings, type FileMatches } from './build-findings.js';
import { discoverFiles, type DiscoveredFiles } from './discover-files.js';
import { matchesPathGlob } from './ignore-file.js';
import { minifiedReason, readTarget } from './read-target.js';
import { FileText, mayMatch } from '../prefilter/required-words.js';
import { scanFile } from './scan-file.js';

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
}

export const DEFAULT_TIMEOUT_PER_FILE_MS = 30_000;

const MINIFIABLE = new Set<TargetLanguage>(['javascript', 'typescript', 'tsx']);

/** Scans the requested paths with the loaded rules. Never throws for a single file: see `problems` and `scope.skipped`. */
export async function scanRepository(request: ScanRequest): Promise<ScanResult> {
  const workspace = path.resolve(request.workspace);
  const { files, skipped: discoveredSkips } =
    request.discovered ?? (await discoverFiles(workspace, request.paths));
  const skipped = [...discoveredSkips];
  const scope: ScanScope = { languages: {}, filesScanned: 0, bytesScanned: 0, skipped, skippedByReason: {} };
  const problems: ScanProblem[] = [];
  const scanned: FileMatches[] = [];
  const textRules = request.rules.rules.filter((rule) => rule.textOnly);

  for (const relative of files) {
    const absolute = path.join(workspace, relative);
    const text = await readTarget(absolute, request.maxFileBytes);
    if (!text.ok) {
      skipped.push({ path: relative, reason: text.reason, detail: text.detail });
      continue;
    }
    const language = detectLanguage(relative, text.source.slice(0, text.source.indexOf('\n') >>> 0));
    const rules = [
      ...(language ? request.rules.rules.filter((rule) => rule.targetLanguages.includes(language)) : []),
      ...textRules,
    ].filter((rule) => appliesToPath(rule, relative));
    if (rules.length === 0) {
      skipped.push({
        path: relative,
        reason: 'unsupported-language',
        detail: language ?? 'no rule language applies',
      });
      continue;
    }
    const minified = language && MINIFIABLE.has(language) ? minifiedReason(text.source) : undefined;
    if (minified) {
      skipped.push({ path: relative, reason: 'minified', detail: minified });
      continue;
    }
    // Rules whose required words the file lacks cannot match: skip them (and the parse, when none is left).
    const fileText = new FileText(text.source);
    const candidates = rules.filter((rule) => mayMatch(rule, fileText));
    try {
      const outcome = await scanFile(relative, text.source, language, candidates, {
        timeoutMs: request.timeoutPerFileMs ?? DEFAULT_TIMEOUT_PER_FILE_MS,
      });
      if (outcome.kind === 'skipped') {
        skipped.push({ path: relative, reason: outcome.reason, detail: outcome.detail });
        continue;
      }
      problems.push(...outcome.problems);
      scanned.push({
        path: relative,
        source: text.source,
        matches: outcome.matches,
        byteOffsetBias: text.bomBytes,
      });
    } catch (error) {
      problems.push({
        kind: 'internal-error',
        message: `could not scan ${relative}: ${String(error)}`,
        path: relative,
      });
      continue;
    }
    const key = language ?? 'generic';
    const stats = (scope.languages[key] ??= { files: 0, bytes: 0 });
    stats.files += 1;
    stats.bytes += text.bytes;
    scope.filesScanned += 1;
    scope.bytesScanned += text.bytes;
  }

  for (const skip of skipped)
    scope.skippedByReason[skip.reason] = (scope.skippedByReason[skip.reason] ?? 0) + 1;
  return {
    findings: buildFindings(scanned, request.toolVersion),
    rulesets: request.rules.rulesets.map((ruleset) => describeRuleset(ruleset, workspace)),
    scope,
    problems,
  };
}

function appliesToPath(rule: Rule, relative: string): boolean {
  const { include, exclude } = rule.paths ?? {};
  if (include && include.length > 0 && !include.some((glob) => matchesPathGlob(relative, glob))) return false;
  return !exclude?.some((glob) => matchesPathGlob(relative, glob));
}

/** Ruleset paths as an auditor can find them again: in the repository, in the bundled pack, or as given. */
function describeRuleset(ruleset: RulesetInfo, workspace: string): RulesetInfo {
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
