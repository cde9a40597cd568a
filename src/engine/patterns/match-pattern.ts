import { checkDeadline } from '../scan/deadline.js';
import { interpolateKotlinTemplates } from './kotlin-templates.js';
import { expandYamlAliases } from './yaml-aliases.js';
import { PHP_INCLUDES } from './php-includes.js';
import { restoreNullConditionalAccess } from '../languages/csharp-null-conditional.js';
import { isComment, namedDescendants, type PlainNode } from './plain-tree.js';
import { STRING_TYPES, type CompiledPattern, type PatternNode } from './pattern-node.js';
import { TargetFacts } from './target-facts.js';
import { attributedItemPattern } from './rust-shapes.js';
import { WordOccurrences } from './word-occurrences.js';
import type { TokenIndex } from '../prefilter/token-index.js';
import { BASH_WORD } from './bash-pattern-shapes.js';
import {
  StructuralMatcher,
  significantChildren,
  STATEMENT_LISTS,
  TYPE_EQUIVALENTS,
} from './structural-matcher.js';

/** What a metavariable is bound to: a span of the target's source. */
export interface Binding {
  start: number;
  end: number;
  text: string;
  /** The bound subtree, when the binding came from a parse tree (not from a regex). */
  node?: PlainNode;
  /** For `$...X`: the bound siblings. */
  nodes?: PlainNode[];
}
export type Bindings = Readonly<Record<string, Binding>>;

/** A matched span of one file with the metavariable bindings that produced it. */
export interface RangeMatch {
  start: number;
  end: number;
  bindings: Bindings;
}

const PYTHON_IMPORTS = ['import_statement', 'import_from_statement', 'future_import_statement'];

/** Nodes whose identifier children are the names they declare. */
const DECLARING = /declaration|definition|_spec$|parameter|^package_clause$/;

/** One parsed file, with nodes indexed by type so a pattern only visits candidate nodes. */
export class TargetTree {
  private readonly byType = new Map<string, PlainNode[]>();
  readonly allNamed: PlainNode[] = [];
  private knownFacts?: TargetFacts;
  private knownWords?: WordOccurrences;

  /**
   * `includeRoot`: for a metavariable's subtree, where the bound node itself may match. `file`: the
   * whole file's tree such a subtree lies in, whose declarations, constants and imports still apply.
   */
  constructor(
    readonly root: PlainNode,
    readonly source: string,
    readonly includeRoot = false,
    private readonly file?: TargetTree,
  ) {
    // Kotlin's root; no other grammar splits a `$` off a string's text.
    if (root.type === 'source_file') interpolateKotlinTemplates(root, source);
    // YAML's root; aliases are read as the values their anchors mark.
    if (root.type === 'stream') expandYamlAliases(root, source);
    // C#'s root; `a?.b = c` was parsed as `a .b = c` (see languages/parse-target).
    if (root.type === 'compilation_unit') restoreNullConditionalAccess(root, source);
    for (const node of namedDescendants(root)) {
      if ((node === root && !includeRoot) || isComment(node)) continue;
      this.allNamed.push(node);
      const list = this.byType.get(node.type);
      if (list) list.push(node);
      else this.byType.set(node.type, [node]);
    }
  }

  /** Constants and import aliases, computed once per file on first use. */
  get facts(): TargetFacts {
    if (this.file) return this.file.facts;
    this.knownFacts ??= new TargetFacts(this.root, this.source);
    return this.knownFacts;
  }

  /** The whole file's tree: itself, or the file a metavariable's subtree was taken from. */
  get wholeFile(): TargetTree {
    return this.file ?? this;
  }

  /**
   * Where required words occur (aliases included), computed per word on first use, from the file's token
   * index when the scan made one. A metavariable's subtree shares its file's.
   */
  get words(): WordOccurrences {
    if (this.file && this.file.source === this.source) return this.file.words;
    this.knownWords ??= new WordOccurrences(
      this.source,
      () =>
        this.facts.phpUses.pairs().length === 0
          ? this.facts.aliases
          : new Map([...this.facts.aliases, ...this.facts.phpUses.pairs()]),
      this.tokens,
    );
    return this.knownWords;
  }

