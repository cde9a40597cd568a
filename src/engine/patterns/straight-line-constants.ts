import { isComment, type PlainNode } from './plain-tree.js';
import type { Constant } from './target-facts.js';

/**
 * JavaScript, Java and Go: the value a reassigned local name holds where it is read, when the read
 * follows its last assignment in straight-line code, as Semgrep's flow-sensitive constant propagation
 * finds it: `let s = "<h1>"; s = s.concat(x)` (or Go's `q := "…"; q = fmt.Sprintf(q, id)`) reads the
 * first value on the right side. Only answers when the assignment
 * is a statement of a block that holds the read (so every path to the read passes it), in the same
 * function, and no loop around the read (but not around the assignment) writes the name again.
 * Anything else is left to the file-wide facts, which know no value for a reassigned name.
 */
interface Write {
  node: PlainNode;
  /** The assigned expression of a plain `x = v` or `let x = v`; undefined for `x += v`, `x++`, patterns. */
  value?: PlainNode;
  /** The block (or file) the write is a direct statement of; undefined when nested in an expression. */
  list?: PlainNode;
  fn: PlainNode;
  declares: boolean;
}

interface Read {
  fn: PlainNode;
  loops: PlainNode[];
}

const FUNCTIONS = new Set([
  'function_declaration',
  'function_expression',
  'function',
  'arrow_function',
  'method_definition',
  'generator_function',
  'generator_function_declaration',
  // Java
  'method_declaration',
  'constructor_declaration',
  'lambda_expression',
  // Go (its function_declaration and method_declaration are named as above)
  'func_literal',
]);
const LOOPS = new Set([
  'for_statement',
  'for_in_statement',
  'while_statement',
  'do_statement',
  'enhanced_for_statement',
]);
/** Statement lists whose statements run in order. Go's package level is not one: its variables are initialised in dependency order. */
const LISTS = new Set([
  'program',
  'statement_block',
  'switch_case',
  'switch_default',
  'block',
  'switch_block_statement_group',
  'statement_list',
]);
const DECLARATIONS = new Set(['lexical_declaration', 'variable_declaration', 'local_variable_declaration']);
const PATTERNS = /pattern$/;
const PARAMETERS = /parameters?$|parameter_declaration$/;
const BINDERS = new Set(['arrow_function', 'catch_clause', 'for_in_statement', 'lambda_expression']);
/** Go statements whose left side (an expression_list) names what they write: `x := v`, `x = v`, `x += v`. */
const GO_WRITES = new Set(['short_var_declaration', 'assignment_statement', 'range_clause']);
/** Names bound anywhere else by these get unknown values: Java's `for (T x : xs)`, Go's `x++`. */
const UNKNOWN_WRITES = new Set(['enhanced_for_statement', 'inc_statement', 'dec_statement']);

export class StraightLineConstants {
  private readonly writes = new Map<string, Write[]>();
  private readonly reads = new Map<PlainNode, Read>();

  constructor(
    root: PlainNode,
    private readonly keyOf: (node: PlainNode) => string,
  ) {
    this.walk(root, [root]);
  }

  /** The constant `read` holds there, or undefined when straight-line reasoning cannot tell. */
  valueOf(read: PlainNode, evaluate: (value: PlainNode) => Constant | undefined): Constant | undefined {
    const at = this.reads.get(read);
    const writes = this.writes.get(this.keyOf(read));
    if (!at || !writes || !writes.some((w) => w.declares)) return undefined;
    // A closure may run between any two statements: a name written in another function has no flow here.
    if (writes.some((w) => w.fn !== at.fn)) return undefined;
    let last: Write | undefined;
    for (const write of writes)
      if (write.node.end <= read.start && (!last || write.node.end > last.node.end)) last = write;
    if (!last?.value || !last.list || read.start < last.list.start || last.list.end < read.end)
      return undefined;
    const written = last;
    const looping = at.loops.some(
      (loop) =>
        !(loop.start <= written.node.start && written.node.end <= loop.end) &&
        writes.some((w) => loop.start <= w.node.start && w.node.end <= loop.end),
    );
    return looping ? undefined : evaluate(last.value);
  }

  private walk(node: PlainNode, ancestors: PlainNode[]): void {
    for (const child of node.children) {
      if (!child.named || isComment(child)) continue;
      if (child.type === 'identifier' || child.type === 'shorthand_property_identifier_pattern')
        this.record(child, node, ancestors);
      if (child.children.length > 0) {
        ancestors.push(child);
        this.walk(child, ancestors);
        ancestors.pop();
      }
    }
  }

