import { isComment, type PlainNode } from './plain-tree.js';
import type { TargetTree } from './match-pattern.js';

/**
 * Static types of Java, C#, Kotlin and Go expressions, as far as one file shows them, for typed
 * metavariables (`(String $X)`, `($X : int)`): literals by kind, names by their declaration in the
 * innermost enclosing scope (`var x = e` by e's type), `new T()` and casts by T, string
 * concatenation, comparisons and arithmetic by their operands. Unknown stays undefined, so a typed
 * metavariable never matches code whose type the file does not show.
 */

const LITERALS: Record<string, string> = {
  // Java
  decimal_integer_literal: 'int',
  hex_integer_literal: 'int',
  octal_integer_literal: 'int',
  binary_integer_literal: 'int',
  decimal_floating_point_literal: 'double',
  character_literal: 'char',
  string_literal: 'String',
  // Go
  int_literal: 'int',
  float_literal: 'float64',
  interpreted_string_literal: 'string',
  raw_string_literal: 'string',
  rune_literal: 'rune',
  // C#
  integer_literal: 'int',
  real_literal: 'double',
  boolean_literal: 'bool',
  verbatim_string_literal: 'string',
  // Kotlin
  number_literal: 'Int',
  multiline_string_literal: 'String',
};

/** The type names a language uses for a literal kind, so `"a"` is `String` in Java and `string` in C#. */
const LANGUAGE_SPELLINGS: Record<string, string[]> = {
  String: ['String', 'string', 'java.lang.String'],
  string: ['string', 'String'],
  int: ['int', 'Integer', 'java.lang.Integer', 'Int', 'long', 'Long'],
  Int: ['Int', 'int', 'Integer'],
  double: ['double', 'Double', 'java.lang.Double', 'float'],
  boolean: ['boolean', 'Boolean', 'java.lang.Boolean', 'bool'],
  bool: ['bool', 'boolean', 'Boolean'],
  char: ['char', 'Character'],
  float64: ['float64', 'float', 'float32'],
};

/** Java's primitive types and their boxes are interchangeable for a typed metavariable. */
const BOXES: Record<string, string> = {
  Integer: 'int',
  Boolean: 'boolean',
  Character: 'char',
  Long: 'long',
  Double: 'double',
  Float: 'float',
  Short: 'short',
  Byte: 'byte',
};

/** Declarations: how to find the declared names and their type node among the children. */
const DECLARATIONS = new Set([
  'local_variable_declaration', // Java
  'field_declaration', // Java, C# (through variable_declaration)
  'formal_parameter',
  'spread_parameter',
  'catch_formal_parameter',
  'enhanced_for_statement',
  'variable_declaration', // C#; Kotlin (name, type)
  'parameter', // C#, Kotlin
  'class_parameter', // Kotlin
  'var_spec', // Go
  'parameter_declaration',
  'short_var_declaration',
  'range_clause', // Go `for k, v := range xs`
  'property_declaration', // Kotlin
]);

/** Nodes whose extent is the scope of the names declared directly inside them. */
const SCOPES = new Set([
  'block',
  'class_body',
  'declaration_list',
  'method_declaration',
  'constructor_declaration',
  'function_declaration',
  'local_function_statement',
  'lambda_expression',
  'for_statement',
  'enhanced_for_statement',
  'catch_clause',
  'func_literal',
  'program',
  'source_file',
  'compilation_unit',
]);

interface Declaration {
  name: string;
  type?: string;
  value?: PlainNode;
  scopeStart: number;
  scopeEnd: number;
  at: number;
}

const declarationsByTree = new WeakMap<TargetTree, Map<string, Declaration[]>>();

function named(node: PlainNode): PlainNode[] {
  return node.children.filter((c) => c.named && !isComment(c));
}

const TYPE_NODE = /type|^identifier$|^qualified_name$|^generic_name$/;

