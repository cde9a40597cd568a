import { checkDeadline } from '../scan/deadline.js';
import { isComment, type PlainNode } from './plain-tree.js';
import { rubyParameterName } from './ruby-parameters.js';
import { csharpUsingMatches } from './csharp-usings.js';
import { type IncludeCall, phpIncludeCall, unwrappedArguments } from './php-includes.js';
import { PUNCTUATION, STRING_TYPES, stringValue, type PatternNode } from './pattern-node.js';
import { numberValue, type Constant } from './target-facts.js';
import type { Binding, Bindings, MatchOptions, TargetTree } from './match-pattern.js';
import { C_RUST_TYPED_LANGUAGES, matchStaticType, staticTypeOf } from './c-rust-types.js';
import { typeMatches, typeTemplateMatch } from './target-types.js';
import { isDeclaredInFile, sameJvmGoDeclaration } from './jvm-go-types.js';
import { stringParts } from './compile-pattern.js';
import { importsName, plainImportPattern } from './python-imports.js';
import {
  DEFINITIONS,
  isDecoratedDefinition,
  onlyDots,
  PYTHON_EQUIVALENTS,
  tupleElements,
} from './python-shapes.js';
import {
  flattenTarget,
  isInnerBooleanLink,
  patternChain,
  targetOperator,
  type PatternChain,
} from './operator-chains.js';
import { JAVA_QUALIFIED_TYPES } from './java-imports.js';
import { IMPORT_LIKE, isJsImportPattern, jsImportOf, matchJsImport } from './js-imports.js';
import { patternQualifiedName } from './php-uses.js';
import { isExportDecoratedClass, matchJsShape, type ShapeMatcher } from './js-shapes.js';
import { matchRustShape, RUST_EQUIVALENTS, type RustShapeMatcher } from './rust-shapes.js';
import { HCL_EQUIVALENTS, matchHclShape } from './hcl-shapes.js';
import {
  BASH_COMMAND_PATTERNS,
  BASH_EXPRESSION_STATEMENTS,
  matchBashShape,
  type BashMatcher,
} from './bash-shapes.js';
import { BASH_EXPANSION, BASH_QUOTED, BASH_WORD, bashLiteral } from './bash-pattern-shapes.js';
import { matchDockerfileShape, type DockerfileMatcher } from './dockerfile-shapes.js';
import {
  BARE_EXPRESSION_STATEMENTS,
  EQUIVALENT_TYPES,
  IDENTIFIER_TYPES,
  TOKEN_SYNONYMS,
  MODIFIER_LISTS,
  MODIFIER_SIBLINGS,
  OPTIONAL_DECLARATION_PARTS,
  SINGLE_CHILD_WRAPPERS,
} from './jvm-go-node-kinds.js';
import {
  CHAIN_LINK_TYPES,
  COLLECTION_EQUIVALENTS,
  NOT_CODE,
  STATEMENT_LIST_TYPES,
  TRANSPARENT_WRAPPERS,
  isTransparentWrapper,
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
  implements_clause: 0,
  ...Object.fromEntries(MODIFIER_LISTS.map((type) => [type, 0])),
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
  'class_heritage',
  'catch_clause',
  'finally_clause',
  ...OPTIONAL_DECLARATION_PARTS,
]);
const BODILESS_DECLARATIONS = new Set(['function_declaration', 'method_declaration']);
const ASSIGNMENTS = new Set(['assignment_expression', 'assignment_statement', 'assignment']);
/** Statement blocks that stand for a single statement where a grammar allows either (`if (c) x; else {...}`). */
const BODY_BLOCKS = new Set(['statement_block', 'block', ...BLOCK_TYPES]);
const CHAIN_LINKS = new Set([
  ...CHAIN_LINK_TYPES,
  'call',
  'call_expression',
  'attribute',
  'member_expression',
  'subscript',
  'subscript_expression',
]);
const MEMBER_TYPES = new Set([
  'attribute',
  'member_expression',
  'selector_expression',
  // Rust `a::b::f`
  'scoped_identifier',
  ...JAVA_QUALIFIED_TYPES,
]);
const IMPORT_STATEMENTS = new Set(['import_statement', 'import_from_statement']);
/** A name read whose constant, if any, comes from the file's assignments (TargetFacts.constantOf). */
function isBareName(node: PlainNode): boolean {
  return node.type === 'identifier' || node.type === 'variable_name';
}

const IDENTIFIERS = new RegExp(
  `^(identifier|property_identifier|shorthand_property_identifier|shorthand_property_identifier_pattern|type_identifier|${IDENTIFIER_TYPES.join('|')})$`,
);
const NUMBER_TYPES = new RegExp(`^(integer|float|number|${NUMBER_LITERAL_TYPES.join('|')})$`);
const DECLARATION_KEYWORDS = new Set(['var', 'let', 'const']);
// Their operator must match even when an operand is `...` (`$S % (...)` is not `$S + x`).
const OPERATOR_EXPRESSIONS = new Set(['binary_operator', 'boolean_operator', 'comparison_operator']);
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
    .map((c) => TOKEN_SYNONYMS[c.type] ?? c.type);
}

function isSubsequence(needle: string[], haystack: string[]): boolean {
  let at = 0;
  for (const token of haystack) if (at < needle.length && needle[at] === token) at += 1;
  return at === needle.length;
}

/** Backtracking matcher in continuation-passing style, so a later failure retries earlier choices. */
export class StructuralMatcher {
  private readonly dottedCache = new WeakMap<PatternNode, string | null>();
  /** What js-shapes may call back into. */
  private readonly shapes: ShapeMatcher = {
    matchNode: (p, n, b, next) => this.matchNode(p, n, b, next),
    matchList: (p, n, b, next) => this.matchList(p, 0, n, 0, b, next),
    matchUnordered: (p, n, extras, b, next) => this.matchUnordered(p, n, extras, b, next),
    matchChildren: (p, n, b, next) => this.matchChildren(p, n, b, next),
  };
  private readonly bashShapes: BashMatcher = {
    matchNode: (p, n, b, next) => this.matchNode(p, n, b, next),
    bindSpan: (name, nodes, b, next) => this.bindSpan(name, nodes, b, next),
    matchStringParts: (p, n, b, next) => this.matchStringParts(p, n, b, next),
    text: (n) => this.text(n),
  };
  private readonly dockerfileShapes: DockerfileMatcher = {
    matchNode: (p, n, b, next) => this.matchNode(p, n, b, next),
    deepExpressionStatements: () => this.options.deepExpressionStatements !== false,
    matchList: (p, n, b, next) => this.matchList(p, 0, n, 0, b, next),
    matchUnordered: (p, n, extras, b, next) => this.matchUnordered(p, n, extras, b, next),
    matchStatements: (p, n, from, b, next) => this.matchStatements(p, n, from, b, next),
  };

