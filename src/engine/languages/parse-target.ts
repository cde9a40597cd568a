import { parserFor, type TargetLanguage } from './language-registry.js';
import type { Tree } from './tree-sitter-runtime.js';
import { parseBash } from './bash-line-ends.js';
import { spellNullConditionalAssignments } from './csharp-null-conditional.js';

/**
 * Parses a file of `language`. JavaScript files that do not parse are tried again with the TSX
 * grammar, as Semgrep's JavaScript parser accepts type annotations, `implements` and decorators
 * with types (Flow, or TypeScript kept in `.js` files); the cleaner tree wins. The tree's positions are
 * always `source`'s.
 */
export async function parseTarget(source: string, language: TargetLanguage): Promise<Tree | null> {
  if (language === 'bash') return parseBash(await parserFor(language), source);
  // C# `a?.b = c`: parsed as `a .b = c`, read back as a conditional access (see csharp-null-conditional).
  const text = language === 'csharp' ? spellNullConditionalAssignments(source) : source;
  const tree = (await parserFor(language)).parse(text);
  if (language !== 'javascript' || !tree?.rootNode.hasError) return tree;
  const typed = (await parserFor('tsx')).parse(source);
  if (!typed || typed.rootNode.hasError) {
    typed?.delete();
    return tree;
  }
  tree.delete();
  return typed;
}
