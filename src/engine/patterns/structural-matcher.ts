import { checkDeadline } from '../scan/deadline.js';
import { isComment, type PlainNode } from './plain-tree.js';
import { PUNCTUATION, STRING_TYPES, stringValue, type PatternNode } from './pattern-node.js';
import { numberValue, type Constant } from './target-facts.js';
import type { Binding, Bindings, MatchOptions, TargetTree } from './match-pattern.js';
import { typeMatches } from './target-types.js';
import { stringParts } from './compile-pattern.js';
import {
  CHAIN_LINK_TYPES,
  COLLECTION_EQUIVALENTS,
  NOT_CODE,
  STATEMENT_LIST_TYPES,
  TRANSPARENT_WRAPPERS,
  UNORDERED_TYPES,
  NUMBER_LITERAL_TYPES,
  BLOCK_TYPES,
  SUBSET_TYPES,
  CASE_INSENSITIVE_LEAVES,
  isInterpolation,
} from './grammar-node-types.js';

/** Continuation: called with each way the match can succeed; returning true stops the search. */
type Next = (bindings: Bindings) => boolean;
type NextEnd = (bindings: Bindings, end: number) => boolean;

/** Node types whose children are statements: `...` there spans statements, nested blocks included. */
export const STATEMENT_LISTS = new Set([
  'module',
  'program',
  'block',
  'statement_block',
  'class_body',
  ...STATEMENT_LIST_TYPES,
]);
/** Braced blocks: `{ return x; }` and `return x;` are the same body. */
const BLOCKS = new Set(['statement_block', ...BLOCK_TYPES]);
/** Children matched as a set: extra target children are allowed only when the pattern has `...`. */
const UNORDERED = new Set([
  'object',
  'dictionary',
  'object_pattern',
  'named_imports',
  'set',
  ...UNORDERED_TYPES,
]);
/** Children matched as a subset after the first `fixed` ones (imports, JSX attributes). */
const SUBSET_AFTER: Record<string, number> = {
  import_statement: 0,
  import_clause: 0,
  import_from_statement: 1,
  jsx_opening_element: 1,
  jsx_self_closing_element: 1,
  ...SUBSET_TYPES,
};
/** Object literals: a pattern lists the fields it cares about; others may be present. */
const OPEN_RECORDS = new Set(['object', 'object_pattern']);
/** Parts a pattern may leave out: it then matches code with or without them. */
const OPTIONAL_CHILDREN = new Set([
  'type_annotation',
  'decorator',
  'else_clause',
  'elif_clause',
  'type_parameters',
  'accessibility_modifier',
  'override_modifier',
  'readonly',
]);
const CHAIN_LINKS = new Set([
  'call',
  'call_expression',
  'attribute',
  'member_expression',
  'subscript',
  'subscript_expression',
  ...CHAIN_LINK_TYPES,
]);
const MEMBER_TYPES = new Set(['attribute', 'member_expression']);
const IDENTIFIERS = /^(identifier|property_identifier|shorthand_property_identifier|type_identifier)$/;
const NUMBER_TYPES = new RegExp(`^(integer|float|number|${NUMBER_LITERAL_TYPES.join('|')})$`);
const DECLARATION_KEYWORDS = new Set(['var', 'let', 'const']);
const TYPED_PARAMETERS = new Set([
  'typed_parameter',
  'typed_default_parameter',
  'required_parameter',
  'optional_parameter',
]);

export function significantChildren(node: PlainNode): PlainNode[] {
  return node.children.filter((child) => child.named && !isComment(child));
}

function tokensOf(node: PlainNode): string[] {
  return node.children
    .filter((c) => !c.named && !PUNCTUATION.has(c.type) && !DECLARATION_KEYWORDS.has(c.type))
    .map((c) => c.type);
}

function isSubsequence(needle: string[], haystack: string[]): boolean {
  let at = 0;
  for (const token of haystack) if (at < needle.length && needle[at] === token) at += 1;
  return at === needle.length;
}

/** Backtracking matcher in continuation-passing style, so a later failure retries earlier choices. */
export class StructuralMatcher {
  private readonly dottedCache = new WeakMap<PatternNode, string | null>();

