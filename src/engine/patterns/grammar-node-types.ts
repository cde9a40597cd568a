/**
 * Node types of the PHP, Ruby, Rust, C, Bash and Terraform grammars that play a role the matcher
 * knows by name for the other grammars (statement lists, call chains, argument wrappers). Kept
 * apart so the matcher's rules stay general and each grammar's spelling lives in one place.
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
];

/** Nodes that only wrap one expression: a metavariable bound through them binds the expression. */
export const TRANSPARENT_WRAPPERS: ReadonlySet<string> = new Set([
  // PHP call arguments, and untyped parameters without a default
  'argument',
  'simple_parameter',
]);

/** Nodes that are markup around the code, never an expression a metavariable could stand for. */
export const NOT_CODE: ReadonlySet<string> = new Set([
  // PHP `<?php`
  'php_tag',
]);
