import { isComment, type PlainNode } from './plain-tree.js';
import type { PatternNode } from './pattern-node.js';
import type { Bindings } from './match-pattern.js';
import type { ShapeMatcher } from './js-shapes.js';

type Next = (bindings: Bindings) => boolean;
type NodePattern = Extract<PatternNode, { kind: 'node' }>;

/** Target node types an HCL pattern node type also matches (see TYPE_EQUIVALENTS). */
export const HCL_EQUIVALENTS: Record<string, string[]> = {
  attribute: ['object_elem'],
  object_elem: ['attribute'],
  object: ['block'],
};

/**
 * Terraform forms Semgrep reads differently from their syntax. `undefined`: not an HCL shape.
 *
 * A block (`resource "t" "n" { ... }`) is to Semgrep a call whose last argument is a record of the
 * body's attributes and nested blocks, so they match as a record's fields do: in any order, and the
 * block may have others the pattern leaves out (`...` or not). `x { a = 1 }` thus matches a block `x`
 * with `a = 1` among its items, and a pattern's empty body `x {}` matches any block `x`. An object
 * pattern (`{..., actions = ["*"], ...}`) is a record too, so it also matches a block's body; the match
 * is the whole block, whose body starts on its first line.
 *
 * An attribute (`a = "x"`) is a field definition, as is an object's `a = "x"` (not `a: "x"`, nor
 * `"a" = "x"`, whose name is computed): either pattern matches both.
 */
export function matchHclShape(
  m: ShapeMatcher,
  pattern: NodePattern,
  node: PlainNode,
  bindings: Bindings,
  next: Next,
): boolean | undefined {
  if (pattern.type === 'attribute' && node.type === 'object_elem')
    return isNamedField(node) && m.matchList(pattern.children, named(node), bindings, next);
  if (pattern.type === 'object_elem' && node.type === 'attribute')
    return !pattern.tokens.includes(':') && m.matchList(pattern.children, named(node), bindings, next);
  if (pattern.type === 'object' && node.type === 'block') {
    const fields = pattern.children.filter(
      (c) => !(c.kind === 'node' && /^object_(start|end)$/.test(c.type)),
    );
    return matchItems(m, fields, bodyItems(node), bindings, next);
  }
  if (pattern.type !== 'block' || node.type !== 'block' || !isHclBlock(pattern)) return undefined;
  const body = pattern.children.find((c) => c.kind === 'node' && c.type === 'body');
  const items = body?.kind === 'node' ? body.children : [];
  const head = pattern.children.filter((c) => c !== body && !isBrace(c));
  const targetHead = named(node).filter((c) => c.type !== 'body' && !isBrace(c));
  return m.matchList(head, targetHead, bindings, (b) => matchItems(m, items, bodyItems(node), b, next));
}

/**
 * A record's fields: each of the pattern's items takes a distinct item of the block. A nested block of
 * the pattern is an expression statement to Semgrep, which matches deeply: the block it takes may hold
 * it at any depth (`database_flags { ... }` is found inside `settings { ... }`). Attributes match only
 * the block's own attributes.
 */
function matchItems(
  m: ShapeMatcher,
  patterns: PatternNode[],
  nodes: PlainNode[],
  bindings: Bindings,
  next: Next,
): boolean {
  const wanted = patterns.filter((p) => p.kind !== 'ellipsis' && p.kind !== 'ellipsis-metavariable');
  if (wanted.length > nodes.length) return false;
  const used = new Array<boolean>(nodes.length).fill(false);
  const step = (at: number, b: Bindings): boolean => {
    if (at === wanted.length) return next(b);
    const pattern = wanted[at];
    const deep = pattern.kind === 'node' && pattern.type === 'block';
    for (let i = 0; i < nodes.length; i += 1) {
      if (used[i]) continue;
      used[i] = true;
      const candidates = deep ? blocksWithin(nodes[i]) : [nodes[i]];
      const ok = candidates.some((c) => m.matchNode(pattern, c, b, (b2) => step(at + 1, b2)));
      used[i] = false;
      if (ok) return true;
    }
    return false;
  };
  return step(0, bindings);
}

/** `node` if it is a block, then the blocks nested in it at any depth, outermost first. */
function blocksWithin(node: PlainNode): PlainNode[] {
  if (node.type !== 'block') return [];
  const body = node.children.find((c) => c.type === 'body');
  return [node, ...(body ? body.children.flatMap(blocksWithin) : [])];
}

function isHclBlock(pattern: NodePattern): boolean {
  return pattern.children.some(isBrace);
}

function isBrace(node: PatternNode | PlainNode): boolean {
  return 'type' in node && (node.type === 'block_start' || node.type === 'block_end');
}

/** `a = x` in an object, with a name (not a quoted or computed key) and `=` (not `:`). */
function isNamedField(node: PlainNode): boolean {
  if (!node.children.some((c) => !c.named && c.type === '=')) return false;
  const [key, value, ...rest] = named(node);
  const name = key?.type === 'expression' ? named(key)[0] : undefined;
  return value !== undefined && rest.length === 0 && name?.type === 'variable_expr';
}

function bodyItems(block: PlainNode): PlainNode[] {
  const body = block.children.find((c) => c.type === 'body');
  return body ? named(body) : [];
}

function named(node: PlainNode): PlainNode[] {
  return node.children.filter((c) => c.named && !isComment(c));
}