  constructor(
    private readonly target: TargetTree,
    private readonly options: MatchOptions = { constantPropagation: true },
  ) {}

  private text(node: PlainNode): string {
    return this.target.text(node);
  }

  matchNode(pattern: PatternNode, node: PlainNode, bindings: Bindings, next: Next): boolean {
    checkDeadline();
    switch (pattern.kind) {
      case 'ellipsis':
        return next(bindings);
      case 'metavariable':
        if (NOT_CODE.has(node.type)) return false;
        return this.bind(pattern.name, parameterName(unparen(node)), bindings, next);
      case 'ellipsis-metavariable':
        return this.bindSpan(pattern.name, [node], bindings, next);
      case 'typed-metavariable':
        return (
          typeMatches(unparen(node), pattern.type, this.target) &&
          this.bind(pattern.name, unparen(node), bindings, next)
        );
      case 'deep':
        return this.matchDeep(pattern.inner, node, bindings, next, false);
      case 'chain': {
        let current: PlainNode | undefined = unparen(node);
        while (current) {
          if (this.matchNode(pattern.base, current, bindings, next)) return true;
          current = CHAIN_LINKS.has(current.type) ? significantChildren(current)[0] : undefined;
        }
        return false;
      }
      case 'any-string': {
        const target = unparen(node);
        if (pattern.template)
          return (
            (target.type === 'template_string' ||
              (STRING_TYPES.has(target.type) && /^[a-eg-z]*f/i.test(this.text(target)))) &&
            next(bindings)
          );
        return this.constantString(target) !== undefined && next(bindings);
      }
      case 'regex-string': {
        const value = this.constantString(unparen(node))?.value;
        if (value === undefined) return false;
        pattern.regex.lastIndex = 0;
        return pattern.regex.test(value) && next(bindings);
      }
      case 'string-metavariable': {
        const target = unparen(node);
        const value = this.constantString(target)?.value;
        if (value === undefined || !STRING_TYPES.has(target.type)) return false;
        return this.bindValue(
          pattern.name,
          { start: target.start, end: target.end, text: value },
          bindings,
          next,
        );
      }
      case 'string': {
        const value = this.constantString(unparen(node))?.value;
        return (
          value !== undefined &&
          value === pattern.value.slice(pattern.value.indexOf('\0') + 1) &&
          next(bindings)
        );
      }
      case 'leaf':
        return this.matchLeaf(pattern, unparen(node), bindings, next);
      case 'node':
        return this.matchTree(pattern, node, bindings, next);
    }
  }

  private constantOf(node: PlainNode): Constant | undefined {
    if (!this.options.constantPropagation && !STRING_TYPES.has(node.type) && !NUMBER_TYPES.test(node.type))
      return undefined;
    return this.target.facts.constantOf(node);
  }

  private constantString(node: PlainNode): { value?: string } | undefined {
    const constant = this.constantOf(node);
    return constant?.kind === 'string' ? constant : undefined;
  }

  private matchLeaf(
    pattern: Extract<PatternNode, { kind: 'leaf' }>,
    node: PlainNode,
    bindings: Bindings,
    next: Next,
  ): boolean {
    if (node.type === pattern.type && this.text(node) === pattern.text) return next(bindings);
    if (CASE_INSENSITIVE_LEAVES.has(pattern.type) && node.type === pattern.type)
      return this.text(node).toLowerCase() === pattern.text.toLowerCase() && next(bindings);
    if (pattern.type === 'string_fragment')
      return (
        /string_content|string_fragment/.test(node.type) && this.text(node) === pattern.text && next(bindings)
      );
    if (IDENTIFIERS.test(pattern.type) && IDENTIFIERS.test(node.type) && this.text(node) === pattern.text)
      return next(bindings);
    if (NUMBER_TYPES.test(pattern.type)) {
      const constant = this.constantOf(node);
      return constant?.kind === 'number' && constant.value === numberValue(pattern.text) && next(bindings);
    }
    if (pattern.type === 'identifier' && node.type === 'identifier') {
      const resolved = this.target.facts.aliases.get(this.text(node));
      return resolved === pattern.text && next(bindings);
    }
    return false;
  }