function collectDeclarations(target: TargetTree): Map<string, Declaration[]> {
  const found = new Map<string, Declaration[]>();
  const add = (name: PlainNode, scope: PlainNode, type?: PlainNode, value?: PlainNode) => {
    const text = target.text(name);
    const list = found.get(text) ?? [];
    list.push({
      name: text,
      type: type ? target.text(type) : undefined,
      value,
      scopeStart: scope.start,
      scopeEnd: scope.end,
      at: name.start,
    });
    found.set(text, list);
  };
  const visit = (node: PlainNode, scope: PlainNode) => {
    if (DECLARATIONS.has(node.type)) declare(node, scope, add, target);
    const inner = SCOPES.has(node.type) ? node : scope;
    for (const child of node.children) if (child.named) visit(child, inner);
  };
  visit(target.root, target.root);
  return found;
}

function declare(
  node: PlainNode,
  scope: PlainNode,
  add: (name: PlainNode, scope: PlainNode, type?: PlainNode, value?: PlainNode) => void,
  target: TargetTree,
): void {
  const children = named(node).filter((c) => c.type !== 'modifiers' && c.type !== 'modifier');
  switch (node.type) {
    case 'short_var_declaration': {
      const [left, right] = children;
      const names = left ? named(left) : [];
      const values = right ? named(right) : [];
      names.forEach((name, i) =>
        add(name, scope, undefined, values.length === names.length ? values[i] : undefined),
      );
      return;
    }
    case 'range_clause': {
      // Only `:=` declares; `for k = range xs` assigns names declared elsewhere.
      const [left] = children;
      if (left && node.children.some((c) => c.type === ':='))
        for (const name of named(left)) add(name, scope);
      return;
    }
    case 'var_spec':
    case 'parameter_declaration': {
      const names = children.filter((c) => c.type === 'identifier');
      const type = children.find((c) => c.type !== 'identifier' && c.type !== 'expression_list');
      const values = named(children.find((c) => c.type === 'expression_list') ?? node).filter(
        () => node.type === 'var_spec',
      );
      names.forEach((name, i) =>
        add(name, scope, type, values.length === names.length ? values[i] : undefined),
      );
      return;
    }
    case 'variable_declaration':
    case 'property_declaration':
    case 'parameter':
    case 'class_parameter': {
      // Kotlin `val x: T = v` / `x: T`; C# `T x = v, y` (declarators after the type).
      const declarators = children.filter((c) => c.type === 'variable_declarator');
      if (declarators.length > 0) {
        const type = children[0];
        for (const declarator of declarators) {
          const [name, ...rest] = named(declarator);
          if (name) add(name, scope, type, rest[rest.length - 1]);
        }
        return;
      }
      const holder = children[0]?.type === 'variable_declaration' ? children[0] : node;
      const parts = named(holder);
      // C# `MyClass x`: a named type is an identifier too, before the parameter's name.
      const namedType = parts[0]?.type === 'identifier' && parts[1]?.type === 'identifier';
      const name = namedType ? parts[1] : parts.find((c) => c.type === 'identifier');
      const type = parts.find((c) => c !== name && TYPE_NODE.test(c.type));
      const value = holder === node ? undefined : children[children.length - 1];
      if (name && (node.type !== 'parameter' || type))
        add(name, scope, type, value === holder ? undefined : value);
      else if (node.type === 'parameter' && children.length >= 2)
        add(children[children.length - 1], scope, children[0]);
      return;
    }
    default: {
      // Java: [type, declarator | identifier, ...]
      const type = children.find((c) => TYPE_NODE.test(c.type) && c.type !== 'identifier');
      for (const child of children) {
        if (child.type === 'variable_declarator') {
          const [name, ...rest] = named(child);
          const value = rest.find((c) => c.type !== 'dimensions');
          if (name) add(name, scope, type, value);
        } else if (child.type === 'identifier') add(child, scope, type);
      }
      void target;
    }
  }
}

function declarationsOf(target: TargetTree): Map<string, Declaration[]> {
  let declarations = declarationsByTree.get(target);
  if (!declarations) {
    declarations = collectDeclarations(target);
    declarationsByTree.set(target, declarations);
  }
  return declarations;
}

