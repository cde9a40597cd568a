// `npm run yardstick:patterns [-- scorer options]`: scores the engine against the Semgrep
// pattern-language yardstick (Semgrep's own matcher regression cases). The corpus is test data
// kept outside this repository; point YARDSTICK_DIR at it (default: ../shared/yardsticks/
// semgrep-patterns beside the repository). The engine is bundled once with ncc, like the product,
// and each case runs scripts/yardstick/pattern-engine.mjs. Default languages: python, js, ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const yardstick = path.resolve(
  process.env.YARDSTICK_DIR ?? path.join(root, '..', 'shared', 'yardsticks', 'semgrep-patterns'),
);
const scorer = path.join(yardstick, 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`yardstick not found at ${yardstick}; set YARDSTICK_DIR to the semgrep-patterns folder`);
  process.exit(2);
}

// Same bundling as scripts/build.mjs: the ESM bundle needs __dirname for web-tree-sitter's glue,
// and the engine finds its grammars in wasm/ beside the bundle.
const out = mkdtempSync(path.join(os.tmpdir(), 'soc2-yardstick-engine-'));
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
execFileSync(
  process.execPath,
  [ncc, 'build', 'scripts/yardstick/pattern-engine.mjs', '-o', out, '--quiet', '--transpile-only'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
const banner =
  "import { fileURLToPath as __soc2FileUrlToPath } from 'node:url';\n" +
  "import { dirname as __soc2Dirname } from 'node:path';\n" +
  'const __filename = __soc2FileUrlToPath(import.meta.url);\n' +
  'const __dirname = __soc2Dirname(__filename);\n';
const entry = path.join(out, 'index.mjs');
writeFileSync(entry, banner + readFileSync(entry, 'utf8'));
const grammars = JSON.parse(
  readFileSync(path.join(root, 'src', 'engine', 'languages', 'grammars.json'), 'utf8'),
);
mkdirSync(path.join(out, 'wasm'), { recursive: true });
cpSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), path.join(out, 'wasm', 'tree-sitter.wasm'));
for (const specifier of new Set(Object.values(grammars))) {
  cpSync(require.resolve(specifier), path.join(out, 'wasm', path.basename(specifier)));
}

const args = process.argv.slice(2);
const defaults = args.includes('--lang') ? [] : ['--lang', 'python,js,ts'];
const engine = `node ${JSON.stringify(entry)} {lang} {pattern_file} {target}`;
const score = spawnSync(process.execPath, [scorer, ...defaults, ...args, '--engine', engine], {
  stdio: 'inherit',
});
rmSync(out, { recursive: true, force: true });
process.exit(score.status ?? 2);
