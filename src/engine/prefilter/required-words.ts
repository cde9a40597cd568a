import type { Formula, PatternLeaf, Rule, TaintSpecItem } from '../rule-files/rule.js';
import { wordSet } from '../patterns/word-occurrences.js';
import { type TokenIndex, Vocabulary } from './token-index.js';

/**
 * A cheap test run before parsing: the words a rule cannot match without. From each pattern we take the
 * names that are called (`exec(`) or accessed as members (`.exec`), which no Semgrep equivalence
 * removes from the file's text (an aliased import still spells the original name in its `import`).
 * Metavariables, strings, numbers and keywords are never required. A `pattern-regex` requires its own
 * regex to match. A file lacking every requirement set of a rule is not matched against it, and a file
 * no rule survives is not even parsed.
 *
 * The result is a disjunction of conjunctions: the rule may match when, for some entry, the file
 * contains all its words (as whole tokens) and matches all its regexes. `undefined` means no
 * requirement is known (always run the rule).
 */
export type WordRequirement = Atom[][] | undefined;
type Atom = string | RegExp;

/** Beyond this many alternatives a conjunction keeps one side only (still a valid requirement). */
const MAX_ALTERNATIVES = 64;

const cache = new WeakMap<Rule, { requirement: WordRequirement }>();

export function requiredWords(rule: Rule): WordRequirement {
  let entry = cache.get(rule);
  if (!entry) {
    // A taint finding needs a source and a sink in the file.
    const requirement = rule.taint
      ? and(ofItems(rule.taint.sources), ofItems(rule.taint.sinks))
      : ofFormula(rule.formula);
    entry = { requirement: rule.languages.includes('php') ? anyCase(requirement) : requirement };
    cache.set(rule, entry);
  }
  return entry.requirement;
}

/**
 * One target file's text, tokenised once for every rule's word test. With the rules' vocabulary the words
 * are found in one pass that also gives the matcher their places (`tokens`); a word outside it (or no
 * vocabulary) falls back to the set of all the file's tokens.
 */
export class FileText {
  private allTokens?: Set<string>;
  readonly tokens?: TokenIndex;

  constructor(
    readonly source: string,
    vocabulary?: Vocabulary,
  ) {
    this.tokens = vocabulary?.index(source);
  }

  hasWord(word: string): boolean {
    const starts = this.tokens?.startsOf(word);
    if (starts) return starts.length > 0;
    this.allTokens ??= wordSet(this.source);
    return this.allTokens.has(word);
  }

  matches(regex: RegExp): boolean {
    regex.lastIndex = 0;
    const found = regex.test(this.source);
    regex.lastIndex = 0;
    return found;
  }
}

/** Whether `file` may hold a match of `rule` (false only when it certainly cannot). */
export function mayMatch(rule: Rule, file: FileText | string): boolean {
  const requirement = requiredWords(rule);
  if (!requirement) return true;
  const text = typeof file === 'string' ? new FileText(file) : file;
  return requirement.some((atoms) =>
    atoms.every((atom) => (typeof atom === 'string' ? text.hasWord(atom) : text.matches(atom))),
  );
}

/** Every word the rules' prefilters and patterns look for: what a file's one token pass indexes. */
export function vocabularyOf(rules: readonly Rule[]): Vocabulary {
  const words = new Set<string>();
  const addFormula = (formula: Formula): void => {
    switch (formula.kind) {
      case 'pattern':
        for (const word of patternWords(formula)) words.add(word);
        return;
      case 'regex':
        return;
      case 'either':
        formula.branches.forEach(addFormula);
        return;
      case 'all':
        [...formula.positives, ...formula.insides, ...formula.notInsides, ...formula.nots].forEach(
          addFormula,
        );
        for (const condition of formula.conditions)
          if (condition.kind === 'pattern') addFormula(condition.formula);
    }
  };
  for (const rule of rules) {
    for (const atoms of requiredWords(rule) ?? [])
      for (const atom of atoms) if (typeof atom === 'string') words.add(atom);
    addFormula(rule.formula);
    const { sources = [], sinks = [], sanitizers = [], propagators = [] } = rule.taint ?? {};
    for (const item of [...sources, ...sinks, ...sanitizers, ...propagators]) addFormula(item.formula);
  }
  return new Vocabulary(words);
}

