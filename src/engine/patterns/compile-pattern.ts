import type { TargetLanguage } from '../languages/language-registry.js';
import { rubyPatternShape } from './ruby-pattern-shapes.js';
import { parserFor } from '../languages/language-registry.js';
import type { SyntaxNode } from '../languages/tree-sitter-runtime.js';
import { isComment, toPlainTree, type PlainNode } from './plain-tree.js';
import {
  PUNCTUATION,
  STRING_TYPES,
  stringValue,
  stringContent,
  type CompiledPattern,
  type PatternNode,
} from './pattern-node.js';
import { compileRegex } from './regex.js';
import { DECLARED } from '../languages/placeholder-forms.js';
import { isAnyCasesClause } from '../languages/go-pattern.js';
import {
  restoreNullConditionalAccess,
  spellNullConditionalAssignments,
} from '../languages/csharp-null-conditional.js';
import { splitLeadingEllipses } from './csharp-leading-ellipsis.js';
import { misreadPattern, strayPatternNode } from '../languages/reserved-words.js';
import { MEMBER_ACCESS_TYPES, SINGLE_CHILD_WRAPPERS } from './jvm-go-node-kinds.js';
import {
  BRACKETLESS_LISTS,
  CALL_TYPES as GRAMMAR_CALL_TYPES,
  isTransparentWrapper,
  isInterpolation,
} from './grammar-node-types.js';
import {
  isLiteralDollarName,
  nodesWithin,
  patternGrammar,
  placeholderSigil,
} from '../languages/pattern-wrappers.js';
import { JS_LIKE, parseAttempts, type ParseAttempt } from './pattern-attempts.js';
import { FOR_ANY_HEADER } from './js-pattern-text.js';
import { compileBashNode } from './bash-pattern-shapes.js';
import { spellDockerfilePattern } from '../languages/dockerfile-pattern.js';
import { dockerfileTree } from './dockerfile-tree.js';
import { compileDockerfileNode } from './dockerfile-pattern-shapes.js';

// Placeholders are identifiers in every supported language (Python has no `$` in names, and in JS
// `...` is spread syntax), so the pattern parses with the target's own grammar.
const METAVARIABLE_PREFIX = '__soc2mv_';
const ELLIPSIS_METAVARIABLE_PREFIX = '__soc2mvs_';
const TYPED_PREFIX = '__soc2mvt_';
export const ELLIPSIS = '__soc2ellipsis__';
const DEEP = '__soc2deep__';
// A placeholder may also be spelled as a declaration (`P D`, `P=D`, `P: D`, `"P"`; see languages/placeholder-forms),
// with a `$` prefix (PHP keeps `$X` a variable) or `C` (a Ruby constant; see placeholderSigil).
const PLACEHOLDER = new RegExp(
  `^"?(?:\\$|C)?(?:${METAVARIABLE_PREFIX}(\\w+)|${ELLIPSIS_METAVARIABLE_PREFIX}(\\w+)|${TYPED_PREFIX}(\\d+)|(${ELLIPSIS}))` +
    `"?(?:(?:\\s+|\\s*[:=]\\s*)${DECLARED})?(?:\\s*[;,])?$`,
);
/** Parameter declarations whose `$X __soc2decl__` spelling stands for any parameter named `$X`. */
const PARAMETERS = new Set(['formal_parameter', 'parameter']);
const RUBY_SYMBOL_PLACEHOLDER = new RegExp(`^:${METAVARIABLE_PREFIX}(\\w+)$`);
// YAML `!$TAG`: a tag whose name is the metavariable.
const YAML_TAG_PLACEHOLDER = new RegExp(`^!${METAVARIABLE_PREFIX}(\\w+)$`);
const MEMBER_TYPES = new Set([
  'attribute',
  'member_expression',
  'field_expression',
  'selector_expression',
  ...MEMBER_ACCESS_TYPES,
]);
// PHP `$o->...` and Ruby `o. ...`: a chain link whose name is `...`.
const OTHER_MEMBER_TYPES = new Set(['member_access_expression', 'call']);
const CALL_TYPES = new Set(['call', 'call_expression', ...GRAMMAR_CALL_TYPES]);
const WRAPPERS = new Set(['lambda_parameters', 'as_pattern_target']);
/** Languages whose declaration spellings quote a placeholder (see languages/placeholder-forms). */
const QUOTED_PLACEHOLDER_LANGUAGES = new Set(['go']);

export class PatternSyntaxError extends Error {}

interface TypedMetavariable {
  name: string;
  type: string;
}

/** `($X: T)` everywhere; `(T $X)` only in languages that write the type first. */
const TYPE_FIRST_LANGUAGES = new Set(['java', 'csharp', 'c', 'cpp']);

/** Languages whose typed metavariables may be pointers (`(char *$X)`) or have a type metavariable (`($T $X)`). */
const POINTER_TYPE_LANGUAGES = new Set(['c', 'cpp']);

