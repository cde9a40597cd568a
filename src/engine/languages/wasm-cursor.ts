import type { Tree } from './tree-sitter-runtime.js';

/**
 * The tree-sitter WASM exports a tree copy needs. web-tree-sitter's TreeCursor writes its four-word
 * state into the shared transfer buffer before every call and reads it back after every move
 * (eight `setValue`/`getValue` round trips per node); a copy of the whole tree instead leaves the
 * state in the buffer, where every `_wasm` function reads it and every move writes it back.
 */
export interface CursorExports {
  HEAP32: Int32Array;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
}

interface RuntimeHandle {
  exports: CursorExports;
  transferBuffer: number;
}

let runtime: RuntimeHandle | undefined;

/**
 * Called once the runtime is initialised, with the options object given to `Parser.init`: the
 * Emscripten module adopts that object and adds its exports and heap views to it.
 */
export function adoptCursorRuntime(module: unknown): void {
  const candidate = module as Partial<CursorExports> & { _ts_init?: () => number };
  if (typeof candidate._ts_tree_cursor_goto_first_child_wasm !== 'function' || !candidate._ts_init) return;
  // ts_init only returns the static buffer's address (and writes the ABI versions into it): safe before any cursor exists.
  runtime = { exports: candidate as CursorExports, transferBuffer: candidate._ts_init() };
}

/** Raw cursor moves over `tree`. */
export interface RawCursor {
  exports: CursorExports;
  tree: number;
  /** Writes the state left in the transfer buffer back into web-tree-sitter's cursor, so `delete()` frees the right stack. */
  settle(): void;
}

type CursorFields = Record<0 | 1 | 2 | 3, number>;

/** Undefined when the runtime did not expose the cursor functions (an unsupported web-tree-sitter version). */
export function rawCursor(tree: Tree, cursor: ReturnType<Tree['walk']>): RawCursor | undefined {
  if (!runtime) return undefined;
  const { exports, transferBuffer } = runtime;
  const fields = cursor as unknown as CursorFields;
  const treeHandle = (tree as unknown as CursorFields)[0];
  // Reading the type id marshals this cursor's state into the buffer, where the raw moves continue from.
  void cursor.nodeTypeId;
  return {
    exports,
    tree: treeHandle,
    settle() {
      const heap = exports.HEAP32; // re-read: a move may have grown memory and replaced the view
      const base = transferBuffer >> 2;
      fields[0] = heap[base];
      fields[1] = heap[base + 1];
      fields[2] = heap[base + 2];
      fields[3] = heap[base + 3];
    },
  };
}
