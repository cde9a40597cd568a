import { isComment, type PlainNode } from './plain-tree.js';
import type { PatternNode } from './pattern-node.js';
import type { Bindings } from './match-pattern.js';

type Next = (bindings: Bindings) => boolean;
type NodePattern = Extract<PatternNode, { kind: 'node' }>;

/** The parts of the structural matcher a shape rule recurses through. */
export interface ShapeMatcher {
  matchNode(pattern: PatternNode, node: PlainNode, bindings: Bindings, next: Next): boolean;
  /** Ordered list, `...` spanning siblings. */
  matchList(patterns: PatternNode[], nodes: PlainNode[], bindings: Bindings, next: Next): boolean;
  matchUnordered(
    patterns: PatternNode[],
    nodes: PlainNode[],
    extrasAllowed: boolean,
    bindings: Bindings,
    next: Next,
  ): boolean;
  /** `pattern`'s children against `children`, as the node type dictates. */
  matchChildren(pattern: NodePattern, children: PlainNode[], bindings: Bindings, next: Next): boolean;
}

const PARAMETERS = new Set(['required_parameter', 'optional_parameter']);
/** Parts of a declaration besides its name and value: types, modifiers, decorators. */
const DECLARATION_EXTRAS = new Set([
  'type_annotation',
  'accessibility_modifier',
  'override_modifier',
  'readonly',
  'decorator',
]);
const ASSIGNMENT_LIKE = new Set(['variable_declarator', 'public_field_definition', 'field_definition']);

/**
 * JavaScript and TypeScript forms Semgrep treats as the same code, beyond same-type tree matching:
 * `{ ... }` is any arrow body, expressions included; `(a)` is `a` as an arrow's parameters;
 * `<a x="1" />` is `<a x="1">...</a>` (a pattern element without children matches any children);
 * `catch ($E)` matches a `catch` that binds nothing; `x = ...` needs a value (not `var x;`) and
 * matches class fields; a parameter without default matches one with; `e as T` is `<T>e`;
 * `a | b | c` is associative-commutative; an exported class carries the export's decorators.
 * Undefined: no such form here, match as usual.
 */
