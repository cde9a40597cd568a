import { matchGeneric } from '../generic/match-generic.js';
import type { TargetLanguage } from '../languages/language-registry.js';
import type { Formula, MetavariableCondition, MetavariablePattern, RegexLeaf } from '../rule-files/rule.js';
import { patternWords } from '../prefilter/required-words.js';
import {
  bindingsKey,
  findPatternMatches,
  TargetTree,
  type Bindings,
  type RangeMatch,
} from './match-pattern.js';
import { evaluateComparison } from './metavariable-comparison.js';
import { parseBoundText } from './bound-text.js';
import { STRING_TYPES, stringValue } from './pattern-node.js';
import { isVulnerableToRedos } from './redos.js';
import { looksLikeSecret } from './secret-entropy.js';
import { typeMatches } from './target-types.js';

/** The file a formula is evaluated on: its text always, its tree when it was parsed. */
export interface EvaluationTarget {
  source: string;
  language?: TargetLanguage;
  tree?: TargetTree;
  /**
   * Inside metavariable-pattern: the bound code's range, which a `patterns` with only negative terms
   * (pattern-not, pattern-not-inside…) filters, as in Semgrep.
   */
  context?: RangeMatch;
}

/** Evaluates Semgrep's operators over ranges, following semgrep's range semantics (see README of issue 2). */
export function evaluateFormula(formula: Formula, target: EvaluationTarget): RangeMatch[] {
  switch (formula.kind) {
    case 'pattern': {
      if (formula.generic) return matchGeneric(formula.generic, target.source);
      const compiled = target.language && formula.compiled[target.language];
      if (!compiled || !target.tree) return [];
      return findPatternMatches(compiled, target.tree, {
        constantPropagation: formula.constantPropagation !== false,
        symbolicPropagation: formula.symbolicPropagation === true,
        deepExpressionStatements: formula.deepExpressionStatements !== false,
        // PHP names ignore case, which the word index does not.
        requiredWords: target.language === 'php' ? undefined : patternWords(formula),
      });
    }
    case 'regex':
      // Inside metavariable-pattern the regex reads the bound code only, as if it were the whole file.
      return regexMatches(formula, target.source, target.context?.start, target.context?.end);
    case 'either':
      return dedupe(formula.branches.flatMap((branch) => evaluateFormula(branch, target)));
    case 'all':
      return evaluateConjunction(formula, target);
  }
}

function evaluateConjunction(
  formula: Extract<Formula, { kind: 'all' }>,
  target: EvaluationTarget,
): RangeMatch[] {
  // Without a positive term the pattern-insides are the positives, intersected both ways as in
  // Semgrep: `class A: …` and `def m(self): …` leave the methods of A.
  const positives = formula.positives.length > 0 ? formula.positives : formula.insides;
  const insides = formula.positives.length > 0 ? formula.insides : [];
  if (positives.length === 0 && !target.context) return [];

  let ranges = positives.length > 0 ? evaluateFormula(positives[0], target) : [target.context!];
  for (const positive of positives.slice(1)) {
    if (ranges.length === 0) return [];
    ranges = intersect(ranges, evaluateFormula(positive, target), target.tree);
  }
  for (const inside of insides) {
    if (ranges.length === 0) return [];
    const outer = evaluateFormula(inside, target);
    // Every container counts, as in Semgrep: with two `require("$M") ...` regions, a later
    // metavariable-regex on $M may keep the match through either.
    ranges = dedupe(
      ranges.flatMap((range) =>
        outer
          .filter((o) => contains(o, range) && compatible(o.bindings, range.bindings, target.tree))
          .map((container) => ({ ...range, bindings: { ...container.bindings, ...range.bindings } })),
      ),
    );
  }
  for (const not of formula.nots) {
    if (ranges.length === 0) return [];
    const excluded = evaluateFormula(not, target);
    ranges = ranges.filter(
      (r) => !excluded.some((e) => sameRange(e, r) && compatible(e.bindings, r.bindings, target.tree)),
    );
  }
  for (const notInside of formula.notInsides) {
    if (ranges.length === 0) return [];
    const excluded = evaluateFormula(notInside, target);
    ranges = ranges.filter(
      (r) => !excluded.some((e) => contains(e, r) && compatible(e.bindings, r.bindings, target.tree)),
    );
  }
  for (const notRegex of formula.notRegexes) {
    if (ranges.length === 0) return [];
    const excluded = regexMatches(notRegex, target.source);
    ranges = ranges.filter((r) => !excluded.some((e) => e.start < r.end && r.start < e.end));
  }
  const kept = ranges.filter((range) => formula.conditions.every((c) => satisfies(c, range, target)));
  if (!formula.focus?.length) return dedupe(kept);
  return dedupe(kept.flatMap((range) => focused(range, formula.focus ?? [])));
}

