import { isComment, type PlainNode } from './plain-tree.js';
import type { PatternNode } from './pattern-node.js';

/**
 * Places where Semgrep's Python AST has a different shape from tree-sitter's: decorators belong to
 * the definition they decorate, `x[1, 2]` indexes with a tuple, `{...}` is any dict or set, and
 * `[...]` any list, comprehensions included.
 */
export const DEFINITIONS = new Set(['function_definition', 'class_definition']);

const decoratedCache = new WeakMap<PlainNode, WeakSet<PlainNode>>();

/** The definition inside `@d def f()`: the match is the decorated definition, decorators included. */
export function isDecoratedDefinition(root: PlainNode, node: PlainNode): boolean {
  if (!DEFINITIONS.has(node.type)) return false;
  let decorated = decoratedCache.get(root);
  if (!decorated) {
    decorated = new WeakSet();
    const stack = [root];
    while (stack.length > 0) {
      const current = stack.pop() as PlainNode;
      if (current.type === 'decorated_definition') {
        const definition = named(current).at(-1);
        if (definition) decorated.add(definition);
      }
      for (const child of current.children) if (child.children.length > 0) stack.push(child);
    }
    decoratedCache.set(root, decorated);
  }
  return decorated.has(node);
}

/** What a pattern node of `patternType` may stand for in place of the target node type it names. */
export const PYTHON_EQUIVALENTS: Record<string, string[]> = {
  function_definition: ['decorated_definition'],
  class_definition: ['decorated_definition'],
  set: ['dictionary'],
  list: ['list_comprehension'],
  tuple: ['subscript', 'expression_list'],
};

/** Only `{...}` and `[...]` stand for any dict or comprehension; `{$X}` is still a one-element set. */
export function onlyDots(pattern: Extract<PatternNode, { kind: 'node' }>): boolean {
  return pattern.children.every((c) => c.kind === 'ellipsis');
}

/** `x[1, 2]` is `x[(1, 2)]`: the index elements when there are several, else undefined. */
export function tupleElements(node: PlainNode): PlainNode[] | undefined {
  if (node.type === 'expression_list') return named(node);
  if (node.type !== 'subscript') return undefined;
  const indices = named(node).slice(1);
  return indices.length > 1 ? indices : undefined;
}

export function named(node: PlainNode): PlainNode[] {
  return node.children.filter((c) => c.named && !isComment(c));
}