/** Text ending in a name (not a keyword like `return`) right before `(`: a declaration's parameters or a call. */
const DECLARED_NAME_BEFORE = /(?<!\b(?:return|throw|case|yield|assert|await|else|in|is|new))(?<=[\w$])\s*$/;

function substituteTypedMetavariables(pattern: string, language: string, typed: TypedMetavariable[]): string {
  const mark = (name: string, type: string) => {
    typed.push({ name: `$${name}`, type: type.trim() });
    return TYPED_PREFIX + (typed.length - 1);
  };
  let out = pattern.replace(
    /(?:(?<![\w$]\s*)|(?<=\breturn\s*))\(\s*\$([A-Z_][A-Z0-9_]*)\s*:\s*([^()=]+?)\s*\)(?!\s*(?:=>|\{|:))/g,
    (_, name: string, type: string) => mark(name, type),
  );
  // Python also writes `foo($X: int)`: a typed argument directly inside call parentheses.
  if (language === 'python')
    out = out.replace(
      /\$([A-Z_][A-Z0-9_]*)\s*:\s*([A-Za-z_][\w.]*)(?=\s*[,)])/g,
      (whole, name: string, type: string, at: number) => (isCallArgument(out, at) ? mark(name, type) : whole),
    );
  // C `(char *$X)`, `($T *$X)`, `($T $X)`: a pointer type, or a type metavariable, before the name.
  // `(a * $X)`, spaced on both sides, stays a product.
  if (POINTER_TYPE_LANGUAGES.has(language)) {
    out = out.replace(
      /\(\s*(\$[A-Z_][A-Z0-9_]*|[A-Za-z_]\w*(?:\s+[A-Za-z_]\w*)*)(\s*\*+\s*|\s+)\$([A-Z_][A-Z0-9_]*)\s*\)/g,
      (whole: string, base: string, between: string, name: string, offset: number) => {
        const stars = between.includes('*');
        if (stars && /^\s+\*+\s+$/.test(between)) return whole;
        const typed = stars || base.startsWith('$') || /\s/.test(base);
        if (!typed || DECLARED_NAME_BEFORE.test(out.slice(0, offset))) return whole;
        return mark(name, base + between);
      },
    );
  }
  if (TYPE_FIRST_LANGUAGES.has(language)) {
    out = out.replace(
      // The type may hold metavariables (`($T $X)`, `($P.Client $X)`); a lambda's `(T x) ->` is no typed metavariable.
      /\(\s*([A-Za-z_$][\w.$]*(?:<[^()]*>)?(?:\[\])*)\s+\$([A-Z_][A-Z0-9_]*)\s*\)(?!\s*(?:->|=>))/g,
      (whole: string, type: string, name: string, offset: number) =>
        // `void $F(String $X)` declares a parameter; only an expression position holds a typed metavariable.
        DECLARED_NAME_BEFORE.test(out.slice(0, offset)) ? whole : mark(name, type),
    );
  }
  return out;
}

/** Is `at` directly inside the parentheses of a call (not a `def`/`class` header, dict or subscript)? */
function isCallArgument(text: string, at: number): boolean {
  const open: number[] = [];
  for (let i = 0; i < at; i += 1) {
    const char = text[i];
    if (char === '"' || char === "'") i = findClosingQuote(text, i) - 1;
    else if ('([{'.includes(char)) open.push(i);
    else if (')]}'.includes(char)) open.pop();
  }
  const paren = open.at(-1);
  if (paren === undefined || text[paren] !== '(') return false;
  const before = text.slice(0, paren);
  if (!/[\w)\]]\s*$/.test(before)) return false;
  // The previous argument must end right before: `f(a, $X: int)` but not `f(lambda $X: int)`.
  const prefix = text.slice(paren + 1, at);
  const lastArgument = prefix.slice(prefix.lastIndexOf(',') + 1);
  return (
    lastArgument.trim() === '' &&
    !/\blambda\b[^()]*$/.test(prefix) &&
    !/\b(def|class)\s+[\w$]+\s*$/.test(before)
  );
}

/** Languages where `T...` / `xs...` right after a name is varargs or a spread, not Semgrep's `...`. */
const LITERAL_VARARGS = new Set(['java', 'go']);

/**
 * Replaces `$X`, `$_`, `$...X`, `...` and `<... e ...>` outside string literals with placeholder identifiers.
 * In JavaScript-like languages `//` and `/* *\/` start comments (left as written: prose there may hold
 * quotes or `...`).
 */
