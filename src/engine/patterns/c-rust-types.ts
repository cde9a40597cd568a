import { isComment, type PlainNode } from './plain-tree.js';
import type { TargetTree } from './match-pattern.js';

/**
 * Static types for typed metavariables in C and Rust (`(char *$X)`, `($T *$X)`, `($X : T)`): what a
 * literal is, and what a name was declared as by the nearest declaration before it in an enclosing
 * scope (parameters, `int *p = ...;`, `let x: T = ...;`), so a later declaration elsewhere of the
 * same name does not decide.
 */
export const C_RUST_TYPED_LANGUAGES: ReadonlySet<string> = new Set(['c', 'cpp', 'rust']);

/** A type as written (no spaces), with the node naming its base type when there is one. */
export interface StaticType {
  text: string;
  /** The type's base (`int` of `int **p`), what a type metavariable `$T` binds. */
  base?: PlainNode;
  /** C `NULL`: a pointer to any type. */
  nullPointer?: boolean;
}

interface Declaration {
  at: number;
  scopeStart: number;
  scopeEnd: number;
  type: StaticType;
}

const SCOPES = new Set([
  'compound_statement',
  'function_definition',
  'block',
  'function_item',
  'closure_expression',
]);
const C_DECLARATIONS = new Set(['declaration', 'parameter_declaration']);
const C_QUALIFIERS = new Set(['type_qualifier', 'storage_class_specifier', 'attribute_specifier']);

const declarationsByTarget = new WeakMap<TargetTree, Map<string, Declaration[]>>();

/** The static type of `node`, when its literal kind or its declaration tells it. */
export function staticTypeOf(node: PlainNode, target: TargetTree, language: string): StaticType | undefined {
  if (language === 'rust') {
    if (node.type === 'string_literal' || node.type === 'raw_string_literal') return { text: '&str' };
    if (node.type === 'boolean_literal') return { text: 'bool' };
  } else {
    if (node.type === 'string_literal' || node.type === 'concatenated_string') return { text: 'char*' };
    if (node.type === 'char_literal') return { text: 'char' };
    if (node.type === 'null') return { text: '*', nullPointer: true };
  }
  if (node.type !== 'identifier') return undefined;
  const name = target.text(node);
  let found: Declaration | undefined;
  for (const declaration of declarationsOf(target).get(name) ?? []) {
    if (
      declaration.at > node.start ||
      node.start < declaration.scopeStart ||
      node.start >= declaration.scopeEnd
    )
      continue;
    if (!found || declaration.scopeStart >= found.scopeStart) found = declaration;
  }
  return found?.type;
}

/** `char*`, `$T*`, `$T`: does `actual` have the wanted type; which type does `$T` then stand for? */
export function matchStaticType(
  wanted: string,
  actual: StaticType,
): { matches: false } | { matches: true; metavariable?: string; bound?: StaticType } {
  const normalised = normaliseType(wanted);
  const generic = /^(\$[A-Z_][A-Z0-9_]*)(\**)$/.exec(normalised);
  if (!generic) {
    if (actual.nullPointer) return { matches: normalised.endsWith('*') };
    return { matches: normaliseType(actual.text) === normalised };
  }
  const [, metavariable, stars] = generic;
  // `NULL` is a pointer whose target type is unknown: it leaves the type metavariable unbound.
  if (actual.nullPointer) return { matches: stars.length > 0 };
  const text = normaliseType(actual.text);
  if (!text.endsWith(stars)) return { matches: false };
  const boundText = text.slice(0, text.length - stars.length);
  if (boundText === '') return { matches: false };
  const exact = boundText === normaliseType(actual.base ? baseText(actual) : '');
  return { matches: true, metavariable, bound: { text: boundText, base: exact ? actual.base : undefined } };
}

function baseText(type: StaticType): string {
  return type.text.replace(/\*+$/, '');
}

export function normaliseType(type: string): string {
  return type.replace(/\s+/g, '').replace(/^:/, '');
}

function declarationsOf(within: TargetTree): Map<string, Declaration[]> {
  // Inside a metavariable's subtree, the name may be declared anywhere in the file.
  const target = within.wholeFile;
  let known = declarationsByTarget.get(target);
  if (known) return known;
  known = new Map();
  const add = (name: PlainNode, scope: PlainNode, type: StaticType) => {
    const list = known.get(target.text(name)) ?? [];
    list.push({ at: name.start, scopeStart: scope.start, scopeEnd: scope.end, type });
    known.set(target.text(name), list);
  };
  const visit = (node: PlainNode, scope: PlainNode, parent?: PlainNode) => {
    // A prototype's parameters (`int f(int a);`) are names of its own, not of the file.
    const prototype = node.type === 'function_declarator' && parent?.type !== 'function_definition';
    const inner = SCOPES.has(node.type) || prototype ? node : scope;
    if (C_DECLARATIONS.has(node.type)) recordC(node, inner, target, add);
    else if (node.type === 'parameter' || node.type === 'let_declaration')
      recordRust(node, inner, target, add);
    for (const child of node.children) if (child.named && !isComment(child)) visit(child, inner, node);
  };
  visit(target.root, target.root);
  declarationsByTarget.set(target, known);
  return known;
}

type Add = (name: PlainNode, scope: PlainNode, type: StaticType) => void;

/** `int a, *b, c[3] = ...;`: each declarator adds its own pointers to the shared base type. */
function recordC(node: PlainNode, scope: PlainNode, target: TargetTree, add: Add): void {
  const parts = named(node).filter((c) => !C_QUALIFIERS.has(c.type));
  const [base, ...declarators] = parts;
  if (!base) return;
  for (let declarator of declarators) {
    let stars = '';
    for (;;) {
      if (declarator.type === 'init_declarator') declarator = named(declarator)[0] ?? declarator;
      else if (declarator.type === 'pointer_declarator') {
        stars += '*';
        declarator = named(declarator).filter((c) => !C_QUALIFIERS.has(c.type))[0] ?? declarator;
      } else break;
      if (declarator.type === 'identifier') break;
    }
    if (declarator.type !== 'identifier') continue;
    add(declarator, scope, { text: normaliseType(target.text(base)) + stars, base });
  }
}

/** `x: T` (a parameter) and `let x: T = ...;`: the name and its written type. */
function recordRust(node: PlainNode, scope: PlainNode, target: TargetTree, add: Add): void {
  const parts = named(node).filter((c) => c.type !== 'mutable_specifier');
  const [name, type] = parts;
  // `let x = y;` has no written type: its second part is the value.
  if (name?.type !== 'identifier' || !type || !/type/.test(type.type) || /expression/.test(type.type)) return;
  add(name, scope, { text: normaliseType(target.text(type)), base: type });
}

function named(node: PlainNode): PlainNode[] {
  return node.children.filter((c) => c.named && !isComment(c));
}
