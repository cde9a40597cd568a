import { isComment, type PlainNode } from './plain-tree.js';
import type { Constant } from './target-facts.js';

/**
 * Flow-sensitive constant propagation for Python, as Semgrep's dataflow does it: each read of a
 * name gets the value the name must have on every path reaching it. `x = "a"` then `foo(x)` is
 * `foo("a")`; after `if c: x = "a"` alone, `x` is unknown; a loop makes what it assigns unknown;
 * an `except` handler only runs when its `try` body can raise (it calls or raises).
 *
 * The result maps identifier nodes to their value (null: not a constant, or not a read at all,
 * like `x` in `x = 1` or `f` in `o.f`). Identifiers it leaves out (in lambdas, comprehensions)
 * fall back to the file-wide, flow-insensitive facts; so do reads of globals inside functions.
 */
type Env = Map<string, Constant | null>;
type Evaluate = (node: PlainNode) => Constant | undefined;

interface Flow {
  env: Env;
  /** False when the block always leaves by return, raise, break or continue. */
  falls: boolean;
}

const NESTED_SCOPES = new Set([
  'lambda',
  'list_comprehension',
  'set_comprehension',
  'dictionary_comprehension',
  'generator_expression',
  'function_definition',
  'class_definition',
  'decorated_definition',
  'block',
]);
const PATTERN_TARGETS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list']);
const JUMPS = new Set(['return_statement', 'raise_statement', 'break_statement', 'continue_statement']);
const MAY_RAISE = new Set(['call', 'raise_statement', 'assert_statement', 'await']);
const TARGET_HOLDERS = new Set(['as_pattern_target', 'global_statement', 'nonlocal_statement']);

export class PythonConstantFlow {
  private readonly values = new Map<PlainNode, Constant | null | undefined>();
  /** Function bodies not analysed yet: each scope starts afresh, so one is only worked out when a read in it is asked for. */
  private readonly pendingBodies: { start: number; end: number; analyse: () => void }[] = [];

  constructor(
    private readonly text: (node: PlainNode) => string,
    private readonly evaluate: Evaluate,
  ) {}

  analyzeModule(root: PlainNode): void {
    this.block(named(root), new Map(), new Set(assignedNames(root, this.text, false)));
  }

  /** The value of a read of a name (null: no constant; undefined: left to the file-wide facts). */
  valueOf(node: PlainNode): Constant | null | undefined {
    for (;;) {
      if (this.values.has(node)) return this.values.get(node);
      const at = this.pendingBodies.findIndex((body) => body.start <= node.start && node.end <= body.end);
      if (at < 0) return undefined;
      const [body] = this.pendingBodies.splice(at, 1);
      body.analyse();
    }
  }

  /** `locals`: names this scope assigns; a read of one before its assignment is no constant. */
  private block(statements: PlainNode[], start: Env, locals: Set<string>): Flow {
    let env = start;
    let falls = true;
    for (const statement of statements) {
      const flow = this.statement(statement, env, locals);
      env = flow.env;
      if (!flow.falls) falls = false;
    }
    return { env, falls };
  }

  private statement(node: PlainNode, env: Env, locals: Set<string>): Flow {
    const children = named(node);
    switch (node.type) {
      case 'expression_statement':
        for (const child of children) this.expression(child, env, locals);
        return { env, falls: true };
      case 'if_statement':
        return this.branches(node, env, locals);
      case 'for_statement':
      case 'while_statement':
        return this.loop(node, env, locals);
      case 'try_statement':
        return this.tryStatement(children, env, locals);
      case 'with_statement': {
        for (const child of children.slice(0, -1)) this.reads(child, env, locals);
        for (const name of assignedNames(node, this.text, false)) env.set(name, null);
        const body = children.at(-1);
        return body?.type === 'block' ? this.block(named(body), env, locals) : { env, falls: true };
      }
      case 'decorated_definition':
      case 'function_definition':
      case 'class_definition':
        this.definition(node, env, locals);
        return { env, falls: true };
      default:
        if (!/import|global|nonlocal/.test(node.type)) this.reads(node, env, locals);
        for (const name of assignedNames(node, this.text, false)) env.set(name, null);
        return { env, falls: !JUMPS.has(node.type) };
    }
  }

  private expression(node: PlainNode, env: Env, locals: Set<string>): Constant | null {
    if (node.type !== 'assignment' && node.type !== 'augmented_assignment') {
      this.reads(node, env, locals);
      for (const name of assignedNames(node, this.text, false)) env.set(name, null);
      return null;
    }
    const parts = named(node);
    const target = parts[0];
    const value = parts.length > 1 ? parts[parts.length - 1] : undefined;
    if (!target) return null;
    if (node.type === 'augmented_assignment') this.reads(target, env, locals);
    else this.reads(target, env, locals, true);
    let constant: Constant | null = null;
    if (value?.type === 'assignment') constant = this.expression(value, env, locals);
    else if (value) {
      this.reads(value, env, locals);
      constant = this.evaluate(value) ?? null;
    }
    if (node.type === 'augmented_assignment') constant = null;
    if (target.type === 'identifier')
      env.set(this.text(target), value ? constant : (env.get(this.text(target)) ?? null));
    else if (PATTERN_TARGETS.has(target.type))
      for (const name of assignedNames(target, this.text, true)) env.set(name, null);
    return constant;
  }

