import { forgetNamedOrder, type PlainNode } from './plain-tree.js';

/**
 * Kotlin's grammar reads the template `"hi $name"` as the texts `hi `, `$` and `name` rather than an
 * interpolation, while `"hi ${name}"` has one. Semgrep treats both alike, so the short form is rewritten
 * into an `interpolation` holding an `identifier`, as the braced form has.
 */
export function interpolateKotlinTemplates(root: PlainNode, source: string): void {
  if (!source.includes('$')) return;
  // New nodes: the tree's cached list of named nodes no longer covers them all.
  forgetNamedOrder(root);
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as PlainNode;
    if (node.type === 'string_literal' || node.type === 'multiline_string_literal') rewrite(node, source);
    for (const child of node.children) if (child.children.length > 0) stack.push(child);
  }
}

function rewrite(literal: PlainNode, source: string): void {
  const parts = literal.children;
  const dollar = parts.findIndex((c, i) => isDollar(c, source) && parts[i + 1]?.type === 'string_content');
  if (dollar < 0) return;
  const out: PlainNode[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i];
    const after = parts[i + 1];
    const name =
      after && isDollar(part, source) && after.type === 'string_content' ? leadingName(after, source) : 0;
    if (!name) {
      out.push(part);
      continue;
    }
    const end = after.start + name;
    const identifier: PlainNode = { type: 'identifier', named: true, start: after.start, end, children: [] };
    const sigil: PlainNode = { type: '$', named: false, start: part.start, end: part.end, children: [] };
    out.push({ type: 'interpolation', named: true, start: part.start, end, children: [sigil, identifier] });
    if (end < after.end) out.push({ ...after, start: end });
    i += 1;
  }
  literal.children = out;
}

function isDollar(node: PlainNode, source: string): boolean {
  return node.type === 'string_content' && node.end - node.start === 1 && source[node.start] === '$';
}

/** The length of the identifier a text starts with (`name` in `name is`), 0 when none. */
function leadingName(node: PlainNode, source: string): number {
  const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(node.start, node.end));
  return match ? match[0].length : 0;
}
