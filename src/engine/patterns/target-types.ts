import { isComment, type PlainNode } from './plain-tree.js';
import type { TargetTree } from './match-pattern.js';
import { declaredNameType, jvmGoTypeOf, sameJvmGoType } from './jvm-go-types.js';

const JVM_GO_LANGUAGES = new Set(['java', 'csharp', 'kotlin', 'go']);

/** Literal node types and the type names a typed metavariable may use for them. */
const LITERAL_TYPES: Record<string, string[]> = {
  string: ['string', 'str', 'String'],
  template_string: ['string', 'String'],
  concatenated_string: ['str', 'string'],
  number: ['number', 'int', 'float', 'double', 'long'],
  integer: ['int', 'number', 'integer'],
  float: ['float', 'number', 'double'],
  true: ['boolean', 'bool', 'Boolean'],
  false: ['boolean', 'bool', 'Boolean'],
  none: ['None'],
  null: ['null'],
};

/** JavaScript's numbers are floats; a constant's value does not tell `int` from `float`, so no `int`. */
const CONSTANT_TYPES: Record<string, string[]> = {
  string: LITERAL_TYPES.string,
  number: ['number', 'float'],
};

const DECLARED_TYPE_HOLDERS = new Set([
  'variable_declarator',
  'required_parameter',
  'optional_parameter',
  'public_field_definition',
  'typed_parameter',
  'typed_default_parameter',
  'assignment',
]);

const declaredTypes = new WeakMap<TargetTree, Map<string, string>>();

/** `($X: T)`: does `node` have type `type`? Literals by their kind, names by their declared type, `new T()` by T. */
export function typeMatches(
  node: PlainNode,
  type: string,
  target: TargetTree,
  language?: string,
  /** `node` is the name a declaration declares, matched as the left side of an assignment pattern. */
  declaring = false,
): boolean {
  const wanted = normaliseType(type);
  // Java, C#, Kotlin and Go: declared and inferred static types (see jvm-go-types).
  if (JVM_GO_LANGUAGES.has(language ?? '')) {
    const inferred = declaring
      ? declaredNameType(node, target, language)
      : jvmGoTypeOf(node, target, language);
    if (inferred === undefined) return false;
    if (sameJvmGoType(inferred, wanted)) return true;
    // Java: after `import a.b.C;` a declared `C` is an `a.b.C`.
    const imported =
      language === 'java' ? target.facts.aliases.get(inferred.replace(/<.*$/s, '')) : undefined;
    return imported !== undefined && sameJvmGoType(imported + inferred.replace(/^[^<]*/, ''), wanted);
  }
  const literal = LITERAL_TYPES[node.type];
  if (literal) return literal.includes(wanted);
  if (node.type === 'new_expression') {
    const [constructor] = node.children.filter((c) => c.named);
    return constructor !== undefined && normaliseType(target.text(constructor)) === wanted;
  }
  if (node.type === 'identifier') {
    const declared = declaredTypesOf(target).get(target.text(node));
    if (declared !== undefined) return declared === wanted;
    // An undeclared name bound once to a literal has that literal's type (`two = 2`).
    const constant = target.facts.constantOf(node);
    return constant !== undefined && (CONSTANT_TYPES[constant.kind] ?? []).includes(wanted);
  }
  return false;
}

/** `const c = new C()`: c has type C when nothing else is declared. */
function constructed(children: PlainNode[]): PlainNode | undefined {
  const value = children[children.length - 1];
  if (children.length !== 2 || value.type !== 'new_expression') return undefined;
  return value.children.find((c) => c.named);
}

function normaliseType(type: string): string {
  return type.replace(/\s+/g, '').replace(/^:/, '');
}

function declaredTypesOf(within: TargetTree): Map<string, string> {
  // Inside a metavariable's subtree, the name may be declared anywhere in the file.
  const target = within.wholeFile;
  let types = declaredTypes.get(target);
  if (types) return types;
  types = new Map();
  for (const node of target.allNamed) {
    if (!DECLARED_TYPE_HOLDERS.has(node.type)) continue;
    const children = node.children.filter((c) => c.named && !isComment(c));
    const name = children[0];
    const annotation =
      children.find((c) => c.type === 'type_annotation' || c.type === 'type') ?? constructed(children);
    if (!name || !annotation) continue;
    const names = name.type === 'identifier' ? [name] : name.children.filter((c) => c.type === 'identifier');
    for (const identifier of names)
      types.set(target.text(identifier), normaliseType(target.text(annotation)));
  }
  declaredTypes.set(target, types);
  return types;
}

const TYPE_METAVARIABLE = /\$[A-Z_][A-Z0-9_]*/g;

/**
 * `($T $X)`, `($P.Client $X)`, `(List<$T> $X)`: a type with metavariables in it. Those already bound
 * must agree with the type of `node`; the others take the part of the type they stand for. Returns
 * the texts to bind (possibly none), or undefined when the type does not fit or is not known.
 */
export function typeTemplateMatch(
  node: PlainNode,
  template: string,
  target: TargetTree,
  language: string | undefined,
  boundText: (name: string) => string | undefined,
  /** `node` is the name a declaration declares (see typeMatches). */
  declaring = false,
): Map<string, string> | undefined {
  const inferred =
    declaring && JVM_GO_LANGUAGES.has(language ?? '')
      ? declaredNameType(node, target, language)
      : inferredType(node, target, language);
  if (inferred === undefined) return undefined;
  const filled = normaliseType(template).replace(TYPE_METAVARIABLE, (name) => boundText(name) ?? name);
  if (!filled.includes('$')) return sameJvmGoType(inferred, filled) ? new Map() : undefined;
  const names: string[] = [];
  const shape = filled
    .split(/(\$[A-Z_][A-Z0-9_]*)/)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(part);
      return '(.+?)';
    })
    .join('');
  const found = new RegExp(`^${shape}$`).exec(normaliseType(inferred));
  if (!found) return undefined;
  const texts = new Map<string, string>();
  for (const [i, name] of names.entries()) {
    const text = found[i + 1];
    if (texts.has(name) && texts.get(name) !== text) return undefined;
    texts.set(name, text);
  }
  return texts;
}

/** `node`'s static type as the file shows it (declared, or a literal's), for type templates. */
function inferredType(node: PlainNode, target: TargetTree, language: string | undefined): string | undefined {
  if (JVM_GO_LANGUAGES.has(language ?? '')) return jvmGoTypeOf(node, target, language);
  if (node.type === 'identifier') return declaredTypesOf(target).get(target.text(node));
  return LITERAL_TYPES[node.type]?.[0];
}
