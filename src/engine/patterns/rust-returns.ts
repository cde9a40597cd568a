import { isComment, namedDescendants, type PlainNode } from './plain-tree.js';

/**
 * Rust's implicit returns: the value a function or closure body ends with is returned, so Semgrep's
 * `return $X` also matches it. The tail of a body is its last statement (with or without `;`, as
 * Semgrep reads it); through `if`/`else` branches, `match` arms and nested blocks, the tail of each
 * is a returned value too. A statement that is not last never is, even inside a tail `if`.
 */
export function rustImplicitReturns(root: PlainNode): Set<PlainNode> {
  const returned = new Set<PlainNode>();
  const visitTail = (node: PlainNode | undefined): void => {
    if (!node) return;
    const parts = named(node);
    switch (node.type) {
      case 'block':
        return visitTail(parts.at(-1));
      case 'expression_statement':
        return parts.length === 1 ? visitTail(parts[0]) : undefined;
      case 'if_expression':
        // The condition is not a returned value; the branches are.
        return parts.filter((p) => p.type === 'block' || p.type === 'else_clause').forEach(visitTail);
      case 'else_clause':
        return visitTail(parts.at(-1));
      case 'match_expression':
        return named(parts.at(-1) ?? node)
          .filter((arm) => arm.type === 'match_arm')
          .forEach((arm) => visitTail(named(arm).at(-1)));
      case 'return_expression':
      case 'let_declaration':
      case 'function_item':
        return;
      default:
        if (/_item$|_declaration$|macro_definition|attribute/.test(node.type)) return;
        returned.add(node);
    }
  };
  for (const node of namedDescendants(root)) {
    if (node.type === 'function_item')
      visitTail(named(node).at(-1)?.type === 'block' ? named(node).at(-1) : undefined);
    if (node.type === 'closure_expression') visitTail(named(node).at(-1));
  }
  return returned;
}

function named(node: PlainNode): PlainNode[] {
  return node.children.filter((c) => c.named && !isComment(c));
}
