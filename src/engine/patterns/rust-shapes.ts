import { isComment, type PlainNode } from './plain-tree.js';
import type { PatternNode } from './pattern-node.js';
import type { Binding, Bindings } from './match-pattern.js';
import type { ShapeMatcher } from './js-shapes.js';

type Next = (bindings: Bindings) => boolean;
type NodePattern = Extract<PatternNode, { kind: 'node' }>;

/** Rust target types a pattern type also matches: a path written as an expression also names a type. */
export const RUST_EQUIVALENTS: Record<string, string[]> = {
  scoped_identifier: ['scoped_type_identifier'],
  // A macro call `m!(a, b)` is a call to Semgrep (named `m!`), see matchMacroCall.
  call_expression: ['macro_invocation'],
};

/** Parts of a `fn` a pattern may leave out: `pub`, `async`/`unsafe`, generics, `where`. */
const OPTIONAL_FUNCTION_PARTS = new Set([
  'visibility_modifier',
  'function_modifiers',
  'type_parameters',
  'where_clause',
]);

export interface RustShapeMatcher extends ShapeMatcher {
  bindValue(name: string, binding: Binding, bindings: Bindings, next: Next): boolean;
  text(node: PlainNode): string;
}

/**
 * Rust forms Semgrep treats as the same code beyond same-type matching: `fn f(...) { ... }` without a
 * return type matches functions returning anything; `$F(...)` matches a macro call `m!(...)`, its
 * token tree read as arguments when it is a comma-separated list. `undefined`: not a Rust shape.
 */
export function matchRustShape(
  m: RustShapeMatcher,
  pattern: NodePattern,
  node: PlainNode,
  bindings: Bindings,
  next: Next,
): boolean | undefined {
  if (pattern.type === 'function_item' && node.type === 'function_item')
    return matchFunction(m, pattern, node, bindings, next);
  if (pattern.type === 'call_expression' && node.type === 'macro_invocation')
    return matchMacroCall(m, pattern, node, bindings, next);
  if (pattern.type === 'attribute' && node.type === 'attribute') {
    // `#[a(...)]` also matches `#[a]`: an attribute without arguments is one with none.
    const [name, args, ...rest] = pattern.children;
    const parts = named(node);
    const openArgs = args?.kind === 'node' && args.type === 'token_tree' && args.children.every(isDots);
    if (openArgs && rest.length === 0 && parts.length === 1)
      return m.matchNode(name, parts[0], bindings, next);
  }
  return undefined;
}

/**
 * `#[a] #[b] fn f() {...}`: the item's attributes are siblings before it; the pattern's must all be
 * among them, in any order, others allowed. The attributes and the item, or undefined when the
 * pattern is not an attributed item.
 */
export function attributedItemPattern(
  nodes: readonly PatternNode[],
): { attributes: PatternNode[]; item: PatternNode } | undefined {
  const item = nodes.at(-1);
  const attributes = nodes.slice(0, -1);
  const isAttribute = (p: PatternNode) => p.kind === 'node' && p.type === 'attribute_item';
  if (!item || isAttribute(item) || attributes.length === 0 || !attributes.every(isAttribute))
    return undefined;
  return { attributes, item };
}

function isDots(pattern: PatternNode): boolean {
  return pattern.kind === 'ellipsis' || pattern.kind === 'ellipsis-metavariable';
}

function matchFunction(
  m: RustShapeMatcher,
  pattern: NodePattern,
  node: PlainNode,
  bindings: Bindings,
  next: Next,
): boolean {
  const wanted = new Set(pattern.children.map((c) => (c.kind === 'node' || c.kind === 'leaf' ? c.type : '')));
  let children = named(node).filter((c) => !OPTIONAL_FUNCTION_PARTS.has(c.type) || wanted.has(c.type));
  // The return type sits between the parameters and the body; a pattern without one accepts any.
  const parameters = pattern.children.findIndex((c) => c.kind === 'node' && c.type === 'parameters');
  const body = pattern.children.findIndex((c) => c.kind === 'node' && c.type === 'block');
  if (
    parameters >= 0 &&
    (body === parameters + 1 || (body < 0 && parameters === pattern.children.length - 1))
  ) {
    const at = children.findIndex((c) => c.type === 'parameters');
    const end = children.findIndex((c) => c.type === 'block');
    const stop = end < 0 ? children.length : end;
    if (at >= 0) children = [...children.slice(0, at + 1), ...children.slice(stop)];
    if (body < 0) children = children.filter((c) => c.type !== 'block');
  }
  return m.matchChildren(pattern, children, bindings, next);
}

/** `$F(...)` against `name!(...)`: the callee must be a metavariable, as Semgrep names the macro `name!`. */
function matchMacroCall(
  m: RustShapeMatcher,
  pattern: NodePattern,
  node: PlainNode,
  bindings: Bindings,
  next: Next,
): boolean {
  const [callee, args, ...rest] = pattern.children;
  const [name, tree] = named(node);
  if (rest.length > 0 || callee?.kind !== 'metavariable' || args?.kind !== 'node' || !name || !tree)
    return false;
  if (args.type !== 'arguments' || tree.type !== 'token_tree') return false;
  const bang = node.children.find((c) => !c.named && c.type === '!');
  const end = bang?.end ?? name.end;
  const called = { start: name.start, end, text: m.text({ ...name, end }) };
  return m.bindValue(callee.name, called, bindings, (b) => {
    const values = macroArguments(tree);
    if (values) return m.matchList(args.children, values, b, next);
    // Not an argument list (`vec![0; n]`, `matches!(x, A | B)`): only `(...)` stands for it.
    return args.children.every((c) => c.kind === 'ellipsis') && next(b);
  });
}

/** `(a, "b", c)` as a token tree: each comma-separated part, when each is a single token or tree. */
function macroArguments(tree: PlainNode): PlainNode[] | undefined {
  const inner = tree.children.slice(1, -1).filter((c) => !isComment(c));
  const values: PlainNode[] = [];
  let current: PlainNode[] = [];
  for (const token of [...inner, undefined]) {
    if (token === undefined || (!token.named && token.type === ',')) {
      if (current.length !== 1)
        return token === undefined && current.length === 0 && values.length === 0 ? [] : undefined;
      if (!current[0].named || current[0].type === 'token_tree') return undefined;
      values.push(current[0]);
      current = [];
    } else current.push(token);
  }
  return values;
}

function named(node: PlainNode): PlainNode[] {
  return node.children.filter((c) => c.named && !isComment(c));
}