/** The declaration of the name `node` uses: innermost scope containing it, latest before it. */
function declarationOf(node: PlainNode, within: TargetTree): Declaration | undefined {
  // Inside a metavariable's subtree, the name may be declared anywhere in the file.
  const target = within.wholeFile;
  let best: Declaration | undefined;
  for (const candidate of declarationsOf(target).get(target.text(node)) ?? []) {
    if (candidate.scopeStart > node.start || candidate.scopeEnd < node.end || candidate.at === node.start)
      continue;
    if (!best || closer(candidate, best, node.start)) best = candidate;
  }
  return best;
}

/**
 * Innermost scope first; within one scope the latest declaration before the use (a field may also be
 * declared after the method using it, so one after the use still counts when none comes before).
 */
function closer(candidate: Declaration, best: Declaration, use: number): boolean {
  const size = (d: Declaration) => d.scopeEnd - d.scopeStart;
  if (size(candidate) !== size(best)) return size(candidate) < size(best);
  const before = (d: Declaration) => d.at < use;
  if (before(candidate) !== before(best)) return before(candidate);
  return before(candidate) ? candidate.at > best.at : candidate.at < best.at;
}

/**
 * Whether two occurrences of a name (each a use or the declaring name itself) refer to the same
 * declaration; undefined when the file does not show the declaration of either.
 */
export function sameJvmGoDeclaration(a: PlainNode, b: PlainNode, target: TargetTree): boolean | undefined {
  const [left, right] = [a, b].map((node) => declaredBy(node, target) ?? declarationOf(node, target));
  return left && right ? left === right : undefined;
}

/**
 * The type a declaration gives the name it declares (`String sql = …` gives `sql` a String), for an assignment
 * pattern `(String $X) = …` matched against the declaration.
 */
export function declaredNameType(node: PlainNode, target: TargetTree, language?: string): string | undefined {
  const declaration = declaredBy(node, target.wholeFile);
  if (!declaration) return undefined;
  if (declaration.type && declaration.type !== 'var') return declaration.type;
  return declaration.value ? jvmGoTypeOf(declaration.value, target, language, 1) : undefined;
}

/** The declaration whose name `node` is, if it is one. */
function declaredBy(node: PlainNode, target: TargetTree): Declaration | undefined {
  return declarationsOf(target)
    .get(target.text(node))
    ?.find((d) => d.at === node.start);
}

/** Whether the name `node` uses is declared in the file (a variable or parameter, not an import). */
export function isDeclaredInFile(node: PlainNode, target: TargetTree): boolean {
  return declarationOf(node, target) !== undefined;
}