export function substitutePlaceholders(pattern: string, language = ''): string {
  const slashComments = JS_LIKE.has(language);
  let out = '';
  let i = 0;
  let deepOpen = 0;
  while (i < pattern.length) {
    const char = pattern[i];
    const comment = slashComments ? commentEnd(pattern, i) : i;
    if (comment > i) {
      out += pattern.slice(i, comment);
      i = comment;
    } else if (char === '"' || char === "'" || char === '`') {
      const close = findClosingQuote(pattern, i);
      const interpolated =
        char === '`' ||
        /[fF]$/.test(pattern.slice(0, i)) ||
        (char === '"' && INTERPOLATING_QUOTES.has(language));
      let literal = interpolated
        ? substituteInInterpolations(pattern.slice(i, close))
        : pattern.slice(i, close);
      if (char === '"' && language === 'bash') literal = substituteInBashString(literal);
      // Bash backquotes run a command: a pattern again.
      if (char === '`' && language === 'bash' && literal.length >= 2 && literal.endsWith('`'))
        literal = `\`${substitutePlaceholders(literal.slice(1, -1), language)}\``;
      out += literal;
      i = close;
    } else if (pattern.startsWith('<...', i) && !/^<\.\.\.\s*[>,]/.test(pattern.slice(i))) {
      // Bash has no call syntax: `<... e ...>` is spelled as a command substitution there.
      out += language === 'bash' ? `$(${DEEP} ` : `${DEEP}(`;
      deepOpen += 1;
      i += 4;
    } else if (pattern.startsWith('...>', i) && deepOpen > 0) {
      // Otherwise `>` closes type arguments (`Foo<...>`, `Map<K, ...>`).
      out += ')';
      deepOpen -= 1;
      i += 4;
    } else if (
      pattern.startsWith('...', i) &&
      LITERAL_VARARGS.has(language) &&
      /[\w\]>]/.test(pattern[i - 1] ?? '')
    ) {
      out += '...';
      i += 3;
    } else if (
      pattern.startsWith('...', i) &&
      slashComments &&
      /^\.\.\.\$?[A-Za-z_]/.test(pattern.slice(i))
    ) {
      // JavaScript spread (`{...$PROPS}`, `f(...args)`): glued to its operand, unlike Semgrep's `...`.
      out += '...';
      i += 3;
    } else if (pattern.startsWith('...', i)) {
      out += placeholderSigil(language, out) + ELLIPSIS;
      i += 3;
    } else if (char === '$') {
      const meta = /^\$(\.\.\.)?([A-Z_][A-Z0-9_]*)/.exec(pattern.slice(i));
      if (meta && !isLiteralDollarName(language, pattern.slice(i))) {
        out += placeholderSigil(language, out);
        // Bash `$X.tar.gz`, `a$X`: spelled as an expansion, the metavariable is one part of a concatenation.
        if (language === 'bash' && !meta[1] && gluedInBashWord(pattern, i, i + meta[0].length)) out += '$';
        out += (meta[1] ? ELLIPSIS_METAVARIABLE_PREFIX : METAVARIABLE_PREFIX) + meta[2];
        i += meta[0].length;
      } else {
        out += char;
        i += 1;
      }
    } else {
      out += char;
      i += 1;
    }
  }
  return out;
}

/**
 * Bash `"$X"` and `"$...X"` are the expansion of a metavariable and any run of the string's parts;
 * `"$(cmd ...)"` holds a command, a pattern again.
 */
function substituteInBashString(literal: string): string {
  let out = '';
  let i = 0;
  while (i < literal.length) {
    const close =
      literal.startsWith('$(', i) && !literal.startsWith('$((', i) ? closingParen(literal, i + 1) : -1;
    const meta = /^\$(\.\.\.)?([A-Z_][A-Z0-9_]*)(?!\w)/.exec(literal.slice(i));
    if (close > 0) {
      out += `$(${substitutePlaceholders(literal.slice(i + 2, close), 'bash')})`;
      i = close + 1;
    } else if (meta) {
      out += `$${meta[1] ? ELLIPSIS_METAVARIABLE_PREFIX : METAVARIABLE_PREFIX}${meta[2]}`;
      i += meta[0].length;
    } else {
      out += literal[i];
      i += 1;
    }
  }
  return out;
}

/** Whether the word `text[start, end)` continues into its neighbours (not `$X=`, `$X...` nor `${$X}`). */
function gluedInBashWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  const gluedAfter = !/[\s;|&()<>`=}\w]/.test(after) && !text.startsWith('...', end);
  // After `=`: `a=$X` stays an assignment either way, and `--opt=$X` needs the concatenation.
  return gluedAfter || !/[\s;|&()<>`{$]/.test(before);
}

/** The `)` closing the `(` at `open`, or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Languages whose double-quoted strings interpolate `#{...}` (Ruby) or `${...}` (Bash, Kotlin). */
const INTERPOLATING_QUOTES = new Set(['ruby', 'bash', 'kotlin']);

/** Inside `${...}` / f-string `{...}`, metavariables and `...` are code again. */
function substituteInInterpolations(literal: string): string {
  return literal.replace(
    /(\$?\{)([^{}]*)\}/g,
    (_, open: string, inner: string) => `${open}${substitutePlaceholders(inner)}}`,
  );
}

