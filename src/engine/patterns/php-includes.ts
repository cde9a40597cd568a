import type { PatternNode } from './pattern-node.js';
import type { PlainNode } from './plain-tree.js';

export const PHP_INCLUDES: ReadonlySet<string> = new Set([
  'include_expression',
  'include_once_expression',
  'require_expression',
  'require_once_expression',
]);

/** A PHP `include $f` / `require_once($f)` read as the call `include($f)`, as Semgrep reads it. */
export interface IncludeCall {
  /** The `include` / `require_once` keyword, which a `$FUNC(...)` callee binds. */
  keyword: PlainNode;
  argument: PlainNode;
}

export function phpIncludeCall(node: PlainNode): IncludeCall | undefined {
  if (!PHP_INCLUDES.has(node.type)) return undefined;
  const keyword = node.children.find((c) => !c.named);
  let argument = node.children.find((c) => c.named);
  // `include($f)`: the parentheses are the call's, not a parenthesized argument.
  if (argument?.type === 'parenthesized_expression') {
    const inner = argument.children.filter((c) => c.named);
    if (inner.length === 1) argument = inner[0];
  }
  return keyword && argument ? { keyword, argument } : undefined;
}

/** A pattern's call arguments without PHP's `argument` wrappers, to compare with a bare expression. */
export function unwrappedArguments(args: PatternNode): PatternNode[] | undefined {
  if (args.kind !== 'node' || args.type !== 'arguments') return undefined;
  return args.children.map((c) =>
    c.kind === 'node' && c.type === 'argument' && c.children.length === 1 ? c.children[0] : c,
  );
}