/** The static type of `node` when the file shows it. */
export function jvmGoTypeOf(
  node: PlainNode,
  target: TargetTree,
  language?: string,
  depth = 0,
): string | undefined {
  if (depth > 8) return undefined;
  const literal = LITERALS[node.type];
  if (literal)
    return node.type === 'string_literal' && target.text(node).startsWith('$') ? 'string' : literal;
  const children = named(node);
  switch (node.type) {
    case 'true':
    case 'false':
      return 'boolean';
    case 'identifier': {
      const declaration = declarationOf(node, target);
      // Java: an undeclared capitalised name in `Name.method()` is a class, typed as itself.
      if (!declaration)
        return language === 'java' && /^[A-Z]\w*[a-z]\w*$/.test(target.text(node))
          ? target.text(node)
          : undefined;
      if (declaration.type && declaration.type !== 'var') return declaration.type;
      return declaration.value ? jvmGoTypeOf(declaration.value, target, language, depth + 1) : undefined;
    }
    case 'field_access':
    case 'member_access_expression': {
      const [object, field] = children;
      return object && field && /^this$/.test(target.text(object))
        ? jvmGoTypeOf(field, target, language, depth + 1)
        : undefined;
    }
    case 'object_creation_expression': {
      const type = children.find((c) => TYPE_NODE.test(c.type));
      return type ? target.text(type).replace(/<>$/, '') : undefined;
    }
    case 'composite_literal': // Go: T{...}
      return children[0] ? target.text(children[0]) : undefined;
    case 'cast_expression':
      return children[0] ? target.text(children[0]) : undefined;
    case 'parenthesized_expression':
      return children.length === 1 ? jvmGoTypeOf(children[0], target, language, depth + 1) : undefined;
    case 'ternary_expression':
    case 'conditional_expression': {
      const [, then, otherwise] = children;
      const a = then && jvmGoTypeOf(then, target, language, depth + 1);
      return a && otherwise && a === jvmGoTypeOf(otherwise, target, language, depth + 1) ? a : undefined;
    }
    case 'binary_expression':
      return binaryType(node, children, target, language, depth);
    case 'unary_expression':
    case 'prefix_unary_expression': {
      // Go `&T{...}` / `&x`: a pointer to the operand's type.
      if (language === 'go' && node.children.some((c) => c.type === '&')) {
        const pointee = children[0] && jvmGoTypeOf(children[0], target, language, depth + 1);
        return pointee ? `*${pointee}` : undefined;
      }
      return node.children.some((c) => c.type === '!') ? 'boolean' : undefined;
    }
    case 'call_expression': {
      // Go's allocators: `make(T, ...)` is a T, `new(T)` a *T.
      const [callee, args] = children;
      const type = args ? named(args)[0] : undefined;
      if (language !== 'go' || callee?.type !== 'identifier' || !type) return undefined;
      const name = target.text(callee);
      if (name === 'make') return target.text(type);
      return name === 'new' ? `*${target.text(type)}` : undefined;
    }
    case 'array_access': {
      const array = children[0] && jvmGoTypeOf(children[0], target, language, depth + 1);
      return array?.endsWith('[]') ? array.slice(0, -2) : undefined;
    }
  }
  return undefined;
}

function binaryType(
  node: PlainNode,
  children: PlainNode[],
  target: TargetTree,
  language: string | undefined,
  depth: number,
): string | undefined {
  const operator = node.children.find((c) => !c.named)?.type ?? '';
  if (/^(==|!=|<|>|<=|>=|&&|\|\||instanceof)$/.test(operator)) return 'boolean';
  const [left, right] = children.map((c) => jvmGoTypeOf(c, target, language, depth + 1));
  if (operator === '+' && (isStringType(left) || isStringType(right)))
    return left && isStringType(left) ? left : right;
  // `^`, `|`, `&` are logical when one operand is boolean, bitwise otherwise.
  if (/^[&|^]$/.test(operator) && (isBoolean(left) || isBoolean(right))) return left ?? right;
  // Like Semgrep, only `+` and `-` carry their operands' type.
  if (/^[-+]$/.test(operator) && left && left === right) return left;
  return undefined;
}

function isBoolean(type: string | undefined): boolean {
  return type === 'boolean' || type === 'bool' || type === 'Boolean';
}

function isStringType(type: string | undefined): boolean {
  return type === 'String' || type === 'string';
}

/** Does a node of type `actual` satisfy a typed metavariable of type `wanted`? */
export function sameJvmGoType(actual: string, wanted: string): boolean {
  const a = normalise(actual);
  const w = normalise(wanted);
  if (a === w) return true;
  // `List<$T>`: a metavariable inside the type stands for any type there.
  if (w.includes('$')) {
    const shape = w
      .split(/\$[A-Z_][A-Z0-9_]*/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+');
    return new RegExp(`^${shape}$`).test(a);
  }
  // A qualified type (`java.lang.Integer`) asks for exactly that declared type.
  if (w.includes('.')) return false;
  if (LANGUAGE_SPELLINGS[a]?.includes(w)) return true;
  const unbox = (t: string) => BOXES[lastSegment(t)] ?? lastSegment(t);
  if (unbox(a) === unbox(w)) return true;
  // A pattern type without type arguments matches any instantiation: `List` ~ `List<String>`.
  return !w.includes('<') && a.replace(/<.*>$/, '') === w;
}

function normalise(type: string): string {
  return type.replace(/\s+/g, '');
}

function lastSegment(type: string): string {
  return type.slice(type.lastIndexOf('.') + 1);
}