  private tokens?: TokenIndex;

  /** The file's token index from the prefilter's pass (prefilter/token-index.ts), to find words without searching again. */
  useTokens(tokens: TokenIndex | undefined): this {
    this.tokens = tokens;
    return this;
  }

  private knownImported?: readonly PlainNode[];

  /**
   * Identifiers an import may have made stand for a dotted name (`s` after `from os import system as s`),
   * which member patterns (`os.system`) also match: the named ones, or all of them under a star import.
   */
  importedIdentifiers(): readonly PlainNode[] {
    if (!this.knownImported) {
      const { aliases, wildcardModules } = this.facts;
      // A Python import statement only names what it imports: `from flask import x` is no use of `flask.x`.
      const imports =
        this.root.type === 'module' ? PYTHON_IMPORTS.flatMap((type) => this.nodesOfType(type)) : [];
      const identifiers =
        imports.length === 0
          ? this.nodesOfType('identifier')
          : this.nodesOfType('identifier').filter(
              (node) => !imports.some((i) => i.start <= node.start && node.end <= i.end),
            );
      this.knownImported =
        wildcardModules.length > 0
          ? identifiers
          : aliases.size === 0
            ? []
            : identifiers.filter((node) => aliases.has(this.text(node)));
    }
    return this.knownImported;
  }

  private knownDeclaredNames?: WeakSet<PlainNode>;
  private knownKeywordArguments?: ReadonlySet<PlainNode>;

  /** Names a declaration introduces (`func f`, `var x T`, `class C`): its own name children, not its values. */
  /** Ruby pairs written directly in a call's arguments: keyword arguments, not hash elements. */
  keywordArgumentPairs(): ReadonlySet<PlainNode> {
    this.knownKeywordArguments ??= new Set(
      this.nodesOfType('argument_list').flatMap((list) => list.children.filter((c) => c.type === 'pair')),
    );
    return this.knownKeywordArguments;
  }

  declaredNames(): WeakSet<PlainNode> {
    if (this.knownDeclaredNames) return this.knownDeclaredNames;
    const names = new WeakSet<PlainNode>();
    for (const node of this.allNamed) {
      if (!DECLARING.test(node.type)) continue;
      for (const child of node.children) if (/identifier$/.test(child.type)) names.add(child);
    }
    this.knownDeclaredNames = names;
    return names;
  }

  private knownStatementLists?: readonly PlainNode[];

  /** The root and every node holding a statement sequence: where a multi-statement pattern may start. */
  statementLists(): readonly PlainNode[] {
    this.knownStatementLists ??= [this.root, ...this.allNamed].filter(
      (node) => STATEMENT_LISTS.has(node.type) || node === this.root,
    );
    return this.knownStatementLists;
  }

  private knownMatchSites?: readonly PlainNode[];

  /**
   * Where a pattern that is not a node (`$X`, `"..."`, `<... e ...>`) may match: every named node but a YAML
   * item (`- x`) around its one value, which is the expression there (matching both gave a second,
   * wider finding).
   */
  matchSites(): readonly PlainNode[] {
    this.knownMatchSites ??= this.allNamed.filter(
      (node) => node.type !== 'block_sequence_item' || significantChildren(node).length !== 1,
    );
    return this.knownMatchSites;
  }

  nodesOfType(type: string): readonly PlainNode[] {
    return this.byType.get(type) ?? [];
  }

  text(node: PlainNode): string {
    return this.source.slice(node.start, node.end);
  }
}

/** Every place in `target` where `pattern` matches (structurally, never by text search). */
export interface MatchOptions {
  /** Match literals through names bound once to a constant (Semgrep's default). */
  constantPropagation: boolean;
  /** Match a name through the one expression it was bound to (`options.symbolic_propagation`). */
  symbolicPropagation?: boolean;
  /** `options.implicit_deep_exprstmt` (default true): see dockerfile-shapes. */
  deepExpressionStatements?: boolean;
  /**
   * Called and member names the pattern spells (prefilter/required-words.ts): a match spans each of
   * them, so only candidate nodes that do are tried.
   */
  requiredWords?: readonly string[];
}

