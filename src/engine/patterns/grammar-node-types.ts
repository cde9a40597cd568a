import * as jvmGo from './jvm-go-node-kinds.js';

/**
 * Node types of the PHP, Ruby, Rust, C, Bash and Terraform grammars that play a role the matcher
 * knows by name for the other grammars (statement lists, call chains, argument wrappers). Kept
 * apart so the matcher's rules stay general and each grammar's spelling lives in one place. The
 * tables both this file and jvm-go-node-kinds fill are exported here once, with the Java, C#,
 * Kotlin and Go entries included, so the matcher reads one list per role.
 */

/** Nodes whose children are statements (function and class bodies, blocks). */
export const STATEMENT_LIST_TYPES: readonly string[] = [
  // PHP (class bodies are `declaration_list`, like Rust's `impl` and `mod` bodies)
  'compound_statement',
  'declaration_list',
  'colon_block',
  // Ruby
  'body_statement',
  'block_body',
  'then',
  'else',
  'ensure',
  'do',
  // Rust, C
  'source_file',
  'translation_unit',
  // Bash
  'do_group',
  // Terraform: a file, block or object body
  'body',
  ...jvmGo.STATEMENT_LIST_TYPES,
];

/** Links of a call chain `a.b().c[0]`: member accesses, calls, subscripts. */
export const CHAIN_LINK_TYPES: readonly string[] = [
  // PHP
  'member_call_expression',
  'member_access_expression',
  'nullsafe_member_call_expression',
  'nullsafe_member_access_expression',
  'scoped_call_expression',
  // Ruby (`a.b` and `a.b(c)` are both `call`), Rust, C
  'field_expression',
  'element_reference',
  'index_expression',
  ...jvmGo.CHAIN_LINK_TYPES,
];

/** Nodes that only wrap one expression: a metavariable bound through them binds the expression. */
export const TRANSPARENT_WRAPPERS: ReadonlySet<string> = new Set([
  // PHP call arguments, and untyped parameters without a default
  'argument',
  'simple_parameter',
  // Bash `$X` and `${X}` both stand for the variable
  'simple_expansion',
  'expansion',
  // Bash: a command's name is its first word (`... $X ...` may bind it)
  'command_name',
  // Terraform: every expression, variable reference and template (quoted or heredoc) is wrapped once
  'expression',
  'variable_expr',
  'template_expr',
  // YAML: `- x` and `[x]` hold the same node
  'block_sequence_item',
  'flow_node',
  'block_node',
]);

/**
 * Whether a `type` node holding only an `inner` node is that node to the matcher (TRANSPARENT_WRAPPERS,
 * and Terraform's `literal_value` around each literal; Go's `literal_value` is a composite literal's
 * body, whose elements are never `*_lit`).
 */
export function isTransparentWrapper(type: string, inner: string): boolean {
  return TRANSPARENT_WRAPPERS.has(type) || (type === 'literal_value' && /_lit$/.test(inner));
}

/** Nodes that are markup around the code, never an expression a metavariable could stand for. */
export const NOT_CODE: ReadonlySet<string> = new Set([
  // PHP `<?php`
  'php_tag',
  // Terraform braces
  'block_start',
  'block_end',
  'object_start',
  'object_end',
  'tuple_start',
  'tuple_end',
]);

/** Children matched as a set (YAML mappings: key order carries no meaning). */
export const UNORDERED_TYPES: readonly string[] = ['block_mapping', 'flow_mapping'];

/** YAML block and flow collections are the same value: `[a, b]` matches `- a` / `- b`. */
export const COLLECTION_EQUIVALENTS: Record<string, string[]> = {
  flow_sequence: ['block_sequence'],
  block_sequence: ['flow_sequence'],
  flow_mapping: ['block_mapping'],
  block_mapping: ['flow_mapping'],
  flow_pair: ['block_mapping_pair'],
  block_mapping_pair: ['flow_pair'],
  // A tagged value (`!t 42`, `!t` above a block) is a node of the tag and the value, either way written.
  flow_node: ['block_node'],
  block_node: ['flow_node'],
};

/** String literals compared by value, whatever their quoting (YAML scalars: `a`, `"a"` and `'a'`). */
export const STRING_LITERAL_TYPES: readonly string[] = [
  'double_quote_scalar',
  'single_quote_scalar',
  'plain_scalar',
  'block_scalar',
  // Terraform
  'string_lit',
  // PHP double-quoted
  'encapsed_string',
  // Rust, C
  'string_literal',
  'raw_string_literal',
  // Dockerfile exec-form arrays (`CMD ["a", "b"]`; see dockerfile-arguments)
  'json_string',
  ...jvmGo.STRING_LITERAL_TYPES,
];

/** Number literals compared by value (`8`, `010`, `0x8`). */
export const NUMBER_LITERAL_TYPES: readonly string[] = [
  // C
  'number_literal',
  // Rust
  'integer_literal',
  'float_literal',
  // Terraform
  'numeric_lit',
  ...jvmGo.NUMBER_LITERAL_TYPES,
];

/** Argument lists whose brackets belong to the call: `f($X)` is a list holding `$X`, not `$X` itself. */
export const BRACKETLESS_LISTS: ReadonlySet<string> = new Set(['function_arguments', 'argument_list']);

/** Calls besides `call` / `call_expression`, for `<... e ...>` (spelled as a call) in their grammars. */
export const CALL_TYPES: readonly string[] = [
  'function_call',
  'function_call_expression',
  ...jvmGo.CALL_TYPES,
];

/** Pieces of a string literal that are code (`${x}`, `#{x}`, `$(cmd)`, Bash `$x`), not text. */
export function isInterpolation(type: string): boolean {
  return /interpolation|substitution/.test(type) || INTERPOLATED_CODE.has(type);
}

const INTERPOLATED_CODE = new Set([
  // Bash `$x`, `${x}`
  'simple_expansion',
  'expansion',
  // PHP `"$x"`, `"{$o->p}"`, `"$a[0]"`
  'variable_name',
  'member_access_expression',
  'subscript_expression',
  'dynamic_variable_name',
]);

/** Braced statement blocks (PHP, C): a lone statement pattern matches the block holding only it. */
export const BLOCK_TYPES: readonly string[] = ['compound_statement'];

/**
 * Lists a pattern may name only part of, in any order: PHP `extends A, B` / `implements C, D`, and
 * C#'s `: Base(x), IFoo` (a primary constructor's base call is the name and its arguments, side by side).
 */
export const SUBSET_TYPES: Record<string, number> = {
  base_clause: 0,
  class_interface_clause: 0,
  base_list: 0,
};

/** Leaves whose spelling case carries no meaning (PHP `false`, `FALSE`, `null`, `NULL`). */
export const CASE_INSENSITIVE_LEAVES: ReadonlySet<string> = new Set(['boolean', 'null']);