  /** `inner` at `node` or anywhere below it; `shallow` stops at nested statement lists. */
  private matchDeep(
    inner: PatternNode,
    node: PlainNode,
    bindings: Bindings,
    next: Next,
    shallow: boolean,
  ): boolean {
    const stack = [node];
    while (stack.length > 0) {
      const current = stack.pop() as PlainNode;
      if (this.matchNode(inner, current, bindings, next)) return true;
      for (let i = current.children.length - 1; i >= 0; i -= 1) {
        const child = current.children[i];
        if (!child.named || isComment(child) || (shallow && STATEMENT_LISTS.has(child.type))) continue;
        stack.push(child);
      }
    }
    return false;
  }

  private matchTree(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    original: PlainNode,
    bindings: Bindings,
    next: Next,
  ): boolean {
    const node = pattern.type === 'parenthesized_expression' ? original : unparen(original);
    // `{ return x; }` and `return x;` are the same body.
    if (BLOCKS.has(pattern.type) && node.type !== pattern.type) {
      const only = pattern.children.filter((c) => c.kind !== 'ellipsis');
      if (only.length === 1 && pattern.children.length === 1)
        return this.matchNode(only[0], node, bindings, next);
    }
    if (BLOCKS.has(node.type) && pattern.type !== node.type) {
      const inner = significantChildren(node);
      if (inner.length === 1) return this.matchNode(pattern, inner[0], bindings, next);
    }
    if (node.type !== pattern.type && !sameKind(pattern.type, node.type)) {
      if (node.type === 'aliased_import' || TYPED_PARAMETERS.has(node.type)) {
        const [name] = significantChildren(node);
        return name !== undefined && this.matchNode(pattern, name, bindings, next);
      }
      return this.matchAlias(pattern, node, bindings, next);
    }
    if (
      !pattern.hasEllipsis &&
      !isSubsequence(
        pattern.tokens.filter((t) => !DECLARATION_KEYWORDS.has(t)),
        tokensOf(node),
      )
    )
      return false;
    if (STRING_TYPES.has(pattern.type)) return this.matchStringParts(pattern.children, node, bindings, next);
    let children = significantChildren(node);
    const present = new Set(
      pattern.children.map((c) => (c.kind === 'node' || c.kind === 'leaf' ? c.type : '')),
    );
    if (children.some((c) => OPTIONAL_CHILDREN.has(c.type) && !present.has(c.type)))
      children = children.filter((c) => !OPTIONAL_CHILDREN.has(c.type) || present.has(c.type));
    if (this.matchChildren(pattern, children, bindings, next)) return true;
    return this.matchAlias(pattern, node, bindings, next);
  }

  /** f-strings and template literals: fragments compare by text, `...` spans any pieces. */
  private matchStringParts(
    patterns: PatternNode[],
    node: PlainNode,
    bindings: Bindings,
    next: Next,
  ): boolean {
    const parts = stringParts(node).map((part) =>
      isInterpolation(part.type) ? (significantChildren(part)[0] ?? part) : part,
    );
    const step = (at: number, from: number, b: Bindings): boolean => {
      if (at === patterns.length) return from === parts.length && next(b);
      const pattern = patterns[at];
      if (pattern.kind === 'ellipsis') {
        for (let skip = from; skip <= parts.length; skip += 1) if (step(at + 1, skip, b)) return true;
        return false;
      }
      if (from === parts.length) return false;
      const isFragment = /string_content|string_fragment/.test(parts[from].type);
      const wantsFragment = pattern.kind === 'leaf' && pattern.type === 'string_fragment';
      // A `{$V}` in the pattern only matches a substitution, never literal text.
      if (isFragment !== wantsFragment) return false;
      return this.matchNode(pattern, parts[from], b, (b2) => step(at + 1, from + 1, b2));
    };
    return step(0, 0, bindings);
  }