export function findPatternMatches(
  pattern: CompiledPattern,
  target: TargetTree,
  options: MatchOptions = { constantPropagation: true },
): RangeMatch[] {
  const matcher = new StructuralMatcher(target, options);
  const matches: RangeMatch[] = [];
  if (pattern.kind === 'single') {
    // Through a name's bound expression a match need not spell the words itself; the file still must.
    const words = readsOnlyItsNode(pattern.node) ? (options.requiredWords ?? []) : [];
    const spanned = options.symbolicPropagation ? [] : words;
    if (!words.every((word) => target.words.occurs(word))) return matches;
    // A lone `$X` matches expressions and statements, never a Ruby definition's name or parameters,
    // nor a JavaScript function's parameter names, nor the text inside a string literal.
    const lone = pattern.node.kind === 'metavariable';
    const skipped = lone
      ? loneMetavariableSkips(target)
      : target.root.type === 'source_file' && isRustPathPattern(pattern.node)
        ? target.facts.rustUseParts()
        : undefined;
    const parameters = lone && target.root.type === 'program' ? target.facts.jsParameterNames() : undefined;
    const expressionsOnly = pattern.node.kind === 'deep' || pattern.node.kind === 'metavariable';
    const names = pattern.node.kind === 'metavariable' ? target.declaredNames() : undefined;
    // Ruby `f(k: v)` passes a keyword argument, which a hash pair pattern (`:$K => $V`) does not match.
    const keywordArguments =
      pattern.node.kind === 'node' && pattern.node.type === 'pair'
        ? target.keywordArgumentPairs()
        : undefined;
    // Every way a node matches (`f(..., $X, ...)` binds $X to each argument), so later operators
    // (pattern-inside, metavariable-regex…) can pick the bindings that satisfy them, as in Semgrep.
    // One callback for all candidates, and a set only for a node that matched: most never do.
    let candidate = target.root;
    let seen: Set<string> | undefined;
    const onMatch = (bindings: Bindings): boolean => {
      const key = bindingsKey(bindings);
      seen ??= new Set();
      if (!seen.has(key)) {
        seen.add(key);
        matches.push({ start: candidate.start, end: candidate.end, bindings });
      }
      return seen.size >= MAX_BINDINGS_PER_NODE;
    };
    for (const node of candidatesFor(pattern.node, target)) {
      checkDeadline();
      if (skipped?.has(node) || parameters?.has(node) || keywordArguments?.has(node)) continue;
      if (expressionsOnly && !isExpressionLike(node)) continue;
      if (names && (names.has(node) || NAMES_NOT_EXPRESSIONS.test(node.type))) continue;
      if (spanned.length > 0 && !target.words.spansAll(node, spanned)) continue;
      candidate = node;
      seen = undefined;
      matcher.matchNode(pattern.node, node, {}, onMatch);
    }
    return matches;
  }
  const parents = target.statementLists();
  const attributed = target.root.type === 'source_file' ? attributedItemPattern(pattern.nodes) : undefined;
  if (attributed) return findAttributedItems(attributed, parents, matcher);
  // A metavariable bound to one statement (`{ $BODY }`) is a run of one statement: `... if (...) {...} ...`
  // in a metavariable-pattern on it matches that statement, as it would in a block holding only it.
  const { root } = target;
  const lone =
    target.includeRoot && !STATEMENT_LISTS.has(root.type) && /statement|declaration/.test(root.type)
      ? [[root]]
      : [];
  for (const siblings of [...parents.map((parent) => significantChildren(parent)), ...lone]) {
    for (let first = 0; first < siblings.length; first += 1) {
      checkDeadline();
      // Every statement a trailing part can reach is its own match (`import a` … `def $F(...)` holds each
      // later function, not the first), as Semgrep enumerates all ways a sequence matches.
      const seen = new Set<string>();
      matcher.matchStatements(pattern.nodes, siblings, first, {}, (bindings, end) => {
        if (end <= siblings[first].start) return false;
        const key = `${end};${bindingsKey(bindings)}`;
        if (seen.has(key)) return false;
        seen.add(key);
        matches.push({ start: siblings[first].start, end, bindings });
        return seen.size >= MAX_SEQUENCE_MATCHES;
      });
    }
  }
  return matches;
}