export function matchJsShape(
  m: ShapeMatcher,
  pattern: NodePattern,
  node: PlainNode,
  bindings: Bindings,
  next: Next,
): boolean | undefined {
  if (pattern.type === node.type) {
    if (
      PARAMETERS.has(node.type) &&
      !pattern.tokens.includes('=') &&
      node.children.some((c) => c.type === '=')
    ) {
      const withoutDefault = named(node).slice(0, -1);
      return m.matchList(pattern.children, withoutDefault, bindings, next);
    }
    if (pattern.type === 'binary_expression' && AC_OPERATORS.has(pattern.tokens[0])) {
      // `a | b | c` matches the same operands in any order and grouping (associative-commutative).
      const operator = pattern.tokens[0];
      if (node.children.find((c) => !c.named)?.type !== operator) return false;
      const wanted = patternOperands(pattern, operator);
      if (wanted.some((p) => p.kind === 'ellipsis' || p.kind === 'ellipsis-metavariable')) return undefined;
      // As written first, so `$A && $B` still takes `a && b` as `$A` in `a && b && c`.
      const asWritten = m.matchChildren(pattern, named(node), bindings, next);
      return asWritten || m.matchUnordered(wanted, targetOperands(node, operator), false, bindings, next);
    }
    if (pattern.type !== 'catch_clause' || pattern.children.length !== 2) return undefined;
    const [parameter, body] = pattern.children;
    const children = named(node);
    if (children.length !== 1 || parameter.kind !== 'metavariable') return undefined;
    return m.matchNode(body, children[0], bindings, next);
  }
  // TypeScript hangs `@Module() export class X {}`'s decorators on the export, not the class; the class
  // matches from its first decorator, as in Semgrep (see isExportDecoratedClass).
  if (pattern.type === 'class_declaration' && node.type === 'export_statement') {
    const children = named(node);
    const decorators = children.filter((c) => c.type === 'decorator');
    const declaration = children.find((c) => c.type === 'class_declaration');
    if (!declaration || decorators.length === 0) return false;
    const decorated = { ...declaration, children: [...decorators, ...declaration.children] };
    return m.matchNode(pattern, decorated, bindings, next);
  }
  if (pattern.type === 'statement_block' && pattern.children.every((c) => c.kind === 'ellipsis'))
    return next(bindings);
  if (pattern.type === 'formal_parameters' && node.type === 'identifier')
    return m.matchList(pattern.children, [node], bindings, next);
  if (pattern.type === 'assignment_expression' && ASSIGNMENT_LIKE.has(node.type)) {
    const parts = named(node).filter((c) => !DECLARATION_EXTRAS.has(c.type));
    if (parts.length !== 2) return false;
    // `(String $X) = …` against `String x = …`: the declared name has the declaration's type.
    const children = pattern.children.map((c, i) =>
      i === 0 && c.kind === 'typed-metavariable' ? { ...c, declaring: true } : c,
    );
    return m.matchList(children, parts, bindings, next);
  }
  if (pattern.type === 'as_expression' && node.type === 'type_assertion') {
    const [expression, type] = pattern.children;
    const [typeArguments, value] = named(node);
    const [written] = typeArguments ? named(typeArguments) : [];
    if (!value || !written || !type) return false;
    return m.matchNode(expression, value, bindings, (b) => m.matchNode(type, written, b, next));
  }
  // `f({a} = {})`: a parameter pattern without a default matches one with a default.
  if (node.type === 'assignment_pattern' && /_pattern$/.test(pattern.type)) {
    const [left] = named(node);
    return left !== undefined && m.matchNode(pattern, left, bindings, next);
  }
  // `{sandbox}` is `{sandbox: sandbox}`: a `key: value` pattern matches the shorthand property.
  if (pattern.type === 'pair' && node.type === 'shorthand_property_identifier') {
    const [key, value] = pattern.children;
    if (!key || !value || pattern.children.length !== 2) return false;
    const name = { ...node, type: 'property_identifier' };
    const variable = { ...node, type: 'identifier' };
    return m.matchNode(key, name, bindings, (b) => m.matchNode(value, variable, b, next));
  }
  if (pattern.type === 'jsx_self_closing_element' && node.type === 'jsx_element') {
    const [opening] = named(node);
    return m.matchNode({ ...pattern, type: 'jsx_opening_element', tokens: [] }, opening, bindings, next);
  }
  if (pattern.type === 'jsx_element' && node.type === 'jsx_self_closing_element') {
    const [opening, ...body] = pattern.children;
    if (opening.kind !== 'node' || body.some((c) => c.kind !== 'node' || c.type !== 'jsx_closing_element'))
      return false;
    return m.matchNode({ ...opening, type: node.type, tokens: [] }, node, bindings, next);
  }
  return undefined;
}

const AC_OPERATORS = new Set(['|', '&', '^', '&&', '||']);

function patternOperands(pattern: PatternNode, operator: string): PatternNode[] {
  if (pattern.kind !== 'node' || pattern.type !== 'binary_expression' || pattern.tokens[0] !== operator)
    return [pattern];
  return pattern.children.flatMap((child) => patternOperands(child, operator));
}

function targetOperands(node: PlainNode, operator: string): PlainNode[] {
  const inner = unparen(node);
  const own = inner.children.find((c) => !c.named)?.type;
  if (inner.type !== 'binary_expression' || own !== operator) return [node];
  return named(inner).flatMap((child) => targetOperands(child, operator));
}

function named(node: PlainNode): PlainNode[] {
  return node.children.filter((child) => child.named && !isComment(child));
}

function unparen(node: PlainNode): PlainNode {
  let current = node;
  while (current.type === 'parenthesized_expression') {
    const inner = named(current);
    if (inner.length !== 1) break;
    current = inner[0];
  }
  return current;
}

const exportDecoratedCache = new WeakMap<PlainNode, WeakSet<PlainNode>>();

/** The class in `@D() export class X {}`: it matches as the whole export, decorators included, never alone. */
export function isExportDecoratedClass(root: PlainNode, node: PlainNode): boolean {
  if (node.type !== 'class_declaration') return false;
  let classes = exportDecoratedCache.get(root);
  if (!classes) {
    classes = new WeakSet();
    const stack = [root];
    while (stack.length > 0) {
      const current = stack.pop() as PlainNode;
      if (current.type === 'export_statement' && current.children.some((c) => c.type === 'decorator')) {
        const declaration = current.children.find((c) => c.type === 'class_declaration');
        if (declaration) classes.add(declaration);
      }
      for (const child of current.children) if (child.children.length > 0) stack.push(child);
    }
    exportDecoratedCache.set(root, classes);
  }
  return classes.has(node);
}
