import { evaluateFormula, type EvaluationTarget } from '../patterns/evaluate-formula.js';
import type { RangeMatch } from '../patterns/match-pattern.js';
import type { Rule } from '../rule-files/rule.js';
import { findTaintMatches } from './find-taint-matches.js';

/** A rule's matches in one file: its formula's for search rules, the reached sinks for taint rules. */
export function evaluateRule(rule: Rule, target: EvaluationTarget): RangeMatch[] {
  if (rule.taint) return findTaintMatches(rule.taint, target);
  // A range matched with several binding sets is one finding (the first binding set names it).
  const seen = new Set<string>();
  return evaluateFormula(rule.formula, target).filter((match) => {
    const key = `${match.start}:${match.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
