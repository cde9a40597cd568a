import { parserForLoaded, type TargetLanguage } from '../languages/language-registry.js';
import { patternContexts } from '../languages/pattern-wrappers.js';
import { TargetTree } from './match-pattern.js';
import { dockerfileTree } from './dockerfile-tree.js';
import { toPlainTree } from './plain-tree.js';

/** Bound text parsed as code: the source parsed (the text, or the text inside a context) and where the text lies in it. */
export interface ParsedBoundText {
  source: string;
  tree: TargetTree;
  start: number;
  end: number;
}

/**
 * Parses the text a metavariable is bound to for a metavariable-pattern. A fragment that is not a
 * program on its own (a C# or Java type name such as `Aes`, which a typed metavariable `($T $X)` binds
 * to) is parsed inside the contexts a pattern would be, as Semgrep matches the bound fragment itself;
 * the first parse without errors wins, else the bare parse stands.
 */
export function parseBoundText(text: string, language: TargetLanguage): ParsedBoundText | undefined {
  if (language === 'dockerfile') {
    // Dockerfile has no grammar of its own: instructions are split by hand, shell forms parsed as Bash.
    const bash = parserForLoaded('bash');
    if (!bash) return undefined;
    return {
      source: text,
      tree: new TargetTree(dockerfileTree(text, bash).root, text, true),
      start: 0,
      end: text.length,
    };
  }
  const parser = parserForLoaded(language);
  if (!parser) return undefined;
  const bare = parseWhole(parser, text, 0, text.length);
  if (!bare || !bare.hasError) return bare?.parsed;
  for (const { prefix, suffix, body, clause } of patternContexts(language)) {
    // Contexts that complete the fragment with code of their own do not keep it one node.
    if (body !== undefined || clause !== undefined) continue;
    const wrapped = parseWhole(parser, prefix + text + suffix, prefix.length, prefix.length + text.length);
    if (wrapped && !wrapped.hasError) return wrapped.parsed;
  }
  return bare.parsed;
}

type Parser = NonNullable<ReturnType<typeof parserForLoaded>>;

function parseWhole(
  parser: Parser,
  source: string,
  start: number,
  end: number,
): { parsed: ParsedBoundText; hasError: boolean } | undefined {
  const tree = parser.parse(source);
  if (!tree) return undefined;
  try {
    const parsed = { source, tree: new TargetTree(toPlainTree(tree), source, true), start, end };
    return { parsed, hasError: tree.rootNode.hasError };
  } finally {
    tree.delete();
  }
}