/** Where a `//` or `/* *\/` comment starting at `at` ends; `at` itself when none starts there. */
function commentEnd(text: string, at: number): number {
  // After code such as `/\/\//` (a regex literal), `//` does not start a comment.
  if (at > 0 && !/[\s;,{}()]/.test(text[at - 1])) return at;
  if (text.startsWith('//', at)) {
    const end = text.indexOf('\n', at);
    return end < 0 ? text.length : end;
  }
  if (text.startsWith('/*', at)) {
    const end = text.indexOf('*/', at + 2);
    return end < 0 ? text.length : end + 2;
  }
  return at;
}

function findClosingQuote(text: string, open: number): number {
  const quote = text[open];
  let i = open + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, text.length);
}

/**
 * Semgrep parses JavaScript with a parser that also accepts type annotations and decorators (TSX's grammar),
 * and TypeScript patterns with one that also accepts JSX (`<$EL href={$X} />`), which .ts files never hold.
 */
function grammarsFor(language: TargetLanguage): TargetLanguage[] {
  if (language === 'javascript') return ['javascript', 'tsx'];
  if (language === 'typescript') return ['typescript', 'tsx'];
  return [language];
}

/** Parses `pattern` with `language`'s grammar and compiles it; throws PatternSyntaxError when it does not parse. */
export async function compilePattern(pattern: string, language: TargetLanguage): Promise<CompiledPattern> {
  // An empty pattern is an empty run of statements: it matches nothing, as in Semgrep.
  if (pattern.trim() === '') return { kind: 'sequence', nodes: [] };
  if (language === 'dockerfile') return compileDockerfilePattern(pattern.trim());
  const typed: TypedMetavariable[] = [];
  const text = language === 'csharp' ? splitLeadingEllipses(pattern.trim()) : pattern.trim();
  const source = substitutePlaceholders(substituteTypedMetavariables(text, language, typed), language);
  // Semgrep reads a lone `...` as an expression ellipsis: any one expression, as an anonymous `$_` would.
  if (source === ELLIPSIS) return { kind: 'single', node: { kind: 'metavariable', name: '$_' } };
  // Second round: a `...` where the grammar wants something else (a class member) may be an error.
  for (const tolerant of [false, true]) {
    for (const grammar of grammarsFor(patternGrammar(language))) {
      const parser = await parserFor(grammar);
      // JSON patterns parse with JavaScript's grammar but keep JSON's attempts.
      const attempts = parseAttempts(source, grammar === patternGrammar(language) ? language : grammar);
      for (const attempt of attempts) {
        const csharp = grammar === 'csharp';
        const tree = parser.parse(csharp ? spellNullConditionalAssignments(attempt.text) : attempt.text);
        if (!tree) continue;
        try {
          if (
            tree.rootNode.hasError &&
            !(tolerant && errorsOnlyAtEllipses(tree.rootNode, attempt.text)) &&
            !(csharp && onlyChainStatementErrors(tree.rootNode, attempt.text))
          )
            continue;
          const root = toPlainTree(tree);
          // `$O?.$F = $V`: parsed as `$O .$F = $V`, read back as a conditional access, as targets are.
          if (csharp) restoreNullConditionalAccess(root, attempt.text);
          if (misreadPattern(root, attempt.text, language)) continue;
          const compiled = compileTree(root, attempt, new Compiler(attempt.text, typed, language));
          if (compiled) return compiled;
        } finally {
          tree.delete();
        }
      }
    }
  }
  throw new PatternSyntaxError(`pattern is not valid ${language}: ${pattern.trim()}`);
}

/**
 * Dockerfile patterns are instructions, read as targets are (see dockerfile-tree), their shell parts
 * Bash patterns; a pattern that is not made of instructions is a Bash pattern, as in Semgrep.
 */
async function compileDockerfilePattern(pattern: string): Promise<CompiledPattern> {
  const text = spellDockerfilePattern(pattern, substitutePlaceholders);
  if (text === undefined) return compilePattern(pattern, 'bash');
  const { root, hasError } = dockerfileTree(text, await parserFor('bash'), (word) => PLACEHOLDER.test(word));
  if (hasError) throw new PatternSyntaxError(`pattern is not valid dockerfile: ${pattern}`);
  const compiler = new Compiler(text, [], 'dockerfile');
  const statements = significantChildren(root).map((s) => compiler.compile(s));
  return statements.length === 1
    ? { kind: 'single', node: statements[0] }
    : { kind: 'sequence', nodes: statements };
}

// `... = ...` / `...: ...`: how YAML and Terraform patterns spell a `...` entry (see languages/*-pattern.ts).
const ELLIPSIS_ENTRY = new RegExp(`^${ELLIPSIS}\\s*[:=]\\s*${ELLIPSIS}\\s*[,;]?$`);
// Go `case ...`: any other cases of a switch or select (see languages/go-pattern).
const GO_CASE_CLAUSES = new Set(['expression_case', 'type_case', 'communication_case']);
const ELLIPSIS_ONLY = new RegExp(`^\\$?${ELLIPSIS}\\s*[;,]?$`);

