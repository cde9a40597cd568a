import type { ScanProblem, SkipReason } from '../../model/index.js';
import type { TargetLanguage } from '../languages/language-registry.js';
import { parseTarget } from '../languages/parse-target.js';
import { parserFor } from '../languages/language-registry.js';
import { dockerfileTree } from '../patterns/dockerfile-tree.js';
import type { EvaluationTarget } from '../patterns/evaluate-formula.js';
import { TargetTree, type RangeMatch } from '../patterns/match-pattern.js';
import { errorCoverage, toPlainTree } from '../patterns/plain-tree.js';
import type { Rule } from '../rule-files/rule.js';
import type { TokenIndex } from '../prefilter/token-index.js';
import { armDeadline, DeadlineExceeded } from './deadline.js';
import { evaluateRule } from '../taint/evaluate-rule.js';

/** A tree that is more than half ERROR is not code we can reason about; smaller errors are scanned, as Semgrep does. */
const MAX_ERROR_COVERAGE = 0.5;

export interface RuleMatch extends RangeMatch {
  rule: Rule;
}

export interface FileScanOptions {
  /** Time allowed for one rule on this file; past it the rule is reported as a 'timeout' problem. */
  timeoutMs?: number;
  /** The file's token index from the prefilter, reused to find the words patterns require. */
  tokens?: TokenIndex;
}

export type FileScanOutcome =
  | { kind: 'scanned'; matches: RuleMatch[]; problems: ScanProblem[] }
  | { kind: 'skipped'; reason: SkipReason; detail: string };

/**
 * All per-file work: parse once, evaluate every applicable rule. Pure apart from the shared parsers,
 * so it runs the same in a scan worker (scan-pool.ts) as in-process. `rules` are already the ones that apply to this file.
 */
export async function scanFile(
  path: string,
  source: string,
  language: TargetLanguage | undefined,
  rules: readonly Rule[],
  options: FileScanOptions = {},
): Promise<FileScanOutcome> {
  const target: EvaluationTarget = { source, language };
  const treeNeeded = language && rules.some((rule) => !rule.textOnly && needsTree(rule));
  if (treeNeeded && language === 'dockerfile') {
    // Not a tree-sitter grammar: instructions split by hand, their shell commands parsed as Bash.
    const { root } = dockerfileTree(source, await parserFor('bash'));
    target.tree = new TargetTree(root, source).useTokens(options.tokens);
  } else if (treeNeeded) {
    const tree = await parseTarget(source, language);
    if (!tree) return { kind: 'skipped', reason: 'parse-error', detail: 'parser returned no tree' };
    try {
      const root = toPlainTree(tree);
      const coverage = tree.rootNode.hasError ? errorCoverage(root) : 0;
      if (coverage > MAX_ERROR_COVERAGE) {
        return {
          kind: 'skipped',
          reason: 'parse-error',
          detail: `${Math.round(coverage * 100)}% of the file does not parse`,
        };
      }
      target.tree = new TargetTree(root, source).useTokens(options.tokens);
    } finally {
      tree.delete();
    }
  }

  const matches: RuleMatch[] = [];
  const problems: ScanProblem[] = [];
  for (const rule of rules) {
    const disarm = armDeadline(options.timeoutMs ?? Number.POSITIVE_INFINITY);
    try {
      for (const match of evaluateRule(rule, target)) matches.push({ ...match, rule });
    } catch (error) {
      if (error instanceof DeadlineExceeded) {
        // Semgrep's --timeout semantics: the rule is abandoned on this file, the scan is incomplete.
        problems.push({
          kind: 'timeout',
          message: `rule ${rule.id} on ${path}: ${error.message}`,
          path,
          ruleId: rule.id,
        });
        continue;
      }
      // One rule failing on one file must not hide the rest, and must not pass silently either.
      problems.push({
        kind: 'internal-error',
        message: `rule ${rule.id} failed on ${path}: ${error instanceof Error ? error.message : String(error)}`,
        path,
        ruleId: rule.id,
      });
    } finally {
      disarm();
    }
  }
  return { kind: 'scanned', matches, problems };
}

// Rules made only of regexes never need the parse tree.
function needsTree(rule: Rule): boolean {
  if (rule.taint) return true;
  const stack = [rule.formula];
  while (stack.length > 0) {
    const formula = stack.pop();
    if (!formula) break;
    if (formula.kind === 'pattern') return true;
    if (formula.kind === 'either') stack.push(...formula.branches);
    if (formula.kind === 'all')
      stack.push(...formula.positives, ...formula.insides, ...formula.nots, ...formula.notInsides);
  }
  return false;
}
