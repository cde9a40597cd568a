/**
 * Node types of declarations in the Java, C#, Kotlin and Go grammars that Semgrep treats loosely:
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
