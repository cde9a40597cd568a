import type { PlainNode } from '../patterns/plain-tree.js';
import type { TargetLanguage } from './language-ids.js';
import { spellYamlEllipses } from './yaml-pattern.js';
import { spellHclEllipses } from './hcl-pattern.js';
import { spellGoCaseEllipses } from './go-pattern.js';

/**
 * Semgrep patterns are fragments (`foo($X)`, `return ...;`, `int $X = ...;`) that many grammars only
 * accept inside a function body or a class, or (PHP) after `<?php`. The pattern compiler parses a
 * pattern as written (where `parsesBare`), then inside each context here in turn; the first parse
 * without errors wins, and only the nodes lying within the pattern's own text are kept (`nodesWithin`).
 */
export interface PatternContext {
  prefix: string;
  suffix: string;
  /** The suffix starts with the `;` that ends the pattern's statement: it belongs to the pattern. */
  terminates?: boolean;
  /** Completes a header (`class $X` + `end`): the pattern is then the node starting where it starts. */
  body?: string;
  /**
   * Completes a statement with a clause the pattern left out (`try { ... }` + `finally {}`): the pattern
   * is the node starting where it starts, without the added clause.
   */
  clause?: string;
}

const inBody = (prefix: string, suffix: string): PatternContext[] => [
  { prefix, suffix },
  { prefix, suffix: `;${suffix}` },
];

const CONTEXTS: Partial<Record<TargetLanguage, PatternContext[]>> = {
  java: [
    ...inBody('class __soc2W { void __soc2w() {\n', '\n} }'),
    { prefix: 'class __soc2W {\n', suffix: '\n}' },
    { prefix: 'class __soc2W { Object __soc2w = ', suffix: '; }' },
    // `super(...)` / `this(...)` are statements only in a constructor.
    { prefix: 'class __soc2W { __soc2W() {\n', suffix: ';\n} }', terminates: true },
    // An annotation on its own (`@Attr(...)`): the pattern is the annotation, wherever it is applied.
    { prefix: '', suffix: '\nclass __soc2W {}' },
    // A clause on its own (`finally { ... }`, `catch (...) { ... }`) after the `try` it needs.
    { prefix: 'class __soc2W { void __soc2w() {\ntry {}\n', suffix: '\n} }' },
    // `try { ... }` without its clauses: it matches a `try` whatever its catch and finally clauses.
    { prefix: 'class __soc2W { void __soc2w() {\n', suffix: '\n} }', clause: ' finally {}' },
  ],
  csharp: [
    ...inBody('class __soc2W { void __soc2w() {\n', '\n} }'),
    { prefix: 'class __soc2W {\n', suffix: '\n}' },
    { prefix: 'class __soc2W { object __soc2w = ', suffix: '; }' },
  ],
  kotlin: [
    { prefix: 'fun __soc2w() {\n', suffix: '\n}' },
    { prefix: 'class __soc2W {\n', suffix: '\n}' },
  ],
  go: [
    { prefix: 'package __soc2w\n', suffix: '' },
    { prefix: 'package __soc2w\nfunc __soc2w() {\n', suffix: '\n}\n' },
    { prefix: 'package __soc2w\nvar __soc2w = ', suffix: '\n' },
    // A top-level declaration needs its terminating newline, or the tree has a MISSING node.
    { prefix: 'package __soc2w\ntype __soc2W struct {\n', suffix: '\n}\n' },
    // A method of an interface (`$F(...) bool`), a composite literal's body or one of its fields.
    { prefix: 'package __soc2w\ntype __soc2W interface {\n', suffix: '\n}\n' },
    { prefix: 'package __soc2w\nvar __soc2w = __soc2T', suffix: '\n' },
    { prefix: 'package __soc2w\nvar __soc2w = __soc2T{', suffix: '}\n' },
  ],
  rust: [
    ...inBody('fn __soc2w() {\n', '\n}'),
    { prefix: 'fn __soc2w() {\n', suffix: '\n;}' },
    { prefix: 'impl __soc2W {\n', suffix: '\n}' },
  ],
  c: [...inBody('void __soc2w() {\n', '\n}'), { prefix: 'void *__soc2w = ', suffix: ';' }],
  // `class $X`, `def $F(...)`, `foo do |x|`: a header whose body and `end` the pattern left out.
  ruby: [
    { prefix: '', suffix: '', body: '\n__soc2ellipsis__\nend' },
    // `:k => v` / `k: v`: one pair of a hash.
    { prefix: '{', suffix: '}' },
  ],
  php: [
    { prefix: '<?php\n', suffix: '' },
    { prefix: '<?php\n', suffix: ';' },
    { prefix: '<?php\nclass __soc2W {\n', suffix: '\n}' },
    { prefix: '<?php\n$__soc2w = ', suffix: ';' },
  ],
  // A body's one block or attribute is the pattern (see WRAPPERS), else an expression.
  terraform: [
    { prefix: '', suffix: '\n' },
    { prefix: '__soc2w = ', suffix: '\n' },
  ],
  yaml: [{ prefix: '', suffix: '' }],
  // JSON patterns parse as JavaScript (see PATTERN_GRAMMAR): a value, or fields of an object.
  json: [
    { prefix: '(', suffix: ')' },
    { prefix: '({', suffix: '})' },
  ],
};

