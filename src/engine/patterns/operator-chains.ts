import { isComment, type PlainNode } from './plain-tree.js';
import type { PatternNode } from './pattern-node.js';

/**
 * Semgrep matches chains of associative operators modulo associativity (`A and (B and C)` is
 * `A and B and C`), and the bitwise ones also modulo commutativity (`A & B` matches `B & A & C`).
 * `+` is neither (strings, overflow), but `1 + 2 + ...` still lets `...` absorb trailing operands.
 */
const BINARY_TYPES = new Set(['boolean_operator', 'binary_operator', 'binary_expression']);
const ASSOCIATIVE = new Set(['and', 'or', '&&', '||', '&', '|', '^']);
const COMMUTATIVE = new Set(['&', '|', '^']);
/** Operators whose chains only flatten when the pattern has `...` among its operands. */
const DOTS_ONLY = new Set(['+']);

export type ChainMode = 'ordered' | 'commutative';

export interface PatternChain {
  operator: string;
  mode: ChainMode;
  operands: PatternNode[];
}

const chainCache = new WeakMap<PatternNode, PatternChain | null>();

/** The flattened operands of a pattern operator chain, or null when the pattern is not one. */
export function patternChain(pattern: PatternNode): PatternChain | null {
  const cached = chainCache.get(pattern);
  if (cached !== undefined) return cached;
  let chain: PatternChain | null = null;
  const operator = patternOperator(pattern);
  if (operator && (ASSOCIATIVE.has(operator) || DOTS_ONLY.has(operator))) {
    const operands = flattenPattern(pattern, operator);
    const dots = operands.some((o) => o.kind === 'ellipsis');
    if (ASSOCIATIVE.has(operator) || dots)
      chain = { operator, mode: COMMUTATIVE.has(operator) ? 'commutative' : 'ordered', operands };
  }
  chainCache.set(pattern, chain);
  return chain;
}

function patternOperator(pattern: PatternNode): string | undefined {
  if (pattern.kind !== 'node' || !BINARY_TYPES.has(pattern.type) || pattern.children.length !== 2)
    return undefined;
  return pattern.tokens.length === 1 ? pattern.tokens[0] : undefined;
}

function flattenPattern(pattern: PatternNode, operator: string): PatternNode[] {
  if (pattern.kind === 'node' && patternOperator(pattern) === operator)
    return pattern.children.flatMap((child) => flattenPattern(child, operator));
  return [pattern];
}

/** The operator token of a binary node (`and`, `&`, `+`), if `node` is one. */
export function targetOperator(node: PlainNode): string | undefined {
  if (!BINARY_TYPES.has(node.type)) return undefined;
  return node.children.find((c) => !c.named)?.type;
}

/** Operands of `node`'s chain of `operator`, through parentheses: `(A & B) & C` gives A, B, C. */
export function flattenTarget(node: PlainNode, operator: string): PlainNode[] {
  const inner = unparenthesize(node);
  if (targetOperator(inner) !== operator) return [node];
  return inner.children
    .filter((c) => c.named && !isComment(c))
    .flatMap((child) => flattenTarget(child, operator));
}

function unparenthesize(node: PlainNode): PlainNode {
  let current = node;
  while (current.type === 'parenthesized_expression') {
    const inner = current.children.filter((c) => c.named && !isComment(c));
    if (inner.length !== 1) break;
    current = inner[0];
  }
  return current;
}

const innerLinks = new WeakMap<PlainNode, WeakSet<PlainNode>>();

/**
 * Python parses `a or b or c` as one BoolOp, so Semgrep never sees `a or b` in it as an expression
 * of its own; tree-sitter nests it. The nested links (not parenthesised ones) are not match sites.
 */
export function isInnerBooleanLink(root: PlainNode, node: PlainNode): boolean {
  if (node.type !== 'boolean_operator') return false;
  let links = innerLinks.get(root);
  if (!links) {
    links = new WeakSet();
    const stack = [root];
    while (stack.length > 0) {
      const current = stack.pop() as PlainNode;
      const operator = current.type === 'boolean_operator' ? targetOperator(current) : undefined;
      for (const child of current.children) {
        if (operator && child.type === 'boolean_operator' && targetOperator(child) === operator)
          links.add(child);
        if (child.children.length > 0) stack.push(child);
      }
    }
    innerLinks.set(root, links);
  }
  return links.has(node);
}