  private branches(node: PlainNode, env: Env, locals: Set<string>): Flow {
    const [condition, consequence, ...alternatives] = named(node);
    if (condition) this.reads(condition, env, locals);
    const outs: Flow[] = [];
    if (consequence) outs.push(this.block(named(consequence), new Map(env), locals));
    let hasElse = false;
    for (const clause of alternatives) {
      const parts = named(clause);
      if (clause.type === 'elif_clause' && parts[0]) this.reads(parts[0], env, locals);
      if (clause.type === 'else_clause') hasElse = true;
      const body = parts.find((p) => p.type === 'block');
      if (body) outs.push(this.block(named(body), new Map(env), locals));
    }
    if (!hasElse) outs.push({ env, falls: true });
    return join(outs, env);
  }

  private loop(node: PlainNode, env: Env, locals: Set<string>): Flow {
    const children = named(node);
    const body = children.find((c) => c.type === 'block');
    // What the loop assigns may come from an earlier iteration: none of it is a constant.
    for (const name of assignedNames(node, this.text, false)) env.set(name, null);
    for (const child of children)
      if (child !== body && child.type !== 'else_clause') this.reads(child, env, locals);
    if (body) this.block(named(body), new Map(env), locals);
    const otherwise = children.find((c) => c.type === 'else_clause');
    const elseBody = otherwise && named(otherwise).find((c) => c.type === 'block');
    if (elseBody) return { env: this.block(named(elseBody), env, locals).env, falls: true };
    return { env, falls: true };
  }

  private tryStatement(children: PlainNode[], env: Env, locals: Set<string>): Flow {
    const [body, ...clauses] = children;
    if (body?.type !== 'block') return { env, falls: true };
    const statements = named(body);
    const mayRaise = statements.some((s) => contains(s, MAY_RAISE));
    const alwaysRaises = statements.some((s) => s.type === 'raise_statement');
    const done = this.block(statements, new Map(env), locals);
    // An exception may leave the body anywhere: a handler starts from what holds at every point.
    const handlerEntry = alwaysRaises ? done.env : join([{ env, falls: true }, done], env).env;
    const outs: Flow[] = [];
    for (const clause of clauses.filter((c) => /^except/.test(c.type))) {
      if (!mayRaise) continue;
      const entry = new Map(handlerEntry);
      const parts = named(clause);
      for (const part of parts) if (part.type !== 'block') this.reads(part, entry, locals);
      for (const name of assignedNames(clause, this.text, false)) entry.set(name, null);
      const block = parts.find((p) => p.type === 'block');
      outs.push(block ? this.block(named(block), entry, locals) : { env: entry, falls: true });
    }
    if (!alwaysRaises && done.falls) {
      const otherwise = clauses.find((c) => c.type === 'else_clause');
      const block = otherwise && named(otherwise).find((c) => c.type === 'block');
      outs.push(block ? this.block(named(block), done.env, locals) : done);
    }
    let result = join(outs, handlerEntry);
    const final = clauses.find((c) => c.type === 'finally_clause');
    const finalBlock = final && named(final).find((c) => c.type === 'block');
    if (finalBlock) {
      const after = this.block(named(finalBlock), result.env, locals);
      result = { env: after.env, falls: result.falls && after.falls };
    }
    return result;
  }

  private definition(node: PlainNode, env: Env, locals: Set<string>): void {
    if (node.type === 'decorated_definition') {
      for (const child of named(node)) {
        if (child.type === 'decorator') this.reads(child, env, locals);
        else this.definition(child, env, locals);
      }
      return;
    }
    const children = named(node);
    const [name] = children;
    if (name?.type === 'identifier') {
      env.set(this.text(name), null);
      this.values.set(name, null);
    }
    const body = children.find((c) => c.type === 'block');
    const parameters = children.find((c) => c.type === 'parameters');
    for (const child of children) {
      if (child === name || child === body) continue;
      if (child === parameters) this.parameters(child, env, locals);
      else this.reads(child, env, locals);
    }
    if (!body) return;
    const scopeLocals = new Set(assignedNames(body, this.text, false));
    const scope: Env = new Map();
    if (parameters)
      for (const parameter of parameterNames(parameters, this.text)) {
        scopeLocals.add(parameter);
        scope.set(parameter, null);
      }
    this.pendingBodies.push({
      start: body.start,
      end: body.end,
      analyse: () => void this.block(named(body), scope, scopeLocals),
    });
  }

