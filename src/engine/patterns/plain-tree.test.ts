import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectLanguage, parserFor, type TargetLanguage } from '../languages/language-registry.js';
import type { Tree } from '../languages/tree-sitter-runtime.js';
import { copyTree, type PlainNode } from './plain-tree.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** web-tree-sitter's own cursor, through its public API: the reference the copy must equal. */
function cursorNodes(tree: Tree): string[] {
  const cursor = tree.walk();
  const nodes: string[] = [];
  let depth = 0;
  for (;;) {
    nodes.push(`${depth} ${cursor.nodeType} ${cursor.startIndex}-${cursor.endIndex}`);
    if (cursor.gotoFirstChild()) {
      depth += 1;
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        cursor.delete();
        return nodes;
      }
      depth -= 1;
    }
  }
}

function copiedNodes(root: PlainNode): string[] {
  const nodes: string[] = [];
  const stack: [PlainNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [PlainNode, number];
    nodes.push(`${depth} ${node.type} ${node.start}-${node.end}`);
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push([node.children[i], depth + 1]);
  }
  return nodes;
}

async function parse(language: TargetLanguage, source: string): Promise<Tree> {
  const tree = (await parserFor(language)).parse(source);
  if (!tree) throw new Error(`no tree for ${language}`);
  return tree;
}

// Every annotated target beside the engine: all sixteen grammars, with aliases, extras (comments) and hidden rules.
const targets = readdirSync(path.join(here, 'testdata'))
  .map((name) => path.join(here, 'testdata', name))
  .map((file) => ({ file, language: detectLanguage(file, '') }))
  .filter((target): target is { file: string; language: TargetLanguage } => target.language !== undefined)
  .filter(({ file }) => !file.endsWith('.yaml') || file.includes('yaml-'))
  // No grammar of its own: its shell commands are Bash trees (see dockerfile-tree).
  .filter(({ language }) => language !== 'dockerfile');

describe('tree copy from WASM memory', () => {
  it('covers every grammar', () => {
    expect(new Set(targets.map((t) => t.language)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(targets.map((t) => [path.basename(t.file), t.language, t.file] as const))(
    'copies %s (%s) node for node as the runtime cursor walks it',
    async (_name, language, file) => {
      const tree = await parse(language, readFileSync(file, 'utf8'));
      try {
        expect(copiedNodes(copyTree(tree))).toEqual(cursorNodes(tree));
      } finally {
        tree.delete();
      }
    },
  );

  it('copies ERROR and MISSING nodes, and non-ASCII text, as the cursor does', async () => {
    const tree = await parse(
      'javascript',
      'const s = "é🙂"; function f( { if (x) { return 1 ;\nlet = = 3;\n',
    );
    try {
      const copied = copiedNodes(copyTree(tree));
      expect(copied.some((node) => node.includes('ERROR'))).toBe(true);
      expect(copied).toEqual(cursorNodes(tree));
    } finally {
      tree.delete();
    }
  });

  it('copies a tree far deeper than the call stack allows to recurse', async () => {
    const source = `x = ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    const tree = await parse('python', source);
    try {
      const copied = copiedNodes(copyTree(tree));
      expect(copied.length).toBeGreaterThan(20_000);
      expect(copied).toEqual(cursorNodes(tree));
    } finally {
      tree.delete();
    }
  });
});