/**
 * Languages whose patterns are parsed with another grammar. Semgrep reads JSON patterns as JavaScript
 * object expressions, so `$X` stays unquoted and `...` may stand for fields; the JavaScript node
 * types (`object`, `pair`, `array`, `string`, `number`) are also tree-sitter-json's.
 */
const PATTERN_GRAMMAR: Partial<Record<TargetLanguage, TargetLanguage>> = { json: 'javascript' };

/** The grammar `language`'s patterns are parsed with. */
export function patternGrammar(language: TargetLanguage): TargetLanguage {
  return PATTERN_GRAMMAR[language] ?? language;
}

// PHP names that cannot be variables: `function $F`, `class $C extends $B implements $I, $J`, `#[$A]`.
const PHP_NAME_POSITION =
  /(?:\b(?:function|fn|class|interface|trait|enum|const|namespace|insteadof|goto)\s+|#\[\s*|\\|\b(?:extends|implements)\s+[^{;()]*)$/i;

/**
 * The sigil a placeholder needs where a pattern has `$X` or `...`, given the pattern text before it.
 * In PHP `$X` is both a variable and a metavariable, so the placeholder stays a variable (`$__soc2mv_X`
 * parses wherever an expression, a parameter or a `->` member may stand) except where PHP wants a name.
 */
export function placeholderSigil(language: string, before: string): string {
  if (language === 'ruby') return RUBY_CONSTANT_POSITION.test(before) ? 'C' : '';
  if (language !== 'php') return '';
  return PHP_NAME_POSITION.test(before) ? '' : '$';
}

// Ruby wants a constant (capitalised) after `class`, `module`, `<` (a superclass) and `::`; the
// placeholder is then spelled `C__soc2mv_X`.
const RUBY_CONSTANT_POSITION = /(?:\b(?:class|module)\s+|<\s*|::)$/;

// PHP's superglobals look like metavariables but are always the variables themselves.
const PHP_SUPERGLOBALS =
  /^\$(?:_GET|_POST|_COOKIE|_REQUEST|_SERVER|_FILES|_ENV|_SESSION|GLOBALS)(?![A-Za-z0-9_])/;

/** Whether `$NAME...` at the start of `text` is code of `language`, not a metavariable. */
export function isLiteralDollarName(language: string, text: string): boolean {
  return language === 'php' && PHP_SUPERGLOBALS.test(text);
}

/** Languages whose grammar rejects (or misreads) a pattern written without its context. */
const NEEDS_CONTEXT = new Set<TargetLanguage>(['php', 'yaml', 'json', 'terraform']);

/**
 * Nodes that only wrap a pattern's one real node (a YAML document around a one-key mapping): the
 * pattern is that inner node, so it matches wherever such a node is nested, not only at the top.
 */
const WRAPPERS: Partial<Record<TargetLanguage, ReadonlySet<string>>> = {
  yaml: new Set(['document', 'block_node', 'block_mapping', 'flow_node', 'flow_mapping', 'block_sequence']),
  java: new Set(['modifiers']),
  terraform: new Set(['body', 'expression']),
};

/** The wrapper node types to look through for `language` (see WRAPPERS). */
export function patternWrapperTypes(language: string): ReadonlySet<string> | undefined {
  return WRAPPERS[language as TargetLanguage];
}

/** Languages where a lone `...` line stands for statements and so must be a statement itself. */
const SEMICOLON_STATEMENTS = new Set<TargetLanguage>(['java', 'csharp', 'c', 'php', 'rust']);

/** Whether a pattern may be parsed as written (PHP outside `<?php` is just text, which always "parses"). */
export function parsesBare(language: string): boolean {
  return !NEEDS_CONTEXT.has(language as TargetLanguage);
}

/** The contexts to try, in order, after the bare pattern. */
export function patternContexts(language: string): readonly PatternContext[] {
  return CONTEXTS[language as TargetLanguage] ?? [];
}

/**
 * `...` on a line of its own, or alone in `{ ... }`, becomes `...;` where statements need a terminator
 * (not after `=`, `(` or `,`: there `{...}` is an array initializer).
 */
export function terminateStatementEllipses(source: string, language: string, bareEllipsis: string): string {
  if (language === 'yaml') return spellYamlEllipses(source, bareEllipsis);
  if (language === 'terraform') return spellHclEllipses(source, bareEllipsis);
  if (language === 'go') return spellGoCaseEllipses(source, bareEllipsis);
  if (!SEMICOLON_STATEMENTS.has(language as TargetLanguage)) return source;
  const ellipsis = new RegExp(`\\$?${bareEllipsis}`, 'g');
  let out = '';
  let at = 0;
  for (const match of source.matchAll(ellipsis)) {
    const end = match.index + match[0].length;
    out += source.slice(at, end);
    at = end;
    if (standsForStatements(source, match.index, end, language)) out += ';';
  }
  return out + source.slice(at);
}

/**
 * Whether the `...` at [start, end) is a statement: it begins a line or follows a `;`, `{` or `}`, the
 * next statement (or the block's end) follows it, and it is not inside parentheses or an array
 * initializer (`byte[] $X = { ... };`, `new int[] { ... }`), where it stands for elements.
 */
function standsForStatements(source: string, start: number, end: number, language: string): boolean {
  const before = source.slice(0, start).replace(/[ \t]+$/, '');
  if (before !== '' && !/[\n;{}]$/.test(before)) return false;
  const after = source.slice(end).replace(/^[ \t]+/, '');
  if (!(after === '' || /^[\n}]/.test(after) || (/[;}]$/.test(before) && /^[A-Za-z_@]/.test(after))))
    return false;
  const open = innermostOpenBracket(before);
  if (open < 0) return true;
  const opener = source.slice(0, open);
  if (language === 'csharp' && CSHARP_INITIALIZER.test(opener)) return false;
  return source[open] === '{' && !/[=(,\]]\s*$/.test(opener);
}

