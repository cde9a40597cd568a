import type { EvaluationTarget } from '../patterns/evaluate-formula.js';
import type { RangeMatch } from '../patterns/match-pattern.js';
import type { TaintSpec } from '../rule-files/rule.js';
import { FileAnalysis } from './file-analysis.js';
import { safeTypedValues } from './safe-types.js';
import { findTaintSites } from './taint-sites.js';

/**
 * Semgrep's taint mode on one parsed file: the spans of sinks that tainted data reaches, with the sink's
 * bindings (for message interpolation). Like search-mode matches, these become findings in build-findings.
 */
export function findTaintMatches(spec: TaintSpec, target: EvaluationTarget): RangeMatch[] {
  if (!target.tree) return [];
  const sites = findTaintSites(spec, target);
  if (!sites) return [];
  try {
    return new FileAnalysis(sites, target.tree, safeTypedValues(spec, target.tree, target.language)).run();
  } catch (error) {
    // Deeply nested code (minified bundles) can exhaust the stack; say so rather than a bare RangeError.
    if (error instanceof RangeError) throw new Error(`taint analysis gave up: ${error.message}`);
    throw error;
  }
}