/** Whether every syntax error (or missing token) lies inside a node that is only a `...` placeholder. */
function errorsOnlyAtEllipses(node: SyntaxNode, text: string): boolean {
  if (!node.hasError && !node.isMissing) return true;
  if (ELLIPSIS_ONLY.test(text.slice(node.startIndex, node.endIndex).trim())) return true;
  if (node.isMissing || node.type === 'ERROR') return false;
  // A missing hidden token (a name the grammar wanted) leaves no visible child to blame: an error.
  const children = node.children;
  return (
    children.length > 0 && children.every((child) => child !== null && errorsOnlyAtEllipses(child, text))
  );
}

// `$X. ...`: a member access whose member is the `...` placeholder.
const ELLIPSIS_MEMBER = new RegExp(`\\.\\s*${ELLIPSIS}$`);

/**
 * C# `$X. ...;`: the grammar takes no member access as a statement and repairs it with a missing `!`
 * (null-forgiving) after it. The pattern is the chain itself, so that repair is no error.
 */
function onlyChainStatementErrors(node: SyntaxNode, text: string): boolean {
  if (!node.hasError && !node.isMissing) return true;
  if (node.type === 'ERROR') return false;
  if (node.isMissing) {
    const operand = node.previousSibling;
    return (
      node.parent?.type === 'postfix_unary_expression' &&
      operand !== null &&
      ELLIPSIS_MEMBER.test(text.slice(operand.startIndex, operand.endIndex))
    );
  }
  // An error with no visible child to blame (a hidden missing token) is not the chain's repair.
  const children = node.children;
  return (
    children.length > 0 && children.every((child) => child !== null && onlyChainStatementErrors(child, text))
  );
}

function compileTree(
  root: PlainNode,
  attempt: ParseAttempt,
  compiler: Compiler,
): CompiledPattern | undefined {
  if (attempt.select === 'program') {
    const statements = significantChildren(root).map((s) =>
      s.type === 'global_statement' && significantChildren(s).length === 1 ? significantChildren(s)[0] : s,
    );
    if (statements.length === 0 || strayPatternNode(statements)) return undefined;
    // `key: {...}` is an object field in a Semgrep pattern, not a statement label (`outer: for` is one).
    if (statements.length === 1 && isFieldLikeLabel(statements[0])) return undefined;
    if (statements.length > 1) return { kind: 'sequence', nodes: statements.map((s) => compiler.compile(s)) };
    return { kind: 'single', node: compiler.compile(unwrapStatement(statements[0], attempt.text)) };
  }
  if ('within' in attempt.select) {
    const nodes = nodesWithin(root, ...attempt.select.within, attempt.select.wrappers).filter(
      (n) => n.named && !isComment(n),
    );
    if (nodes.length === 0 || strayPatternNode(nodes) || isLiteralTypedField(nodes)) return undefined;
    if (nodes.length > 1) return { kind: 'sequence', nodes: nodes.map((s) => compiler.compile(s)) };
    return { kind: 'single', node: compiler.compile(unwrapStatement(nodes[0], attempt.text)) };
  }
  const { start, maxEnd } = attempt.select;
  let chosen: PlainNode | undefined;
  const stack = [...root.children];
  while (stack.length > 0 && !chosen) {
    const node = stack.shift() as PlainNode;
    if (node.named && node.start === start && node.end <= maxEnd && !isComment(node)) chosen = node;
    else if (node.start <= start && start < node.end) stack.unshift(...node.children);
  }
  if (!chosen || isFieldLikeLabel(chosen) || typedByWrapping(root, start)) return undefined;
  const { patternEnd } = attempt.select;
  // The clause an attempt added to complete the statement is not part of the pattern.
  if (patternEnd !== undefined) {
    const children = chosen.children.filter((c) => c.start < patternEnd);
    chosen = { ...chosen, children, end: children.at(-1)?.end ?? chosen.start };
  }
  return { kind: 'single', node: compiler.compile(unwrapStatement(chosen, attempt.text)) };
}

/**
 * `{ ...; }` where `...;` is not a statement (a Rust `mod` body) leaves a stray `;` behind; in a Java
 * `enum E { ...; }` it reads as an empty list of member declarations.
 */
function isStrayTerminator(node: PlainNode): boolean {
  if (node.type === 'empty_statement') return true;
  return node.type === 'enum_body_declarations' && significantChildren(node).length === 0;
}

/**
 * TypeScript reads `(key: 'v')` (a field pattern wrapped in parentheses to parse) as a parenthesized name
 * with a type, which would leave the pattern as the bare `key`.
 */
function typedByWrapping(root: PlainNode, start: number): boolean {
  const stack = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop() as PlainNode;
    if (node.start >= start) continue;
    if (node.type === 'parenthesized_expression' && node.children.some((c) => c.type === 'type_annotation'))
      return true;
    stack.push(...node.children);
  }
  return false;
}

