import type { Formula, Rule } from '../rule-files/rule.js';

/**
 * A cheap test run before parsing: the words a rule cannot match without. From each pattern we take the
 * names that are called (`exec(`) or accessed as members (`.exec`), which no Semgrep equivalence
 * removes from the file's text (an aliased import still spells the original name in its `import`).
 * Metavariables, strings, numbers and keywords are never required. A file lacking every word set of a
 * rule is not matched against it, and a file no rule survives is not even parsed.
 *
 * The result is a disjunction of conjunctions: the rule may match when, for some entry, the file
 * contains all its words. `undefined` means no requirement is known (always run the rule).
 */
export type WordRequirement = string[][] | undefined;

const cache = new WeakMap<Rule, { requirement: WordRequirement }>();

export function requiredWords(rule: Rule): WordRequirement {
  let entry = cache.get(rule);
  if (!entry) {
    entry = { requirement: (rule as { taint?: unknown }).taint ? undefined : ofFormula(rule.formula) };
    cache.set(rule, entry);
  }
  return entry.requirement;
}

/** Whether `source` may hold a match of `rule` (false only when it certainly cannot). */
export function mayMatch(rule: Rule, source: string): boolean {
  const requirement = requiredWords(rule);
  if (!requirement) return true;
  return requirement.some((words) => words.every((word) => source.includes(word)));
}

function ofFormula(formula: Formula): WordRequirement {
  switch (formula.kind) {
    case 'pattern': {
      const words = wordsOfPattern(formula.source);
      return words.length > 0 ? [words] : undefined;
    }
    case 'regex':
      return undefined;
    case 'either': {
      const branches = formula.branches.map(ofFormula);
      return branches.some((b) => b === undefined) ? undefined : (branches as string[][][]).flat();
    }
    case 'all': {
      // Every positive and every inside must match, so any one of their requirements is a requirement.
      const candidates = [...formula.positives, ...formula.insides]
        .map(ofFormula)
        .filter((r) => r !== undefined);
      return candidates.sort((a, b) => a.length - b.length)[0];
    }
    default:
      return undefined;
  }
}

/** Keywords followed by `(` whose match may not spell them: `function (...)` also matches arrows and methods. */
const UNSPELLED_KEYWORDS = new Set(['__soc2mv', 'function']);

/** Called names and member names in a pattern, outside strings, comments and metavariables. */
export function wordsOfPattern(pattern: string): string[] {
  const code = pattern
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, ' ')
    .replace(/\/\/[^\n]*|#[^\n]*/g, ' ')
    // A metavariable stands for a name, so `function $F(` does not call `function`.
    .replace(/\$(?:\.\.\.)?[A-Z_][A-Z0-9_]*/g, ' __soc2mv ');
  const words = new Set<string>();
  for (const match of code.matchAll(/(\.\s*)?(?<![$\w])([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const name = match[2];
    const member = match[1] !== undefined;
    const called = /^\s*\(/.test(code.slice((match.index ?? 0) + match[0].length));
    if ((member || called) && name.length >= 3 && !UNSPELLED_KEYWORDS.has(name)) words.add(name);
  }
  return [...words];
}