  /** Parameter names are bindings, not reads; default values are read where the `def` runs. */
  private parameters(node: PlainNode, env: Env, locals: Set<string>): void {
    for (const parameter of named(node)) {
      if (parameter.type === 'identifier') this.values.set(parameter, null);
      else {
        const [name, ...rest] = named(parameter);
        if (name?.type === 'identifier') this.values.set(name, null);
        for (const part of name?.type === 'identifier' ? rest : named(parameter))
          this.reads(part, env, locals);
      }
    }
  }

  /** Records the value of every name read in `node`; `target`: `node` is assigned to, not read. */
  private reads(node: PlainNode, env: Env, locals: Set<string>, target = false): void {
    if (node.type === 'identifier') {
      this.values.set(node, target ? null : this.lookup(this.text(node), env, locals));
      return;
    }
    if (NESTED_SCOPES.has(node.type)) return;
    const children = named(node);
    children.forEach((child, i) => {
      const bindsName =
        (node.type === 'attribute' && i === 1) ||
        (node.type === 'keyword_argument' && i === 0) ||
        (node.type === 'named_expression' && i === 0) ||
        TARGET_HOLDERS.has(node.type) ||
        (target && PATTERN_TARGETS.has(node.type));
      if (child.type === 'identifier' && bindsName) this.values.set(child, null);
      else this.reads(child, env, locals, target && PATTERN_TARGETS.has(node.type));
    });
  }

  private lookup(name: string, env: Env, locals: Set<string>): Constant | null | undefined {
    if (env.has(name)) return env.get(name) ?? null;
    // A local read before it is assigned has no value yet; anything else is a global.
    return locals.has(name) ? null : undefined;
  }
}

/** Joins the states of the paths that reach the same point: a name keeps a value all paths agree on. */
function join(flows: Flow[], fallback: Env): Flow {
  const live = flows.filter((f) => f.falls);
  if (live.length === 0) return { env: flows[0]?.env ?? fallback, falls: false };
  const [first, ...rest] = live;
  const env: Env = new Map();
  const names = new Set(live.flatMap((f) => [...f.env.keys()]));
  for (const name of names) {
    let value = first.env.get(name) ?? null;
    for (const other of rest) value = meet(value, other.env.get(name) ?? null);
    env.set(name, value);
  }
  return { env, falls: true };
}

function meet(a: Constant | null, b: Constant | null): Constant | null {
  if (!a || !b || a.kind !== b.kind) return null;
  if (a.value === b.value) return a;
  return a.kind === 'string' ? { kind: 'string' } : null;
}

/** Names `node` binds: assignment targets, loop and `with ... as` targets, walrus, imports, `def`s. */
export function assignedNames(node: PlainNode, text: (n: PlainNode) => string, all: boolean): string[] {
  const names: string[] = [];
  // Called for every statement and again for every enclosing body: no arrays or closures per node.
  const visit = (current: PlainNode, binding: boolean): void => {
    const type = current.type;
    if (type === 'identifier') {
      if (binding || all) names.push(text(current));
      return;
    }
    if (!all && (type === 'function_definition' || type === 'class_definition')) {
      const name = firstNamed(current);
      if (name?.type === 'identifier') names.push(text(name));
      return;
    }
    if (!all && (type === 'lambda' || /comprehension|generator_expression/.test(type))) return;
    const firstBinds = FIRST_CHILD_BINDERS.has(type);
    const everyChildBinds =
      TARGET_HOLDERS.has(type) ||
      (binding && (PATTERN_TARGETS.has(type) || /splat_pattern|parenthesized/.test(type)));
    const importing = /^import/.test(type);
    const accessed = type === 'attribute' || type === 'subscript';
    const { children } = current;
    let index = 0;
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i];
      if (!child.named || isComment(child)) continue;
      const at = index++;
      if (importing && child.type === 'dotted_name') {
        const head = firstNamed(child);
        if (head) names.push(text(head));
        continue;
      }
      if (accessed) {
        if (!all) visit(child, false);
        continue;
      }
      visit(child, (at === 0 && firstBinds) || everyChildBinds || (type === 'aliased_import' && at === 1));
    }
  };
  visit(node, false);
  return names;
}

/** Statements and clauses whose first named child is what they bind. */
const FIRST_CHILD_BINDERS = new Set([
  'assignment',
  'augmented_assignment',
  'named_expression',
  'for_statement',
  'for_in_clause',
]);

function firstNamed(node: PlainNode): PlainNode | undefined {
  for (const child of node.children) if (child.named && !isComment(child)) return child;
  return undefined;
}

export function parameterNames(parameters: PlainNode, text: (n: PlainNode) => string): string[] {
  return named(parameters).flatMap((parameter) => {
    const name = parameter.type === 'identifier' ? parameter : named(parameter)[0];
    return name?.type === 'identifier' ? [text(name)] : [];
  });
}

function contains(node: PlainNode, types: Set<string>): boolean {
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop() as PlainNode;
    if (types.has(current.type)) return true;
    for (const child of current.children) if (child.named) stack.push(child);
  }
  return false;
}

function named(node: PlainNode): PlainNode[] {
  return node.children.filter((c) => c.named && !isComment(c));
}
