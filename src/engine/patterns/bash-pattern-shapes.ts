import type { PlainNode } from './plain-tree.js';
import type { PatternNode } from './pattern-node.js';

/** What the pattern compiler lends the Bash rules: the source text and compilation of a sub-node. */
export interface BashCompiler {
  text(node: PlainNode): string;
  compile(node: PlainNode): PatternNode;
  /** The placeholder spellings of `<... e ...>` and `$...X` (see compile-pattern). */
  deepMarker: string;
  spanPrefix: string;
}

/** Type of the leaf a literal Bash word compiles to; the matcher compares it by value (see bashLiteral). */
export const BASH_WORD = 'word';
/** `${$X}`: the expansion of any variable, `$X` bound to the variable's name. */
export const BASH_EXPANSION = 'bash_variable_expansion';
/** A double-quoted string of parts (`"a $B"`), matched only by a target string that has substitutions. */
export const BASH_QUOTED = 'bash_quoted_string';

/**
 * Bash pattern forms Semgrep's Bash frontend reads differently from the tree-sitter tree:
 * - `'foo'` and `"foo"` are the word `foo` (quotes only group), so they match `foo`, `'foo'` and `"foo"`;
 * - a double-quoted string with substitutions (`"$X"`, `"a ${B} ..."`) stays a string of parts, where
 *   `...` spans any parts and `$...X` binds them;
 * - `${$X}` is the expansion of any variable (`$X` alone is any word);
 * - `declare -r $X=...` / `local $X=...` are the assignment: options and the keyword are dropped;
 * - `$(__deep__ e)`, how `<... e ...>` is spelled in Bash, is the deep expression `e`.
 * Undefined: not such a form, compile as usual.
 */
export function compileBashNode(node: PlainNode, c: BashCompiler): PatternNode | undefined {
  const named = node.children.filter((child) => child.named && child.type !== 'comment');
  switch (node.type) {
    // `777` is a word like any other (tree-sitter reads it as a number).
    case 'number':
      return { kind: 'leaf', type: BASH_WORD, text: c.text(node) };
    case 'raw_string':
      return { kind: 'leaf', type: BASH_WORD, text: c.text(node).slice(1, -1) };
    case 'string': {
      const literal = literalContent(node, c.text);
      if (literal !== undefined && literal !== '...') return { kind: 'leaf', type: BASH_WORD, text: literal };
      const parts = named.flatMap((part) => compileStringPart(part, c));
      return { kind: 'node', type: BASH_QUOTED, children: parts, tokens: [], hasEllipsis: true };
    }
    case 'expansion': {
      const inner = named.length === 1 ? c.compile(named[0]) : undefined;
      if (inner?.kind !== 'metavariable') return undefined;
      return { kind: 'node', type: BASH_EXPANSION, children: [inner], tokens: [], hasEllipsis: false };
    }
    case 'declaration_command': {
      const assignments = named.filter((child) => child.type === 'variable_assignment');
      return assignments.length === 1 ? c.compile(assignments[0]) : undefined;
    }
    case 'command_substitution': {
      const [command] = named;
      const [marker, ...inner] =
        command?.type === 'command' ? command.children.filter((child) => child.named) : [];
      if (named.length !== 1 || !marker || c.text(marker) !== c.deepMarker || inner.length === 0) {
        // `$(cmd)` and `` `cmd` `` are the same substitution.
        const children = named.map((child) => c.compile(child));
        return { kind: 'node', type: node.type, children, tokens: [], hasEllipsis: children.some(isDots) };
      }
      if (inner.length === 1) return { kind: 'deep', inner: c.compile(inner[0]) };
      const children = inner.map((child) => c.compile(child));
      return {
        kind: 'deep',
        inner: { kind: 'node', type: 'command', children, tokens: [], hasEllipsis: children.some(isDots) },
      };
    }
    default:
      return undefined;
  }
}

/** The value of a word or quoted string that holds no substitution, as Semgrep compares them; else undefined. */
export function bashLiteral(node: PlainNode, text: (node: PlainNode) => string): string | undefined {
  if (node.type === BASH_WORD || node.type === 'number') return text(node);
  if (node.type === 'raw_string') return text(node).slice(1, -1);
  if (node.type === 'string') return literalContent(node, text);
  return undefined;
}

function literalContent(node: PlainNode, text: (node: PlainNode) => string): string | undefined {
  const parts = node.children.filter((child) => child.named);
  if (parts.length === 0) return '';
  return parts.length === 1 && parts[0].type === 'string_content' ? text(parts[0]) : undefined;
}

function compileStringPart(part: PlainNode, c: BashCompiler): PatternNode[] {
  if (part.type === 'string_content') {
    // `"${A}...${B}"`: each `...` in the text spans any parts.
    return c
      .text(part)
      .split('...')
      .flatMap((piece, i): PatternNode[] => [
        ...(i > 0 ? [{ kind: 'ellipsis' } as const] : []),
        ...(piece ? [{ kind: 'leaf', type: 'string_fragment', text: piece } as const] : []),
      ]);
  }
  const [inner] = part.children.filter((child) => child.named);
  if (!inner) return [{ kind: 'leaf', type: part.type, text: c.text(part) }];
  const name = c.text(inner);
  if (part.type === 'simple_expansion' && name.startsWith(c.spanPrefix))
    return [{ kind: 'fragment-metavariable', name: `$...${name.slice(c.spanPrefix.length)}`, span: true }];
  return [c.compile(inner)];
}

function isDots(pattern: PatternNode): boolean {
  return pattern.kind === 'ellipsis' || pattern.kind === 'ellipsis-metavariable';
}