/** TypeScript: `key: 'v'` read as a class field typed by a literal is an object field in a pattern. */
function isLiteralTypedField(nodes: PlainNode[]): boolean {
  if (nodes.length !== 1 || nodes[0].type !== 'public_field_definition') return false;
  const type = nodes[0].children.find((c) => c.type === 'type_annotation');
  return type !== undefined && significantChildren(type).some((c) => c.type === 'literal_type');
}

function isFieldLikeLabel(node: PlainNode): boolean {
  if (node.type !== 'labeled_statement') return false;
  const body = significantChildren(node).at(-1);
  return body?.type === 'expression_statement' || body?.type === 'statement_block';
}

// `eval($X)` parses as a statement wrapping the call; the call is what should match, anywhere.
function unwrapStatement(node: PlainNode, source: string): PlainNode {
  // C# top-level statements: the statement inside is what occurs in method bodies.
  if (node.type === 'global_statement' && significantChildren(node).length === 1)
    return unwrapStatement(significantChildren(node)[0], source);
  // Bash: a lone word or string (`"$X"`) parses as a command; it is the word, wherever it appears.
  // With `;` or `&` after it, it is a command.
  const alone = source.slice(node.end).trim() === '';
  if (
    alone &&
    node.type === 'command' &&
    node.children.length === 1 &&
    node.children[0].type === 'command_name'
  ) {
    const word = significantChildren(node.children[0]);
    const written = source.slice(node.start, node.end).trim();
    // `$X` alone is a metavariable; `"$X"` is a quoted word.
    if (word.length === 1 && (written.startsWith('"') || !PLACEHOLDER.test(written))) return word[0];
  }
  if (node.type !== 'expression_statement') return node;
  const inner = significantChildren(node);
  // Python `1, 2` as a statement is a tuple without parentheses.
  if (inner.length > 1 && inner.every((c) => !/statement|assignment/.test(c.type)))
    return { ...node, type: 'tuple' };
  if (inner.length !== 1 || PLACEHOLDER.test(source.slice(node.start, node.end).trim())) return node;
  return inner[0];
}

function significantChildren(node: PlainNode): PlainNode[] {
  return node.children.filter((child) => child.named && !isComment(child));
}

class Compiler {
  constructor(
    private readonly source: string,
    private readonly typed: TypedMetavariable[],
    private readonly language: string,
  ) {}