const leafWords = new WeakMap<PatternLeaf, string[]>();

/** The words every match of this one pattern spans (see patterns/word-occurrences.ts). */
export function patternWords(leaf: PatternLeaf): string[] {
  let words = leafWords.get(leaf);
  if (!words) {
    words = leaf.generic ? [] : wordsOfPattern(leaf.source);
    leafWords.set(leaf, words);
  }
  return words;
}

/** PHP function, method and class names ignore case (`Header(...)` calls `header`): so do their words. */
function anyCase(requirement: WordRequirement): WordRequirement {
  return requirement?.map((atoms) =>
    atoms.map((atom) => (typeof atom === 'string' ? new RegExp(`(?<![\\w$])${atom}(?!\\w)`, 'i') : atom)),
  );
}

function ofItems(items: TaintSpecItem[]): WordRequirement {
  return items.length === 0 ? undefined : or(items.map((item) => ofFormula(item.formula)));
}

function or(requirements: WordRequirement[]): WordRequirement {
  return requirements.some((r) => r === undefined) ? undefined : (requirements as Atom[][][]).flat();
}

function and(a: WordRequirement, b: WordRequirement): WordRequirement {
  if (!a) return b;
  if (!b) return a;
  if (a.length * b.length > MAX_ALTERNATIVES) return a.length <= b.length ? a : b;
  return a.flatMap((left) => b.map((right) => [...left, ...right]));
}

function ofFormula(formula: Formula): WordRequirement {
  switch (formula.kind) {
    case 'pattern': {
      const words = wordsOfPattern(formula.source);
      return words.length > 0 ? [words] : undefined;
    }
    case 'regex':
      return [[new RegExp(formula.regex.source, formula.regex.flags.replace(/[gy]/g, ''))]];
    case 'either':
      return or(formula.branches.map(ofFormula));
    case 'all':
      // Every positive and every inside must match, so all their requirements hold together.
      return [...formula.positives, ...formula.insides].map(ofFormula).reduce(and, undefined);
    default:
      return undefined;
  }
}

/**
 * Keywords look called (`if (`, `catch (`) but Semgrep matches some of them across spellings (`elif`,
 * `else if`), and a pattern may match a node that leaves them out (a partial `if ($X)` matching the
 * condition): never required.
 */
const KEYWORDS = new Set(
  [
    'if elif elsif else unless then for foreach while until do loop switch case when try catch',
    'except finally rescue with return yield await async function func fn def lambda class new',
    'typeof sizeof instanceof in is not and or import from require include using use throw',
    'raise assert del go defer isset empty list array super this self begin end',
  ]
    .join(' ')
    .split(' ')
    .concat(['__soc2mv']),
);
const METAVARIABLE = '__soc2mv';

/** Called names and last member names in a pattern, outside strings, comments and metavariables. */
export function wordsOfPattern(pattern: string): string[] {
  const code = pattern
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, ' ')
    .replace(/\/\/[^\n]*|#[^\n]*/g, ' ')
    // A metavariable stands for a name, so `function $F(` does not call `function`.
    .replace(/\$(?:\.\.\.)?[A-Z_][A-Z0-9_]*/g, ' __soc2mv ');
  const words = new Set<string>();
  // A member access is one `.`: `... then` and `...args` are an ellipsis and a spread, not members.
  for (const match of code.matchAll(/((?<!\.)\.\s*)?(?<![$\w])([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const name = match[2];
    const member = match[1] !== undefined;
    // After a `.` a keyword is a member name like any other (`res.end(...)`, `Foo.new`).
    if (name === METAVARIABLE || (KEYWORDS.has(name) && !member)) continue;
    const rest = code.slice((match.index ?? 0) + match[0].length);
    const before = code.slice(0, match.index ?? 0);
    // A keyword argument (`verify=False`) is spelled in every call it matches.
    const keywordArgument = /[(,]\s*$/.test(before) && /^\s*=(?!=)/.test(rest);
    const called = /^\s*\(/.test(rest) || keywordArgument;
    // A qualifier (`b` in `a.b.c`) can be spelled away by an import (`from a.b import *`, Java's
    // `import a.b.*`), so only the last name of a dotted path is required.
    const qualifier = /^\s*\./.test(rest);
    if ((member || called) && !qualifier) words.add(name);
  }
  return [...words];
}
