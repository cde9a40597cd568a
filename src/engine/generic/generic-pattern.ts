/**
 * Semgrep's generic mode (spacegrep): target and pattern are read as words (`[A-Za-z0-9_]+`) and single
 * punctuation characters, whitespace ignored. In a pattern, `...` skips any tokens, `$X` matches one word
 * (the same word wherever `$X` recurs), `$...X` skips like `...` and binds what it skipped. An ellipsis
 * never leaves the bracket it starts in and never reaches more than `maxSpanLines` lines past where the
 * match had got to (Semgrep's `generic_ellipsis_max_span`, default 10; `...` written twice reaches twice as far).
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  line: number;
  word: boolean;
}

export type GenericElement =
  | { kind: 'literal'; text: string }
  | { kind: 'metavariable'; name: string }
  | { kind: 'ellipsis'; name?: string };

export interface GenericPattern {
  elements: GenericElement[];
  maxSpanLines: number;
}

export const DEFAULT_ELLIPSIS_MAX_SPAN = 10;

const TOKEN = /[A-Za-z0-9_]+|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let scanned = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    for (let i = text.indexOf('\n', scanned); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) line += 1;
    scanned = start;
    const word = /^[A-Za-z0-9_]/.test(match[0]);
    tokens.push({ text: match[0], start, end: start + match[0].length, line, word });
  }
  return tokens;
}

/** Compiles a generic pattern; throws when it has nothing to match. */
export function compileGenericPattern(
  source: string,
  maxSpanLines = DEFAULT_ELLIPSIS_MAX_SPAN,
): GenericPattern {
  const elements: GenericElement[] = [];
  const element = /\$\.\.\.([A-Z_][A-Z0-9_]*)|\.\.\.|\$([A-Z_][A-Z0-9_]*)|[A-Za-z0-9_]+|\S/gu;
  for (const match of source.matchAll(element)) {
    if (match[1]) elements.push({ kind: 'ellipsis', name: `$...${match[1]}` });
    else if (match[0] === '...') elements.push({ kind: 'ellipsis' });
    else if (match[2]) elements.push({ kind: 'metavariable', name: `$${match[2]}` });
    else elements.push({ kind: 'literal', text: match[0] });
  }
  // Adjacent ellipses are kept apart: each reaches `maxSpanLines` lines, so rules write `...` twice to reach further.
  if (!elements.some((e) => e.kind !== 'ellipsis'))
    throw new Error('a generic pattern needs at least one token');
  return { elements, maxSpanLines };
}
