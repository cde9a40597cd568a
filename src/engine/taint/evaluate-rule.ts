import { evaluateFormula, type EvaluationTarget } from '../patterns/evaluate-formula.js';
import type { RangeMatch } from '../patterns/match-pattern.js';
import type { Rule } from '../rule-files/rule.js';
import { findTaintMatches } from './find-taint-matches.js';

/** A rule's matches in one file: its formula's for search rules, the reached sinks for taint rules. */
export function evaluateRule(rule: Rule, target: EvaluationTarget): RangeMatch[] {
  return rule.taint ? findTaintMatches(rule.taint, target) : evaluateFormula(rule.formula, target);
}
