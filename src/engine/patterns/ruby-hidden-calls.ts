import type { PlainNode } from './plain-tree.js';

const SCOPES = new Set(['method', 'singleton_method', 'class', 'module', 'singleton_class']);
const BLOCK_SCOPES = new Set(['block', 'do_block', 'lambda']);
const PARAMETER_LISTS = new Set(['method_parameters', 'block_parameters', 'lambda_parameters', 'parameters']);
const ASSIGNMENTS = new Set(['assignment', 'operator_assignment']);

/**
 * Ruby bare names that are method calls: `foo` calls `foo()` unless a parameter or an earlier
 * assignment in the same scope made it a local variable (Semgrep's "hidden calls"). Names are
 * tracked in source order; blocks see their method's locals, and names they define stay inside.
 */
export function rubyHiddenCalls(root: PlainNode, text: (node: PlainNode) => string): Set<PlainNode> {
  const calls = new Set<PlainNode>();
  const defineAll = (node: PlainNode, locals: Set<string>) => {
    if (node.type === 'identifier') locals.add(text(node));
    for (const child of node.children) if (child.named) defineAll(child, locals);
  };
  const walk = (node: PlainNode, locals: Set<string>): void => {
    if (node.type === 'identifier') {
      if (!locals.has(text(node))) calls.add(node);
      return;
    }
    const children = node.children.filter((c) => c.named);
    if (SCOPES.has(node.type) || BLOCK_SCOPES.has(node.type)) {
      const inner = BLOCK_SCOPES.has(node.type) ? new Set(locals) : new Set<string>();
      // A definition's own name is not a read of it.
      const parts = node.type === 'method' || node.type === 'singleton_method' ? children.slice(1) : children;
      for (const child of parts) walk(child, inner);
      return;
    }
    if (PARAMETER_LISTS.has(node.type)) return defineAll(node, locals);
    if (ASSIGNMENTS.has(node.type) && children.length === 2) {
      walk(children[1], locals);
      if (children[0].type === 'identifier') locals.add(text(children[0]));
      else if (children[0].type === 'left_assignment_list') defineAll(children[0], locals);
      else walk(children[0], locals);
      return;
    }
    if (node.type === 'call') {
      // The called method's own name (`o.foo`, `foo(1)`) is the call, not a bare name inside it.
      const method = node.children.some((c) => c.type === '.' || c.type === '&.')
        ? children.find((c, i) => i > 0 && c.type === 'identifier')
        : children[0]?.type === 'identifier'
          ? children[0]
          : undefined;
      for (const child of children) if (child !== method) walk(child, locals);
      return;
    }
    for (const child of children) walk(child, locals);
  };
  walk(root, new Set());
  return calls;
}

const DEFINITIONS = new Set(['method', 'singleton_method', 'class', 'module']);
const RUBY_DEFINITION_NAMES = new Set(['constant', 'scope_resolution', 'identifier']);

/**
 * Ruby definitions, their names and their parameters: not expressions, so a pattern that is only
 * a metavariable does not match them (`$X` matches `x = 1`, not `def f(a)` or `class A`).
 */
export function rubyDefinitionParts(root: PlainNode): Set<PlainNode> {
  const parts = new Set<PlainNode>();
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as PlainNode;
    const children = node.children.filter((c) => c.named);
    const [name] = children;
    // JavaScript's `class` expression has an `identifier` name; Ruby's is a constant.
    const isRuby = node.type === 'class' || node.type === 'module' ? name?.type !== 'identifier' : true;
    if (DEFINITIONS.has(node.type) && isRuby && name && RUBY_DEFINITION_NAMES.has(name.type)) {
      parts.add(node).add(name);
      for (const child of children) {
        if (PARAMETER_LISTS.has(child.type)) addAll(child, parts);
        // The body as a whole is a list of statements, not one.
        else if (child.type === 'body_statement') parts.add(child);
      }
    }
    stack.push(...children);
  }
  return parts;
}

function addAll(node: PlainNode, into: Set<PlainNode>): void {
  into.add(node);
  for (const child of node.children) if (child.named) addAll(child, into);
}