  private matchChildren(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    children: PlainNode[],
    bindings: Bindings,
    next: Next,
  ): boolean {
    if (UNORDERED.has(pattern.type))
      return this.matchUnordered(
        pattern.children,
        children,
        pattern.hasEllipsis || OPEN_RECORDS.has(pattern.type),
        bindings,
        next,
      );
    if (pattern.type === 'decorated_definition') {
      const last = pattern.children.length - 1;
      return this.matchNode(pattern.children[last], children[children.length - 1], bindings, (b) =>
        this.matchUnordered(pattern.children.slice(0, last), children.slice(0, -1), true, b, next),
      );
    }
    const fixed = SUBSET_AFTER[pattern.type];
    if (fixed !== undefined) {
      return this.matchList(pattern.children.slice(0, fixed), 0, children.slice(0, fixed), 0, bindings, (b) =>
        this.matchUnordered(pattern.children.slice(fixed), children.slice(fixed), true, b, next),
      );
    }
    if (pattern.type === 'argument_list' && pattern.children.some(isKeywordArgument)) {
      const positional = pattern.children.filter((c) => !isKeywordArgument(c));
      const keywords = pattern.children.filter(isKeywordArgument);
      return this.matchList(
        positional,
        0,
        children.filter((c) => c.type !== 'keyword_argument'),
        0,
        bindings,
        (b) =>
          this.matchUnordered(
            keywords,
            children.filter((c) => c.type === 'keyword_argument'),
            pattern.hasEllipsis,
            b,
            next,
          ),
      );
    }
    if (STATEMENT_LISTS.has(pattern.type))
      return this.matchStatements(pattern.children, children, 0, bindings, (b) => next(b), true);
    return this.matchList(pattern.children, 0, children, 0, bindings, next);
  }

  /** `os.system` matches `o.system` after `import os as o`, and `system` after `from os import system`. */
  private matchAlias(pattern: PatternNode, node: PlainNode, bindings: Bindings, next: Next): boolean {
    if (pattern.kind !== 'node' || !MEMBER_TYPES.has(pattern.type) || this.target.facts.aliases.size === 0)
      return false;
    const wanted = this.dottedPattern(pattern);
    if (!wanted) return false;
    const dotted = dottedName(node, this.target);
    if (!dotted) return false;
    const [head, ...rest] = dotted.split('.');
    const resolved = this.target.facts.aliases.get(head);
    return resolved !== undefined && [resolved, ...rest].join('.') === wanted && next(bindings);
  }

  private dottedPattern(pattern: PatternNode): string | null {
    const cached = this.dottedCache.get(pattern);
    if (cached !== undefined) return cached;
    const compute = (p: PatternNode): string | null => {
      if (p.kind === 'leaf') return /identifier/.test(p.type) ? p.text : null;
      if (p.kind !== 'node' || !MEMBER_TYPES.has(p.type) || p.children.length !== 2) return null;
      const left = compute(p.children[0]);
      const right = compute(p.children[1]);
      return left && right ? `${left}.${right}` : null;
    };
    const value = compute(pattern);
    this.dottedCache.set(pattern, value);
    return value;
  }

  private bind(name: string, node: PlainNode, bindings: Bindings, next: Next): boolean {
    return this.bindValue(
      name,
      { start: node.start, end: node.end, text: this.text(node), node },
      bindings,
      next,
    );
  }

  private bindValue(name: string, binding: Binding, bindings: Bindings, next: Next): boolean {
    if (name === '$_') return next(bindings);
    const bound = bindings[name];
    if (bound) return this.sameCode(bound, binding) && next(bindings);
    return next({ ...bindings, [name]: binding });
  }

  private bindSpan(name: string, nodes: PlainNode[], bindings: Bindings, next: Next): boolean {
    if (name === '$_' || name === '$..._') return next(bindings);
    const start = nodes[0]?.start ?? 0;
    const end = nodes.length > 0 ? nodes[nodes.length - 1].end : start;
    const binding: Binding = {
      start,
      end,
      text: nodes.length > 0 ? this.target.source.slice(start, end) : '',
      nodes,
    };
    const bound = bindings[name];
    if (bound) {
      const other = bound.nodes ?? (bound.node ? [bound.node] : []);
      return (
        other.length === nodes.length && other.every((n, i) => this.sameTree(n, nodes[i])) && next(bindings)
      );
    }
    return next({ ...bindings, [name]: binding });
  }

  /** `f( 1 )` is the same code as `f(1)`: compare trees when we have them, else whitespace-normalised text. */
  private sameCode(bound: Binding, other: Binding): boolean {
    if (bound.node && other.node) return this.sameTree(bound.node, other.node);
    return normalise(bound.text) === normalise(other.text);
  }

