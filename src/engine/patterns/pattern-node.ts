/**
 * A compiled Semgrep pattern: the pattern's parse tree with metavariables, `...` and `"..."` turned
 * into explicit wildcards, so matching never re-parses or re-reads the pattern.
 */
export type PatternNode =
  | { kind: 'ellipsis' }
  | { kind: 'metavariable'; name: string }
  /** `"..."`: any constant string; `` `...` `` (`template`): any template literal, substitutions included. */
  | { kind: 'any-string'; template: boolean }
  | { kind: 'string'; value: string }
  | { kind: 'leaf'; type: string; text: string }
  | { kind: 'node'; type: string; children: PatternNode[]; tokens: string[]; hasEllipsis: boolean };

/** One expression/statement matched at any node, or a run of sibling statements. */
export type CompiledPattern =
  { kind: 'single'; node: PatternNode } | { kind: 'sequence'; nodes: PatternNode[] };

/** String literal node types whose quoting style does not matter when comparing. */
export const STRING_TYPES = new Set(['string', 'template_string', 'concatenated_string']);

/** Punctuation carries no meaning once the tree shape is known; keywords and operators do. */
export const PUNCTUATION = new Set([',', ';', '(', ')', '[', ']', '{', '}']);

/** `'a'`, `"a"`, `r"a"`, `'''a'''` and `` `a` `` all compare by their content. */
export function stringContent(text: string): string {
  const match = /^([A-Za-z]*)('''|"""|['"`])([\s\S]*)\2$/.exec(text);
  if (!match) return text;
  const prefix = match[1].toLowerCase().replace(/u/g, '');
  return prefix + '\0' + match[3];
}
