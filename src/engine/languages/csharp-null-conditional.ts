import type { PlainNode } from '../patterns/plain-tree.js';

/**
 * C# 14 assigns through `?.` (`order?.Total = 0`: assign when `order` is not null), which the C#
 * grammar only knows in reads; such a file parses as one ERROR. Before parsing, each `?.` on the left
 * of an assignment is spelled ` .` (same length, so every position holds), and afterwards the plain
 * member access it became is turned back into the conditional access a read of it parses as.
 */
const ASSIGNED_THROUGH =
  /\?\.(?=\s*[A-Za-z_@]\w*(?:\s*\??\.\s*[A-Za-z_@]\w*|\s*\[[^\]\n]*\])*\s*(?:[-+*/%&|^]|<<|>>|\?\?)?=(?![=>]))/g;

/** `source` with each `?.` that begins an assignment target spelled ` .`. */
export function spellNullConditionalAssignments(source: string): string {
  return source.includes('?.') ? source.replace(ASSIGNED_THROUGH, ' .') : source;
}

/** Rewrites the member accesses spelled above (found by the `?` in `source`) into conditional accesses. */
export function restoreNullConditionalAccess(root: PlainNode, source: string): void {
  if (!source.includes('?.')) return;
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as PlainNode;
    for (const child of node.children) if (child.children.length > 0) stack.push(child);
    if (node.type !== 'member_access_expression' || node.children.length !== 3) continue;
    const [object, dot, name] = node.children;
    if (dot.type !== '.' || source[dot.start - 1] !== '?') continue;
    const question: PlainNode = {
      type: '?',
      named: false,
      start: dot.start - 1,
      end: dot.start,
      children: [],
    };
    const binding: PlainNode = {
      type: 'member_binding_expression',
      named: true,
      start: dot.start,
      end: name.end,
      children: [dot, name],
    };
    node.type = 'conditional_access_expression';
    node.children = [object, question, binding];
  }
}