/** Rust items with the pattern's attributes among the attribute siblings right before them. */
function findAttributedItems(
  pattern: { attributes: PatternNode[]; item: PatternNode },
  parents: readonly PlainNode[],
  matcher: StructuralMatcher,
): RangeMatch[] {
  const matches: RangeMatch[] = [];
  for (const parent of parents) {
    const siblings = significantChildren(parent);
    let first = 0;
    for (let at = 0; at < siblings.length; at += 1) {
      checkDeadline();
      const item = siblings[at];
      if (item.type === 'attribute_item') continue;
      const attributes = siblings.slice(first, at);
      first = at + 1;
      if (attributes.length === 0) continue;
      matcher.matchUnordered(pattern.attributes, attributes, true, {}, (bindings) =>
        matcher.matchNode(pattern.item, item, bindings, (b) => {
          matches.push({ start: attributes[0].start, end: item.end, bindings: b });
          return true;
        }),
      );
    }
  }
  return matches;
}

const loneSkipsByTree = new WeakMap<TargetTree, ReadonlySet<PlainNode>>();

function loneMetavariableSkips(target: TargetTree): ReadonlySet<PlainNode> {
  const known = loneSkipsByTree.get(target);
  if (known) return known;
  const skipped = new Set(target.root.type === 'program' ? target.facts.rubyDefinitionParts() : []);
  // Iterative: deep trees (long else-if chains) must not overflow the stack.
  const stack: [PlainNode, boolean][] = [[target.root, false]];
  while (stack.length > 0) {
    const [node, inString] = stack.pop() as [PlainNode, boolean];
    // Code interpolated into a string (`${x}`, `#{x}`, `{x}`) is code again.
    const code = /interpolation|substitution/.test(node.type);
    if (inString && !code) skipped.add(node);
    const childInString = !code && (inString || STRING_TYPES.has(node.type));
    for (const child of node.children) stack.push([child, childInString]);
  }
  loneSkipsByTree.set(target, skipped);
  return skipped;
}

/** A Rust path or call (`a::b::f`, `f(...)`): never a match inside a `use` declaration, which only imports it. */
function isRustPathPattern(pattern: PatternNode): boolean {
  return (
    pattern.kind === 'node' && (pattern.type === 'scoped_identifier' || pattern.type === 'call_expression')
  );
}

/**
 * `<... e ...>` and `$X` alone are expression patterns, as in Semgrep: they match expressions (and
 * statements made of one), not the declarations, blocks and other statements that hold them; those
 * lines are found through the expressions inside. Nor does `$X` alone match a name being declared,
 * a type, or a field or package name (`v.f`, `package p`).
 */
const NOT_EXPRESSIONS =
  /declaration|definition|parameters?$|(?:^|_)(?:statement|block|body|list|program|module|unit|file|clause|spec)$/;

const NAMES_NOT_EXPRESSIONS =
  /^(?:field|property|package|type|namespace)_identifier$|^label_name$|(?:^|_)type$|^type_(?:arguments|parameters?|annotation|list|elem)$/;

function isExpressionLike(node: PlainNode): boolean {
  return node.type === 'expression_statement' || !NOT_EXPRESSIONS.test(node.type);
}

const selfContained = new WeakMap<PatternNode, boolean>();

/**
 * Whether a match depends only on the matched node's own code (and import aliases). A typed
 * metavariable (`($REQ : http.Request)`) also reads the declaration of the bound name, elsewhere in the
 * file, so the words of its type need not lie inside the match.
 */
function readsOnlyItsNode(pattern: PatternNode): boolean {
  let known = selfContained.get(pattern);
  if (known === undefined) {
    known = true;
    const stack = [pattern];
    while (stack.length > 0 && known) {
      const node = stack.pop() as PatternNode;
      if (node.kind === 'typed-metavariable') known = false;
      else if (node.kind === 'node') stack.push(...node.children);
      else if (node.kind === 'deep') stack.push(node.inner);
      else if (node.kind === 'chain') stack.push(node.base);
    }
    selfContained.set(pattern, known);
  }
  return known;
}