  private readonly rustShapes: RustShapeMatcher = {
    ...this.shapes,
    bindValue: (name, binding, b, next) => this.bindValue(name, binding, b, next),
    text: (node) => this.text(node),
  };

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
        // Python `name=value` is not an expression: `f($X)` does not match `f(name=1)`, as in Semgrep.
        if (NOT_CODE.has(node.type) || node.type === 'keyword_argument') return false;
        return (
          this.bind(pattern.name, parameterName(bindable(node)), bindings, next) ||
          this.bindThroughSymbol(pattern.name, node, bindings, next)
        );
      case 'ellipsis-metavariable':
        return this.bindSpan(pattern.name, [node], bindings, next);
      case 'typed-metavariable':
        if (C_RUST_TYPED_LANGUAGES.has(pattern.language ?? ''))
          return this.matchStaticType(pattern, node, bindings, next);
        if (pattern.type.includes('$')) return this.matchTypeTemplate(pattern, node, bindings, next);
        return (
          typeMatches(bindable(node), pattern.type, this.target, pattern.language, pattern.declaring) &&
          this.bind(pattern.name, bindable(node), bindings, next)
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
        const target = unparen(node);
        // An f-string's text (substitutions as written) is what a string regex sees in Semgrep too.
        const value =
          this.constantString(target)?.value ??
          (STRING_TYPES.has(target.type) ? stringValue(this.text(target)) : undefined);
        if (value === undefined) return false;
        pattern.regex.lastIndex = 0;
        return pattern.regex.test(value) && next(bindings);
      }
      case 'string-metavariable': {
        const target = unparen(node);
        const value = this.constantString(target)?.value;
        if (value === undefined) return false;
        // Through a name, Semgrep binds the literal the name was assigned (a focus reports it there).
        const symbol = STRING_TYPES.has(target.type) ? undefined : this.target.facts.symbolOf(target);
        const at = symbol && STRING_TYPES.has(symbol.type) ? symbol : target;
        return this.bindValue(pattern.name, { start: at.start, end: at.end, text: value }, bindings, next);
      }
      case 'string': {
        const value = this.constantString(unparen(node))?.value;
        return (
          value !== undefined &&
          value === pattern.value.slice(pattern.value.indexOf('\0') + 1) &&
          next(bindings)
        );
      }
      case 'fragment-metavariable':
        return false;
      case 'symbol-metavariable': {
        // `:$X` binds the symbol's name, so `$X` then also matches the method `o.name`.
        // Ruby's `mode: x` names the key `:mode` too.
        if (node.type === 'hash_key_symbol')
          return this.bindValue(
            pattern.name,
            { start: node.start, end: node.end, text: this.text(node) },
            bindings,
            next,
          );
        if (node.type !== 'simple_symbol' && node.type !== 'tag') return false;
        const name = this.text(node).slice(1);
        return this.bindValue(
          pattern.name,
          { start: node.start + 1, end: node.end, text: name },
          bindings,
          next,
        );
      }
      case 'leaf':
        return (
          this.matchLeaf(pattern, parameterName(unparen(node)), bindings, next) ||
          this.matchThroughSymbol(pattern, node, bindings, next)
        );
      case 'node':
        return (
          this.matchTree(pattern, node, bindings, next) ||
          this.matchThroughSymbol(pattern, node, bindings, next)
        );
    }
  }

  /** With `symbolic_propagation`, a name also matches as the expression it was bound to (`k = f(); g(k)` is `g(f())`). */
  private matchThroughSymbol(pattern: PatternNode, node: PlainNode, bindings: Bindings, next: Next): boolean {
    if (!this.options.symbolicPropagation) return false;
    const value = this.target.facts.symbolOf(unparen(node));
    return value !== undefined && this.matchNode(pattern, value, bindings, next);
  }

  /**
   * With `symbolic_propagation`, `$X` on a name also binds the expression the name was bound to: after
   * `x = d`, `$D[...] = ...` on `x[1] = 2` may be joined with a `pattern-inside` that binds `$D` to `d`.
   * The name's own binding comes first, so a message still shows what the line spells.
   */
  private bindThroughSymbol(name: string, node: PlainNode, bindings: Bindings, next: Next): boolean {
    if (!this.options.symbolicPropagation) return false;
    const value = this.target.facts.symbolOf(unparen(node));
    if (value === undefined) return false;
    // The binding keeps the name's place (a focus on it reports the name) and compares as the value.
    const binding = { start: node.start, end: codeEnd(node), text: this.text(value), node: value };
    return this.bindValue(name, binding, bindings, next);
  }

  /** C and Rust `(char *$X)`, `($T *$X)`, `($X : T)`: the declared or literal type decides; `$T` binds the type. */
  private matchStaticType(
    pattern: Extract<PatternNode, { kind: 'typed-metavariable' }>,
    node: PlainNode,
    bindings: Bindings,
    next: Next,
  ): boolean {
    const target = declaredName(bindable(node));
    const actual = staticTypeOf(target, this.target, pattern.language ?? '');
    const found = actual && matchStaticType(pattern.type, actual);
    if (!found?.matches) return false;
    const bindName = (b: Bindings) => this.bind(pattern.name, target, b, next);
    if (!found.metavariable || !found.bound) return bindName(bindings);
    const { base, text } = found.bound;
    const type = base
      ? { start: base.start, end: base.end, text, node: base }
      : { start: target.start, end: target.end, text };
    return this.bindValue(found.metavariable, type, bindings, bindName);
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
    // Bash `foo`, `'foo'` and `"foo"` are the same word.
    if (pattern.type === BASH_WORD)
      return bashLiteral(node, (n) => this.text(n)) === pattern.text && next(bindings);
    const rubyParameter = pattern.type === 'identifier' ? rubyParameterName(node) : undefined;
    if (rubyParameter) return this.matchLeaf(pattern, rubyParameter, bindings, next);
    // `def f(x)` matches `def f(x: str)`: the annotation is a detail the pattern leaves out.
    if (
      pattern.type === 'identifier' &&
      (node.type === 'typed_parameter' || node.type === 'required_parameter')
    ) {
      const [name, ...rest] = significantChildren(node);
      return (
        name !== undefined &&
        rest.every((c) => /^type/.test(c.type)) &&
        this.matchLeaf(pattern, name, bindings, next)
      );
    }
    // Ruby `mode: x` and `:mode => x` name the same key.
    if (pattern.type === 'hash_key_symbol' && node.type === 'simple_symbol')
      return this.text(node) === `:${pattern.text}` && next(bindings);
    if (pattern.type === 'simple_symbol' && node.type === 'hash_key_symbol')
      return pattern.text === `:${this.text(node)}` && next(bindings);
    if (CASE_INSENSITIVE_LEAVES.has(pattern.type) && node.type === pattern.type)
      return this.text(node).toLowerCase() === pattern.text.toLowerCase() && next(bindings);
    if (pattern.type === 'string_fragment')
      return (
        /string_content|string_fragment/.test(node.type) && this.text(node) === pattern.text && next(bindings)
      );
    if (IDENTIFIERS.test(pattern.type) && IDENTIFIERS.test(node.type) && this.text(node) === pattern.text)
      return next(bindings);
    const bareCall = pattern.type === 'identifier' ? this.bareCallName(node) : undefined;
    if (bareCall) return this.text(bareCall) === pattern.text && next(bindings);
    // PHP: a name known to hold `false` matches `false`.
    if (pattern.type === 'boolean') {
      const constant = this.constantOf(node);
      const wanted = pattern.text.toLowerCase() === 'true';
      return constant?.kind === 'boolean' && constant.value === wanted && next(bindings);
    }
    if (pattern.type === 'true' || pattern.type === 'false' || pattern.type === 'bool_lit') {
      const constant = this.constantOf(node);
      const wanted = pattern.type === 'bool_lit' ? pattern.text === 'true' : pattern.type === 'true';
      return constant?.kind === 'boolean' && constant.value === wanted && next(bindings);
    }
    // `{key: 1}` in a pattern matches `{"key": 1}`.
    if (pattern.type === 'property_identifier' && node.type === 'string')
      return stringValue(this.text(node)) === pattern.text && next(bindings);
    if (NUMBER_TYPES.test(pattern.type)) {
      const constant = this.constantOf(node);
      return constant?.kind === 'number' && constant.value === numberValue(pattern.text) && next(bindings);
    }
    if (pattern.type === 'identifier' && node.type === 'identifier') {
      const resolved = this.target.facts.aliasAt(this.text(node), node.start);
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
    // A decorated definition matches as a whole (from its first decorator), never from its `def`.
    if (DEFINITIONS.has(pattern.type) && isDecoratedDefinition(this.target.root, original)) return false;
    if (pattern.type === 'class_declaration' && isExportDecoratedClass(this.target.root, original))
      return false;
    return this.matchShape(pattern, original, bindings, next);
  }

  /** `pattern` at `node`, whatever node type it is. */
  private matchDefinition(pattern: PatternNode, node: PlainNode, bindings: Bindings, next: Next): boolean {
    return pattern.kind === 'node'
      ? this.matchShape(pattern, node, bindings, next)
      : this.matchNode(pattern, node, bindings, next);
  }

  private matchShape(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    original: PlainNode,
    bindings: Bindings,
    next: Next,
  ): boolean {
    // `(x)` and Bash `${$X}` compare with the wrapper itself.
    const node =
      pattern.type === 'parenthesized_expression' || pattern.type === BASH_EXPANSION
        ? original
        : unparen(original);
    // `x += y` is no declaration: only a plain `=` assignment also matches `T x = y` and its kin.
    if (
      node.type !== pattern.type &&
      ASSIGNMENTS.has(pattern.type) &&
      pattern.tokens.some(isCompoundAssignment)
    )
      return false;
    if (isJsImportPattern(pattern)) {
      const found = jsImportOf(node, (n) => this.text(n));
      const matchNode = (p: PatternNode, n: PlainNode, b: Bindings, then: Next) =>
        this.matchNode(p, n, b, then);
      return (
        found !== undefined && matchJsImport(pattern, found, (n) => this.text(n), matchNode, bindings, next)
      );
    }
    // `{ return x; }` and `return x;` are the same body, and `{ ... }` is any body.
    if (BODY_BLOCKS.has(pattern.type) && node.type !== pattern.type && !sameKind(pattern.type, node.type)) {
      const only = pattern.children.filter((c) => c.kind !== 'ellipsis');
      if (only.length === 0 && pattern.children.length > 0) return next(bindings);
      if (only.length === 1 && pattern.children.length === 1)
        return this.matchNode(only[0], node, bindings, next);
    }
    if (BODY_BLOCKS.has(node.type) && pattern.type !== node.type && !sameKind(pattern.type, node.type)) {
      const inner = significantChildren(node);
      if (inner.length === 1) return this.matchNode(pattern, inner[0], bindings, next);
    }
    if (IMPORT_STATEMENTS.has(pattern.type) && IMPORT_STATEMENTS.has(node.type)) {
      const wanted = plainImportPattern(pattern);
      if (wanted) return importsName(node, wanted, (n) => this.text(n)) && next(bindings);
      if (node.type !== pattern.type) return false;
    }
    if (node.type !== pattern.type && PYTHON_EQUIVALENTS[pattern.type]?.includes(node.type))
      return this.matchPythonShape(pattern, node, bindings, next);
    const shaped =
      matchJsShape(this.shapes, pattern, node, bindings, next) ??
      matchRustShape(this.rustShapes, pattern, node, bindings, next) ??
      matchHclShape(this.shapes, pattern, node, bindings, next);
    if (shaped !== undefined) return shaped;
    const bash =
      matchBashShape(this.bashShapes, pattern, node, bindings, next) ??
      matchDockerfileShape(this.dockerfileShapes, pattern, node, bindings, next);
    if (bash !== undefined) return bash;
    const using = csharpUsingMatches(pattern, node, (n) => this.text(n));
    if (using !== undefined) return using && next(bindings);
    if (pattern.type === 'regex' && node.type === 'identifier')
      return this.matchRegexConstant(pattern, node, bindings, next);
    if (pattern.type === 'method_declaration' && node.type === 'annotation_type_element_declaration')
      return this.matchAnnotationElement(pattern, node, bindings, next);
    if (pattern.type === 'call' && node.type === 'identifier')
      return this.matchHiddenCall(pattern, node, bindings, next);
    if (pattern.type === 'function_call_expression' && node.type !== pattern.type) {
      const include = phpIncludeCall(node);
      if (include) return this.matchIncludeCall(pattern, include, bindings, next);
    }
    if (pattern.type === 'call' && node.type === 'decorator')
      return this.matchBareDecorator(pattern, node, bindings, next);
    if (pattern.type === 'return_expression' && node.type !== pattern.type && this.isImplicitReturn(node)) {
      const [value, ...rest] = pattern.children;
      return value !== undefined && rest.length === 0 && this.matchNode(value, node, bindings, next);
    }
    if (
      (pattern.type === 'method_invocation' && node.type === 'method_invocation') ||
      (pattern.type === 'call' && node.type === 'call' && this.target.root.type === 'program')
    ) {
      const qualified = this.matchQualifiedCallee(pattern, node, bindings, next);
      if (qualified !== undefined) return qualified;
      if (pattern.type === 'call' && this.matchRubyCallee(pattern, node, bindings, next)) return true;
    }
    if (node.type !== pattern.type && !sameKind(pattern.type, node.type)) {
      if (node.type === 'aliased_import' || TYPED_PARAMETERS.has(node.type)) {
        const [name] = significantChildren(node);
        return name !== undefined && this.matchNode(pattern, name, bindings, next);
      }
      // PHP `$o->m` also names the callee of `$o->m(...)`, which the grammar does not make a node.
      if (pattern.type === 'member_access_expression' && node.type === 'member_call_expression')
        return this.matchChildren(pattern, significantChildren(node).slice(0, -1), bindings, next);
      if (pattern.type === 'function_call_expression' && PHP_METHOD_CALLS.has(node.type))
        return this.matchPhpMethodCallee(pattern, node, bindings, next);
      if (pattern.type === 'qualified_name' && node.type === 'name') {
        const wanted = patternQualifiedName(pattern)?.toLowerCase();
        return (
          wanted !== undefined &&
          this.target.facts.phpUses.resolve(node)?.toLowerCase() === wanted &&
          next(bindings)
        );
      }
      return this.matchAlias(pattern, node, bindings, next);
    }
    const chain = patternChain(pattern);
    if (chain) return this.matchOperatorChain(chain, node, bindings, next);
    if (
      (!pattern.hasEllipsis || OPERATOR_EXPRESSIONS.has(pattern.type) || pattern.tokens.includes('async')) &&
      node.type === pattern.type &&
      !isSubsequence(
        pattern.tokens
          .filter((t) => !DECLARATION_KEYWORDS.has(t) && !isOptionalKeyword(pattern.type, t))
          .map((t) => TOKEN_SYNONYMS[t] ?? t),
        tokensOf(node),
      )
    )
      return false;
    if (STRING_TYPES.has(pattern.type) || SHELL_COMMANDS.has(pattern.type))
      return this.matchStringParts(pattern.children, node, bindings, next);
    let children = significantChildren(node);
    // `$X = v` against `var x T = v` / `let x: T = v`: the name and the value, whatever lies between.
    if (node.type !== pattern.type && ASSIGNMENTS.has(pattern.type) && pattern.children.length === 2) {
      children = (children.length > 2 ? [children[0], children[children.length - 1]] : children).map(
        declaredVariable,
      );
      // `(String $X) = …` against `String x = …`: the declared name has the declaration's type.
      // A declaration without a value (Go `var a T`) assigns nothing.
      const [assignee, value] = pattern.children;
      const assigned = children.length === 2 && !/type/.test(children[1].type);
      if (assignee.kind === 'typed-metavariable' && assigned)
        pattern = { ...pattern, children: [{ ...assignee, declaring: true }, value] };
    }
    // `if ($C) { ... }` also matches an `if` with an `else` when the grammar has no else-clause node.
    if (!pattern.tokens.includes('else')) children = childrenBeforeElse(node, children);
    const present = new Set(
      pattern.children.map((c) => (c.kind === 'node' || c.kind === 'leaf' ? c.type : '')),
    );
    // Python `x: int = 1` is `x = 1`, and `def f() -> T:` is `def f():`, with a type a pattern may leave out.
    const optional = (c: PlainNode) =>
      OPTIONAL_CHILDREN.has(c.type) ||
      (c.type === 'type' &&
        (node.type === 'assignment' ||
          (node.type === 'function_definition' && this.target.wholeFile.root.type === 'module')));
    if (children.some((c) => optional(c) && !present.has(c.type)))
      children = children.filter((c) => !optional(c) || present.has(c.type));
    // PHP `$X = []` as a parameter also matches `array $x = []`: the type is a detail left out.
    if (node.type === 'simple_parameter')
      children = children.filter((c) => !/type$/.test(c.type) || present.has(c.type));
    // C# extension methods: `this T x` is the receiver, not one of the parameters a pattern lists.
    if (node.type === 'parameter_list' && !pattern.children.some(isReceiverPattern))
      children = children.filter((c) => !this.isReceiverParameter(c));
    // Ruby `f(x)` also matches `f(x) do |n| ... end`: the block is a part the pattern leaves out.
    if (node.type === 'call' && !present.has('block') && !present.has('do_block'))
      children = children.filter((c) => c.type !== 'block' && c.type !== 'do_block');
    // Go: `func f()` without a body matches the function whatever its body.
    if (BODILESS_DECLARATIONS.has(pattern.type) && !present.has('block'))
      children = children.filter((c) => c.type !== 'block');
    // Java: a constructor-shaped pattern (no return type) matches a method whatever its return type.
    if (pattern.type === 'constructor_declaration' && node.type === 'method_declaration')
      children = withoutReturnType(children);
    // Go: `func f(...) { ... }` without a result type matches functions returning anything.
    if (BODILESS_DECLARATIONS.has(pattern.type)) children = withoutUnwantedResult(pattern, children);
    // `int $X = 1;` matches `int b = 2, a = 1;`: one declarator of several.
    const declarators = children.filter((c) => c.type === 'variable_declarator');
    if (declarators.length > 1 && pattern.children.filter(isDeclarator).length === 1) {
      const others = children.filter((c) => c.type !== 'variable_declarator');
      return declarators.some((one) =>
        this.matchChildren(
          pattern,
          [...others, one].sort((a, b) => a.start - b.start),
          bindings,
          next,
        ),
      );
    }
    if (node.type === 'method_declaration' && this.target.root.children[0]?.type === 'php_tag')
      return this.matchPhpMethod(pattern, children, bindings, next);
    if (pattern.children.some(isModifierSibling)) {
      // C# `public static void f()`: modifiers are siblings of the declaration's other parts, in any order.
      const rest = { ...pattern, children: pattern.children.filter((c) => !isModifierSibling(c)) };
      return this.matchUnordered(
        pattern.children.filter(isModifierSibling),
        children.filter((c) => MODIFIER_SIBLINGS.has(c.type)),
        true,
        bindings,
        (b) =>
          this.matchChildren(
            rest,
            children.filter((c) => !MODIFIER_SIBLINGS.has(c.type)),
            b,
            next,
          ),
      );
    }
    // Kotlin `class $C(...)` also matches a class declared without a primary constructor.
    if (node.type === 'class_declaration' && !children.some((c) => c.type === 'primary_constructor')) {
      const open = pattern.children.filter(isOpenPrimaryConstructor);
      if (open.length > 0)
        pattern = { ...pattern, children: pattern.children.filter((c) => !open.includes(c)) };
    }
    // C# `new T() { ... }` is `new T { ... }`: no arguments either way.
    if (node.type === 'object_creation_expression' && pattern.type === node.type) {
      const emptyArguments = pattern.children.find(isEmptyArgumentList);
      if (emptyArguments && !children.some((c) => c.type === 'argument_list'))
        pattern = { ...pattern, children: pattern.children.filter((c) => c !== emptyArguments) };
      else if (!pattern.children.some((c) => c.kind === 'node' && c.type === 'argument_list'))
        children = children.filter((c) => c.type !== 'argument_list' || significantChildren(c).length > 0);
    }
    // PHP function and method names ignore case: `Header(...)` calls `header`.
    if (PHP_CALLS.has(pattern.type) && node.type === pattern.type)
      pattern = this.withCalleeSpelling(pattern, children);
    // Ruby `def f` has no parameter list at all: `def $F(...)` and `def $F()` match it too.
    if (RUBY_METHODS.has(node.type) && !children.some((c) => c.type === 'method_parameters')) {
      const open = pattern.children.find(isOpenParameterList);
      if (open) pattern = { ...pattern, children: pattern.children.filter((c) => c !== open) };
    } else if (RUBY_METHODS.has(pattern.type) && !pattern.children.some(isParameterList))
      children = children.filter((c) => c.type !== 'method_parameters' || significantChildren(c).length > 0);
    if (this.matchChildren(pattern, children, bindings, next)) return true;
    return this.matchAlias(pattern, node, bindings, next);
  }

  /** The Python shapes of python-shapes: decorated definitions, `{...}`, `[...]`, index tuples. */
  private matchPythonShape(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    node: PlainNode,
    bindings: Bindings,
    next: Next,
  ): boolean {
    if (node.type === 'decorated_definition') {
      const definition = significantChildren(node).at(-1);
      return definition !== undefined && this.matchShape(pattern, definition, bindings, next);
    }
    if (node.type === 'dictionary' || node.type === 'list_comprehension')
      return onlyDots(pattern) && next(bindings);
    const elements = tupleElements(node);
    return elements !== undefined && this.matchList(pattern.children, 0, elements, 0, bindings, next);
  }

  /** `try` clauses: the body first, then `except` clauses in any order; others may be left out. */
  private matchTry(patterns: PatternNode[], nodes: PlainNode[], bindings: Bindings, next: Next): boolean {
    const [body, ...clauses] = patterns;
    const [targetBody, ...targetClauses] = nodes;
    if (!body || !targetBody) return false;
    const isExcept = (p: PatternNode) => p.kind === 'node' && /^except/.test(p.type);
    const excepts = targetClauses.filter((c) => /^except/.test(c.type));
    const others = targetClauses.filter((c) => !/^except/.test(c.type));
    return this.matchNode(body, targetBody, bindings, (b) =>
      this.matchUnordered(clauses.filter(isExcept), excepts, true, b, (b2) =>
        this.matchUnordered(
          clauses.filter((c) => !isExcept(c)),
          others,
          true,
          b2,
          next,
        ),
      ),
    );
  }

  /**
   * Java: an annotation's element (`int count() default 0;`) is an abstract method to Semgrep, so
   * `$T $M();` matches it, whatever its default value.
   */
  private matchAnnotationElement(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    node: PlainNode,
    bindings: Bindings,
    next: Next,
  ): boolean {
    const parameters = pattern.children.find((c) => c.kind === 'node' && c.type === 'formal_parameters');
    if (parameters?.kind !== 'node' || !parameters.children.every(isDots)) return false;
    if (pattern.children.some((c) => c.kind === 'node' && /block|body/.test(c.type))) return false;
    const rest = pattern.children.filter((c) => c !== parameters);
    const wantsModifiers = rest.some((c) => c.kind === 'node' && c.type === 'modifiers');
    const defaultAt = node.children.findIndex((c) => c.type === 'default');
    const children = significantChildren({
      ...node,
      children: defaultAt < 0 ? node.children : node.children.slice(0, defaultAt),
    }).filter((c) => wantsModifiers || c.type !== 'modifiers');
    return this.matchList(rest, 0, children, 0, bindings, next);
  }

  /** `except (..., ValueError, ...):` also matches `except ValueError:`, a one-element tuple. */
  private matchExcept(patterns: PatternNode[], nodes: PlainNode[], bindings: Bindings, next: Next): boolean {
    const [first, ...rest] = patterns;
    const [target, ...targetRest] = nodes;
    if (first?.kind !== 'node' || first.type !== 'tuple' || !target || unparen(target).type === 'tuple')
      return this.matchList(patterns, 0, nodes, 0, bindings, next);
    return this.matchList(first.children, 0, [unparen(target)], 0, bindings, (b) =>
      this.matchList(rest, 0, targetRest, 0, b, next),
    );
  }

  /** `A and ... and B`, `A & $X`: operands of a flattened chain, in order or as a multiset. */
  private matchOperatorChain(chain: PatternChain, node: PlainNode, bindings: Bindings, next: Next): boolean {
    if (targetOperator(node) !== chain.operator || isInnerBooleanLink(this.target.root, node)) return false;
    const operands = flattenTarget(node, chain.operator);
    if (chain.mode === 'commutative')
      return this.matchUnordered(chain.operands, operands, true, bindings, next);
    const runs = chain.operator !== '+';
    const step = (at: number, from: number, b: Bindings): boolean => {
      if (at === chain.operands.length) return from === operands.length && next(b);
      const pattern = chain.operands[at];
      if (pattern.kind === 'ellipsis') {
        for (let skip = from; skip <= operands.length; skip += 1) if (step(at + 1, skip, b)) return true;
        return false;
      }
      if (from === operands.length) return false;
      if (this.matchNode(pattern, operands[from], b, (b2) => step(at + 1, from + 1, b2))) return true;
      if (!runs || pattern.kind !== 'metavariable') return false;
      // Modulo associativity a metavariable stands for a sub-chain: `A and $X and Z` binds `B and C`.
      for (let end = from + 2; end <= operands.length; end += 1) {
        const start = operands[from].start;
        const stop = operands[end - 1].end;
        const binding = { start, end: stop, text: this.target.source.slice(start, stop) };
        if (this.bindValue(pattern.name, binding, b, (b2) => step(at + 1, end, b2))) return true;
      }
      return false;
    };
    return step(0, 0, bindings);
  }

  /** `/a/` also matches a name bound once to `/a/` (constant propagation of regex literals). */
  private matchRegexConstant(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    node: PlainNode,
    bindings: Bindings,
    next: Next,
  ): boolean {
    const constant = this.constantOf(node);
    if (constant?.kind !== 'regex') return false;
    const [bodyPattern, flagsPattern] = pattern.children;
    if (bodyPattern?.kind === 'metavariable') {
      // `/$R/` binds the body of the regex the name holds, where that regex is written.
      const [, body, flags] = /^\/(.*)\/([a-z]*)$/s.exec(constant.value) ?? [];
      if (body === undefined) return false;
      const wanted =
        flagsPattern === undefined ? '' : flagsPattern.kind === 'leaf' ? flagsPattern.text : undefined;
      if (wanted !== flags) return false;
      const literal = this.target.facts.symbolOf(node);
      const written =
        literal?.type === 'regex' ? literal.children.find((c) => c.type === 'regex_pattern') : undefined;
      const at = written ?? node;
      return this.bindValue(bodyPattern.name, { start: at.start, end: at.end, text: body }, bindings, next);
    }
    const [body, flags] = pattern.children.map((c) => (c.kind === 'leaf' ? c.text : undefined));
    return body !== undefined && constant.value === `/${body}/${flags ?? ''}` && next(bindings);
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
    const interpolated = stringParts(node).some((part) => isInterpolation(part.type));
    const step = (at: number, from: number, b: Bindings): boolean => {
      if (at === patterns.length) return from === parts.length && next(b);
      const pattern = patterns[at];
      if (pattern.kind === 'ellipsis') {
        for (let skip = from; skip <= parts.length; skip += 1) if (step(at + 1, skip, b)) return true;
        return false;
      }
      if (pattern.kind === 'fragment-metavariable') {
        const part = parts[from];
        if (pattern.span) {
          // `$...X`: any run of text and substitutions, bound as the source between them.
          for (let end = from; end <= parts.length; end += 1) {
            const start = end > from ? parts[from].start : node.start;
            const stop = end > from ? parts[end - 1].end : node.start;
            const span = { start, end: stop, text: this.target.source.slice(start, stop) };
            if (this.bindValue(pattern.name, span, b, (b2) => step(at + 1, end, b2))) return true;
          }
          return false;
        }
        if (!part || !/string_content|string_fragment/.test(part.type)) return false;
        const fragment = { start: part.start, end: part.end, text: this.text(part) };
        return this.bindValue(pattern.name, fragment, b, (b2) => step(at + 1, from + 1, b2));
      }
      if (from === parts.length) return false;
      // An escape (`\$`, `\n`) is literal text, not a substitution.
      const isFragment = /string_content|string_fragment|escape_sequence/.test(parts[from].type);
      // PHP `"...$X..."` reads an interpolated string as a concatenation, whose literal parts `$X` binds too.
      if (isFragment && pattern.kind === 'metavariable' && node.type === 'encapsed_string' && interpolated) {
        const fragment = { start: parts[from].start, end: parts[from].end, text: this.text(parts[from]) };
        if (this.bindValue(pattern.name, fragment, b, (b2) => step(at + 1, from + 1, b2))) return true;
      }
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
    if (pattern.type === 'decorator') return this.matchDecorator(pattern, children, bindings, next);
    if (pattern.type === 'try_statement') return this.matchTry(pattern.children, children, bindings, next);
    if (pattern.type === 'except_clause') return this.matchExcept(pattern.children, children, bindings, next);
    if (pattern.type === 'class_definition') {
      const superclasses = pattern.children.find((c) => c.kind === 'node' && c.type === 'argument_list');
      const targetHas = children.some((c) => c.type === 'argument_list');
      // `class A:` (no bases) and `class A(...):` both match a class with any bases, or none.
      if (!superclasses && targetHas) children = children.filter((c) => c.type !== 'argument_list');
      if (superclasses?.kind === 'node' && !targetHas && superclasses.children.every(isDots))
        pattern = { ...pattern, children: pattern.children.filter((c) => c !== superclasses) };
      // Semgrep matches class members in any order, and a class may have members the pattern omits.
      const body = pattern.children.at(-1);
      const targetBody = children.at(-1);
      if (body?.kind === 'node' && body.type === 'block' && targetBody?.type === 'block') {
        const members = significantChildren(targetBody);
        return this.matchList(pattern.children.slice(0, -1), 0, children.slice(0, -1), 0, bindings, (b) =>
          this.matchUnordered(body.children, members, true, b, next),
        );
      }
    }
    if (pattern.type === 'import_declaration') return this.matchGoImports(pattern, children, bindings, next);
    // Go: `T{..., a: 1, ...}` names its fields, so their order does not matter.
    if (pattern.type === 'literal_value' && pattern.children.every(isKeyedOrEllipsis))
      return this.matchUnordered(pattern.children, children, pattern.hasEllipsis, bindings, next);
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
      return this.matchDefinition(pattern.children[last], children[children.length - 1], bindings, (b) =>
        this.matchUnordered(pattern.children.slice(0, last), children.slice(0, -1), true, b, next),
      );
    }
    // Class (and Java interface) members are a set: a pattern lists the members it cares about.
    if (pattern.type === 'class_body' || pattern.type === 'interface_body')
      return this.matchUnordered(pattern.children, children, true, bindings, next);
    if (
      pattern.type === 'jsx_element' &&
      pattern.children.every((c) => c.kind === 'node' && /^jsx_(opening|closing)_element$/.test(c.type))
    )
      return this.matchNode(pattern.children[0], children[0], bindings, next);
    const decorators = pattern.children.filter(isDecorator);
    if (decorators.length > 0 && pattern.type !== 'decorated_definition') {
      // Decorators are a set: the pattern's must all be there, in any order, among others.
      const rest = pattern.children.filter((c) => !isDecorator(c));
      return this.matchUnordered(
        decorators,
        children.filter((c) => c.type === 'decorator'),
        true,
        bindings,
        (b) =>
          this.matchList(
            rest,
            0,
            children.filter((c) => c.type !== 'decorator'),
            0,
            b,
            next,
          ),
      );
    }
    const fixed = SUBSET_AFTER[pattern.type];
    if (fixed !== undefined) {
      return this.matchList(pattern.children.slice(0, fixed), 0, children.slice(0, fixed), 0, bindings, (b) =>
        this.matchUnordered(pattern.children.slice(fixed), children.slice(fixed), true, b, next),
      );
    }
    // Keyword arguments (Python `k=v`, Ruby `k: v`) are matched by name, never by a positional pattern,
    // though `...` and `$...ARGS` span them.
    if (
      pattern.type === 'argument_list' &&
      !pattern.children.some(isKeywordArgument) &&
      children.some((c) => KEYWORD_ARGUMENTS.has(c.type))
    )
      return this.matchList(pattern.children, 0, children, 0, bindings, next, true);
    if (pattern.type === 'argument_list' && pattern.children.some(isKeywordArgument)) {
      const positional = pattern.children.filter((c) => !isKeywordArgument(c));
      const keywords = pattern.children.filter(isKeywordArgument);
      return this.matchList(
        positional,
        0,
        children.filter((c) => !KEYWORD_ARGUMENTS.has(c.type)),
        0,
        bindings,
        (b) =>
          this.matchUnordered(
            keywords,
            children.filter((c) => KEYWORD_ARGUMENTS.has(c.type)),
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

  /** Python `@d` is the call `d()` to Semgrep: `d(...)` (or `m.d(...)` after `from m import d`) matches it. */
  private matchBareDecorator(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    node: PlainNode,
    bindings: Bindings,
    next: Next,
  ): boolean {
    const [callee, args] = pattern.children;
    const [expression] = significantChildren(node);
    if (!expression || expression.type === 'call' || pattern.children.length !== 2) return false;
    if (args.kind !== 'node' || !args.children.every((c) => c.kind === 'ellipsis')) return false;
    return this.matchNode(callee, expression, bindings, next);
  }

  /** Semgrep reads `@d` as `@d()`: `@d(...)` matches `@d`, and `@d` (or `@$D`) matches `@d()` but not `@d(x)`. */
  private matchDecorator(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    children: PlainNode[],
    bindings: Bindings,
    next: Next,
  ): boolean {
    const [wanted] = pattern.children;
    const [target] = children;
    if (!wanted || !target || pattern.children.length !== 1 || children.length !== 1)
      return this.matchList(pattern.children, 0, children, 0, bindings, next);
    const wantsCall = wanted.kind === 'node' && CALL_TYPES.has(wanted.type) && wanted.children.length === 2;
    if (wantsCall && !CALL_TYPES.has(target.type)) {
      const [callee, args] = wanted.children;
      if (args.kind !== 'node' || !ARGUMENT_LISTS.has(args.type)) return false;
      return this.matchList(args.children, 0, [], 0, bindings, (b) =>
        this.matchNode(callee, target, b, next),
      );
    }
    if (!wantsCall && CALL_TYPES.has(target.type)) {
      const [callee, args] = significantChildren(target);
      return (
        args !== undefined &&
        significantChildren(args).length === 0 &&
        this.matchNode(wanted, callee, bindings, next)
      );
    }
    return this.matchNode(wanted, target, bindings, next);
  }

  /**
   * Go: `import "p"` matches a declaration importing p among others, grouped or not, under any
   * name; `import $N "p"` binds the name it is imported under.
   */
  private matchGoImports(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    children: PlainNode[],
    bindings: Bindings,
    next: Next,
  ): boolean {
    const specs = children.flatMap((c) => (c.type === 'import_spec_list' ? significantChildren(c) : [c]));
    const wanted = pattern.children.flatMap((c) =>
      c.kind === 'node' && c.type === 'import_spec_list' ? c.children : [c],
    );
    const step = (at: number, b: Bindings): boolean => {
      if (at === wanted.length) return next(b);
      const spec = wanted[at];
      if (spec.kind === 'ellipsis') return step(at + 1, b);
      return specs.some((target) => this.matchImportSpec(spec, target, b, (b2) => step(at + 1, b2)));
    };
    return step(0, bindings);
  }

  private matchImportSpec(pattern: PatternNode, target: PlainNode, bindings: Bindings, next: Next): boolean {
    if (pattern.kind !== 'node' || pattern.type !== 'import_spec' || target.type !== 'import_spec')
      return this.matchNode(pattern, target, bindings, next);
    const parts = significantChildren(target);
    const path = parts[parts.length - 1];
    const [name, wantedPath] =
      pattern.children.length === 1 ? [undefined, pattern.children[0]] : pattern.children;
    const matchPath = (b: Bindings) =>
      wantedPath.kind === 'string'
        ? this.importPathMatches(wantedPath.value, path) && next(b)
        : this.matchNode(wantedPath, path, b, next);
    if (!name || name.kind === 'ellipsis') return matchPath(bindings);
    return parts.length === 2 && this.matchNode(name, parts[0], bindings, matchPath);
  }

  /** `import "foo"` also matches `import "foo/bar"`: a package path matches the packages below it. */
  private importPathMatches(wanted: string, path: PlainNode): boolean {
    const value = this.constantString(path)?.value;
    const expected = wanted.slice(wanted.indexOf('\0') + 1);
    return value !== undefined && (value === expected || value.startsWith(`${expected}/`));
  }

  /** Ruby `foo(...)` / `foo()` against a bare `foo` that calls the method (see ruby-hidden-calls). */
  private matchHiddenCall(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    node: PlainNode,
    bindings: Bindings,
    next: Next,
  ): boolean {
    if (this.target.root.type !== 'program' || !this.target.facts.rubyHiddenCalls().has(node)) return false;
    const [callee, args, ...rest] = pattern.children;
    const noArguments =
      args === undefined ||
      (args.kind === 'node' &&
        args.type === 'argument_list' &&
        args.children.every((c) => c.kind === 'ellipsis'));
    return (
      rest.length === 0 && callee !== undefined && noArguments && this.matchNode(callee, node, bindings, next)
    );
  }

  /** PHP `$F(...)` / `require_once($X)` against `include $f` and its kin, which are calls in Semgrep. */
  private matchIncludeCall(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    { keyword, argument }: IncludeCall,
    bindings: Bindings,
    next: Next,
  ): boolean {
    const [callee, args, ...rest] = pattern.children;
    const wanted = args && unwrappedArguments(args);
    if (!callee || !wanted || rest.length > 0) return false;
    const matchArguments = (b: Bindings) => this.matchList(wanted, 0, [argument], 0, b, next);
    if (callee.kind === 'metavariable') return this.bind(callee.name, keyword, bindings, matchArguments);
    const name = this.text(keyword).toLowerCase();
    return callee.kind === 'leaf' && callee.text.toLowerCase() === name && matchArguments(bindings);
  }

  /** Rust: `node` is the value a function or closure body ends with (see rust-returns). */
  private isImplicitReturn(node: PlainNode): boolean {
    return this.target.root.type === 'source_file' && this.target.facts.rustImplicitReturns().has(node);
  }
  /**
   * Java and Ruby `$F(...)` against `obj.m(...)`: the grammar puts the receiver and the name side by side
   * in the call, but the callee is `obj.m` as a whole, which `$F` binds (undefined: not this case). A Ruby
   * block is a part the pattern leaves out, as for `f(x)`.
   */
  private matchQualifiedCallee(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    node: PlainNode,
    bindings: Bindings,
    next: Next,
  ): boolean | undefined {
    const [callee, args, ...others] = pattern.children;
    const children = significantChildren(node).filter((c) => c.type !== 'block' && c.type !== 'do_block');
    if (callee?.kind !== 'metavariable' || args?.kind !== 'node' || others.length > 0) return undefined;
    if (children.length !== 3 || children[2].type !== 'argument_list') return undefined;
    const [object, name, actualArgs] = children;
    const binding = {
      start: object.start,
      end: name.end,
      text: this.target.source.slice(object.start, name.end),
    };
    return this.bindValue(callee.name, binding, bindings, (b) => this.matchNode(args, actualArgs, b, next));
  }

  /**
   * Ruby `a.b` in a pattern also matches the callee of `a.b(x)` and `a.b x do ... end`: Semgrep reads the
   * call as `a.b` applied to arguments, where the grammar puts the receiver, name and arguments side by side.
   */
  private matchRubyCallee(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    node: PlainNode,
    bindings: Bindings,
    next: Next,
  ): boolean {
    const callParts = (type: string) => type === 'argument_list' || type === 'block' || type === 'do_block';
    if (pattern.children.length !== 2 || pattern.children.some((c) => c.kind === 'node' && callParts(c.type)))
      return false;
    const children = significantChildren(node);
    if (children.length <= 2 || !children.slice(2).every((c) => callParts(c.type))) return false;
    return this.matchChildren(pattern, children.slice(0, 2), bindings, next);
  }

  /**
   * A PHP method: the pattern's modifiers are a subset of the method's, in any order, and a method
   * without a visibility is public; a plain `function` pattern names no modifier at all.
   */
  private matchPhpMethod(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    children: PlainNode[],
    bindings: Bindings,
    next: Next,
  ): boolean {
    const isModifier = (p: PatternNode) => p.kind !== 'ellipsis' && PHP_MODIFIERS.has(patternType(p));
    const present = new Set(
      children.filter((c) => PHP_MODIFIERS.has(c.type)).map((c) => this.text(c).toLowerCase()),
    );
    if (!children.some((c) => c.type === 'visibility_modifier')) present.add('public');
    const wanted = pattern.children.filter(isModifier).map((p) => patternText(p).toLowerCase());
    if (!wanted.every((modifier) => present.has(modifier))) return false;
    const rest = { ...pattern, children: pattern.children.filter((p) => !isModifier(p)) };
    const others = children.filter((c) => !PHP_MODIFIERS.has(c.type));
    return this.matchChildren(rest, others, bindings, next);
  }

  /** `pattern` with its PHP callee names spelled as in `children` where they differ only in case. */
  private withCalleeSpelling(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    children: PlainNode[],
  ): Extract<PatternNode, { kind: 'node' }> {
    const spelled = pattern.children.map((child, i) => {
      const target = children[i];
      if (child.kind !== 'leaf' || child.type !== 'name' || target?.type !== 'name') return child;
      const text = this.text(target);
      return text !== child.text && text.toLowerCase() === child.text.toLowerCase()
        ? { ...child, text }
        : child;
    });
    return spelled.every((child, i) => child === pattern.children[i])
      ? pattern
      : { ...pattern, children: spelled };
  }

  /** PHP `$F(...)`: the callee metavariable also binds a method's whole callee, `$user->setPassword`. */
  private matchPhpMethodCallee(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    node: PlainNode,
    bindings: Bindings,
    next: Next,
  ): boolean {
    const [callee, args, ...rest] = pattern.children;
    const children = significantChildren(node);
    const name = children.at(-2);
    const targetArgs = children.at(-1);
    if (
      callee?.kind !== 'metavariable' ||
      !args ||
      rest.length > 0 ||
      !name ||
      targetArgs?.type !== 'arguments'
    )
      return false;
    const span = { start: node.start, end: name.end, text: this.target.source.slice(node.start, name.end) };
    return this.bindValue(callee.name, span, bindings, (b) => this.matchNode(args, targetArgs, b, next));
  }

  /** Ruby `foo()` with no receiver and no arguments is the bare call `foo`. */
  private bareCallName(node: PlainNode): PlainNode | undefined {
    if (node.type !== 'call' || this.target.root.type !== 'program') return undefined;
    const [name, args, ...rest] = significantChildren(node);
    const empty =
      args === undefined || (args.type === 'argument_list' && significantChildren(args).length === 0);
    return name?.type === 'identifier' && empty && rest.length === 0 ? name : undefined;
  }

  /** `os.system` matches `o.system` after `import os as o`, and `system` after `from os import system`. */
  private matchAlias(pattern: PatternNode, node: PlainNode, bindings: Bindings, next: Next): boolean {
    const facts = this.target.facts;
    if (facts.aliases.size === 0 && facts.wildcardModules.length === 0) return false;
    if (pattern.kind === 'node' && pattern.type === 'method_invocation' && node.type === 'method_invocation')
      return this.matchImportedJavaCall(pattern, node, bindings, next);
    if (pattern.kind !== 'node' || !MEMBER_TYPES.has(pattern.type)) return false;
    const wanted = this.dottedPattern(pattern);
    if (!wanted) return this.matchAliasedMember(pattern, node, bindings, next);
    const dotted = dottedName(node, this.target);
    if (!dotted) return false;
    const [head, ...rest] = dotted.split('.');
    const resolved = this.target.facts.aliasAt(head, node.start);
    if (resolved !== undefined) return [resolved, ...rest].join('.') === wanted && next(bindings);
    // `from a.b import *` makes a bare `c.d` stand for `a.b.c.d`.
    return this.target.facts.wildcardModules.some((m) => `${m}.${dotted}` === wanted) && next(bindings);
  }

  /**
   * `a.b.$F` matches `c` after `from a.b import c` (and `m.c` after `import a.b as m`): the imported
   * name's full path ends in one more segment than the pattern spells, and `$F` binds the last identifier.
   */
  private matchAliasedMember(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    node: PlainNode,
    bindings: Bindings,
    next: Next,
  ): boolean {
    const [base, member] = pattern.children;
    if (pattern.children.length !== 2 || member.kind !== 'metavariable') return false;
    const prefix = this.dottedPattern(base);
    const dotted = prefix ? dottedName(node, this.target) : null;
    if (!prefix || !dotted) return false;
    const [head, ...rest] = dotted.split('.');
    const resolved = this.target.facts.aliasAt(head, node.start);
    if (resolved === undefined || [resolved, ...rest].join('.') !== `${prefix}.${dotted.split('.').at(-1)}`)
      return false;
    const last = node.type === 'identifier' ? node : significantChildren(node)[1];
    return this.bind(member.name, last, bindings, next);
  }

  /** Java `f(x)` after `import static a.B.f;` (or `import a.B.*;`) matches `a.B.f(x)`. */
  private matchImportedJavaCall(
    pattern: Extract<PatternNode, { kind: 'node' }>,
    node: PlainNode,
    bindings: Bindings,
    next: Next,
  ): boolean {
    const children = significantChildren(node);
    const [object, method, args] = pattern.children;
    if (pattern.children.length !== 3 || children.length !== 2 || method.kind !== 'leaf') return false;
    const owner = this.dottedPattern(object);
    const [name, actualArgs] = children;
    if (!owner || name.type !== 'identifier' || this.text(name) !== method.text) return false;
    const wanted = `${owner}.${method.text}`;
    const facts = this.target.facts;
    const resolved = facts.aliases.get(method.text);
    const imported =
      resolved !== undefined
        ? resolved === wanted
        : facts.wildcardModules.some((m) => `${m}.${method.text}` === wanted);
    return imported && this.matchNode(args, actualArgs, bindings, next);
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

  private isReceiverParameter(node: PlainNode): boolean {
    const first = node.children[0];
    return node.type === 'parameter' && first?.type === 'modifier' && this.text(first) === 'this';
  }

  /** `($T $X)` / `($P.Client $X)`: the type's metavariables bind (or agree with) parts of the node's type. */
  private matchTypeTemplate(
    pattern: Extract<PatternNode, { kind: 'typed-metavariable' }>,
    node: PlainNode,
    bindings: Bindings,
    next: Next,
  ): boolean {
    const typed = bindable(node);
    const texts = typeTemplateMatch(
      typed,
      pattern.type,
      this.target,
      pattern.language,
      (name) => (name === '$_' ? undefined : bindings[name]?.text),
      pattern.declaring,
    );
    if (!texts) return false;
    const bindAll = (entries: [string, string][], current: Bindings): boolean => {
      const [first, ...rest] = entries;
      if (!first) return this.bind(pattern.name, typed, current, next);
      const [name, text] = first;
      const binding = { start: typed.start, end: typed.start, text };
      return this.bindValue(name, binding, current, (b) => bindAll(rest, b));
    };
    return bindAll([...texts], bindings);
  }

  private bind(name: string, node: PlainNode, bindings: Bindings, next: Next): boolean {
    const end = codeEnd(node);
    return this.bindValue(
      name,
      { start: node.start, end, text: this.target.source.slice(node.start, end), node },
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
    if (bound.node && other.node) {
      // `$A;` binds a statement that `foo($A)` then uses as an expression.
      const [a, b] = [bound.node, other.node].map(statementExpression);
      // Go, Java, C#: a name declared again in an inner block (`i := i`) is another variable.
      if (a.type === 'identifier' && b.type === 'identifier' && this.text(a) === this.text(b))
        return this.target.facts.sameDeclaration(a, b) && sameJvmGoDeclaration(a, b, this.target) !== false;
      if (this.hidesImport(a, b) || this.hidesImport(b, a)) return false;
      return this.sameTree(a, b) || this.sameConstant(a, b) || this.sameKey(a, b);
    }
    return normalise(bound.text) === normalise(other.text);
  }

  /** Go: a variable named like an imported package (`var log error`) hides the package there. */
  private hidesImport(imported: PlainNode, use: PlainNode): boolean {
    return (
      imported.type === 'package_identifier' &&
      use.type === 'identifier' &&
      this.text(imported) === this.text(use) &&
      isDeclaredInFile(use, this.target)
    );
  }

  /** Object keys: `bar` and `"bar"` name the same property. */
  private sameKey(a: PlainNode, b: PlainNode): boolean {
    const key = (n: PlainNode) =>
      n.type === 'property_identifier'
        ? this.text(n)
        : n.type === 'string'
          ? stringValue(this.text(n))
          : undefined;
    const left = key(a);
    return left !== undefined && left === key(b);
  }

  /**
   * `x == 0` is `$X == $X` when `x` must be 0 there (constant propagation). A bare name's constant needs
   * the file's assignments worked out, so the other side is asked first: most comparisons end there.
   */
  private sameConstant(a: PlainNode, b: PlainNode): boolean {
    let [first, second] = [unparen(a), unparen(b)];
    if (isBareName(first) && !isBareName(second)) [first, second] = [second, first];
    const { facts } = this.target;
    if (!facts.mayHoldConstant(first) || !facts.mayHoldConstant(second)) return false;
    const left = this.constantOf(first);
    const right = left?.value === undefined ? undefined : this.constantOf(second);
    return (
      left !== undefined && right !== undefined && left.kind === right.kind && left.value === right.value
    );
  }

  private sameTree(a0: PlainNode, b0: PlainNode): boolean {
    const a = unparen(a0);
    const b = unparen(b0);
    // Bash `a`, `'a'` and `"a"` are the same word.
    if (BASH_UNQUOTED.has(a.type) || BASH_UNQUOTED.has(b.type)) {
      const literal = bashLiteral(a, (n) => this.text(n));
      return literal !== undefined && literal === bashLiteral(b, (n) => this.text(n));
    }
    if (STRING_TYPES.has(a.type) && STRING_TYPES.has(b.type))
      return (
        stringValue(this.text(a)) === stringValue(this.text(b)) &&
        isBytes(this.text(a)) === isBytes(this.text(b))
      );
    if (a.type !== b.type)
      return IDENTIFIERS.test(a.type) && IDENTIFIERS.test(b.type) && this.text(a) === this.text(b);
    const left = a.children.filter((c) => !isComment(c));
    const right = b.children.filter((c) => !isComment(c));
    if (left.length === 0 && right.length === 0) return this.text(a) === this.text(b);
    return left.length === right.length && left.every((child, i) => this.sameTree(child, right[i]));
  }

  /** Ordered list: `...` takes zero or more siblings, `$...X` too (bound), everything else exactly one. */
  /** `positionalOnly`: a pattern item other than `...` never matches a keyword argument. */
  private matchList(
    patterns: PatternNode[],
    at: number,
    nodes: PlainNode[],
    from: number,
    bindings: Bindings,
    next: Next,
    positionalOnly = false,
  ): boolean {
    if (at === patterns.length) return from === nodes.length && next(bindings);
    const pattern = patterns[at];
    if (pattern.kind === 'ellipsis') {
      if (at === patterns.length - 1) return next(bindings);
      for (let skip = from; skip <= nodes.length; skip += 1) {
        if (this.matchList(patterns, at + 1, nodes, skip, bindings, next, positionalOnly)) return true;
      }
      return false;
    }
    if (pattern.kind === 'ellipsis-metavariable') {
      for (let end = from; end <= nodes.length; end += 1) {
        const span = nodes.slice(from, end);
        if (
          this.bindSpan(pattern.name, span, bindings, (b) =>
            this.matchList(patterns, at + 1, nodes, end, b, next, positionalOnly),
          )
        )
          return true;
      }
      return false;
    }
    if (from === nodes.length) return false;
    if (positionalOnly && KEYWORD_ARGUMENTS.has(nodes[from].type)) return false;
    return this.matchNode(pattern, nodes[from], bindings, (b) =>
      this.matchList(patterns, at + 1, nodes, from + 1, b, next, positionalOnly),
    );
  }

  /** Set-like children (object fields, keyword arguments): each pattern child takes a distinct target child. */
  matchUnordered(
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
        // A trailing `...` takes the rest of the block, so the match (e.g. of a pattern-inside) spans it.
        if (at === patterns.length - 1)
          return next(
            b,
            list.slice(index).reduce((e, n) => Math.max(e, n.end), end),
          );
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
        // In a flattened list the node's own nested statements follow it: the next pattern statement
        // comes after the node, not inside it.
        let after = index + 1;
        if (deep) while (after < list.length && list[after].start < node.end) after += 1;
        const rest = (b2: Bindings) => step(at + 1, list, after, b2, Math.max(end, node.end), deep);
        ok = this.matchNode(pattern, node, b, rest) || this.matchExpressionIn(pattern, node, b, rest);
      }
      if (!ok) failed.add(key);
      return ok;
    };
    return step(0, nodes, from, bindings, 0, false);
  }

  /** `foo()` as a statement pattern also matches `x = foo()` and `return foo()`. */
  private matchExpressionIn(pattern: PatternNode, node: PlainNode, bindings: Bindings, next: Next): boolean {
    // Ruby calls are statements without a wrapper too (Ruby is the `call` grammar rooted at `program`).
    const rubyCall =
      pattern.kind === 'node' && pattern.type === 'call' && this.target.root.type === 'program';
    if (rubyCall)
      return significantChildren(node).some(
        (child) => !STATEMENT_LISTS.has(child.type) && this.matchDeep(pattern, child, bindings, next, true),
      );
    // Bash: a command in a statement list also matches a statement running it (`x=$(cmd)`, `cmd && b`).
    if (
      pattern.kind === 'node' &&
      BASH_COMMAND_PATTERNS.has(pattern.type) &&
      BASH_EXPRESSION_STATEMENTS.has(node.type)
    )
      return significantChildren(node).some(
        (child) => !STATEMENT_LISTS.has(child.type) && this.matchDeep(pattern, child, bindings, next, true),
      );
    if (pattern.kind === 'node' && BARE_EXPRESSION_STATEMENTS.has(pattern.type))
      return significantChildren(node).some((child) => this.matchDeep(pattern, child, bindings, next, true));
    if (pattern.kind !== 'node' || pattern.type !== 'expression_statement' || pattern.children.length !== 1)
      return false;
    const [expression] = pattern.children;
    if (expression.kind !== 'node' && expression.kind !== 'leaf' && expression.kind !== 'deep') return false;
    if (STATEMENT_LISTS.has(node.type)) return false;
    for (const child of significantChildren(node)) {
      // Statements in a nested block are matched on their own, after `...` flattens them.
      if (STATEMENT_LISTS.has(child.type)) continue;
      if (this.matchDeep(expression, child, bindings, next, true)) return true;
    }
    return false;
  }
}

/** A parameter `x: number` stands for its name when a metavariable binds it. */
function parameterName(node: PlainNode): PlainNode {
  // PHP `array $c = []`: the parameter is its variable, as the body uses it.
  if (node.type === 'simple_parameter')
    return significantChildren(node).find((c) => c.type === 'variable_name') ?? node;
  const rubyParameter = rubyParameterName(node);
  if (rubyParameter) return rubyParameter;
  // C# `string s`: an untyped `$X` parameter binds the name, which the body then uses.
  if (node.type === 'parameter') {
    const parts = significantChildren(node).filter(
      (c) => c.type !== 'attribute_list' && c.type !== 'modifier',
    );
    if (parts.length === 2 && parts[1].type === 'identifier') return parts[1];
  }
  if (!TYPED_PARAMETERS.has(node.type)) return node;
  const [name, ...rest] = significantChildren(node);
  return name && rest.every((c) => c.type === 'type_annotation' || c.type === 'type') ? name : node;
}

/** Kotlin `val x: T = v` as an assignment: the name assigned is `x`, its type a detail the pattern leaves out. */
function declaredVariable(node: PlainNode): PlainNode {
  if (node.type !== 'variable_declaration') return node;
  const name = significantChildren(node)[0];
  return name?.type === 'identifier' ? name : node;
}

/** C `int **p = q;` as an assignment: the name declared is `p`, its pointers are part of its type. */
function declaredName(node: PlainNode): PlainNode {
  let current = node;
  while (current.type === 'pointer_declarator') {
    const inner = significantChildren(current).at(-1);
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** Python `b"x"` is bytes, never equal to the string `"x"`. */
function isBytes(literal: string): boolean {
  return /^[A-Za-z]*[bB][A-Za-z]*['"]/.test(literal);
}

/** A C# `this T x` parameter in a pattern (see isReceiverParameter). */
function isReceiverPattern(pattern: PatternNode): boolean {
  if (pattern.kind !== 'node' || pattern.type !== 'parameter') return false;
  const first = pattern.children[0];
  return first?.kind === 'leaf' && first.type === 'modifier' && first.text === 'this';
}

function isDots(pattern: PatternNode): boolean {
  return pattern.kind === 'ellipsis' || pattern.kind === 'ellipsis-metavariable';
}

const CALL_TYPES = new Set(['call', 'call_expression']);
const ARGUMENT_LISTS = new Set(['argument_list', 'arguments']);

function isDecorator(pattern: PatternNode): boolean {
  return pattern.kind === 'node' && pattern.type === 'decorator';
}

/** The expression a binding stands for: `x;` is `x`, and casts (`<T>x`, `x as T`, `x!`) are `x`. */
function statementExpression(node: PlainNode): PlainNode {
  const inner = significantChildren(node);
  if (node.type === 'expression_statement' && inner.length === 1) return statementExpression(inner[0]);
  if (node.type === 'type_assertion' && inner.length === 2) return statementExpression(inner[1]);
  if ((node.type === 'as_expression' || node.type === 'non_null_expression') && inner.length >= 1)
    return statementExpression(inner[0]);
  return node;
}

function childrenBeforeElse(node: PlainNode, children: PlainNode[]): PlainNode[] {
  const elseToken = node.children.find((c) => !c.named && c.type === 'else');
  return elseToken ? children.filter((c) => c.end <= elseToken.start) : children;
}

function withoutUnwantedResult(
  pattern: Extract<PatternNode, { kind: 'node' }>,
  children: PlainNode[],
): PlainNode[] {
  const last = pattern.children.length - 1;
  const beforeBody =
    pattern.children[last]?.kind === 'node' && (pattern.children[last] as { type: string }).type === 'block'
      ? last - 1
      : last;
  // Two parameter lists in a row end in a result list (`(int, error)`), which the pattern then has.
  const isList = (c: PatternNode | undefined) => c?.kind === 'node' && c.type === 'parameter_list';
  if (!isList(pattern.children[beforeBody]) || isList(pattern.children[beforeBody - 1])) return children;
  const body = children.findIndex((c) => c.type === 'block');
  const end = body < 0 ? children.length : body;
  // The target's result, a type or a parenthesised list, follows its parameter list.
  return end >= 2 && children[end - 2].type === 'parameter_list'
    ? children.filter((_, i) => i !== end - 1)
    : children;
}

/** A Java method's children without its return type and type parameters (those before its name). */
function withoutReturnType(children: PlainNode[]): PlainNode[] {
  const parameters = children.findIndex((c) => c.type === 'formal_parameters');
  if (parameters < 1) return children;
  return children.filter((c, i) => i >= parameters - 1 || c.type === 'modifiers');
}

function isKeyedOrEllipsis(pattern: PatternNode): boolean {
  return pattern.kind === 'ellipsis' || (pattern.kind === 'node' && pattern.type === 'keyed_element');
}

function isDeclarator(pattern: PatternNode): boolean {
  return pattern.kind === 'node' && pattern.type === 'variable_declarator';
}

function isModifierSibling(pattern: PatternNode): boolean {
  return pattern.kind === 'node' && MODIFIER_SIBLINGS.has(pattern.type);
}

function isKeywordArgument(pattern: PatternNode): boolean {
  return pattern.kind === 'node' && KEYWORD_ARGUMENTS.has(pattern.type);
}

/** Ruby and PHP backtick commands, matched part by part like interpolated strings. */
const SHELL_COMMANDS = new Set(['subshell', 'shell_command_expression']);

/** Python `f(a=1)` and Ruby `f(a: 1)` / `f(:a => 1)`: named arguments, in any order after the positional ones. */
const KEYWORD_ARGUMENTS = new Set(['keyword_argument', 'pair']);

/** What a metavariable binds: `x` itself, not Go's one-element `expression_list` or C#'s `argument` around it. */
function bindable(node: PlainNode): PlainNode {
  let current = unparen(node);
  // A declarator without a value (`private T foo;`) is only its name.
  while (
    (SINGLE_CHILD_WRAPPERS.has(current.type) || current.type === 'variable_declarator') &&
    current.children.length === 1
  )
    current = current.children[0];
  return current;
}

/**
 * Where a node's code ends: tree-sitter puts a comment that precedes the next sibling (a YAML key, a
 * statement) inside the previous node, which Semgrep's AST never holds, so a binding must not end with it.
 */
function codeEnd(node: PlainNode): number {
  let current = node;
  let end = node.end;
  for (;;) {
    const { children } = current;
    let last = children.length - 1;
    while (last >= 0 && isComment(children[last])) last -= 1;
    if (last < 0) return end;
    const child = children[last];
    if (last < children.length - 1) end = child.end;
    else if (child.end !== end) return end;
    current = child;
  }
}

function unparen(node: PlainNode): PlainNode {
  let current = node;
  while (current.type === 'parenthesized_expression' || MAYBE_WRAPPERS.has(current.type)) {
    const inner = significantChildren(current);
    if (inner.length !== 1) break;
    if (current.type !== 'parenthesized_expression' && !isTransparentWrapper(current.type, inner[0].type))
      break;
    current = inner[0];
  }
  return current;
}
/** Node types that wrap their one child, always or for some children (see isTransparentWrapper). */
const MAYBE_WRAPPERS = new Set([...TRANSPARENT_WRAPPERS, 'literal_value']);

/** Target node types a pattern node type also matches (Semgrep's equivalences: `x = 1` ~ `const x = 1`). */
export const TYPE_EQUIVALENTS: Record<string, string[]> = {
  lexical_declaration: ['variable_declaration'],
  variable_declaration: ['lexical_declaration'],
  // Class fields are assignments too (`fld = foo()` in a class body).
  assignment_expression: [
    'variable_declarator',
    'public_field_definition',
    'field_definition',
    'init_declarator',
    // PHP `protected $x = [];`: a property with a default value.
    'property_element',
  ],
  // Java `$F(...)` also matches `this(...)` and `super(...)` in a constructor.
  method_invocation: ['explicit_constructor_invocation'],
  function_declaration: [
    'method_definition',
    'function_expression',
    'generator_function_declaration',
    'arrow_function',
  ],
  // `from a import b` and `import a.b` import the same name (see python-imports); a JS import pattern
  // also matches `require` declarations and re-exports (see js-imports).
  import_statement: ['import_from_statement', ...IMPORT_LIKE],
  import_from_statement: ['import_statement'],
  ...PYTHON_EQUIVALENTS,
  // PHP `function $F(...) {...}` also matches methods (see matchPhpMethod).
  function_definition: [...PYTHON_EQUIVALENTS.function_definition, 'method_declaration'],
  class_declaration: ['export_statement'],
  jsx_self_closing_element: ['jsx_element'],
  jsx_element: ['jsx_self_closing_element'],
  arrow_function: ['function_expression'],
  // `x = 42 as number` and `x = <number>42` are the same cast.
  as_expression: ['type_assertion'],
  function_expression: ['arrow_function'],
  // `for (...)` stands for any loop header, `for (x of xs)` (Java `for (T x : xs)`, C#/PHP `foreach`)
  // included; other headers differ in shape anyway.
  for_statement: ['for_in_statement', 'enhanced_for_statement', 'foreach_statement'],
  // Ruby `{ ... }` and `do ... end` are the same block.
  block: ['do_block'],
  do_block: ['block'],
  block_body: ['body_statement'],
  body_statement: ['block_body'],
  ...EQUIVALENT_TYPES,
  ...COLLECTION_EQUIVALENTS,
  ...RUST_EQUIVALENTS,
  ...HCL_EQUIVALENTS,
  [BASH_QUOTED]: ['string'],
  [BASH_EXPANSION]: ['simple_expansion', 'expansion'],
};

/** Bash literals that only Bash has (its quoted `string` and `number` types are shared with other grammars). */
const BASH_UNQUOTED = new Set([BASH_WORD, 'raw_string']);

/** Bash `function f() {...}` and `f() {...}` define the same function; Ruby `:k => v` is `k: v`. */
function isOptionalKeyword(patternType: string, token: string): boolean {
  return (
    (token === 'function' && patternType === 'function_definition') ||
    (token === '=>' && patternType === 'pair')
  );
}

function isCompoundAssignment(token: string): boolean {
  return /^(?:[-+*/%&|^]|<<|>>>?|\?\?|\|\||&&|\*\*)=$/.test(token);
}

function sameKind(patternType: string, nodeType: string): boolean {
  return TYPE_EQUIVALENTS[patternType]?.includes(nodeType) ?? false;
}

/** Kotlin `(...)` after a class name: a primary constructor with any parameters, or none. */
function isOpenPrimaryConstructor(pattern: PatternNode): boolean {
  if (pattern.kind !== 'node' || pattern.type !== 'primary_constructor') return false;
  const onlyDots = (p: PatternNode): boolean =>
    p.kind === 'ellipsis' || (p.kind === 'node' && p.children.length > 0 && p.children.every(onlyDots));
  return onlyDots(pattern);
}

const RUBY_METHODS = new Set(['method', 'singleton_method']);
const PHP_MODIFIERS = new Set([
  'visibility_modifier',
  'static_modifier',
  'abstract_modifier',
  'final_modifier',
  'readonly_modifier',
]);

function patternType(pattern: PatternNode): string {
  return pattern.kind === 'node' || pattern.kind === 'leaf' ? pattern.type : '';
}

/** A modifier's spelling in a pattern: a leaf's text, or a node's keyword tokens. */
function patternText(pattern: PatternNode): string {
  if (pattern.kind === 'leaf') return pattern.text;
  return pattern.kind === 'node' ? pattern.tokens.join(' ') : '';
}

const PHP_CALLS = new Set([
  'function_call_expression',
  'member_call_expression',
  'nullsafe_member_call_expression',
  'scoped_call_expression',
]);
const PHP_METHOD_CALLS = new Set([
  'member_call_expression',
  'nullsafe_member_call_expression',
  'scoped_call_expression',
]);

function isParameterList(pattern: PatternNode): boolean {
  return pattern.kind === 'node' && pattern.type === 'method_parameters';
}

/** `(...)` or `()`: a parameter list that also stands for none. */
function isOpenParameterList(pattern: PatternNode): boolean {
  return pattern.kind === 'node' && pattern.type === 'method_parameters' && pattern.children.every(isDots);
}

/** `()`: a call's argument list with no arguments. */
function isEmptyArgumentList(pattern: PatternNode): boolean {
  return pattern.kind === 'node' && pattern.type === 'argument_list' && pattern.children.length === 0;
}

function dottedName(node: PlainNode, target: TargetTree): string | null {
  // Java types: `ArrayList` after `import java.util.ArrayList;`.
  if (node.type === 'identifier' || node.type === 'type_identifier') return target.text(node);
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
    // A nested function or class body's statements come after it, as in Semgrep's deep statement matching.
    const stack = [...node.children].reverse();
    while (stack.length > 0) {
      const child = stack.pop() as PlainNode;
      if (!child.named || isComment(child)) continue;
      if (STATEMENT_LISTS.has(child.type))
        for (const statement of significantChildren(child)) visit(statement);
      // `if (c) return x;`: a branch that is one statement without braces.
      else if (child.type.endsWith('_statement')) visit(child);
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
