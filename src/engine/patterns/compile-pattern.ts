import type { TargetLanguage } from '../languages/language-registry.js';
import { parserFor } from '../languages/language-registry.js';
import { isComment, toPlainTree, type PlainNode } from './plain-tree.js';
import {
  PUNCTUATION,
  STRING_TYPES,
  stringContent,
  type CompiledPattern,
  type PatternNode,
} from './pattern-node.js';

// Placeholders are identifiers in every supported language (Python has no `$` in names, and in JS
// `...` is spread syntax), so the pattern parses with the target's own grammar.
const METAVARIABLE_PREFIX = '__soc2mv_';
const ELLIPSIS = '__soc2ellipsis__';
const PLACEHOLDER = new RegExp(`^(?:${METAVARIABLE_PREFIX}(\\w+)|${ELLIPSIS});?$`);

export class PatternSyntaxError extends Error {}

/** Replaces `$X`, `$_`, `$...X` and `...` outside string literals with placeholder identifiers. */
export function substitutePlaceholders(pattern: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i];
    if (char === '"' || char === "'" || char === '`') {
      const close = findClosingQuote(pattern, i);
      out += pattern.slice(i, close);
      i = close;
    } else if (pattern.startsWith('...', i)) {
      out += ELLIPSIS;
      i += 3;
    } else if (char === '$') {
      const meta = /^\$(?:\.\.\.)?([A-Z_][A-Z0-9_]*)/.exec(pattern.slice(i));
      if (meta) {
        out += pattern.startsWith('$...', i) ? ELLIPSIS : METAVARIABLE_PREFIX + meta[1];
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

function findClosingQuote(text: string, open: number): number {
  const quote = text[open];
  let i = open + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, text.length);
}

/** Parses `pattern` with `language`'s grammar and compiles it; throws PatternSyntaxError when it does not parse. */
export async function compilePattern(pattern: string, language: TargetLanguage): Promise<CompiledPattern> {
  const source = substitutePlaceholders(pattern.trim());
  const parser = await parserFor(language);
  const tree = parser.parse(source);
  if (!tree) throw new PatternSyntaxError(`pattern could not be parsed as ${language}`);
  try {
    if (tree.rootNode.hasError)
      throw new PatternSyntaxError(`pattern is not valid ${language}: ${pattern.trim()}`);
    const root = toPlainTree(tree);
    const statements = significantChildren(root);
    if (statements.length === 0) throw new PatternSyntaxError('pattern is empty');
    if (statements.length > 1)
      return { kind: 'sequence', nodes: statements.map((s) => toPatternNode(s, source)) };
    return { kind: 'single', node: toPatternNode(unwrapStatement(statements[0], source), source) };
  } finally {
    tree.delete();
  }
}

// `eval($X)` parses as a statement wrapping the call; the call is what should match, anywhere.
function unwrapStatement(node: PlainNode, source: string): PlainNode {
  if (node.type !== 'expression_statement') return node;
  const inner = significantChildren(node);
  if (inner.length !== 1 || PLACEHOLDER.test(source.slice(node.start, node.end).trim())) return node;
  return inner[0];
}

function significantChildren(node: PlainNode): PlainNode[] {
  return node.children.filter((child) => child.named && !isComment(child));
}

function toPatternNode(node: PlainNode, source: string): PatternNode {
  const text = source.slice(node.start, node.end);
  const placeholder = PLACEHOLDER.exec(text.trim());
  if (placeholder) {
    if (!placeholder[1]) return { kind: 'ellipsis' };
    return { kind: 'metavariable', name: `$${placeholder[1]}` };
  }
  if (
    STRING_TYPES.has(node.type) &&
    !node.children.some((c) => c.type === 'interpolation' || c.type === 'template_substitution')
  ) {
    const value = stringContent(text);
    return value === '\0...'
      ? { kind: 'any-string', template: node.type === 'template_string' }
      : { kind: 'string', value };
  }
  if (node.children.length === 0) return { kind: 'leaf', type: node.type, text };
  const children = significantChildren(node);
  const compiled = children.map((child) => toPatternNode(child, source));
  return {
    kind: 'node',
    type: node.type,
    children: compiled,
    tokens: significantTokens(node),
    hasEllipsis: compiled.some((c) => c.kind === 'ellipsis'),
  };
}

/** Keywords and operators (`const`, `+`, `not in`) that distinguish nodes of the same type. */
export function significantTokens(node: PlainNode): string[] {
  return node.children.filter((c) => !c.named && !PUNCTUATION.has(c.type)).map((c) => c.type);
}
