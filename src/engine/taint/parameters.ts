import type { PlainNode } from '../patterns/plain-tree.js';
import { KINDS, namedChildren } from './node-kinds.js';

/** One declared parameter: the names it binds (several when destructured) and its default value. */
export interface Parameter {
  node: PlainNode;
  names: string[];
  defaultValue?: PlainNode;
  /** `*args` / `...rest`: takes every remaining argument. */
  rest: boolean;
}

const REST_TYPES = new Set([
  'list_splat_pattern',
  'rest_pattern',
  'dictionary_splat_pattern',
  'variadic_parameter',
]);

/** The parameters of a function node, in declaration order. */
export function parametersOf(fn: PlainNode, source: string): Parameter[] {
  const list = fn.children.find((child) => KINDS.parameterList.has(child.type));
  if (list) return namedChildren(list).flatMap((node) => parameter(node, source));
  // `x => x + 1`: a bare identifier before the arrow.
  const arrow = fn.children.findIndex((child) => child.type === '=>');
  const single = arrow > 0 ? fn.children[arrow - 1] : undefined;
  return single && KINDS.identifier.has(single.type) ? parameter(single, source) : [];
}

function parameter(node: PlainNode, source: string): Parameter[] {
  if (node.type === 'self' || node.type === 'this') return [];
  const equals = node.children.findIndex((child) => child.type === '=');
  const declared = equals < 0 ? node.children : node.children.slice(0, equals);
  const defaultValue = equals < 0 ? undefined : node.children.slice(equals + 1).find((child) => child.named);
  const names = typeBeforeName(node) ? lastName(declared, source) : bindingNames(node, source, declared);
  const rest = REST_TYPES.has(node.type) || namedChildren(node).some((child) => REST_TYPES.has(child.type));
  return names.length > 0 || defaultValue ? [{ node, names, defaultValue, rest }] : [];
}

/**
 * C# `UserModel model`: the type comes first and, when a class name, is an identifier too (or a
 * `qualified_name` / `generic_name` made of them); the name is the last identifier. Grammars that write
 * `name: Type` (Rust, Kotlin, Swift) also call the node `parameter`, with a `:` between.
 */
function typeBeforeName(node: PlainNode): boolean {
  return node.type === 'parameter' && !node.children.some((child) => child.type === ':');
}

function lastName(declared: PlainNode[], source: string): string[] {
  const name = declared.filter((child) => KINDS.identifier.has(child.type)).at(-1);
  return name ? [source.slice(name.start, name.end)] : [];
}

/** Names a binding pattern introduces, skipping types and default values. */
export function bindingNames(node: PlainNode, source: string, children = node.children): string[] {
  if (KINDS.identifier.has(node.type) || node.type === 'shorthand_property_identifier_pattern')
    return [source.slice(node.start, node.end)];
  if (KINDS.type.has(node.type)) return [];
  // `{ key: value }` destructuring binds `value`, not `key`.
  if (node.type === 'pair_pattern') {
    const value = namedChildren(node).at(-1);
    return value ? bindingNames(value, source) : [];
  }
  const names: string[] = [];
  for (const child of children) {
    if (!child.named || KINDS.type.has(child.type)) continue;
    if (child.type === 'assignment_pattern' || child.type === 'object_assignment_pattern') {
      const first = namedChildren(child)[0];
      if (first) names.push(...bindingNames(first, source));
      continue;
    }
    names.push(...bindingNames(child, source));
    // A plain typed parameter (`int x`, `x: int`) binds one name.
    if (names.length > 0 && KINDS.identifier.has(child.type) && node.type !== 'identifier') {
      if (!isPattern(node)) break;
    }
  }
  return names;
}

function isPattern(node: PlainNode): boolean {
  return /pattern|tuple|list|array|object/.test(node.type);
}

/**
 * Where each name of a destructured parameter is written (`{ a, b: c }`: `a`, `c`), so a source on one of
 * them taints that name only. Empty for a parameter that binds one name.
 */
export function bindingSites(param: Parameter, source: string): { node: PlainNode; name: string }[] {
  if (param.names.length < 2) return [];
  const end = param.defaultValue ? param.defaultValue.start : param.node.end;
  const sites: { node: PlainNode; name: string }[] = [];
  const stack = [param.node];
  while (stack.length > 0) {
    const node = stack.pop() as PlainNode;
    if (node.end > end || KINDS.type.has(node.type)) continue;
    const text = source.slice(node.start, node.end);
    const binds = KINDS.identifier.has(node.type) || node.type === 'shorthand_property_identifier_pattern';
    if (binds && param.names.includes(text)) sites.push({ node, name: text });
    else stack.push(...namedChildren(node));
  }
  return sites;
}
