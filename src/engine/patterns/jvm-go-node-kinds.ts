import type { PlainNode } from './plain-tree.js';

/**
 * Node types of the Java, C#, Kotlin and Go grammars that the matcher's shared tables need.
 *
 * Declarations are matched loosely, as Semgrep does:
 * a pattern that leaves out a class's `extends`, a method's `throws` or its modifiers still matches
 * declarations that have them, and modifiers/annotations are a set, not a sequence.
 */

/** Parts of a declaration a pattern may leave out (see structural-matcher's OPTIONAL_CHILDREN). */
export const OPTIONAL_DECLARATION_PARTS = [
  // Java
  'modifiers',
  'superclass',
  'super_interfaces',
  'extends_interfaces',
  'throws',
  // C#
  'attribute_list',
  'modifier',
  'type_parameter_list',
  'base_list',
  'type_parameter_constraints_clause',
  // Kotlin
  'delegation_specifiers',
  'type_constraints',
  'user_type', // a declaration's type: `fun f()` matches `fun f(): Int`, `val x = 1` matches `val x: Int = 1`
  'nullable_type',
];

/** Modifier nodes that sit directly among a declaration's children (C#): matched as a subset. */
export const MODIFIER_SIBLINGS = new Set(['modifier', 'attribute_list']);

/**
 * Children matched as a subset: a declaration's modifiers and annotations (Java, Kotlin), the
 * interfaces it implements (`implements C` matches `implements B, C`; Kotlin `: C` matches `: B(), C`).
 */
export const MODIFIER_LISTS = ['modifiers', 'type_list', 'delegation_specifiers'];

/** Children are statements or member declarations, so `...` spans them (see STATEMENT_LISTS). */
export const STATEMENT_LIST_TYPES = [
  'statement_list', // Go: inside every block
  'source_file', // Go, Kotlin: top level
  'compilation_unit', // C#: top level
  'declaration_list', // C#: class, struct, interface, namespace body
  'interface_body', // Java
  'annotation_type_body', // Java
  'constructor_body', // Java
  'enum_body_declarations', // Java
  'enum_class_body', // Kotlin: `class $X { ... }` parses as an enum body
];

/** Target node types a pattern node type also matches (see TYPE_EQUIVALENTS). */
export const EQUIVALENT_TYPES: Record<string, string[]> = {
  // C#: a method pattern parses on its own as a local function.
  local_function_statement: ['method_declaration'],
  enum_class_body: ['class_body'],
  // Java: statements written in a pattern also match the same declarations as class fields.
  local_variable_declaration: ['field_declaration'],
  // Java: an annotation's element is an abstract method (see structural-matcher's matchAnnotationElement).
  method_declaration: ['annotation_type_element_declaration'],
  // Java: `$M(...) { ... }`, written without a return type, parses as a constructor; it is any method too.
  constructor_declaration: ['method_declaration'],
  constructor_body: ['block'],
  // Go: a `var` pattern also matches a `const` (a variable whose value cannot change).
  var_declaration: ['const_declaration'],
  var_spec: ['const_spec'],
  // Go: `$X = v` also matches `var x = v` and `x := v`.
  assignment_statement: ['var_spec', 'short_var_declaration'],
  // Kotlin: `$X = v` also matches `val x = v` and `var x: T = v`, as Semgrep reads a definition as an assignment.
  assignment: ['property_declaration'],
};

/** Operator tokens that mean the same to a pattern (Go's `:=` declares and assigns). */
export const TOKEN_SYNONYMS: Readonly<Record<string, string>> = { ':=': '=' };

/** String literals compared by value (see STRING_TYPES); interpolated ones have `interpolation` children. */
export const STRING_LITERAL_TYPES = [
  'string_literal', // Java, C#, Kotlin
  'interpreted_string_literal', // Go
  'raw_string_literal', // Go, C#
  'verbatim_string_literal', // C#
  'interpolated_string_expression', // C#
  'multiline_string_literal', // Kotlin
];

/** Number literals compared by value. */
export const NUMBER_LITERAL_TYPES = [
  'decimal_integer_literal', // Java
  'hex_integer_literal',
  'octal_integer_literal',
  'binary_integer_literal',
  'decimal_floating_point_literal',
  'int_literal', // Go
  'float_literal', // Go, Kotlin
  'integer_literal', // C#
  'real_literal', // C#
  'number_literal', // Kotlin
];

/** Identifier node types that name the same thing wherever they occur (Go selectors, packages). */
export const IDENTIFIER_TYPES = ['field_identifier', 'package_identifier'];

/** Nodes that only wrap one expression (when they have no other token); a metavariable binds the expression. */
export const SINGLE_CHILD_WRAPPERS = new Set(['expression_list', 'argument', 'value_argument']);

/** Declarations that bind a name to a value, for constant propagation (Go, Kotlin). */
export const ASSIGNMENT_TYPES = [
  'var_spec',
  'const_spec',
  'short_var_declaration',
  'assignment_statement',
  'property_declaration',
];

/** One side of an assignment: Go's one-element `expression_list`, Kotlin's `variable_declaration` name. */
export function assignedSide(node: PlainNode): PlainNode {
  const inner = node.children.filter((c) => c.named && c.type !== 'comment');
  if (node.type === 'expression_list' && inner.length === 1) return inner[0];
  if (node.type === 'variable_declaration' && inner[0]?.type === 'identifier') return inner[0];
  return node;
}

/** Member accesses `a.b` (`a. ... .b` chains start at these). */
export const MEMBER_ACCESS_TYPES = [
  'field_access', // Java
  'selector_expression', // Go
  'navigation_expression', // Kotlin
  'member_access_expression', // C#
];

/** Calls whose first child is the callee. */
export const CALL_TYPES = [
  'method_invocation', // Java: object, name and arguments in one node
  'invocation_expression', // C#
];

/** Links of a method chain, walked from the outside in through their first child. */
export const CHAIN_LINK_TYPES = [...MEMBER_ACCESS_TYPES, ...CALL_TYPES];

/** Kotlin statements are bare expressions: a call statement also matches inside `val x = call()`. */
export const BARE_EXPRESSION_STATEMENTS = new Set(['call_expression']);

/**
 * The name a Go package is known by in code, guessed from its import path as Go tooling does:
 * the last element, skipping a major-version element (`/v3`) and a `go-` prefix or `-go` suffix.
 */
export function goPackageName(path: string): string | undefined {
  const parts = path.split('/').filter((p) => p && !/^v\d+$/.test(p));
  const last = parts[parts.length - 1];
  return last?.replace(/^go-|-go$/, '').replace(/[^\w]/g, '_');
}
