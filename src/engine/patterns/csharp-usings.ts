import type { PatternNode } from './pattern-node.js';
import type { PlainNode } from './plain-tree.js';

const NAMES = new Set(['qualified_name', 'identifier']);

/**
 * C# `using System.Net;` in a pattern also matches `using System.Net.Sockets;`: Semgrep compares a
 * namespace import's dotted name as a prefix. Undefined when the pattern is not a plain `using A.B;`
 * (an alias, `static` or a metavariable), which then matches node by node.
 */
export function csharpUsingMatches(
  pattern: Extract<PatternNode, { kind: 'node' }>,
  node: PlainNode,
  text: (n: PlainNode) => string,
): boolean | undefined {
  if (pattern.type !== 'using_directive' || node.type !== 'using_directive') return undefined;
  if (pattern.tokens.some((t) => t !== 'using') || pattern.children.length !== 1) return undefined;
  const wanted = dottedPattern(pattern.children[0]);
  if (wanted === undefined) return undefined;
  const parts = node.children.filter((c) => c.named && c.type !== 'comment');
  if (parts.length !== 1 || !NAMES.has(parts[0].type) || node.children.some((c) => c.type === 'static'))
    return false;
  const actual = text(parts[0]).replace(/\s+/g, '');
  return actual === wanted || actual.startsWith(`${wanted}.`);
}

function dottedPattern(pattern: PatternNode): string | undefined {
  if (pattern.kind === 'leaf') return pattern.type === 'identifier' ? pattern.text : undefined;
  if (pattern.kind !== 'node' || pattern.type !== 'qualified_name') return undefined;
  const parts = pattern.children.map(dottedPattern);
  return parts.every((p) => p !== undefined) ? parts.join('.') : undefined;
}