  private sameTree(a0: PlainNode, b0: PlainNode): boolean {
    const a = unparen(a0);
    const b = unparen(b0);
    if (STRING_TYPES.has(a.type) && STRING_TYPES.has(b.type))
      return stringValue(this.text(a)) === stringValue(this.text(b));
    if (a.type !== b.type) return false;
    const left = a.children.filter((c) => !isComment(c));
    const right = b.children.filter((c) => !isComment(c));
    if (left.length === 0 && right.length === 0) return this.text(a) === this.text(b);
    return left.length === right.length && left.every((child, i) => this.sameTree(child, right[i]));
  }

  /** Ordered list: `...` takes zero or more siblings, `$...X` too (bound), everything else exactly one. */
  private matchList(
    patterns: PatternNode[],
    at: number,
    nodes: PlainNode[],
    from: number,
    bindings: Bindings,
    next: Next,
  ): boolean {
    if (at === patterns.length) return from === nodes.length && next(bindings);
    const pattern = patterns[at];
    if (pattern.kind === 'ellipsis') {
      if (at === patterns.length - 1) return next(bindings);
      for (let skip = from; skip <= nodes.length; skip += 1) {
        if (this.matchList(patterns, at + 1, nodes, skip, bindings, next)) return true;
      }
      return false;
    }
    if (pattern.kind === 'ellipsis-metavariable') {
      for (let end = from; end <= nodes.length; end += 1) {
        const span = nodes.slice(from, end);
        if (
          this.bindSpan(pattern.name, span, bindings, (b) =>
            this.matchList(patterns, at + 1, nodes, end, b, next),
          )
        )
          return true;
      }
      return false;
    }
    if (from === nodes.length) return false;
    return this.matchNode(pattern, nodes[from], bindings, (b) =>
      this.matchList(patterns, at + 1, nodes, from + 1, b, next),
    );
  }

  /** Set-like children (object fields, keyword arguments): each pattern child takes a distinct target child. */
  private matchUnordered(
    patterns: PatternNode[],
    nodes: PlainNode[],
    extrasAllowed: boolean,
    bindings: Bindings,
    next: Next,
  ): boolean {
    const wanted = patterns.filter((p) => p.kind !== 'ellipsis' && p.kind !== 'ellipsis-metavariable');
    const extras = extrasAllowed || wanted.length < patterns.length;
    if (wanted.length > nodes.length || (!extras && wanted.length !== nodes.length)) return false;
    const used = new Array<boolean>(nodes.length).fill(false);
    const step = (at: number, b: Bindings): boolean => {
      if (at === wanted.length) return next(b);
      for (let i = 0; i < nodes.length; i += 1) {
        if (used[i]) continue;
        used[i] = true;
        const ok = this.matchNode(wanted[at], nodes[i], b, (b2) => step(at + 1, b2));
        used[i] = false;
        if (ok) return true;
      }
      return false;
    };
    return step(0, bindings);
  }

  /**
   * Statement sequences. After `...` the following statements are flattened, so the next pattern
   * statement may match inside a nested block (Semgrep's deep statement matching); an expression
   * statement pattern also matches a statement that contains the expression (`x = foo()`).
   * `prefix`: the pattern may stop before the end of the list.
   */
  matchStatements(
    patterns: PatternNode[],
    nodes: PlainNode[],
    from: number,
    bindings: Bindings,
    next: NextEnd,
    whole = false,
  ): boolean {
    const failed = new Set<string>();
    const step = (
      at: number,
      list: PlainNode[],
      index: number,
      b: Bindings,
      end: number,
      deep: boolean,
    ): boolean => {
      if (at === patterns.length) return (!whole || deep || index === list.length) && next(b, end);
      const key = `${at}:${index}:${deep ? 1 : 0}:${list.length}:${bindingKey(b)}`;
      if (failed.has(key)) return false;
      const pattern = patterns[at];
      let ok: boolean;
      if (pattern.kind === 'ellipsis') {
        if (at === patterns.length - 1) return next(b, end);
        const flat = deep ? list : [...list.slice(0, index), ...flattenStatements(list.slice(index))];
        ok = false;
        for (let skip = index; skip <= flat.length && !ok; skip += 1)
          ok = step(at + 1, flat, skip, b, end, true);
      } else if (pattern.kind === 'ellipsis-metavariable') {
        ok = false;
        for (let stop = index; stop <= list.length && !ok; stop += 1) {
          const span = list.slice(index, stop);
          ok = this.bindSpan(pattern.name, span, b, (b2) =>
            step(at + 1, list, stop, b2, span.length ? span[span.length - 1].end : end, deep),
          );
        }
      } else if (index === list.length) {
        ok = false;
      } else {
        const node = list[index];
        const rest = (b2: Bindings) => step(at + 1, list, index + 1, b2, Math.max(end, node.end), deep);
        ok = this.matchNode(pattern, node, b, rest) || this.matchExpressionIn(pattern, node, b, rest);
      }
      if (!ok) failed.add(key);
      return ok;
    };
    return step(0, nodes, from, bindings, 0, false);
  }