  private record(name: PlainNode, parent: PlainNode, ancestors: PlainNode[]): void {
    let at = ancestors.length - 1;
    while (at > 0 && !FUNCTIONS.has(ancestors[at].type)) at -= 1;
    const fn = ancestors[at];
    const within = ancestors.slice(at);
    const named = parent.children.filter((c) => c.named && !isComment(c));
    const first = named[0] === name;
    const write = (value: PlainNode | undefined, statement: PlainNode | undefined, declares = false) => {
      const holder = statement && ancestors[ancestors.indexOf(statement) - 1];
      const list = holder && LISTS.has(holder.type) ? holder : undefined;
      const key = this.keyOf(name);
      const entry = { node: parent, value, list, fn, declares };
      this.writes.set(key, [...(this.writes.get(key) ?? []), entry]);
    };
    const up = (n: number) => ancestors[ancestors.length - n];
    const grandparent = up(2);
    if (parent.type === 'expression_list' && grandparent && GO_WRITES.has(grandparent.type)) {
      const [left, right] = grandparent.children.filter((c) => c.named && !isComment(c));
      if (left === parent) return this.goWrite(name, grandparent, left, right, ancestors, fn);
    }
    if (parent.type === 'var_spec' && first) {
      // Go `var x = v` / `var x T = v`: the value list is the spec's last child.
      const values = named.at(-1);
      const value = values?.type === 'expression_list' && values.children.filter((c) => c.named).length === 1;
      const single = named.filter((c) => c.type === 'identifier').length === 1;
      return write(value && single ? values.children.find((c) => c.named) : undefined, grandparent, true);
    }
    if (
      UNKNOWN_WRITES.has(parent.type) &&
      (parent.type !== 'enhanced_for_statement' || isLoopName(parent, name))
    )
      return write(undefined, undefined);
    if (parent.type === 'variable_declarator' && first) {
      const declaration = up(2);
      if (!declaration || !DECLARATIONS.has(declaration.type)) return;
      const single = declaration.children.filter((c) => c.type === 'variable_declarator').length === 1;
      return write(named[1], single ? declaration : undefined, true);
    }
    if (parent.type === 'assignment_expression' && first) {
      // Java spells `x += v` as an assignment_expression too: only a plain `=` gives a known value.
      if (parent.children.find((c) => !c.named)?.type !== '=') return write(undefined, undefined);
      return write(named[1], grandparent?.type === 'expression_statement' ? grandparent : undefined);
    }
    // Parameters (`x => …`, `catch (e)`) and names bound by destructuring or loops get unknown values.
    if (PARAMETERS.test(parent.type) || (first && BINDERS.has(parent.type)))
      return write(undefined, undefined);
    const updates = parent.type === 'update_expression' || parent.type === 'augmented_assignment_expression';
    if ((updates && first) || PATTERNS.test(parent.type) || name.type !== 'identifier')
      return write(undefined, undefined);
    this.reads.set(name, { fn, loops: within.filter((a) => LOOPS.has(a.type)) });
  }

  /** Go `x := v`, `x = v` (one name, one value: known), `x += v`, `a, b := f()`, `for k := range m` (unknown). */
  private goWrite(
    name: PlainNode,
    statement: PlainNode,
    left: PlainNode,
    right: PlainNode | undefined,
    ancestors: PlainNode[],
    fn: PlainNode,
  ): void {
    const operator = statement.children.find((c) => !c.named)?.type;
    const names = left.children.filter((c) => c.named && !isComment(c));
    const values =
      right?.type === 'expression_list' ? right.children.filter((c) => c.named && !isComment(c)) : [];
    const plain = (operator === ':=' || operator === '=') && statement.type !== 'range_clause';
    const value = plain && names.length === 1 && values.length === 1 ? values[0] : undefined;
    const holder = ancestors[ancestors.indexOf(statement) - 1];
    const key = this.keyOf(name);
    const entry: Write = {
      node: statement,
      value,
      list: holder && LISTS.has(holder.type) ? holder : undefined,
      fn,
      declares: operator === ':=',
    };
    this.writes.set(key, [...(this.writes.get(key) ?? []), entry]);
  }
}

/** Java `for (T x : xs)`: the name is the identifier before the colon (`xs` may be an identifier too). */
function isLoopName(loop: PlainNode, name: PlainNode): boolean {
  const at = loop.children.indexOf(name);
  return at >= 0 && loop.children[at + 1]?.type === ':';
}
