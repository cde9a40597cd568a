import type { PatternNode } from './pattern-node.js';
import type { PlainNode } from './plain-tree.js';

/**
 * Parts of a Dockerfile instruction that keep their kind even when they are only a metavariable:
 * `FROM $IMAGE:$TAG` names an image and a tag, `ARG $A=...` a value, which a bare `$X` would not.
 */
const TYPED_PARTS = new Set([
  'image_spec',
  'image_name',
  'image_tag',
  'image_digest',
  'image_alias',
  'arg_value',
  'env_value',
  'label_value',
]);

/** Dockerfile pattern nodes compiled apart from the generic rules; undefined for the others. */
export function compileDockerfileNode(
  node: PlainNode,
  compile: (node: PlainNode) => PatternNode,
): PatternNode | undefined {
  if (!TYPED_PARTS.has(node.type)) return undefined;
  return {
    kind: 'node',
    type: node.type,
    children: node.children.map(compile),
    tokens: [],
    hasEllipsis: false,
  };
}
