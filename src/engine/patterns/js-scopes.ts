import { isComment, type PlainNode } from './plain-tree.js';
import { assignedNames, parameterNames } from './python-constant-flow.js';
import { PHP_FUNCTIONS, phpLocalNames } from './php-scopes.js';
import { RUBY_SCOPES, rubyLocalNames } from './ruby-scopes.js';

/** Function-like nodes that open a JavaScript (or Java, C#) scope for local declarations and parameters. */
const FUNCTIONS = new Set([
  'function_declaration',
  'function_expression',
  'function',
  'generator_function_declaration',
  'generator_function',
  'arrow_function',
  'method_definition',
  // Java and C#: a method's locals are its own, whatever other methods call theirs.
  'method_declaration',
  'constructor_declaration',
  'lambda_expression',
  // Go closures (Go's function_declaration and method_declaration are named as above).
  'func_literal',
]);
const DECLARATIONS = new Set(['lexical_declaration', 'variable_declaration', 'local_variable_declaration']);
/** Go declarations of local names: `x := v`, `var x = v`, `const x = v`, `for k, v := range m`. */
const GO_DECLARATIONS = new Set(['short_var_declaration', 'var_spec', 'const_spec', 'range_clause']);
/** A Go parameter (`a, b int`, `xs ...T`): its identifiers are the names, the rest is its type. */
const GO_PARAMETERS = new Set(['parameter_declaration', 'variadic_parameter_declaration']);
/** A lambda's parameters: a bare name (`x ->`, `x =>`) or, in Java, `(x, y) ->`. */
const BARE_PARAMETER_FUNCTIONS = new Set(['arrow_function', 'lambda_expression']);
const PARAMETER_LISTS = new Set(['formal_parameters', 'inferred_parameters']);
/** Python functions: their parameters and the names they assign (unless declared global) are their own. */
const PYTHON_FUNCTIONS = new Set(['function_definition', 'lambda']);

interface Scope {
  id: number;
  parent?: Scope;
  start: number;
  end: number;
  declared: Set<string>;
}

/**
 * Which declaration a JavaScript (Java, C#) name refers to, so constant propagation keeps `x` in one function
 * apart from a different `x` declared in another (or a parameter shadowing it). Names declared in no
 * function (and every name in languages without these declarations) share one file-wide key, as before.
 * Block scopes are folded into their function: a simplification that only merges, never invents, facts.
 */
export class NameScopes {
  /** Function scopes in source order (parents before the functions nested in them). */
  private readonly scopes: Scope[] = [];
  private readonly global: Scope;
  private readonly fieldNames = new WeakSet<PlainNode>();

  constructor(
    root: PlainNode,
    private readonly text: (node: PlainNode) => string,
  ) {
    this.global = { id: 0, start: root.start, end: root.end, declared: new Set() };
    const python = root.type === 'module';
    const php = root.children[0]?.type === 'php_tag';
    const opensScope = (type: string) =>
      python
        ? PYTHON_FUNCTIONS.has(type)
        : php
          ? PHP_FUNCTIONS.has(type)
          : FUNCTIONS.has(type) || RUBY_SCOPES.has(type);
    const stack: [PlainNode, Scope][] = [[root, this.global]];
    while (stack.length > 0) {
      const [node, outer] = stack.pop() as [PlainNode, Scope];
      let scope = outer;
      if (python && (node.type === 'attribute' || node.type === 'keyword_argument')) {
        // `o.name` and `f(name=v)`: the name is a field or a parameter of another function, in no scope here.
        const names = node.children.filter((c) => c.type === 'identifier');
        const name = node.type === 'attribute' ? names.at(-1) : names[0];
        if (name && name !== node.children[0]) this.fieldNames.add(name);
      }
      if (opensScope(node.type)) {
        scope = {
          id: this.scopes.length + 1,
          parent: outer,
          start: node.start,
          end: node.end,
          declared: new Set(),
        };
        this.scopes.push(scope);
        if (python) this.declarePythonLocals(node, scope);
        else if (php) scope.declared = phpLocalNames(node, this.text);
        else if (RUBY_SCOPES.has(node.type)) scope.declared = rubyLocalNames(node, this.text);
        else this.declareParameters(node, scope);
      }
      if (DECLARATIONS.has(node.type) && scope !== this.global) this.declareVariables(node, scope);
      if (GO_DECLARATIONS.has(node.type) && scope !== this.global) this.declareGoNames(node, scope);
      for (let i = node.children.length - 1; i >= 0; i -= 1) {
        const child = node.children[i];
        if (child.named && child.children.length > 0 && !isComment(child)) stack.push([child, scope]);
      }
    }
  }

