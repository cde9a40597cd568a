import type { ParserType, SyntaxNode, Tree } from './tree-sitter-runtime.js';

/** Each round fixes at least one line end; a file needing more is parsed as it is. */
const MAX_ROUNDS = 8;

/**
 * tree-sitter-bash 0.25 sometimes reads the newline after a pipeline as a space, so the next lines'
 * words become arguments of the pipeline's last command, with no error in the tree
 * (tree-sitter/tree-sitter-bash#347, #316). Such a newline is written `;` (same length: offsets and
 * the source the matcher reads stay as they are) and the file parsed again.
 */
export function parseBash(parser: ParserType, source: string): Tree | null {
  let text = source;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const tree = parser.parse(text);
    if (!tree) return null;
    const swallowed = swallowedLineEnds(tree.rootNode, text);
    if (swallowed.length === 0) return tree;
    tree.delete();
    for (const at of swallowed) text = `${text.slice(0, at)};${text.slice(at + 1)}`;
  }
  return parser.parse(text);
}

/** The first unescaped newline between two words of each command (never one that ends a comment). */
function swallowedLineEnds(root: SyntaxNode, text: string): number[] {
  const found: number[] = [];
  for (const command of root.descendantsOfType('command')) {
    if (!command) continue;
    const children = command.children.filter((child): child is SyntaxNode => child !== null);
    for (let i = 1; i < children.length; i += 1) {
      const previous = children[i - 1];
      if (previous.type === 'comment') continue;
      const gap = text.slice(previous.endIndex, children[i].startIndex);
      const newline = gap.search(/(?<!\\)\n/);
      if (newline >= 0) {
        found.push(previous.endIndex + newline);
        break;
      }
    }
  }
  return found;
}
