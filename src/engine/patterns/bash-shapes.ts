import type { PlainNode } from './plain-tree.js';
import type { PatternNode } from './pattern-node.js';
import type { Bindings } from './match-pattern.js';
import { BASH_EXPANSION, BASH_QUOTED, bashLiteral } from './bash-pattern-shapes.js';

type Next = (bindings: Bindings) => boolean;
type NodePattern = Extract<PatternNode, { kind: 'node' }>;

/** The parts of the structural matcher the Bash rules recurse through. */
export interface BashMatcher {
  matchNode(pattern: PatternNode, node: PlainNode, bindings: Bindings, next: Next): boolean;
  /** Binds `$...X` (or checks `...`) against a run of siblings. */
  bindSpan(name: string, nodes: PlainNode[], bindings: Bindings, next: Next): boolean;
  /** A string's parts in order, `...` and `$...X` spanning any of them. */
  matchStringParts(patterns: PatternNode[], node: PlainNode, bindings: Bindings, next: Next): boolean;
  text(node: PlainNode): string;
}

/**
 * Bash forms Semgrep's Bash frontend reads differently from the tree-sitter tree, on the target side:
 * - `a | b | c` is `(a | b) | c`: a pipeline pattern matches the pipeline's first commands too, and
 *   `...` on the left stands for any commands before (`... | grep x` matches `cat f | grep x | wc`);
 * - redirections are ignored: `cat $F` matches `cat f > out`;
 * - `${$X}` only matches a variable's expansion (`$x`, `${x}`, `${x%.c}`), binding its name;
 * - a double-quoted string without substitution is a plain word, never matched by a string of parts
 *   such as `"..."` or `"$X"`.
 * Undefined: no such form here, match as usual.
 */
export function matchBashShape(
  m: BashMatcher,
  pattern: NodePattern,
  node: PlainNode,
  bindings: Bindings,
  next: Next,
): boolean | undefined {
  if (pattern.type === 'pipeline' && node.type === 'pipeline')
    return matchPipelinePrefix(m, pattern.children, named(node), bindings, next);
  if (node.type === 'redirected_statement' && pattern.type !== node.type) {
    const [body] = named(node);
    return body !== undefined && !REDIRECTS.test(body.type) && m.matchNode(pattern, body, bindings, next);
  }
  if (pattern.type === BASH_EXPANSION) {
    let expansion = node;
    while (expansion.type === 'command_name' && expansion.children.length === 1)
      expansion = expansion.children[0];
    const [variable] = EXPANSIONS.has(expansion.type) ? named(expansion) : [];
    return VARIABLES.has(variable?.type) && m.matchNode(pattern.children[0], variable, bindings, next);
  }
  if (pattern.type === BASH_QUOTED)
    return (
      node.type === 'string' &&
      bashLiteral(node, m.text) === undefined &&
      m.matchStringParts(pattern.children, node, bindings, next)
    );
  return undefined;
}

const REDIRECTS = /_redirect$/;
const EXPANSIONS = new Set(['simple_expansion', 'expansion']);
const VARIABLES = new Set(['variable_name', 'special_variable_name']);

/** Statement patterns that stand for a command run anywhere in a statement (Semgrep's expression statements). */
export const BASH_COMMAND_PATTERNS: ReadonlySet<string> = new Set(['command', 'pipeline']);
/** Bash statements that are expressions to Semgrep; compound commands (`if`, `for`, `{ }`) are not. */
export const BASH_EXPRESSION_STATEMENTS: ReadonlySet<string> = new Set([
  'command',
  'pipeline',
  'list',
  'variable_assignment',
  'variable_assignments',
  'declaration_command',
  'redirected_statement',
  'negated_command',
  'background_command',
]);

/** Commands of the left-nested pipeline whose last command is `commands[end - 1]`, for each end. */
function matchPipelinePrefix(
  m: BashMatcher,
  patterns: PatternNode[],
  commands: PlainNode[],
  bindings: Bindings,
  next: Next,
): boolean {
  for (let end = Math.max(patterns.length, 2); end <= commands.length; end += 1)
    if (matchPipeline(m, patterns, commands.slice(0, end), bindings, next)) return true;
  return false;
}

/** `patterns` (left-nested, like `commands`) against exactly `commands`. */
function matchPipeline(
  m: BashMatcher,
  patterns: PatternNode[],
  commands: PlainNode[],
  bindings: Bindings,
  next: Next,
): boolean {
  if (patterns.length === 1) {
    const [only] = patterns;
    if (commands.length === 1) return m.matchNode(only, commands[0], bindings, next);
    // The left operand of `|` is itself a pipeline: only `...` or a metavariable stands for several commands.
    if (only.kind === 'ellipsis') return next(bindings);
    if (only.kind === 'metavariable' || only.kind === 'ellipsis-metavariable')
      return m.bindSpan(only.name, commands, bindings, next);
    return false;
  }
  if (commands.length < patterns.length) return false;
  const last = patterns[patterns.length - 1];
  return m.matchNode(last, commands[commands.length - 1], bindings, (b) =>
    matchPipeline(m, patterns.slice(0, -1), commands.slice(0, -1), b, next),
  );
}

function named(node: PlainNode): PlainNode[] {
  return node.children.filter((child) => child.named && child.type !== 'comment');
}