const MAX_BINDINGS_PER_NODE = 16;
/** Ways one statement may start a sequence match: bounds the work of a sequence in a long file. */
const MAX_SEQUENCE_MATCHES = 256;

export function bindingsKey(bindings: Bindings): string {
  let key = '';
  for (const name in bindings) {
    const { start, end, node } = bindings[name];
    // A binding through a name's symbol sits where the name is but stands for another node.
    key +=
      node && node.start !== start ? `${name}=${start}:${end}@${node.start};` : `${name}=${start}:${end};`;
  }
  return key;
}

/** Per file, the candidates of each pattern node type made of several lists: many rules ask for the same ones (calls). */
const joinedCandidates = new WeakMap<TargetTree, Map<string, readonly PlainNode[]>>();

function candidatesFor(pattern: PatternNode, target: TargetTree): readonly PlainNode[] {
  if (pattern.kind !== 'node') return leafCandidates(pattern, target);
  let known = joinedCandidates.get(target);
  if (!known) {
    known = new Map();
    joinedCandidates.set(target, known);
  }
  let candidates = known.get(pattern.type);
  if (!candidates) {
    candidates = nodeCandidates(pattern.type, target);
    known.set(pattern.type, candidates);
  }
  return candidates;
}

function nodeCandidates(type: string, target: TargetTree): readonly PlainNode[] {
  const equivalents = TYPE_EQUIVALENTS[type] ?? [];
  if (
    equivalents.length === 0 &&
    !MEMBER_LIKE.has(type) &&
    type !== 'qualified_name' &&
    type !== 'call' &&
    type !== 'function_call_expression' &&
    type !== 'member_access_expression' &&
    type !== 'return_expression'
  )
    return target.nodesOfType(type);
  const extra: string[] = [];
  // PHP `A\B\f` also names a bare `f` after `use A\B\f;`.
  if (type === 'qualified_name') extra.push('name');
  // Ruby `foo()` also names a bare `foo` that calls the method (the only `call` grammar rooted at `program`).
  if (type === 'call' && target.root.type === 'program') extra.push('identifier');
  // PHP `f(...)` also names `include $x` and its kin, which Semgrep reads as calls.
  if (type === 'function_call_expression') extra.push(...PHP_INCLUDES);
  // PHP `$F(...)` also names method calls, `$F` standing for their whole callee.
  if (type === 'function_call_expression')
    extra.push('member_call_expression', 'nullsafe_member_call_expression', 'scoped_call_expression');
  // PHP `$o->m` also names the callee of `$o->m(...)`.
  if (type === 'member_access_expression' && target.root.children[0]?.type === 'php_tag')
    extra.push('member_call_expression');
  // Python `f(...)` also names a bare decorator `@f`, which Semgrep reads as the call `f()`.
  if (type === 'call' && target.root.type === 'module') extra.push('decorator');
  const candidates = [type, ...equivalents, ...extra].flatMap((t) => target.nodesOfType(t));
  if (MEMBER_LIKE.has(type)) candidates.push(...target.importedIdentifiers());
  // Rust `return $X` also matches the value a body ends with.
  return type === 'return_expression' && target.root.type === 'source_file'
    ? [...candidates, ...target.facts.rustImplicitReturns()]
    : candidates;
}

function leafCandidates(pattern: PatternNode, target: TargetTree): readonly PlainNode[] {
  // Bash `foo` is also the quoted `'foo'` and `"foo"`.
  if (pattern.kind === 'leaf' && pattern.type === BASH_WORD)
    return [BASH_WORD, 'number', 'raw_string', 'string'].flatMap((type) => target.nodesOfType(type));
  // Number and boolean literals also match names known to hold them (constant propagation).
  if (
    pattern.kind === 'leaf' &&
    !/integer|float|number|identifier|^(?:true|false|boolean)$/.test(pattern.type)
  )
    return target.nodesOfType(pattern.type);
  return target.matchSites();
}

// Aliased imports make `o.system` (an attribute) stand for `os.system`, and `f` (an identifier) for `m.f`.
const MEMBER_LIKE = new Set(['attribute', 'member_expression', 'scoped_identifier']);
