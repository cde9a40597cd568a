import { checkDeadline } from '../scan/deadline.js';
import { tokenize, type GenericPattern, type Token } from './generic-pattern.js';

export interface GenericBinding {
  start: number;
  end: number;
  text: string;
}

export interface GenericMatch {
  start: number;
  end: number;
  bindings: Record<string, GenericBinding>;
}

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSE = new Set([')', ']', '}']);

// The scanner evaluates every generic rule of a file in a row: tokenise each file once.
let cached: { source: string; tokens: Token[] } | undefined;
function tokensOf(source: string): Token[] {
  if (cached?.source !== source) cached = { source, tokens: tokenize(source) };
  return cached.tokens;
}

/** Every non-overlapping, leftmost match of `pattern` in `source`, in order. */
export function matchGeneric(pattern: GenericPattern, source: string): GenericMatch[] {
  const tokens = tokensOf(source);
  const { elements } = pattern;
  // A leading ellipsis adds nothing to where a match starts: Semgrep reports from the first real token.
  const first = elements.findIndex((e) => e.kind !== 'ellipsis');
  const body = elements.slice(first);
  const matches: GenericMatch[] = [];
  // Ellipses written in a row (`...` ten times, to reach ten times as far) try every split of the span
  // between them: remembering where the rest of the pattern already failed keeps that polynomial.
  const run: PatternRun = {
    elements: body,
    tokens,
    source,
    maxSpan: pattern.maxSpanLines,
    failed: new Set<string>(),
  };
  let from = 0;
  for (let start = 0; start < tokens.length; start += 1) {
    if (tokens[start].start < from) continue;
    checkDeadline();
    const bindings: Record<string, GenericBinding> = {};
    const end = matchFrom(run, 0, start, tokens[start].line, bindings);
    if (end === undefined) continue;
    const last = end > start ? tokens[end - 1] : tokens[start];
    matches.push({ start: tokens[start].start, end: last.end, bindings });
    from = last.end;
  }
  return matches;
}

/** One pattern matched against one file's tokens: what every step of the backtracking shares. */
interface PatternRun {
  elements: GenericPattern['elements'];
  tokens: Token[];
  source: string;
  maxSpan: number;
  /** States (element, token, line, bindings) from which the rest of the pattern is known not to match. */
  failed: Set<string>;
}

/** Matches elements[at…] from token `t`; returns the index after the last token consumed, or undefined. */
function matchFrom(
  run: PatternRun,
  at: number,
  t: number,
  lastLine: number,
  bindings: Record<string, GenericBinding>,
): number | undefined {
  const { elements, tokens, failed } = run;
  if (at === elements.length) return t;
  const element = elements[at];
  if (element.kind === 'ellipsis') {
    const state = `${at};${t};${lastLine};${signature(bindings)}`;
    if (failed.has(state)) return undefined;
    const result = matchEllipsis(run, at, t, lastLine, bindings);
    if (result === undefined) failed.add(state);
    return result;
  }
  const token = tokens[t];
  if (!token) return undefined;
  if (element.kind === 'literal') {
    if (token.text !== element.text) return undefined;
  } else {
    if (!token.word) return undefined;
    const bound = bindings[element.name];
    if (bound && bound.text !== token.text) return undefined;
    if (!bound) bindings[element.name] = { start: token.start, end: token.end, text: token.text };
  }
  // Tokens that were adjacent in the pattern need not be adjacent in the target: whitespace is ignored.
  return matchFrom(run, at + 1, t + 1, token.line, bindings);
}

/** What the bindings so far constrain later tokens by: the words bound. */
function signature(bindings: Record<string, GenericBinding>): string {
  let key = '';
  for (const name in bindings) key += `${name}=${bindings[name].text};`;
  return key;
}

/** Matches from an ellipsis at elements[at]: lazily, skipping nothing first, then one token more at a time. */
function matchEllipsis(
  run: PatternRun,
  at: number,
  t: number,
  lastLine: number,
  bindings: Record<string, GenericBinding>,
): number | undefined {
  const { elements, tokens, source, maxSpan } = run;
  const element = elements[at] as Extract<GenericPattern['elements'][number], { kind: 'ellipsis' }>;
  // Lazy: try to skip nothing first, then one more token at a time, within the bracket and the span.
  let depth = 0;
  for (let skip = t; ; skip += 1) {
    if (at + 1 === elements.length) {
      // A trailing ellipsis takes the rest of its line (Semgrep extends the match to the line end),
      // across brackets it opens, and stops where the bracket it started in closes.
      let end = t;
      for (let open = 0; end < tokens.length && tokens[end].line === lastLine; end += 1) {
        if (OPEN[tokens[end].text]) open += 1;
        else if (CLOSE.has(tokens[end].text) && --open < 0) break;
      }
      bind(element.name, tokens, t, end, bindings, source);
      return end;
    }
    // What follows an ellipsis is at the ellipsis's own level: a bracket it entered is skipped whole.
    if (depth === 0) {
      const attempt = { ...bindings };
      bind(element.name, tokens, t, skip, attempt, source);
      // The next ellipsis's span starts where this one stopped: `...` twice reaches twice as far.
      const reached = skip > t ? tokens[skip - 1].line : lastLine;
      const result = matchFrom(run, at + 1, skip, reached, attempt);
      if (result !== undefined) {
        Object.assign(bindings, attempt);
        return result;
      }
    }
    if (skip >= tokens.length) return undefined;
    const token = tokens[skip];
    if (token.line - lastLine > maxSpan) return undefined;
    if (OPEN[token.text]) depth += 1;
    else if (CLOSE.has(token.text)) {
      if (depth === 0) return undefined;
      depth -= 1;
    }
    checkDeadline();
  }
}

function bind(
  name: string | undefined,
  tokens: Token[],
  from: number,
  to: number,
  bindings: Record<string, GenericBinding>,
  source: string,
): void {
  if (!name || to <= from) return;
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  bindings[name] = { start, end, text: source.slice(start, end) };
}
