import type { TargetLanguage } from './language-ids.js';

/** The made-up second half of a declaration form; no pattern can contain it, so `$X = $X` stays an assignment. */
export const DECLARED = '__soc2decl__';

/**
 * Where a declaration is expected (a Java class body, a parameter list, a catch clause), grammars
 * reject a bare identifier, so `...` and `$...X` placeholders cannot stand there as written. These
 * are the declaration-shaped spellings of a placeholder `P` that each grammar accepts instead: a
 * field or parameter `P D`, an annotation element `P=D`, a Kotlin parameter `P: D` (D = DECLARED). The pattern
 * compiler reads any of them back as the placeholder itself (see compile-pattern's PLACEHOLDER).
 */
const FORMS: Partial<Record<TargetLanguage, readonly ((p: string) => string)[]>> = {
  java: [(p) => `${p} ${DECLARED}`, (p) => `${p}=${DECLARED}`],
  csharp: [(p) => `${p} ${DECLARED}`],
  kotlin: [(p) => `${p}: ${DECLARED}`],
  // Go: `...` among imports is an import path.
  go: [(p) => `"${p}"`],
};

/**
 * A declaration header written without its body (`class $A`, `void foo(...)`) means "with any body":
 * the grammar needs one, so a `{ ... }` body is tried after it.
 */
const BODY_COMPLETIONS: Partial<Record<TargetLanguage, string>> = {
  java: ' {\n__soc2ellipsis__;\n}',
  csharp: ' {\n__soc2ellipsis__;\n}',
  kotlin: ' {\n__soc2ellipsis__\n}',
};

/**
 * Placeholders that may stand for declarations: `...`, `$...X`, `$S;` (C# has no bare-name
 * statement, so a statement metavariable must be spelled as a declaration there), and `$X` in a
 * list (`$F(..., $P, ...)`: a parameter, whatever its type).
 */
const DECLARATION_PLACEHOLDER =
  /__soc2ellipsis__|__soc2mvs_\w+|__soc2mv_\w+(?=\s*;)|(?<=[(,]\s*)__soc2mv_\w+(?=\s*[,)])/g;

/** More placeholders than this are tried with at most MAX_REWRITES_OF_MANY of them rewritten (the variants grow exponentially). */
const MAX_REWRITTEN = 5;
/** Enough for a class member and a method's parameters (`class $C { ... $M(...) { ... } }`). */
const MAX_REWRITES_OF_MANY = 2;

/**
 * Spellings of `source` completed with a body where it has none, and with some declaration
 * placeholders rewritten into their declaration
 * forms, fewest rewrites first, so a pattern that parses as written is never reinterpreted.
 * Excludes `source` itself.
 */
export function declarationVariants(source: string, language: string): string[] {
  const body = BODY_COMPLETIONS[language as TargetLanguage];
  const completed = body && !/[}]\s*$/.test(source) ? [source + body] : [];
  return [
    ...completed,
    ...placeholderVariants(source, language),
    ...completed.flatMap((text) => placeholderVariants(text, language)),
  ];
}

function placeholderVariants(source: string, language: string): string[] {
  const forms = FORMS[language as TargetLanguage];
  if (!forms) return [];
  const occurrences = [...source.matchAll(DECLARATION_PLACEHOLDER)];
  if (occurrences.length === 0) return [];
  const many = occurrences.length > MAX_REWRITTEN;
  const assignments = formAssignments(
    occurrences.length,
    forms.length,
    many ? MAX_REWRITES_OF_MANY : Infinity,
  );
  const spelled = assignments.map((digits) => {
    let out = '';
    let at = 0;
    occurrences.forEach((occurrence, i) => {
      const index = occurrence.index;
      out +=
        source.slice(at, index) + (digits[i] === 0 ? occurrence[0] : forms[digits[i] - 1](occurrence[0]));
      at = index + occurrence[0].length;
    });
    return out + source.slice(at);
  });
  // Many placeholders may all be declarations (a class body of `...` lines and methods): each form for all at once.
  if (many) spelled.push(...forms.map((form) => source.replace(DECLARATION_PLACEHOLDER, (p) => form(p))));
  return spelled;
}

/**
 * For each of `count` placeholders a digit: 0 as written, k the k-th form; every assignment with
 * 1..`maxRewrites` non-zero digits, fewest rewrites first, then earlier placeholders' forms first.
 */
function formAssignments(count: number, formCount: number, maxRewrites: number): number[][] {
  const found: { digits: number[]; rewrites: number; code: number }[] = [];
  const extend = (digits: number[], rewrites: number) => {
    if (digits.length === count) {
      // The first placeholder is the lowest digit, as when counting through every assignment.
      const code = digits.reduceRight((sum, digit) => sum * (formCount + 1) + digit, 0);
      if (rewrites > 0) found.push({ digits, rewrites, code });
      return;
    }
    extend([...digits, 0], rewrites);
    if (rewrites < maxRewrites)
      for (let form = 1; form <= formCount; form += 1) extend([...digits, form], rewrites + 1);
  };
  extend([], 0);
  return found.sort((a, b) => a.rewrites - b.rewrites || a.code - b.code).map(({ digits }) => digits);
}
