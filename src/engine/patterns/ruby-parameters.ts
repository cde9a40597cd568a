import type { PlainNode } from './plain-tree.js';

/**
 * The name a Ruby keyword parameter (`event:`, `mode: 1`) or default parameter (`x = 1`) declares.
 * Semgrep reads both as ordinary parameters with an optional default, so the pattern `def f(event)`
 * matches `def f(event:)` and `$X` binds the name. TypeScript's `optional_parameter` (`x?`) is not one.
 */
export function rubyParameterName(node: PlainNode): PlainNode | undefined {
  if (node.type !== 'keyword_parameter' && node.type !== 'optional_parameter') return undefined;
  if (node.children.some((c) => !c.named && c.type === '?')) return undefined;
  const name = node.children.find((c) => c.named);
  return name?.type === 'identifier' ? name : undefined;
}