  compile(node: PlainNode): PatternNode {
    const text = this.source.slice(node.start, node.end);
    const trimmed = text.trim();
    if (this.language === 'dockerfile') {
      const parts = compileDockerfileNode(node, (n) => this.compile(n));
      if (parts) return parts;
    }
    // A quoted placeholder is only the Go import-path spelling; elsewhere `"$X"` is a string (bash, PHP).
    const quoted = trimmed.startsWith('"') && !QUOTED_PLACEHOLDER_LANGUAGES.has(this.language);
    const placeholder =
      quoted || WRAPPERS.has(node.type) || BRACKETLESS_LISTS.has(node.type)
        ? null
        : PLACEHOLDER.exec(trimmed);
    // YAML `>-` / `|-` with `$X` as its only line is the metavariable, as a plain `$X` is (Semgrep reads an
    // unquoted scalar whose value is a metavariable name as one; `>` keeps a final newline, so is a string).
    const blockPlaceholder = node.type === 'block_scalar' ? PLACEHOLDER.exec(stringValue(trimmed)) : null;
    if (blockPlaceholder?.[1]) return { kind: 'metavariable', name: `$${blockPlaceholder[1]}` };
    if (placeholder) {
      // `$F(..., $P, ...)`: `$P` is any parameter, whatever its type, and binds the parameter's name.
      if (placeholder[1] && PARAMETERS.has(node.type) && trimmed.includes(DECLARED))
        return {
          kind: 'node',
          type: node.type,
          children: [{ kind: 'ellipsis' }, { kind: 'metavariable', name: `$${placeholder[1]}` }],
          tokens: [],
          hasEllipsis: true,
        };
      if (placeholder[1]) return { kind: 'metavariable', name: `$${placeholder[1]}` };
      if (placeholder[2]) return { kind: 'ellipsis-metavariable', name: `$...${placeholder[2]}` };
      if (placeholder[3])
        return { kind: 'typed-metavariable', ...this.typed[Number(placeholder[3])], language: this.language };
      return { kind: 'ellipsis' };
    }
    if (ELLIPSIS_ENTRY.test(text.trim())) return { kind: 'ellipsis' };
    // C# `$X. ...;`: the grammar only takes `x.y;` as a statement with an empty `!` (null-forgiving)
    // after it, which the pattern did not write.
    const operator = node.children[node.children.length - 1];
    if (
      node.type === 'postfix_unary_expression' &&
      operator &&
      !operator.named &&
      operator.start === operator.end
    )
      return this.compile(node.children[0]);
    // Dockerfile shell commands are Bash.
    if (this.language === 'bash' || this.language === 'dockerfile') {
      const bash = compileBashNode(node, {
        text: (n) => this.source.slice(n.start, n.end),
        compile: (n) => this.compile(n),
        deepMarker: DEEP,
        spanPrefix: ELLIPSIS_METAVARIABLE_PREFIX,
      });
      if (bash) return bash;
    }
    if (GO_CASE_CLAUSES.has(node.type) && isAnyCasesClause(text)) return { kind: 'ellipsis' };
    const symbol =
      node.type === 'simple_symbol'
        ? RUBY_SYMBOL_PLACEHOLDER.exec(trimmed)
        : node.type === 'tag'
          ? YAML_TAG_PLACEHOLDER.exec(trimmed)
          : null;
    if (symbol) return { kind: 'symbol-metavariable', name: `$${symbol[1]}` };
    const children = significantChildren(node);
    // `**...` / `*...` / spread `...` inside a dict or call: the placeholder is the ellipsis itself.
    if (children.length === 1 && /splat|spread/.test(node.type)) {
      const inner = this.compile(children[0]);
      if (inner.kind === 'ellipsis' || inner.kind === 'ellipsis-metavariable') return inner;
    }
    if (
      (node.type === 'parenthesized_expression' || isTransparentWrapper(node.type, children[0]?.type)) &&
      children.length === 1
    )
      return this.compile(children[0]);
    // `<a href={$X}>` is how `<a href=$X>` parses: the value is the placeholder, string or expression alike.
    if (node.type === 'jsx_expression' && children.length === 1) {
      const inner = this.compile(children[0]);
      if (inner.kind !== 'node' && inner.kind !== 'leaf') return inner;
    }
    // `r => e` has the parameter list `(r)`, so it compares with `function (r) {...}` and `(r) => e`.
    if (node.type === 'arrow_function' && children.length === 2 && children[0].type === 'identifier') {
      const parameter = this.compile(children[0]);
      const parameters: PatternNode = {
        kind: 'node',
        type: 'formal_parameters',
        children: [parameter],
        tokens: [],
        hasEllipsis: parameter.kind === 'ellipsis' || parameter.kind === 'ellipsis-metavariable',
      };
      const body = this.compile(children[1]);
      return {
        kind: 'node',
        type: node.type,
        children: [parameters, body],
        tokens: ['=>'],
        hasEllipsis: false,
      };
    }
    if (node.type === 'for_statement' && this.isAnyLoopHeader(node)) {
      const body = this.compile(children[children.length - 1]);
      return {
        kind: 'node',
        type: node.type,
        children: [{ kind: 'ellipsis' }, body],
        tokens: [],
        hasEllipsis: true,
      };
    }
    if (
      CALL_TYPES.has(node.type) &&
      children.length === 2 &&
      this.source.slice(children[0].start, children[0].end) === DEEP
    ) {
      const args = significantChildren(children[1]);
      const [arg] = args;
      const inner = SINGLE_CHILD_WRAPPERS.has(arg?.type) && arg.children.length === 1 ? arg.children[0] : arg;
      if (args.length === 1) return { kind: 'deep', inner: this.compile(inner) };
    }
    // A Terraform `attribute` is `name = value`, not Python's `a.b`: `x = ...` is any value of `x`.
    const hclAttribute = node.type === 'attribute' && this.language === 'terraform';
    if (
      (MEMBER_TYPES.has(node.type) || OTHER_MEMBER_TYPES.has(node.type)) &&
      children.length === 2 &&
      !hclAttribute
    ) {
      const property = this.source.slice(children[1].start, children[1].end).trim().replace(/^\$/, '');
      if (property === ELLIPSIS) return { kind: 'chain', base: this.compile(children[0]) };
    }
    // Ruby and PHP backticks run a command: `` `...` `` is any command, interpolated or not, so its parts always match as parts.
    const command =
      (node.type === 'subshell' && this.language === 'ruby') ||
      (node.type === 'shell_command_expression' && this.language === 'php');
    if (node.type === 'concatenated_string' && this.language === 'python')
      return this.compileConcatenation(node);
    if (STRING_TYPES.has(node.type) || command) {
      // PHP `"$X"` interpolates to the grammar, but in a pattern it is a string metavariable.
      if (!command && (!children.some((c) => isInterpolation(c.type)) || /^"\$[A-Z_][A-Z0-9_]*"$/.test(text)))
        return this.compileString(node.type, text);
      const template = node.type === 'template_string';
      // Kotlin `"${...}"` and Ruby `"#{...}"` are one interpolation, whatever it holds, as in a template literal.
      const oneSubstitution = template || ['kotlin', 'python', 'ruby'].includes(this.language);
      const parts = stringParts(node).map((part): PatternNode => {
        const partText = this.source.slice(part.start, part.end);
        if (!isInterpolation(part.type)) {
          // A Python f-string's literal text may be a metavariable too (`f"$SQL{...}"`), as a template's is.
          const meta =
            template || this.language === 'python' ? /^\$(\.\.\.)?([A-Z_][A-Z0-9_]*)$/.exec(partText) : null;
          if (meta) return { kind: 'fragment-metavariable', name: partText, span: !!meta[1] };
          return partText === '...'
            ? { kind: 'ellipsis' }
            : { kind: 'leaf', type: 'string_fragment', text: partText };
        }
        // PHP `"...$X..."` / `"{$X}"`: the placeholder pass leaves strings alone, so `$X` is read here.
        const phpMeta = this.language === 'php' ? /^\{?(\$[A-Z_][A-Z0-9_]*)\}?$/.exec(partText) : null;
        if (phpMeta) return { kind: 'metavariable', name: phpMeta[1] };
        const [inner] = significantChildren(part);
        const compiled: PatternNode = inner ? this.compile(inner) : { kind: 'ellipsis' };
        // `${...}` (a template literal, an f-string's `{...}`) is one substitution, whatever it holds.
        return oneSubstitution && compiled.kind === 'ellipsis'
          ? { kind: 'metavariable', name: '$_' }
          : compiled;
      });
      return { kind: 'node', type: node.type, children: parts, tokens: [], hasEllipsis: true };
    }
    // `if $C:` with nothing below: tree-sitter recovers an empty block, which stands for any body.
    if (node.children.length === 0 && text.trim() === '' && /block/.test(node.type))
      return {
        kind: 'node',
        type: node.type,
        children: [{ kind: 'ellipsis' }],
        tokens: [],
        hasEllipsis: true,
      };
    if (node.children.length === 0) return { kind: 'leaf', type: node.type, text };
    // Terraform `true` is a node around its keyword: a leaf, so a name holding `true` matches it too.
    if (node.type === 'bool_lit') return { kind: 'leaf', type: node.type, text: text.trim() };
    // `{ ...; }` where `...;` is not a statement (a Rust `mod` body) leaves a stray `;` behind.
    const compiled = children.filter((c) => !isStrayTerminator(c)).map((child) => this.compile(child));
    const shaped: PatternNode = {
      kind: 'node',
      type: node.type,
      children: compiled,
      tokens: significantTokens(node),
      hasEllipsis: compiled.some((c) => c.kind === 'ellipsis' || c.kind === 'ellipsis-metavariable'),
    };
    return this.language === 'ruby' ? rubyPatternShape(shaped) : shaped;
  }

