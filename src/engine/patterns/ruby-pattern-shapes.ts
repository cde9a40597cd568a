import type { PatternNode } from './pattern-node.js';

type Node = Extract<PatternNode, { kind: 'node' }>;

const BLOCKS = new Set(['block', 'do_block']);
const BLOCK_BODIES = new Set(['block_body', 'body_statement']);

/**
 * Ruby pattern trees the grammar shapes differently from how Semgrep reads them:
 * - `$M ... { ... }` parses the brace block onto the `...` (a call of its own); Semgrep reads it as
 *   the block of `$M ...`, as `$M ... do ... end` already parses;
 * - a block whose body is only `...` is any block, the empty `foo 1 { }` included.
 */
export function rubyPatternShape(node: Node): Node {
  if (BLOCKS.has(node.type)) {
    const children = node.children.map((child) =>
      child.kind === 'node' && BLOCK_BODIES.has(child.type) && child.children.every(isEllipsis)
        ? ({ kind: 'ellipsis' } as const)
        : child,
    );
    return { ...node, children, hasEllipsis: node.hasEllipsis || children.some(isEllipsis) };
  }
  if (node.type !== 'call' || node.children.length !== 2) return node;
  const [callee, args] = node.children;
  if (args.kind !== 'node' || args.type !== 'argument_list') return node;
  const last = args.children[args.children.length - 1];
  if (last?.kind !== 'node' || last.type !== 'call' || last.children.length !== 2) return node;
  const [dots, block] = last.children;
  if (dots.kind !== 'ellipsis' || block.kind !== 'node' || block.type !== 'block') return node;
  const hoisted: Node = { ...args, children: [...args.children.slice(0, -1), dots], hasEllipsis: true };
  return { ...node, children: [callee, hoisted, block] };
}

function isEllipsis(node: PatternNode): boolean {
  return node.kind === 'ellipsis';
}
