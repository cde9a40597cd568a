import { isComment, type PlainNode } from '../patterns/plain-tree.js';

/**
 * What the taint analysis needs to know about tree-sitter node types. Grammars rarely reuse a type name
 * for something else, so one table serves every language: Python, JavaScript and TypeScript first, with
 * the obvious equivalents of other grammars (Java, Go, Ruby, PHP, C#…) where their shape is the same.
 * Anything not listed is an expression whose value is the union of its parts, evaluated left to right.
 */
const set = (...types: string[]): ReadonlySet<string> => new Set(types);

export const KINDS = {
  /** Definitions and function values: analysed on their own, with parameters as inputs. */
  function: set(
    'function_definition',
    'lambda',
    'function_declaration',
    'function_expression',
    'function',
    'arrow_function',
    'method_definition',
    'generator_function_declaration',
    'generator_function',
    'method_declaration',
    // C#: a function declared in a method, or a top-level one in a file of top-level statements.
    'local_function_statement',
    'constructor_declaration',
    'lambda_expression',
    'func_literal',
    'method',
    'singleton_method',
    'anonymous_function',
    'anonymous_function_creation_expression',
    'arrow_function_expression',
    'function_item',
    'closure_expression',
  ),
  parameterList: set(
    'parameters',
    'formal_parameters',
    'lambda_parameters',
    'parameter_list',
    'method_parameters',
    'formal_parameter_list',
    'function_value_parameters',
    'closure_parameters',
    'block_parameters',
  ),
  /** Statement lists: a function body of this type is walked; any other body is the returned expression. */
  block: set('block', 'statement_block', 'compound_statement', 'body_statement', 'constructor_body'),
  /** `target <op> value`; the operator token tells the sides apart. */
  assignment: set(
    'assignment',
    'assignment_expression',
    'variable_declarator',
    'named_expression',
    'short_var_declaration',
    // Go `var x = v` / `const x = v`
    'var_spec',
    'const_spec',
    'assignment_statement',
    'let_declaration',
    'operator_assignment',
    // Bash `x=$(cmd)`, also inside `local` / `declare`
    'variable_assignment',
  ),
  /** `x += v`: the old value stays, so the update is weak. */
  augmented: set('augmented_assignment', 'augmented_assignment_expression', 'compound_assignment_expr'),
  identifier: set('identifier', 'shorthand_property_identifier', 'variable_name', 'simple_identifier'),
  /** `obj.field`: the object is evaluated, the field name is not a variable. */
  member: set(
    'attribute',
    'member_expression',
    'field_access',
    'selector_expression',
    'member_access_expression',
  ),
  subscript: set(
    'subscript',
    'subscript_expression',
    'index_expression',
    'element_reference',
    'element_access_expression',
  ),
  self: set('this', 'self', 'super'),
  call: set(
    'call',
    'call_expression',
    'new_expression',
    'method_invocation',
    'invocation_expression',
    'function_call_expression',
    'member_call_expression',
    'object_creation_expression',
  ),
  arguments: set('argument_list', 'arguments', 'value_arguments'),
  /** `f(name=value)`: only the value is data. */
  keywordArgument: set('keyword_argument', 'named_argument'),
  return: set('return_statement', 'return_expression', 'yield', 'yield_expression'),
  if: set('if_statement', 'if_expression', 'unless', 'if', 'elsif'),
  /** Clauses that make an if exhaustive (no path skips every branch). */
  else: set('else_clause', 'else'),
  /** Loops whose parts just repeat; `for x in e` / `for (x of e)` bind a variable each round. */
  loop: set(
    'while_statement',
    'do_statement',
    'for_statement',
    'for_in_statement',
    'enhanced_for_statement',
    'for',
    'while',
    'until',
    'foreach_statement',
    'for_range_loop',
  ),
  try: set('try_statement', 'begin', 'try_expression'),
  switch: set(
    'switch_statement',
    'match_statement',
    'switch_expression',
    'expression_switch_statement',
    'case',
    'when_expression',
  ),
  comprehension: set(
    'list_comprehension',
    'set_comprehension',
    'dictionary_comprehension',
    'generator_expression',
  ),
  /** `x in e` inside a comprehension: binds x. */
  comprehensionClause: set('for_in_clause'),
  /** `e as name` (Python with/except). */
  asPattern: set('as_pattern'),
  /** Destructuring targets: every element receives the value's taint. */
  destructuring: set(
    'pattern_list',
    'tuple_pattern',
    'tuple',
    'list',
    'list_pattern',
    'array_pattern',
    'object_pattern',
    'expression_list',
    'parenthesized_expression',
    'list_splat_pattern',
    'dictionary_splat_pattern',
    'rest_pattern',
    'as_pattern_target',
    'array',
    'left_assignment_list',
  ),
  /** Types never carry data. */
  type: set(
    'type',
    'type_annotation',
    'type_identifier',
    'predefined_type',
    'generic_type',
    'type_arguments',
  ),
} as const;

