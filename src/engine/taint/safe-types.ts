import { jvmGoTypeOf } from '../patterns/jvm-go-types.js';
import type { TargetTree } from '../patterns/match-pattern.js';
import type { PlainNode } from '../patterns/plain-tree.js';
import type { TaintSpec } from '../rule-files/rule.js';

/** Languages whose static types the file shows (declarations, literals, operators): see jvm-go-types. */
const TYPED_LANGUAGES = new Set(['java', 'csharp', 'kotlin', 'go']);
const BOOLEANS = new Set(['boolean', 'Boolean', 'bool', 'Bool']);
const NUMBERS = new Set([
  // Java, Kotlin, C#
  'int',
  'long',
  'short',
  'byte',
  'float',
  'double',
  'Integer',
  'Long',
  'Short',
  'Byte',
  'Float',
  'Double',
  'Int',
  'decimal',
  'uint',
  'ulong',
  'ushort',
  'sbyte',
  // Go
  'int8',
  'int16',
  'int32',
  'int64',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
  'float32',
  'float64',
  'rune',
]);

/**
 * Semgrep's `taint_assume_safe_booleans` / `taint_assume_safe_numbers`: a value whose static type is a
 * boolean (a comparison, `!x`, a `boolean` variable) or a number cannot carry an injection, so it is
 * never tainted. Returns undefined when the rule asks for neither or the language shows no types.
 */
export function safeTypedValues(
  spec: TaintSpec,
  tree: TargetTree,
  language: string | undefined,
): ((node: PlainNode) => boolean) | undefined {
  const { assumeSafeBooleans, assumeSafeNumbers } = spec;
  if ((!assumeSafeBooleans && !assumeSafeNumbers) || !TYPED_LANGUAGES.has(language ?? '')) return undefined;
  return (node) => {
    const type = jvmGoTypeOf(node, tree, language);
    if (type === undefined) return false;
    return (
      (assumeSafeBooleans === true && BOOLEANS.has(type)) || (assumeSafeNumbers === true && NUMBERS.has(type))
    );
  };
}