/**
 * focus-metavariable, as Semgrep narrows a match: to the bound code when it lies within the match, to
 * the match itself when the bound code holds it (a `$VALUE` bound to a whole list, focused after a
 * pattern-inside picked one item of it, leaves that item), and to nothing when the two only overlap or
 * lie apart (a name bound by an enclosing pattern-inside, outside the match).
 */
function focused(range: RangeMatch, names: string[]): RangeMatch[] {
  return names.flatMap((name) => {
    const bound = range.bindings[name];
    if (!bound) return [];
    const narrowed = { start: bound.start, end: bound.end, bindings: range.bindings };
    if (contains(range, narrowed)) return [narrowed];
    return contains(narrowed, range) ? [range] : [];
  });
}

/**
 * A metavariable bound to a variable whose value constant propagation knows compares as that value, as
 * in Semgrep (`$M` bound to `$method` after `$method = "AES-256-CBC"` reads "AES-256-CBC").
 */
function withConstantValues(bindings: Bindings, target: EvaluationTarget): Bindings {
  const tree = target.tree;
  if (!tree) return bindings;
  let changed: Record<string, Bindings[string]> | undefined;
  for (const [name, bound] of Object.entries(bindings)) {
    if (!bound.node || !CONSTANT_HOLDERS.has(bound.node.type)) continue;
    const constant = tree.facts.constantOf(bound.node);
    if (constant?.value === undefined || (constant.kind !== 'string' && constant.kind !== 'number')) continue;
    const text = constant.kind === 'string' ? JSON.stringify(constant.value) : String(constant.value);
    changed ??= { ...bindings };
    changed[name] = { ...bound, text };
  }
  return changed ?? bindings;
}

const CONSTANT_HOLDERS = new Set(['identifier', 'variable_name']);

/** Keeps ranges of either side that lie within a range of the other side with consistent bindings, once per such range. */
function intersect(left: RangeMatch[], right: RangeMatch[], tree?: TargetTree): RangeMatch[] {
  const kept: RangeMatch[] = [];
  for (const l of left) {
    for (const r of right)
      if (contains(r, l) && compatible(r.bindings, l.bindings, tree))
        kept.push({ ...l, bindings: { ...r.bindings, ...l.bindings } });
  }
  for (const r of right) {
    for (const l of left)
      if (contains(l, r) && !sameRange(l, r) && compatible(l.bindings, r.bindings, tree))
        kept.push({ ...r, bindings: { ...l.bindings, ...r.bindings } });
  }
  return dedupe(kept);
}

function satisfies(condition: MetavariableCondition, range: RangeMatch, target: EvaluationTarget): boolean {
  if (condition.kind === 'comparison')
    return evaluateComparison(
      condition.expression,
      withConstantValues(range.bindings, target),
      condition.reading,
    );
  if (condition.kind === 'pattern') return satisfiesPattern(condition, range, target);
  const bound = range.bindings[condition.metavariable];
  if (!bound) return false;
  if (condition.kind === 'type') {
    const { node } = bound;
    const { tree, language } = target;
    return (
      node !== undefined &&
      tree !== undefined &&
      condition.types.some((type) => typeMatches(node, type, tree, language))
    );
  }
  if (condition.kind === 'analysis') {
    // A string literal is analysed by its content, anything else by its text.
    const text = bound.node && STRING_TYPES.has(bound.node.type) ? stringValue(bound.text) : bound.text;
    return condition.analyzer === 'entropy' ? looksLikeSecret(text) : isVulnerableToRedos(text);
  }
  // Semgrep uses Python's re.match: anchored at the start of the bound text, not at its end.
  condition.regex.lastIndex = 0;
  return condition.regex.test(bound.text);
}

