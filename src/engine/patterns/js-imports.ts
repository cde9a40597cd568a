import { isComment, type PlainNode } from './plain-tree.js';
import { stringValue, type PatternNode } from './pattern-node.js';

/**
 * JavaScript imports, as Semgrep compares them: by what they bring into scope, not by syntax. An
 * `import` pattern matches ES imports, TypeScript `import x = require()`, re-exports
 * (`export { a } from 'm'`) and CommonJS `const x = require('m')` / `const { a } = require('m')`.
 * `import 'm'` matches any import of m; named imports are a subset (`import { a } from 'm'` matches
 * `import { b, a as c } from 'm'`); a module matches its own sub-paths (`m/sub/file`).
 */
export interface JsImport {
  module: PlainNode;
  default?: PlainNode;
  namespace?: PlainNode;
  named: { name: PlainNode; alias?: PlainNode }[];
}

export type MatchNode<B> = (
  pattern: PatternNode,
  node: PlainNode,
  bindings: B,
  next: (b: B) => boolean,
) => boolean;

/** Target node types an import pattern may match (see TYPE_EQUIVALENTS). */
export const IMPORT_LIKE = ['lexical_declaration', 'variable_declaration', 'export_statement'];

/** A JavaScript `import` pattern names its module with a string (Python's has a dotted name). */
export function isJsImportPattern(pattern: Extract<PatternNode, { kind: 'node' }>): boolean {
  return pattern.type === 'import_statement' && pattern.children.some(isModulePattern);
}

function isModulePattern(p: PatternNode): boolean {
  return (
    p.kind === 'string' ||
    p.kind === 'string-metavariable' ||
    p.kind === 'any-string' ||
    p.kind === 'regex-string'
  );
}

/** What `node` imports, if it is an import of any of the supported forms. */
export function jsImportOf(node: PlainNode, text: (n: PlainNode) => string): JsImport | undefined {
  const children = named(node);
  if (node.type === 'import_statement' || node.type === 'export_statement') {
    const require = children.find((c) => c.type === 'import_require_clause');
    if (require) {
      const [name, module] = named(require);
      return module?.type === 'string' ? { module, namespace: name, named: [] } : undefined;
    }
    const module = children.find((c) => c.type === 'string');
    if (!module) return undefined;
    const found: JsImport = { module, named: [] };
    for (const part of children) {
      if (part.type === 'export_clause') found.named.push(...specifiers(part));
      if (part.type !== 'import_clause') continue;
      for (const clause of named(part)) {
        if (clause.type === 'identifier') found.default = clause;
        if (clause.type === 'namespace_import') found.namespace = named(clause)[0];
        if (clause.type === 'named_imports') found.named.push(...specifiers(clause));
      }
    }
    return found;
  }
  if (node.type === 'lexical_declaration' || node.type === 'variable_declaration') {
    const declarators = children.filter((c) => c.type === 'variable_declarator');
    if (declarators.length !== 1) return undefined;
    const [target, value] = named(declarators[0]);
    const module = requiredModule(value, text);
    if (!target || !module) return undefined;
    if (target.type === 'identifier') return { module, namespace: target, named: [] };
    if (target.type !== 'object_pattern') return undefined;
    const names: JsImport['named'] = [];
    for (const field of named(target)) {
      if (field.type === 'shorthand_property_identifier_pattern') names.push({ name: field });
      else if (field.type === 'pair_pattern') {
        const [key, alias] = named(field);
        if (key && alias?.type === 'identifier') names.push({ name: key, alias });
      }
    }
    return { module, named: names };
  }
  return undefined;
}

/** `require('m')`: the string naming m. */
export function requiredModule(
  value: PlainNode | undefined,
  text: (n: PlainNode) => string,
): PlainNode | undefined {
  if (value?.type !== 'call_expression') return undefined;
  const [callee, args] = named(value);
  if (!callee || text(callee) !== 'require' || args?.type !== 'arguments') return undefined;
  const list = named(args);
  return list.length === 1 && list[0].type === 'string' ? list[0] : undefined;
}

function specifiers(list: PlainNode): JsImport['named'] {
  return named(list)
    .filter((s) => s.type === 'import_specifier' || s.type === 'export_specifier')
    .map((s) => {
      const [name, alias] = named(s);
      return { name, alias };
    });
}

/** Matches an import pattern against `found`, threading metavariable bindings `B` through `matchNode`. */
export function matchJsImport<B>(
  pattern: Extract<PatternNode, { kind: 'node' }>,
  found: JsImport,
  text: (n: PlainNode) => string,
  matchNode: MatchNode<B>,
  bindings: B,
  next: (b: B) => boolean,
): boolean {
  const module = pattern.children.find(isModulePattern) as PatternNode;
  const steps: Step<B>[] = [
    (b, then) => {
      if (module.kind !== 'string') return matchNode(module, found.module, b, then);
      const wanted = module.value.slice(module.value.indexOf('\0') + 1);
      const actual = stringValue(text(found.module));
      return (actual === wanted || actual.startsWith(`${wanted}/`)) && then(b);
    },
  ];
  const clause = pattern.children.find((c) => c.kind === 'node' && c.type === 'import_clause');
  // A clause of one part (`import $X from 'm'`, `import {$X} from 'm'`) compiles to that part alone.
  const parts = clause?.kind === 'node' ? clause.children : pattern.children.filter((c) => c !== module);
  for (const part of parts) {
    if (part.kind === 'node' && part.type === 'namespace_import') {
      const [name] = part.children;
      steps.push((b, then) => found.namespace !== undefined && matchNode(name, found.namespace, b, then));
    } else if (part.kind === 'node' && part.type === 'named_imports') {
      // `{$FN}`: a specifier of one name compiles to that name alone.
      const wanted = part.children.filter(
        (c) =>
          (c.kind === 'node' && c.type === 'import_specifier') ||
          c.kind === 'metavariable' ||
          c.kind === 'leaf',
      );
      steps.push((b, then) => matchSpecifiers(wanted, found.named, matchNode, b, then));
    } else {
      steps.push((b, then) => found.default !== undefined && matchNode(part, found.default, b, then));
    }
  }
  const run = (at: number, b: B): boolean =>
    at === steps.length ? next(b) : steps[at](b, (b2) => run(at + 1, b2));
  return run(0, bindings);
}

type Step<B> = (bindings: B, then: (b: B) => boolean) => boolean;

/** Each wanted specifier takes a distinct imported name; the alias only counts when the pattern has one. */
function matchSpecifiers<B>(
  wanted: PatternNode[],
  imported: JsImport['named'],
  matchNode: MatchNode<B>,
  bindings: B,
  next: (b: B) => boolean,
): boolean {
  const used = new Array<boolean>(imported.length).fill(false);
  const step = (at: number, b: B): boolean => {
    if (at === wanted.length) return next(b);
    const specifier = wanted[at];
    const [name, alias] = specifier.kind === 'node' ? specifier.children : [specifier];
    for (let i = 0; i < imported.length; i += 1) {
      const candidate = imported[i];
      if (used[i] || (alias && !candidate.alias)) continue;
      used[i] = true;
      const ok = matchNode(name, candidate.name, b, (b2) =>
        alias && candidate.alias
          ? matchNode(alias, candidate.alias, b2, (b3) => step(at + 1, b3))
          : step(at + 1, b2),
      );
      used[i] = false;
      if (ok) return true;
    }
    return false;
  };
  return step(0, bindings);
}

function named(node: PlainNode): PlainNode[] {
  return node.children.filter((c) => c.named && !isComment(c));
}
