import type { PlainNode } from './plain-tree.js';

/**
 * Semgrep reads a YAML alias (`*name`) as the value its anchor (`&name`) marks, and the anchor itself as
 * no part of the value: `route: *defaults` matches what `route:` followed by the anchored mapping would.
 * The tree is rewritten to that reading: an anchored node loses its `anchor` child, and a node that is
 * only an alias becomes (shares) the anchored node, so its positions are the anchor's.
 *
 * An alias shares the node rather than copying it, but walking the tree still visits it once per use;
 * `a: &a [x, x]`, `b: &b [*a, *a]`, ... doubles at each level, so expansion stops at a node budget.
 */
export function expandYamlAliases(root: PlainNode, source: string): void {
  if (!source.includes('&') || !source.includes('*')) return;
  const anchored = new Map<string, PlainNode>();
  const sizes = new WeakMap<PlainNode, number>();
  let budget = Math.max(MIN_EXPANSION_BUDGET, source.length);
  // Post-order over the original tree, children in source order: an anchor is known before its aliases.
  const stack: { node: PlainNode; next: number }[] = [{ node: root, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const { node } = frame;
    if (frame.next < node.children.length) {
      const child = node.children[frame.next];
      const alias = aliasName(child, source);
      const value = alias === undefined ? undefined : anchored.get(alias);
      if (value !== undefined && (sizes.get(value) ?? 1) <= budget) {
        budget -= sizes.get(value) ?? 1;
        replaceChild(node, frame.next, value);
        frame.next += 1;
      } else if (alias === undefined && child.children.length > 0) {
        stack.push({ node: child, next: 0 });
      } else {
        frame.next += 1;
      }
      continue;
    }
    stack.pop();
    sizes.set(node, 1 + node.children.reduce((sum, c) => sum + (sizes.get(c) ?? 1), 0));
    const parent = stack[stack.length - 1];
    if (!parent) continue;
    const anchor = node.children.find((c) => c.type === 'anchor');
    if (anchor) {
      const value: PlainNode = { ...node, children: node.children.filter((c) => c !== anchor) };
      sizes.set(value, sizes.get(node) ?? 1);
      replaceChild(parent.node, parent.next, value);
      const name = anchor.children.find((c) => c.type === 'anchor_name');
      if (name) anchored.set(source.slice(name.start, name.end), value);
    }
    parent.next += 1;
  }
}

/** Below this, any file's aliases are expanded: budgets only matter for alias bombs. */
const MIN_EXPANSION_BUDGET = 100_000;

/** `*name` as a whole node (`flow_node` holding only the alias): the anchor's name. */
function aliasName(node: PlainNode, source: string): string | undefined {
  const inner = node.children.filter((c) => c.named);
  if (node.type !== 'flow_node' || inner.length !== 1 || inner[0].type !== 'alias') return undefined;
  const name = inner[0].children.find((c) => c.type === 'alias_name');
  return name ? source.slice(name.start, name.end) : undefined;
}

function replaceChild(parent: PlainNode, index: number, child: PlainNode): void {
  // Leaves share one frozen empty array, and trees are otherwise read-only: copy before writing.
  const children = [...parent.children];
  children[index] = child;
  parent.children = children;
}
