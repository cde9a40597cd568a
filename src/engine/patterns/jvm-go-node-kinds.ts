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
];

/** Modifier nodes that sit directly among a declaration's children (C#): matched as a subset. */
export const MODIFIER_SIBLINGS = new Set(['modifier', 'attribute_list']);

/** Nodes holding a declaration's modifiers and annotations (Java, Kotlin): children matched as a subset. */
export const MODIFIER_LISTS = ['modifiers'];

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
];

/** Target node types a pattern node type also matches (see TYPE_EQUIVALENTS). */
export const EQUIVALENT_TYPES: Record<string, string[]> = {
  // C#: a method pattern parses on its own as a local function.
  local_function_statement: ['method_declaration'],
};