const ASSIGN_TOKENS = new Set(['=', ':=', '<-']);
/** `+=`, `<<=`, `&^=`, `??=`…: an assignment node type that also spells plain `=` (Go, Java, JS). */
const COMPOUND_ASSIGN_TOKEN = /^(?:[-+*/%&|^]|<<|>>>?|&\^|\*\*|\/\/|\?\?|\|\||&&)=$/;

/** `x += v`, whatever the node type: the old value stays, so the update is weak. */
export function isCompoundAssignment(node: PlainNode): boolean {
  return (
    KINDS.augmented.has(node.type) ||
    node.children.some((c) => !c.named && COMPOUND_ASSIGN_TOKEN.test(c.type))
  );
}
/** Tokens after which a `for` statement names what it iterates over. */
const ITERATE_TOKENS = new Set(['in', 'of', ':']);

export function namedChildren(node: PlainNode): PlainNode[] {
  return node.children.filter((child) => child.named && !isComment(child));
}

/** Splits `target = value` (and `target += value`) at its operator token. */
export function assignmentSides(node: PlainNode): { targets: PlainNode[]; values: PlainNode[] } {
  const augmented = KINDS.augmented.has(node.type);
  let split = node.children.findIndex(
    (c) =>
      !c.named &&
      (augmented ? c.type.endsWith('=') : ASSIGN_TOKENS.has(c.type) || COMPOUND_ASSIGN_TOKEN.test(c.type)),
  );
  if (split < 0 && augmented) split = node.children.findIndex((c) => !c.named);
  const before = split < 0 ? node.children : node.children.slice(0, split);
  const after = split < 0 ? [] : node.children.slice(split + 1);
  const keep = (c: PlainNode) => c.named && !isComment(c) && !KINDS.type.has(c.type);
  // `x: int = 1`, `let x: T = v`: the first named child is the target, the rest are annotations.
  return { targets: before.filter(keep).slice(0, 1), values: after.filter(keep) };
}

/** `for x in xs` / `for (const x of xs)`: the bound target and the iterated value, when the loop has them. */
export function forEachParts(node: PlainNode): { target: PlainNode; iterated: PlainNode } | undefined {
  const at = node.children.findIndex((c) => !c.named && ITERATE_TOKENS.has(c.type));
  if (at < 0) return undefined;
  const before = node.children
    .slice(0, at)
    .filter((c) => c.named && !isComment(c) && !KINDS.type.has(c.type));
  const after = node.children.slice(at + 1).filter((c) => c.named && !isComment(c));
  const target = before.at(-1);
  const iterated = after[0];
  return target && iterated ? { target, iterated } : undefined;
}

/** `a`, `a.b.c`, `this.x`: the access path an l-value or read names, or undefined for computed values. */
export function accessPath(node: PlainNode, source: string): string | undefined {
  if (KINDS.identifier.has(node.type) || KINDS.self.has(node.type)) return source.slice(node.start, node.end);
  if (KINDS.member.has(node.type)) {
    const parts = namedChildren(node);
    const object = parts[0];
    const field = parts.at(-1);
    if (!object || !field || object === field) return undefined;
    const base = accessPath(object, source);
    return base === undefined ? undefined : `${base}.${source.slice(field.start, field.end)}`;
  }
  if (node.type === 'parenthesized_expression') {
    const inner = namedChildren(node);
    return inner.length === 1 ? accessPath(inner[0], source) : undefined;
  }
  return undefined;
}
