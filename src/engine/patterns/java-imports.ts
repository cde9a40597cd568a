import { isComment, type PlainNode } from './plain-tree.js';

/**
 * Java names resolved through imports, as Semgrep does: after `import a.b.C;` the code `C` stands for
 * `a.b.C`, after `import static a.b.C.f;` a bare `f` stands for `a.b.C.f`, and after `import a.b.*;`
 * any name may stand for one in `a.b`.
 */

/** Qualified names (`a.b.C`) in Java: expressions, annotation names and types. */
export const JAVA_QUALIFIED_TYPES = ['field_access', 'scoped_identifier', 'scoped_type_identifier'];

export interface JavaImport {
  /** The imported name, e.g. `a.b.C`, or the package of a `*` import. */
  readonly path: string;
  readonly wildcard: boolean;
}

/** The import a Java `import_declaration` makes, if it is one (Go's has `import_spec` children instead). */
export function javaImportOf(node: PlainNode, text: (n: PlainNode) => string): JavaImport | undefined {
  if (node.type !== 'import_declaration') return undefined;
  const named = node.children.filter((c) => c.named && !isComment(c));
  const name = named.find((c) => c.type === 'scoped_identifier' || c.type === 'identifier');
  if (!name) return undefined;
  return { path: text(name), wildcard: named.some((c) => c.type === 'asterisk') };
}

/** The last element of a dotted name: the simple name an import makes visible. */
export function simpleName(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}