  /** Whether `identifier` names a field or keyword rather than a variable, so scopes do not tell it apart. */
  isFieldName(identifier: PlainNode): boolean {
    return this.fieldNames.has(identifier);
  }

  /** The key of the declaration `identifier` refers to. */
  keyOf(identifier: PlainNode): string {
    const name = this.text(identifier);
    let scope: Scope | undefined = this.innermostAt(identifier.start);
    while (scope && scope.id !== 0 && !scope.declared.has(name)) scope = scope.parent;
    return `${scope?.id ?? 0}:${name}`;
  }

  /** The innermost function whose node holds `position` (the global scope when none does). */
  private innermostAt(position: number): Scope {
    let low = 0;
    let high = this.scopes.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.scopes[mid].start <= position) low = mid + 1;
      else high = mid;
    }
    // The last function starting at or before `position`, or one of its ancestors, holds it.
    let scope: Scope | undefined = this.scopes[low - 1];
    while (scope && scope.end <= position) scope = scope.parent;
    return scope ?? this.global;
  }

  private declarePythonLocals(fn: PlainNode, scope: Scope): void {
    const parts = fn.children.filter((c) => c.named && !isComment(c));
    const parameters = parts.find((c) => c.type === 'parameters' || c.type === 'lambda_parameters');
    if (parameters) for (const name of parameterNames(parameters, this.text)) scope.declared.add(name);
    const body = parts.at(-1);
    if (fn.type !== 'function_definition' || body?.type !== 'block') return;
    const outside = new Set<string>();
    const stack = [body];
    while (stack.length > 0) {
      const node = stack.pop() as PlainNode;
      if (node.type === 'global_statement' || node.type === 'nonlocal_statement')
        for (const child of node.children) if (child.type === 'identifier') outside.add(this.text(child));
      if (node !== body && PYTHON_FUNCTIONS.has(node.type)) continue;
      for (const child of node.children) if (child.named) stack.push(child);
    }
    for (const name of assignedNames(body, this.text, false))
      if (!outside.has(name)) scope.declared.add(name);
  }

  private declareParameters(fn: PlainNode, scope: Scope): void {
    for (const child of fn.children) {
      if (child.type === 'identifier' && BARE_PARAMETER_FUNCTIONS.has(fn.type))
        scope.declared.add(this.text(child));
      if (PARAMETER_LISTS.has(child.type)) this.declareIdentifiers(child, scope);
      // Go: the receiver, the parameters and named results are all locals of the function.
      if (child.type === 'parameter_list')
        for (const parameter of child.children)
          if (GO_PARAMETERS.has(parameter.type)) this.declareDirectIdentifiers(parameter, scope);
    }
  }

  private declareGoNames(node: PlainNode, scope: Scope): void {
    if (node.type === 'var_spec' || node.type === 'const_spec')
      return this.declareDirectIdentifiers(node, scope);
    // `x, y := v` and `for k, v := range m` declare the names on the left (a range with `=` declares none).
    if (node.type === 'range_clause' && !node.children.some((c) => c.type === ':=')) return;
    const [left] = node.children.filter((c) => c.named && !isComment(c));
    if (left?.type === 'expression_list') this.declareDirectIdentifiers(left, scope);
  }

  private declareDirectIdentifiers(node: PlainNode, scope: Scope): void {
    for (const child of node.children) if (child.type === 'identifier') scope.declared.add(this.text(child));
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
    // Java `@A(k = v) final T name`: only the name is declared, not the names in its annotations.
    if (node.type === 'formal_parameter') {
      for (const child of node.children)
        if (child.type === 'identifier') scope.declared.add(this.text(child));
      return;
    }
    // A default value's names are uses, not declarations.
    const children = node.type === 'assignment_pattern' ? node.children.slice(0, 1) : node.children;
    for (const child of children) if (child.named) this.declareIdentifiers(child, scope);
  }
}
