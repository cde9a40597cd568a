import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { bundledRulesDir } from './asset-locator.js';
import { detectLanguage, parserFor, TARGET_LANGUAGES, type TargetLanguage } from './language-registry.js';

const SAMPLES: Record<TargetLanguage, string> = {
  javascript: 'const x = require("fs");\nexport default function f(a, ...rest) { return <div>{a}</div>; }\n',
  typescript: 'interface A { b: number }\nconst f = (a: A): number => a.b as number;\n',
  tsx: 'const C = (p: { n: string }) => <span title={p.n}>hi</span>;\n',
  python: 'import os\n\ndef f(a, *args, shell=True):\n    return os.system(a)\n',
};

describe('language registry', () => {
  it.each(TARGET_LANGUAGES)('loads the %s grammar and parses a sample without errors', async (language) => {
    const parser = await parserFor(language);
    const tree = parser.parse(SAMPLES[language]);
    expect(tree?.rootNode.hasError).toBe(false);
    expect(tree?.rootNode.namedChildCount).toBeGreaterThan(0);
    tree?.delete();
  });

  it('detects languages from extensions and from a python or node shebang', () => {
    expect(detectLanguage('a/b.mjs', '')).toBe('javascript');
    expect(detectLanguage('a/b.jsx', '')).toBe('javascript');
    expect(detectLanguage('b.cts', '')).toBe('typescript');
    expect(detectLanguage('b.tsx', '')).toBe('tsx');
    expect(detectLanguage('bin/tool', '#!/usr/bin/env python3')).toBe('python');
    expect(detectLanguage('bin/tool', '#!/usr/bin/env node')).toBe('javascript');
    expect(detectLanguage('README', 'hello')).toBeUndefined();
    expect(detectLanguage('x.rb', '')).toBeUndefined();
  });

  it('finds the bundled rule pack from source', () => {
    const dir = bundledRulesDir();
    expect(existsSync(dir)).toBe(true);
    expect(readdirSync(path.join(dir, 'python')).some((name) => name.endsWith('.yaml'))).toBe(true);
  });
});