  /** `for (...)`, rewritten to `for (...;;)` to parse (see js-pattern-text). */
  private isAnyLoopHeader(node: PlainNode): boolean {
    const open = node.children.find((c) => c.type === '(');
    const close = node.children.find((c) => c.type === ')');
    return (
      !!open && !!close && this.source.slice(open.end, close.start).replace(/\s/g, '') === FOR_ANY_HEADER
    );
  }

  /**
   * Python `"a" "b"`: its strings in order, as Semgrep compares implicit concatenations part by part; a
   * plain `"..."` part stands for any run of parts (none included), so `"..." "..."` is any concatenation.
   */
  private compileConcatenation(node: PlainNode): PatternNode {
    const parts = stringParts(node).map((part): PatternNode => {
      const text = this.source.slice(part.start, part.end);
      return stringValue(text) === '...' && !/^[a-eg-z]*f/i.test(text)
        ? { kind: 'ellipsis' }
        : this.compile(part);
    });
    return { kind: 'node', type: node.type, children: parts, tokens: [], hasEllipsis: true };
  }

  private compileString(type: string, text: string): PatternNode {
    const value = stringValue(text);
    // `f"..."` is any f-string (substitutions included), as `` `...` `` is any template literal.
    if (value === '...')
      return { kind: 'any-string', template: type === 'template_string' || /^[a-eg-z]*f/i.test(text) };
    const regex = /^=~\/(.*)\/([a-z]*)$/s.exec(value);
    if (regex) {
      try {
        return { kind: 'regex-string', regex: compileRegex(regex[1], regex[2].replace(/[gy]/g, '')) };
      } catch (error) {
        throw new PatternSyntaxError(`invalid regex in pattern string: ${(error as Error).message}`);
      }
    }
    const metavariable = /^\$([A-Z_][A-Z0-9_]*)$/.exec(value);
    if (metavariable) return { kind: 'string-metavariable', name: `$${metavariable[1]}` };
    return { kind: 'string', value: stringContent(text) };
  }
}

/** The literal pieces and `{...}` substitutions of an f-string or template literal, in order. */
export function stringParts(node: PlainNode): PlainNode[] {
  return node.children.filter(
    (c) => c.named && c.type !== 'string_start' && c.type !== 'string_end' && !isComment(c),
  );
}

/** Keywords and operators (`const`, `+`, `not in`) that distinguish nodes of the same type. */
export function significantTokens(node: PlainNode): string[] {
  return node.children.filter((c) => !c.named && !PUNCTUATION.has(c.type)).map((c) => c.type);
}
