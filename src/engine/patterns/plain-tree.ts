import type { Tree } from '../languages/tree-sitter-runtime.js';

/**
 * A parse-tree node copied out of WASM memory once, so matching many rules walks plain JS objects
 * instead of crossing into web-tree-sitter for every child access.
 */
export interface PlainNode {
  type: string;
  named: boolean;
  start: number;
  end: number;
  children: PlainNode[];
}

export function toPlainTree(tree: Tree): PlainNode {
  const cursor = tree.walk();
  const root: PlainNode = {
    type: cursor.nodeType,
    named: true,
    start: cursor.startIndex,
    end: cursor.endIndex,
    children: [],
  };
  const stack: PlainNode[] = [root];
  // Iterative depth-first copy: deep trees (long else-if chains, minified code) must not overflow the stack.
  if (cursor.gotoFirstChild()) {
    for (;;) {
      const node: PlainNode = {
        type: cursor.nodeType,
        named: cursor.nodeIsNamed,
        start: cursor.startIndex,
        end: cursor.endIndex,
        children: [],
      };
      stack[stack.length - 1].children.push(node);
      if (cursor.gotoFirstChild()) {
        stack.push(node);
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || stack.length <= 1) {
          cursor.delete();
          return root;
        }
        stack.pop();
      }
    }
  }
  cursor.delete();
  return root;
}

/** Comments are extras: they may sit anywhere between siblings, so matching ignores them. */
export function isComment(node: PlainNode): boolean {
  return node.type === 'comment' || node.type === 'html_comment' || RUST_COMMENTS.has(node.type);
}

const RUST_COMMENTS = new Set(['line_comment', 'block_comment']);

/** Visits every named node, parents before children. */
export function* namedDescendants(root: PlainNode): Generator<PlainNode> {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as PlainNode;
    if (node.named) yield node;
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]);
  }
}

/** Share of the source covered by outermost ERROR nodes: tells a usable tree with small errors from garbage. */
export function errorCoverage(root: PlainNode): number {
  if (root.end === root.start) return 0;
  let covered = 0;
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as PlainNode;
    if (node.type === 'ERROR') covered += node.end - node.start;
    else stack.push(...node.children);
  }
  return covered / (root.end - root.start);
}
