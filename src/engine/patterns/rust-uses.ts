import { isComment, namedDescendants, type PlainNode } from './plain-tree.js';

/**
 * Rust `use` declarations as import aliases: `use a::b::f as g;` makes `g` stand for `a::b::f`, and
 * `use a::{b, c::d};` makes `b` and `d` stand for their paths. Paths are joined with `.`, as the
 * matcher spells every qualified name (see structural-matcher's matchAlias).
 */
export function rustUseAliases(
  declaration: PlainNode,
  text: (node: PlainNode) => string,
): [string, string][] {
  const aliases: [string, string][] = [];
  const visit = (node: PlainNode, prefix: string[]) => {
    const parts = named(node);
    if (node.type === 'identifier') aliases.push([text(node), [...prefix, text(node)].join('.')]);
    else if (node.type === 'scoped_identifier') {
      const path = pathOf(node, text);
      if (path) aliases.push([path[path.length - 1], [...prefix, ...path].join('.')]);
    } else if (node.type === 'use_as_clause' && parts.length === 2) {
      const path = pathOf(parts[0], text);
      if (path) aliases.push([text(parts[1]), [...prefix, ...path].join('.')]);
    } else if (node.type === 'scoped_use_list' && parts.length === 2) {
      const path = pathOf(parts[0], text);
      if (path) visit(parts[1], [...prefix, ...path]);
    } else if (node.type === 'use_list') for (const part of parts) visit(part, prefix);
  };
  for (const part of named(declaration)) visit(part, []);
  // `self` and `crate` only say where the path starts; they are not part of what a pattern names.
  return aliases.filter(([local, qualified]) => local !== 'self' && qualified !== local);
}

/** Every node inside a `use` declaration: the paths there are imports, not uses of what they name. */
export function rustUseParts(root: PlainNode): Set<PlainNode> {
  const parts = new Set<PlainNode>();
  for (const node of namedDescendants(root)) {
    if (node.type !== 'use_declaration') continue;
    for (const inner of namedDescendants(node)) if (inner !== node) parts.add(inner);
  }
  return parts;
}

function pathOf(node: PlainNode, text: (node: PlainNode) => string): string[] | undefined {
  if (node.type === 'identifier') return [text(node)];
  if (PATH_STARTS.has(node.type)) return [];
  if (node.type !== 'scoped_identifier') return undefined;
  const parts = named(node);
  const head = parts.length === 2 ? pathOf(parts[0], text) : undefined;
  const last = parts[parts.length - 1];
  if (!head || last?.type !== 'identifier') return undefined;
  return [...head, text(last)];
}

/** `self::`, `crate::`, `super::`: where a path starts, not part of the name. */
const PATH_STARTS = new Set(['self', 'crate', 'super']);

function named(node: PlainNode): PlainNode[] {
  return node.children.filter((c) => c.named && !isComment(c));
}