// C# `new T { ... }` / `new T(...) { ... }`: an object or collection initializer, whose `...` stands
// for its member assignments or elements.
const CSHARP_INITIALIZER = /\bnew\s+[\w.]+(?:<[^{};]*>)?\s*(?:\([^{};]*\))?\s*$/;

/** The index of the innermost bracket left open at the end of `text` (strings skipped), or -1. */
function innermostOpenBracket(text: string): number {
  const open: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    // A `'` without its closing quote on the line is a Rust lifetime, not a character literal.
    const close = char === '"' || char === "'" ? closingQuoteOnLine(text, i) : -1;
    if (close > 0) i = close;
    else if ('({['.includes(char)) open.push(i);
    else if (')}]'.includes(char)) open.pop();
  }
  return open.at(-1) ?? -1;
}

function closingQuoteOnLine(text: string, open: number): number {
  let i = open + 1;
  while (i < text.length && text[i] !== text[open] && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
  return text[i] === text[open] ? i : -1;
}

/** The outermost nodes lying entirely within [start, end): the pattern's own nodes, not the context's. */
export function nodesWithin(
  root: PlainNode,
  start: number,
  end: number,
  wrappers?: ReadonlySet<string>,
): PlainNode[] {
  const found: PlainNode[] = [];
  const visit = (node: PlainNode): void => {
    if (node.end <= start || node.start >= end || node.end === node.start) return;
    if (node.start >= start && node.end <= end) found.push(node);
    else node.children.forEach(visit);
  };
  root.children.forEach(visit);
  const named = found.filter((node) => node.named);
  let nodes = named;
  while (nodes.length === 1 && wrappers?.has(nodes[0].type)) {
    const inner = nodes[0].children.filter((child) => child.named);
    if (inner.length !== 1) break;
    nodes = inner;
  }
  return nodes === named ? found : nodes;
}
