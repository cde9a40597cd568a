import type { Span } from '../languages/dockerfile-instructions.js';
import type { PlainNode } from './plain-tree.js';

/**
 * The argument nodes of Dockerfile instructions other than shell commands, as Semgrep's Dockerfile
 * frontend structures them: `--name=value` options (`param`), `FROM`'s image (`image_spec` with its
 * name, tag and digest apart, then `image_alias`), `ARG name=value`, `ENV`/`LABEL` pairs, JSON arrays
 * (`exec_form`) and plain words (`word`, compared as Bash words are).
 * `text` is the source with continuation comments blanked (see shellText), so offsets are the file's.
 */
export interface ArgumentReader {
  text: string;
  /** In patterns: whether a word is a metavariable or `...` placeholder (never split or paired). */
  isPlaceholder(word: string): boolean;
}

export function node(type: string, span: Span, children: PlainNode[] = []): PlainNode {
  return { type, named: true, start: span.start, end: span.end, children };
}

/** Words split at unquoted whitespace (a `\` line continuation is whitespace too). */
export function words(r: ArgumentReader, span: Span): Span[] {
  const found: Span[] = [];
  let i = span.start;
  let start = -1;
  while (i < span.end) {
    const char = r.text[i];
    if (char === '\\' && /^\\[ \t]*\r?\n/.test(r.text.slice(i, span.end))) {
      if (start >= 0) found.push({ start, end: i });
      start = -1;
      i = r.text.indexOf('\n', i) + 1;
      continue;
    }
    if (/\s/.test(char)) {
      if (start >= 0) found.push({ start, end: i });
      start = -1;
      i += 1;
      continue;
    }
    if (start < 0) start = i;
    if (char === '\\') i += 2;
    else if (char === '"' || char === "'") i = closingQuote(r.text, i, span.end);
    else i += 1;
  }
  if (start >= 0) found.push({ start, end: Math.min(i, span.end) });
  return found;
}

function closingQuote(text: string, open: number, end: number): number {
  let i = open + 1;
  while (i < end && text[i] !== text[open]) i += text[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, end);
}

export function wordNodes(r: ArgumentReader, spans: Span[]): PlainNode[] {
  return spans.map((s) => node('word', s));
}

/** Leading `--name[=value]` options, and the words after them. */
export function splitParams(r: ArgumentReader, spans: Span[]): { params: PlainNode[]; rest: Span[] } {
  let at = 0;
  const params: PlainNode[] = [];
  while (at < spans.length && r.text.startsWith('--', spans[at].start)) {
    const s = spans[at];
    const eq = r.text.indexOf('=', s.start);
    const children =
      eq >= 0 && eq < s.end
        ? [node('param_name', { start: s.start, end: eq }), node('word', { start: eq + 1, end: s.end })]
        : [node('param_name', s)];
    params.push(node('param', s, children));
    at += 1;
  }
  return { params, rest: spans.slice(at) };
}

/** `["a", "b"]`: strings (and, in patterns, placeholders); undefined when the text is no such array. */
export function execForm(r: ArgumentReader, span: Span): PlainNode | undefined {
  const text = r.text.slice(span.start, span.end);
  if (!text.startsWith('[') || !text.trimEnd().endsWith(']')) return undefined;
  const close = span.start + text.trimEnd().length - 1;
  const items: PlainNode[] = [];
  let i = span.start + 1;
  for (;;) {
    while (i < close && /\s/.test(r.text[i])) i += 1;
    if (i >= close) break;
    let end: number;
    if (r.text[i] === '"') {
      end = closingQuote(r.text, i, close);
      if (r.text[end - 1] !== '"' || end - 1 === i) return undefined;
      items.push(node('json_string', { start: i, end }));
    } else {
      end = i;
      while (end < close && !/[\s,]/.test(r.text[end])) end += 1;
      if (!r.isPlaceholder(r.text.slice(i, end))) return undefined;
      items.push(node('word', { start: i, end }));
    }
    i = end;
    while (i < close && /\s/.test(r.text[i])) i += 1;
    if (i < close && r.text[i] !== ',') return undefined;
    i += 1;
  }
  return node('exec_form', span, items);
}

/** `name[:tag][@digest]`; a `:` before the last `/` is a registry's port, and `${A:-b}` is one expansion. */
export function imageSpec(r: ArgumentReader, s: Span): PlainNode {
  const text = r.text.slice(s.start, s.end);
  const at = text.indexOf('@');
  const named = at < 0 ? text : text.slice(0, at);
  let colon = -1;
  let depth = 0;
  for (let i = 0; i < named.length; i += 1) {
    if (named.startsWith('${', i)) depth += 1;
    else if (named[i] === '}' && depth > 0) depth -= 1;
    else if (named[i] === '/' && depth === 0) colon = -1;
    else if (named[i] === ':' && depth === 0) colon = i;
  }
  const nameEnd = s.start + (colon >= 0 ? colon : named.length);
  const parts = [part('image_name', s.start, nameEnd)];
  if (colon >= 0) parts.push(part('image_tag', s.start + colon + 1, s.start + named.length));
  if (at >= 0) parts.push(part('image_digest', s.start + at + 1, s.end));
  return node('image_spec', s, parts);
}

function part(type: string, start: number, end: number): PlainNode {
  const span = { start, end };
  return node(type, span, [node('word', span)]);
}

/** `name=value` (or a bare `name`) as `type` [word, value-wrapper]; a placeholder stays a word. */
export function pair(r: ArgumentReader, s: Span, type: string, valueType: string): PlainNode {
  const text = r.text.slice(s.start, s.end);
  const eq = text.indexOf('=');
  if (r.isPlaceholder(text)) return node('word', s);
  if (eq <= 0) return node(type, s, [node('word', s)]);
  const name = node('word', { start: s.start, end: s.start + eq });
  const value = { start: s.start + eq + 1, end: s.end };
  return node(type, s, [name, node(valueType, value, [node('word', value)])]);
}
