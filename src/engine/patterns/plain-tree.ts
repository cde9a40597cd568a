import type { Tree } from '../languages/tree-sitter-runtime.js';
import { treeMemory } from '../languages/wasm-tree-memory.js';
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

/**
 * Copies a tree's visible nodes (what web-tree-sitter's cursor visits, in the same order, with the same
 * types and ranges) by reading tree-sitter's structures in WASM memory: one pass, no call into WASM.
 * Layouts, from tree-sitter's subtree.h and parser.h (wasm32, little-endian):
 * - a Subtree is 8 bytes: an inline leaf (bit 0 set) or a pointer to SubtreeHeapData, whose children
 *   (Subtrees) sit right before it;
 * - inline leaf: byte 0 flags (1 visible, 3 extra), byte 1 symbol, byte 6 padding, byte 7 size;
 * - heap data: padding bytes @4, size bytes @16, child_count @36, symbol u16 @40, flags @44 (0 visible,
 *   2 extra), visible_child_count @48, production_id u16 @66;
 * - TSTree: root Subtree @0, language @8; TSLanguage: max_alias_sequence_length u16 @36,
 *   public_symbol_map @76, alias_sequences @84.
 * As in the cursor, a hidden node's children take its place, a non-extra child's alias (by its
 * parent's production) makes it visible under the alias's name, and offsets are UTF-16 bytes.
 */
