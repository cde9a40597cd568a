import type { PlainNode } from './plain-tree.js';

/** PHP functions: each has its own variables, whatever other functions call theirs. */
export const PHP_FUNCTIONS: ReadonlySet<string> = new Set([
  'function_definition',
  'method_declaration',
  'anonymous_function',
  'arrow_function',
]);

/**
 * The variables local to a PHP function: every `$name` written in it, since PHP variables need no
 * declaration and a function never sees the file's own, except those `global $name` brings in. A
 * closure's `use ($x)` and an arrow function's reads see the enclosing function's variables, so only
 * their parameters (and a closure's other variables) are theirs. Nested functions are left to their own scope.
 */
export function phpLocalNames(fn: PlainNode, text: (node: PlainNode) => string): Set<string> {
  const locals = new Set<string>();
  const outside = new Set<string>();
  const parameters = fn.children.find((child) => child.type === 'formal_parameters');
  const stack = fn.type === 'arrow_function' ? (parameters ? [parameters] : []) : [...fn.children];
  while (stack.length > 0) {
    const node = stack.pop() as PlainNode;
    if (PHP_FUNCTIONS.has(node.type)) continue;
    if (node.type === 'variable_name') {
      locals.add(text(node));
      continue;
    }
    if (node.type === 'global_declaration' || node.type === 'anonymous_function_use_clause') {
      for (const name of variableNames(node)) outside.add(text(name));
      continue;
    }
    for (const child of node.children) if (child.named) stack.push(child);
  }
  for (const name of outside) locals.delete(name);
  return locals;
}

function variableNames(node: PlainNode): PlainNode[] {
  return node.children.flatMap((child) =>
    child.type === 'variable_name' ? [child] : child.named ? variableNames(child) : [],
  );
}
