import type { PlainNode } from '../patterns/plain-tree.js';
import type { TargetLanguage } from './language-ids.js';

/**
 * Keywords that tree-sitter's error recovery sometimes accepts as names: Java reads `try { ... }` as a
 * record constructor named `try` and `for (...) { ... }` as a constructor named `for`. A pattern
 * parse that names something with a reserved word is a misreading, so the next attempt is tried.
 */
const RESERVED: Partial<Record<TargetLanguage, ReadonlySet<string>>> = {
  java: new Set([
    'try',
    'catch',
    'finally',
    'for',
    'while',
    'do',
    'if',
    'else',
    'switch',
    'case',
    'return',
    'throw',
    'new',
    'super',
    'this',
    'synchronized',
    'class',
    'interface',
    'enum',
    'import',
    'package',
  ]),
  csharp: new Set([
    'try',
    'catch',
    'finally',
    'for',
    'foreach',
    'while',
    'do',
    'if',
    'else',
    'switch',
    'case',
    'return',
    'throw',
    'new',
    'base',
    'this',
    'lock',
    'using',
    'class',
    'interface',
    'struct',
    'namespace',
  ]),
};

/**
 * Go reads `OK: $X` in a function body as a labeled statement; in a pattern it is a composite
 * literal's field, which a later attempt parses.
 */
const MISREAD_TYPES: Partial<Record<TargetLanguage, string>> = {
  go: 'labeled_statement',
  // Ruby `:k => v` alone is a hash pair in a Semgrep pattern, not rightward pattern matching.
  ruby: 'match_pattern',
};

/** Node types that never stand alone at the top of a pattern (a call's arguments without the call). */
const NEVER_ALONE = new Set(['argument_list', 'super']);

/** Whether the nodes a pattern parse selected include one that cannot be a pattern on its own. */
export function strayPatternNode(nodes: readonly PlainNode[]): boolean {
  return nodes.length > 1 && nodes.some((node) => NEVER_ALONE.has(node.type));
}

/** Whether a parse of a pattern in `language` is a misreading (see RESERVED). */
export function misreadPattern(root: PlainNode, source: string, language: string): boolean {
  const reserved = RESERVED[language as TargetLanguage];
  const misread = MISREAD_TYPES[language as TargetLanguage];
  if (!reserved && !misread) return false;
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as PlainNode;
    if (node.type === misread) return true;
    // `new Foo() { ... }` in a class body reads as a method `Foo` returning the type `new`.
    if (
      (node.type === 'identifier' || node.type === 'type_identifier') &&
      reserved?.has(source.slice(node.start, node.end))
    )
      return true;
    stack.push(...node.children);
  }
  return false;
}
