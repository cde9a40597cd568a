import type { Tree } from './tree-sitter-runtime.js';

/**
 * Views of the tree-sitter runtime's WASM memory, where a parsed tree lives. Reading a tree's nodes
 * straight from it (patterns/plain-tree.ts) is several times faster than moving a cursor through
 * it with one call into WASM per step. The layouts read are those of the pinned web-tree-sitter (0.25)
 * and the grammar ABIs it loads (14, 15); every copy is checked against the runtime's own root node.
 */
export interface TreeMemory {
  u8: Uint8Array;
  u16: Uint16Array;
  u32: Uint32Array;
  /** Address of the TSTree. */
  tree: number;
}

interface HeapViews {
  HEAPU8: Uint8Array;
  HEAPU16: Uint16Array;
  HEAPU32: Uint32Array;
}

let heap: HeapViews | undefined;

/**
 * Called once the runtime is initialised, with the options object given to `Parser.init`: the
 * Emscripten module adopts that object and keeps its heap views on it (replaced when memory grows).
 */
export function adoptWasmRuntime(module: unknown): void {
  const candidate = module as Partial<HeapViews>;
  if (candidate.HEAPU8 instanceof Uint8Array && candidate.HEAPU32 instanceof Uint32Array)
    heap = candidate as HeapViews;
}

/** Undefined when the runtime did not expose its memory (an unsupported web-tree-sitter version). */
export function treeMemory(tree: Tree): TreeMemory | undefined {
  if (!heap) return undefined;
  // web-tree-sitter keeps the TSTree's address as the tree object's first field.
  const address = (tree as unknown as Record<0, number>)[0];
  // Re-read on every call: the views are replaced whenever the memory grows.
  return { u8: heap.HEAPU8, u16: heap.HEAPU16, u32: heap.HEAPU32, tree: address };
}
