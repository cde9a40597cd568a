import { isComment, type PlainNode } from './plain-tree.js';

/** Function-like nodes that open a JavaScript scope for `var`/`let`/`const` and parameters. */
const FUNCTIONS = new Set([
  'function_declaration',
  'function_expression',
  'function',
  'generator_function_declaration',
  'generator_function',
  'arrow_function',
  'method_definition',
]);
const DECLARATIONS = new Set(['lexical_declaration', 'variable_declaration']);

interface Scope {
  id: number;
  parent?: Scope;
  declared: Set<string>;
}

/**
 * Which declaration a JavaScript name refers to, so constant propagation keeps `x` in one function
 * apart from a different `x` declared in another (or a parameter shadowing it). Names declared in no
 * function (and every name in languages without these declarations) share one file-wide key, as before.
 * Block scopes are folded into their function: a simplification that only merges, never invents, facts.
 */
export class NameScopes {
  private readonly scopeOf = new WeakMap<PlainNode, Scope>();

  constructor(
    root: PlainNode,
    private readonly text: (node: PlainNode) => string,
  ) {
    const global: Scope = { id: 0, declared: new Set() };
    let next = 1;
    const stack: [PlainNode, Scope][] = [[root, global]];
    while (stack.length > 0) {
      const [node, outer] = stack.pop() as [PlainNode, Scope];
      const scope = FUNCTIONS.has(node.type)
        ? { id: next++, parent: outer, declared: new Set<string>() }
        : outer;
      if (node.type === 'identifier') this.scopeOf.set(node, scope);
      if (FUNCTIONS.has(node.type)) this.declareParameters(node, scope);
      if (DECLARATIONS.has(node.type) && scope !== global) this.declareVariables(node, scope);
      for (let i = node.children.length - 1; i >= 0; i -= 1) {
        const child = node.children[i];
        if (child.named && !isComment(child)) stack.push([child, scope]);
      }
    }
  }

  /** The key of the declaration `identifier` refers to. */
  keyOf(identifier: PlainNode): string {
    const name = this.text(identifier);
    let scope = this.scopeOf.get(identifier);
    while (scope && scope.id !== 0 && !scope.declared.has(name)) scope = scope.parent;
    return `${scope?.id ?? 0}:${name}`;
  }

  private declareParameters(fn: PlainNode, scope: Scope): void {
    for (const child of fn.children) {
      if (child.type === 'identifier' && fn.type === 'arrow_function') scope.declared.add(this.text(child));
      if (child.type === 'formal_parameters') this.declareIdentifiers(child, scope);
    }
  }

  private declareVariables(declaration: PlainNode, scope: Scope): void {
    for (const declarator of declaration.children) {
      const [target] = declarator.children.filter((c) => c.named && !isComment(c));
      if (declarator.type === 'variable_declarator' && target) this.declareIdentifiers(target, scope);
    }
  }

  private declareIdentifiers(node: PlainNode, scope: Scope): void {
    if (node.type === 'identifier' || node.type === 'shorthand_property_identifier_pattern')
      scope.declared.add(this.text(node));
    // A default value's names are uses, not declarations.
    const children = node.type === 'assignment_pattern' ? node.children.slice(0, 1) : node.children;
    for (const child of children) if (child.named) this.declareIdentifiers(child, scope);
  }
}
