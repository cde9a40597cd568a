import type { PlainNode } from './plain-tree.js';

/** Ruby definitions: a `def` sees none of the variables around it, only its own. */
export const RUBY_SCOPES: ReadonlySet<string> = new Set(['method', 'singleton_method']);

/** Where a Ruby name becomes a local variable: assigned, a parameter, a loop or block variable. */
const BINDERS = new Set([
  'method_parameters',
  'block_parameters',
  'left_assignment_list',
  'destructured_left_assignment',
  'optional_parameter',
  'splat_parameter',
  'hash_splat_parameter',
  'keyword_parameter',
  'block_parameter',
  'destructured_parameter',
]);

/**
 * The local variables of a Ruby method: its parameters and every name assigned in it (its blocks
 * included, which share the method's variables). A bare name read but never assigned is a method call,
 * not a variable, so it is left out. Nested definitions are their own scope.
 */
export function rubyLocalNames(fn: PlainNode, text: (node: PlainNode) => string): Set<string> {
  const locals = new Set<string>();
  const stack = [...fn.children];
  while (stack.length > 0) {
    const node = stack.pop() as PlainNode;
    if (RUBY_SCOPES.has(node.type) || node.type === 'class' || node.type === 'module') continue;
    const targets = bindingTargets(node);
    for (const target of targets) if (target.type === 'identifier') locals.add(text(target));
    for (const child of node.children) if (child.named) stack.push(child);
  }
  return locals;
}

/** The children of `node` that it binds as names (the left of `x = v`, a parameter's name, `for x in`). */
function bindingTargets(node: PlainNode): PlainNode[] {
  if (node.type === 'assignment' || node.type === 'operator_assignment' || node.type === 'for')
    return node.children.filter((child) => child.named).slice(0, 1);
  return BINDERS.has(node.type) ? node.children : [];
}
