import type { Tree } from '../languages/tree-sitter-runtime.js';
import { rawCursor } from '../languages/wasm-cursor.js';
import { bashNormalForm } from './bash-normal-form.js';

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
  const root = copyTree(tree);
  if (tree.language.name !== 'bash') return root;
  // Bash is read in Semgrep's normal form (background commands, command prefixes), patterns and targets
  // alike; it adds and drops nodes, so the list of named nodes is made again.
  forgetNamedOrder(root);
  return bashNormalForm(root);
}

function copyTree(tree: Tree): PlainNode {
  const kinds = nodeKindsOf(tree.language);
  const cursor = tree.walk();
  const root: PlainNode = {
    type: cursor.nodeType,
    named: true,
    start: cursor.startIndex,
    end: cursor.endIndex,
    children: [],
  };
  const raw = rawCursor(tree, cursor);
  if (!raw)
    throw new Error(
      'web-tree-sitter does not expose its cursor functions: the runtime version is not supported',
    );
  const { exports: wasm, tree: handle } = raw;
  // Children are collected on one shared stack and each node's list is cut from it when the node is
  // left: arrays of exactly their length (a pushed-to array grows to 17 slots and more).
  const open: PlainNode[] = [root];
  const childrenFrom: number[] = [0];
  const pending: PlainNode[] = [];
  const close = (): void => {
    const node = open.pop() as PlainNode;
    const from = childrenFrom.pop() as number;
    node.children = pending.slice(from);
    pending.length = from;
  };
  const named: PlainNode[] = [root];
  namedInOrder.set(root, named);
  // Iterative depth-first copy: deep trees (long else-if chains, minified code) must not overflow the stack.
  // Four calls into WASM per node; a type's name and namedness come from the per-language table.
  try {
    if (!wasm._ts_tree_cursor_goto_first_child_wasm(handle)) return root;
    for (;;) {
      const typeId = wasm._ts_tree_cursor_current_node_type_id_wasm(handle);
      const type = kinds.typeOf(typeId);
      const node: PlainNode = {
        type,
        named: kinds.isNamed(typeId) || isReceiverKeyword(type, open[open.length - 1].type),
        start: wasm._ts_tree_cursor_start_index_wasm(handle),
        end: wasm._ts_tree_cursor_end_index_wasm(handle),
        children: NO_CHILDREN,
      };
      pending.push(node);
      if (node.named) named.push(node);
      if (wasm._ts_tree_cursor_goto_first_child_wasm(handle)) {
        open.push(node);
        childrenFrom.push(pending.length);
        continue;
      }
      while (!wasm._ts_tree_cursor_goto_next_sibling_wasm(handle)) {
        if (open.length <= 1 || !wasm._ts_tree_cursor_goto_parent_wasm(handle)) {
          while (open.length > 0) close();
          return root;
        }
        close();
      }
    }
  } finally {
    raw.settle();
    cursor.delete();
  }
}

/** Shared by every leaf (most nodes): one array less to allocate and collect per token. Frozen: trees are read-only. */
const NO_CHILDREN: PlainNode[] = Object.freeze([]) as unknown as PlainNode[];

/** A grammar's node type names and namedness by type id, read from WASM once per language. */
class NodeKinds {
  private readonly names: string[];
  private readonly named: (boolean | undefined)[] = [];

  constructor(private readonly language: Tree['language']) {
    this.names = language.types;
  }

  typeOf(typeId: number): string {
    return this.names[typeId] || 'ERROR';
  }

  isNamed(typeId: number): boolean {
    let named = this.named[typeId];
    if (named === undefined) {
      named = this.language.nodeTypeIsNamed(typeId);
      this.named[typeId] = named;
    }
    return named;
  }
}

const kindsByLanguage = new WeakMap<Tree['language'], NodeKinds>();

function nodeKindsOf(language: Tree['language']): NodeKinds {
  let kinds = kindsByLanguage.get(language);
  if (!kinds) {
    kinds = new NodeKinds(language);
    kindsByLanguage.set(language, kinds);
  }
  return kinds;
}

/** C#'s `this.x` / `base.x` receivers are anonymous tokens; they are operands like any other, so named. */
function isReceiverKeyword(type: string, parentType: string): boolean {
  return (type === 'this' || type === 'base') && parentType === 'member_access_expression';
}

/** Comments are extras: they may sit anywhere between siblings, so matching ignores them. */
export function isComment(node: PlainNode): boolean {
  return node.type === 'comment' || node.type === 'html_comment' || SPLIT_COMMENTS.has(node.type);
}

/** Java, Kotlin and Rust name their two comment forms apart. */
const SPLIT_COMMENTS = new Set(['line_comment', 'block_comment']);

/** The named nodes of each copied tree, in source order: the walk every file's analyses start with, done once. */
const namedInOrder = new WeakMap<PlainNode, readonly PlainNode[]>();

/** For code that adds nodes to a copied tree. */
export function forgetNamedOrder(root: PlainNode): void {
  namedInOrder.delete(root);
}

/** Every named node, parents before children (an array: cheaper to build and walk than a generator). */
export function namedDescendants(root: PlainNode): readonly PlainNode[] {
  const known = namedInOrder.get(root);
  if (known) return known;
  const found: PlainNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as PlainNode;
    if (node.named) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]);
  }
  return found;
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