  /** `foo()` as a statement pattern also matches `x = foo()` and `return foo()`. */
  private matchExpressionIn(pattern: PatternNode, node: PlainNode, bindings: Bindings, next: Next): boolean {
    if (pattern.kind !== 'node' || pattern.type !== 'expression_statement' || pattern.children.length !== 1)
      return false;
    const [expression] = pattern.children;
    if (expression.kind !== 'node' && expression.kind !== 'leaf') return false;
    for (const child of significantChildren(node)) {
      if (this.matchDeep(expression, child, bindings, next, true)) return true;
    }
    return false;
  }
}

/** A parameter `x: number` stands for its name when a metavariable binds it. */
function parameterName(node: PlainNode): PlainNode {
  if (!TYPED_PARAMETERS.has(node.type)) return node;
  const [name, ...rest] = significantChildren(node);
  return name && rest.every((c) => c.type === 'type_annotation' || c.type === 'type') ? name : node;
}

function isKeywordArgument(pattern: PatternNode): boolean {
  return pattern.kind === 'node' && pattern.type === 'keyword_argument';
}

function unparen(node: PlainNode): PlainNode {
  let current = node;
  while (current.type === 'parenthesized_expression' || TRANSPARENT_WRAPPERS.has(current.type)) {
    const inner = significantChildren(current);
    if (inner.length !== 1) break;
    current = inner[0];
  }
  return current;
}

/** Target node types a pattern node type also matches (Semgrep's equivalences: `x = 1` ~ `const x = 1`). */
export const TYPE_EQUIVALENTS: Record<string, string[]> = {
  lexical_declaration: ['variable_declaration'],
  variable_declaration: ['lexical_declaration'],
  assignment_expression: ['variable_declarator', 'init_declarator'],
  function_declaration: ['method_definition', 'function_expression', 'generator_function_declaration'],
  ...COLLECTION_EQUIVALENTS,
};

function sameKind(patternType: string, nodeType: string): boolean {
  return TYPE_EQUIVALENTS[patternType]?.includes(nodeType) ?? false;
}

function dottedName(node: PlainNode, target: TargetTree): string | null {
  if (node.type === 'identifier') return target.text(node);
  if (!MEMBER_TYPES.has(node.type)) return null;
  const children = significantChildren(node);
  if (children.length !== 2) return null;
  const left = dottedName(children[0], target);
  return left && /identifier/.test(children[1].type) ? `${left}.${target.text(children[1])}` : null;
}

/** Statements in source order with every nested block's statements after their parent. */
function flattenStatements(nodes: PlainNode[]): PlainNode[] {
  const out: PlainNode[] = [];
  const visit = (node: PlainNode) => {
    out.push(node);
    const stack = [...node.children].reverse();
    while (stack.length > 0) {
      const child = stack.pop() as PlainNode;
      if (!child.named || isComment(child)) continue;
      if (STATEMENT_LISTS.has(child.type))
        for (const statement of significantChildren(child)) visit(statement);
      else for (let i = child.children.length - 1; i >= 0; i -= 1) stack.push(child.children[i]);
    }
  };
  for (const node of nodes) visit(node);
  return out;
}

function bindingKey(bindings: Bindings): string {
  let key = '';
  for (const name in bindings) key += `${name}=${bindings[name].start}:${bindings[name].end};`;
  return key;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
