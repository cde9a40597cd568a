import { isComment, type PlainNode } from './plain-tree.js';
import type { PatternNode } from './pattern-node.js';

/**
 * Semgrep reads a Python import as the qualified names it brings in: `from a.b import c` and
 * `import a.b.c` both import `a.b.c`, and `from a import c, d` is two imports. A plain pattern
 * `import a.b` (or `from a import b`) matches any import of `a.b` or of something inside it;
 * relative imports (`from .a import b`) never match an absolute name.
 */
const IMPORT_TYPES = new Set(['import_statement', 'import_from_statement']);

const wantedCache = new WeakMap<PatternNode, string[] | null>();

/** The qualified name a plain import pattern imports (no metavariables, `...` or `as`), as components. */
export function plainImportPattern(pattern: PatternNode): string[] | null {
  const cached = wantedCache.get(pattern);
  if (cached !== undefined) return cached;
  let wanted: string[] | null = null;
  if (pattern.kind === 'node' && IMPORT_TYPES.has(pattern.type)) {
    const names = pattern.children.map(dottedPattern);
    if (names.every((n) => n !== null)) {
      if (pattern.type === 'import_statement' && names.length === 1) wanted = names[0];
      if (pattern.type === 'import_from_statement' && names.length === 2) wanted = [...names[0], ...names[1]];
    }
  }
  wantedCache.set(pattern, wanted);
  return wanted;
}

function dottedPattern(pattern: PatternNode): string[] | null {
  if (pattern.kind !== 'node' || pattern.type !== 'dotted_name') return null;
  const parts = pattern.children.map((c) => (c.kind === 'leaf' && c.type === 'identifier' ? c.text : null));
  return parts.every((p) => p !== null) ? parts : null;
}

/** Every qualified name `node` imports; `from a import *` imports `a` itself. */
export function importedNames(node: PlainNode, text: (n: PlainNode) => string): string[][] {
  const children = node.children.filter((c) => c.named && !isComment(c));
  const dotted = (n: PlainNode | undefined): string[] | null => {
    const name = n?.type === 'aliased_import' ? n.children.find((c) => c.named) : n;
    return name?.type === 'dotted_name'
      ? text(name)
          .split('.')
          .map((s) => s.trim())
      : null;
  };
  if (node.type === 'import_statement') return children.map(dotted).filter((n): n is string[] => n !== null);
  if (node.type !== 'import_from_statement') return [];
  const [module, ...names] = children;
  const base = dotted(module);
  if (!base) return [];
  if (names.some((n) => n.type === 'wildcard_import')) return [base];
  return names
    .map(dotted)
    .filter((n): n is string[] => n !== null)
    .map((n) => [...base, ...n]);
}

/** `import a.b` also matches imports of `a.b.c`: Semgrep compares module names as prefixes. */
export function importsName(node: PlainNode, wanted: string[], text: (n: PlainNode) => string): boolean {
  return importedNames(node, text).some(
    (name) => name.length >= wanted.length && wanted.every((part, i) => name[i] === part),
  );
}