/**
 * `metavariable-pattern`: in the same language, the bound subtree is searched (so `pattern` may match
 * the bound node itself or code inside it); with `language:`, the bound text (a string's content) is
 * parsed in that language first. New bindings from the inner match are added to the range.
 */
function satisfiesPattern(
  condition: MetavariablePattern,
  range: RangeMatch,
  target: EvaluationTarget,
): boolean {
  const bound = range.bindings[condition.metavariable];
  if (!bound) return false;
  let inner: RangeMatch[];
  if (!condition.language && !condition.textOnly && bound.node && target.tree) {
    const subtree = new TargetTree(bound.node, target.source, true, target.tree.wholeFile);
    const context = { start: bound.start, end: bound.end, bindings: {} };
    inner = evaluateFormula(condition.formula, { ...target, tree: subtree, context }).filter(
      (m) => m.start >= bound.start && m.end <= bound.end,
    );
  } else {
    const text = bound.node && STRING_TYPES.has(bound.node.type) ? stringValue(bound.text) : bound.text;
    const language = condition.language ?? (condition.textOnly ? undefined : target.language);
    let nested: EvaluationTarget = {
      source: text,
      language,
      context: { start: 0, end: text.length, bindings: {} },
    };
    if (language) {
      const parsed = parseBoundText(text, language);
      if (!parsed) return false;
      const { source, tree, start, end } = parsed;
      nested = { source, language, tree, context: { start, end, bindings: {} } };
    }
    const { start, end } = nested.context!;
    inner = evaluateFormula(condition.formula, nested)
      .filter((m) => m.start >= start && m.end <= end)
      .map((m) => ({ ...m, bindings: {} }));
  }
  const compatibleMatch = inner.find((m) => compatible(m.bindings, range.bindings));
  if (!compatibleMatch) return false;
  Object.assign(range, { bindings: { ...compatibleMatch.bindings, ...range.bindings } });
  return true;
}

function regexMatches(leaf: RegexLeaf, source: string, from = 0, to = source.length): RangeMatch[] {
  const matches: RangeMatch[] = [];
  const regex = new RegExp(
    leaf.regex.source,
    leaf.regex.flags.includes('g') ? leaf.regex.flags : leaf.regex.flags + 'g',
  );
  for (const match of source.slice(from, to).matchAll(regex)) {
    if (match[0].length === 0) continue;
    const start = from + match.index;
    const bindings: Record<string, { start: number; end: number; text: string }> = {};
    for (const [name, text] of Object.entries(match.groups ?? {})) {
      if (text !== undefined) bindings[`$${name}`] = { start, end: start + match[0].length, text };
    }
    matches.push({ start, end: start + match[0].length, bindings });
  }
  return matches;
}

function contains(outer: RangeMatch, inner: RangeMatch): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function sameRange(a: RangeMatch, b: RangeMatch): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * Whether two matches bind their shared metavariables to the same code. As in Semgrep, a name is the
 * same code only where it names the same variable: `input` declared in one function is not the `input`
 * of another (with the tree at hand to tell).
 */
function compatible(a: Bindings, b: Bindings, tree?: TargetTree): boolean {
  for (const [name, binding] of Object.entries(a)) {
    const other = b[name];
    if (!other) continue;
    if (normalise(other.text) !== normalise(binding.text)) return false;
    const [x, y] = [binding.node, other.node];
    if (tree && x?.type === 'identifier' && y?.type === 'identifier' && !tree.facts.sameDeclaration(x, y))
      return false;
  }
  return true;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Keeps one match per range and binding set: alternatives of one range stay for later operators. */
function dedupe(ranges: RangeMatch[]): RangeMatch[] {
  const seen = new Set<string>();
  return ranges.filter((range) => {
    const key = `${range.start}:${range.end}:${bindingsKey(range.bindings)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
