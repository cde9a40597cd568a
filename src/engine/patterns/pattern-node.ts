import { STRING_LITERAL_TYPES } from './grammar-node-types.js';
import { blockScalarValue } from './yaml-scalars.js';

/**
 * A compiled Semgrep pattern: the pattern's parse tree with metavariables, `...` and `"..."` turned
 * into explicit wildcards, so matching never re-parses or re-reads the pattern.
 */
export type PatternNode =
  | { kind: 'ellipsis' }
  | { kind: 'metavariable'; name: string }
  /** `$...ARGS`: zero or more siblings, bound as one span. */
  | { kind: 'ellipsis-metavariable'; name: string }
  /** `($X: T)` / `(T $X)`: a metavariable that only binds code of type `type`. */
  | {
      kind: 'typed-metavariable';
      name: string;
      type: string;
      language?: string;
      /** Set while matching the name a declaration declares (`(String $X) = …` against `String x = …`). */
      declaring?: boolean;
    }
  /** `<... e ...>`: `inner` matches the node or any node inside it. */
  | { kind: 'deep'; inner: PatternNode }
  /** `a. ... .b`: `base` followed by any chain of field accesses and calls. */
  | { kind: 'chain'; base: PatternNode }
  /** `"..."`: any constant string; `` `...` `` (`template`): any template literal, substitutions included. */
  | { kind: 'any-string'; template: boolean }
  /** `"=~/re/"`: a constant string whose content matches `regex`. */
  | { kind: 'regex-string'; regex: RegExp }
  /** `"$X"`: any constant string, its content bound to `$X`. */
  | { kind: 'string-metavariable'; name: string }
  /** `$X` / `$...X` as the literal text of a template literal: binds that text (`span`: possibly empty). */
  | { kind: 'fragment-metavariable'; name: string; span: boolean }
  /** Ruby `:$X` / YAML `!$X`: any plain symbol or tag, its name (without the sigil) bound to `$X`. */
  | { kind: 'symbol-metavariable'; name: string }
  | { kind: 'string'; value: string }
  | { kind: 'leaf'; type: string; text: string }
  | { kind: 'node'; type: string; children: PatternNode[]; tokens: string[]; hasEllipsis: boolean };

/** One expression/statement matched at any node, or a run of sibling statements. */
export type CompiledPattern =
  { kind: 'single'; node: PatternNode } | { kind: 'sequence'; nodes: PatternNode[] };

/** String literal node types whose quoting style does not matter when comparing. */
export const STRING_TYPES = new Set([
  'string',
  'template_string',
  'concatenated_string',
  ...STRING_LITERAL_TYPES,
]);

/** Punctuation carries no meaning once the tree shape is known; keywords and operators do. */
export const PUNCTUATION = new Set([',', ';', '(', ')', '[', ']', '{', '}', ':', '.', '?.']);

/** `'a'`, `"a"`, `r"a"`, `'''a'''` and `` `a` `` all compare by their content. */
export function stringContent(text: string): string {
  // YAML `|` / `>` block scalars: no quotes, and the indentation is not part of the value.
  const block = blockScalarValue(text);
  if (block !== undefined) return `\0${block}`;
  // C#: `@"..."` is verbatim (raw), `$"..."` interpolated.
  const match = /^([A-Za-z@$]*)('''|"""|['"`])([\s\S]*)\2$/.exec(text);
  if (!match) return text;
  const prefix = match[1].toLowerCase().replace(/[ubrf@$]/g, '');
  return prefix + '\0' + unescape(match[3], /[r@]/i.test(match[1]));
}

/** The string's value, so `"\x41"`, `'A'` and `"A"` compare equal; raw strings keep their backslashes. */
function unescape(body: string, raw: boolean): string {
  if (raw || !body.includes('\\')) return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|["'`\\nrt0])/g, (_, esc: string) => {
    if (esc[0] === 'x' || esc[0] === 'u') return String.fromCharCode(parseInt(esc.slice(1), 16));
    return esc === 'n' ? '\n' : esc === 'r' ? '\r' : esc === 't' ? '\t' : esc === '0' ? '\0' : esc;
  });
}

/** The value of a string literal without its quotes and prefix (for `"$X"` and `"=~/re/"`). */
export function stringValue(text: string): string {
  const content = stringContent(text);
  const at = content.indexOf('\0');
  return at >= 0 ? content.slice(at + 1) : content;
}