export function copyTree(tree: Tree): PlainNode {
  // The runtime's own view of the root, asked for before the memory views are taken (no call into WASM
  // after that may grow the memory under them): a layout this code misreads must fail, not give a wrong tree.
  const { type: rootType, startIndex: rootStartIndex, endIndex: rootEndIndex } = tree.rootNode;
  const memory = treeMemory(tree);
  if (!memory)
    throw new Error('web-tree-sitter does not expose its memory: the runtime version is not supported');
  const { u8, u16, u32 } = memory;
  const kinds = nodeKindsOf(tree.language);
  const language = u32[(memory.tree + 8) >> 2];
  const maxAliasLength = u16[(language + 36) >> 1];
  const publicSymbols = u32[(language + 76) >> 2] >> 1;
  const aliasSequences = u32[(language + 84) >> 2];
  const publicSymbol = (symbol: number): number =>
    symbol === ERROR_SYMBOL ? symbol : u16[publicSymbols + symbol];

  if (u8[memory.tree] & 1) throw new Error('unexpected tree layout: the root is a leaf');
  const rootData = u32[memory.tree >> 2];
  const rootStart = u32[(rootData + 4) >> 2];
  const root: PlainNode = {
    type: kinds.typeOf(publicSymbol(u16[(rootData + 40) >> 1])),
    named: true,
    start: rootStart >> 1,
    end: (rootStart + u32[(rootData + 16) >> 2]) >> 1,
    children: [],
  };
  if (rootType !== root.type || rootStartIndex !== root.start || rootEndIndex !== root.end)
    throw new Error("unexpected tree layout: the root read from memory differs from the runtime's");

  const named: PlainNode[] = [root];
  namedInOrder.set(root, named);
  // Children are collected on one shared stack and each visible node's list is cut from it when the
  // node is left: arrays of exactly their length.
  const pending: PlainNode[] = [];
  let pendingTop = 0;
  // One frame per node being read (hidden nodes too), in parallel stacks indexed by depth: no object
  // per frame. Iterative: deep trees (long else-if chains, minified code) must not overflow the call stack.
  const data: number[] = [];
  const counts: number[] = [];
  const next: number[] = [];
  const position: number[] = [];
  const structural: number[] = [];
  const aliasBase: number[] = [];
  const owner: PlainNode[] = [];
  const childrenFrom: number[] = [];
  let depth = 0;
  const enter = (address: number, start: number, visibleOwner: PlainNode, opens: boolean): void => {
    const production = u16[(address + 66) >> 1];
    data[depth] = address;
    counts[depth] = u32[(address + 36) >> 2];
    next[depth] = 0;
    position[depth] = start;
    structural[depth] = 0;
    aliasBase[depth] = production === 0 ? -1 : (aliasSequences >> 1) + production * maxAliasLength;
    owner[depth] = visibleOwner;
    childrenFrom[depth] = opens ? pendingTop : -1;
    depth += 1;
  };
  enter(rootData, rootStart, root, true);
  frames: while (depth > 0) {
    const top = depth - 1;
    const address = data[top];
    const count = counts[top];
    const aliases = aliasBase[top];
    const parent = owner[top];
    let index = next[top];
    let at = position[top];
    let structuralIndex = structural[top];
    while (index < count) {
      const child = address - (count - index) * 8;
      let visible: number;
      let extra: number;
      let symbol: number;
      let size: number;
      let childData = 0;
      if (u8[child] & 1) {
        const flags = u8[child];
        visible = flags & 2;
        extra = flags & 8;
        symbol = u8[child + 1];
        if (index > 0) at += u8[child + 6];
        size = u8[child + 7];
      } else {
        childData = u32[child >> 2];
        const flags = u8[childData + 44];
        visible = flags & 1;
        extra = flags & 4;
        symbol = u16[(childData + 40) >> 1];
        if (index > 0) at += u32[(childData + 4) >> 2];
        size = u32[(childData + 16) >> 2];
      }
      index += 1;
      const start = at;
      at = start + size;
      let alias = 0;
      if (!extra) {
        if (aliases >= 0) alias = u16[aliases + structuralIndex];
        structuralIndex += 1;
      }
      const shown = visible !== 0 || alias !== 0;
      // Whose children list this child's own children join: its node, or (hidden) its visible parent's.
      let childrenOwner: PlainNode | undefined;
      if (shown) {
        const typeId = publicSymbol(alias || symbol);
        const type = kinds.typeOf(typeId);
        const node: PlainNode = {
          type,
          named: kinds.isNamed(typeId) || isReceiverKeyword(type, parent.type),
          start: start >> 1,
          end: at >> 1,
          children: NO_CHILDREN,
        };
        pending[pendingTop++] = node;
        if (node.named) named.push(node);
        if (childData !== 0 && u32[(childData + 36) >> 2] > 0) childrenOwner = node;
      } else if (childData !== 0 && u32[(childData + 36) >> 2] > 0 && u32[(childData + 48) >> 2] > 0) {
        // A hidden node with visible descendants: its children take its place.
        childrenOwner = parent;
      }
      if (childrenOwner === undefined) continue;
      next[top] = index;
      position[top] = at;
      structural[top] = structuralIndex;
      enter(childData, start, childrenOwner, shown);
      continue frames;
    }
    const from = childrenFrom[top];
    if (from >= 0) {
      parent.children =
        from === pendingTop && parent !== root ? NO_CHILDREN : pending.slice(from, pendingTop);
      pendingTop = from;
    }
    depth -= 1;
  }
  return root;
}

/** tree-sitter's ts_builtin_sym_error, which has no entry in the public symbol map. */
const ERROR_SYMBOL = 0xffff;

/** Shared by every leaf (most nodes): one array less to allocate and collect per token. Frozen: trees are read-only. */
const NO_CHILDREN: PlainNode[] = Object.freeze([]) as unknown as PlainNode[];

/** A grammar's node type names and namedness by type id, read from WASM once per language. */
class NodeKinds {
  private readonly names: string[];
  /**
   * By type id: 0 not yet asked, 1 anonymous, 2 named. A typed array, because ERROR's id is 65535: a
   * plain array given that index turns into a slow dictionary for every later lookup.
   */
  private readonly named = new Uint8Array(0x10000);

  constructor(private readonly language: Tree['language']) {
    this.names = language.types;
  }

  typeOf(typeId: number): string {
    return typeId < this.names.length ? this.names[typeId] || 'ERROR' : 'ERROR';
  }

  isNamed(typeId: number): boolean {
    let named = this.named[typeId];
    if (named === 0) {
      named = this.language.nodeTypeIsNamed(typeId) ? 2 : 1;
      this.named[typeId] = named;
    }
    return named === 2;
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
