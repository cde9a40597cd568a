// Builds the committed bundles (dist/index.js for the action, dist/cli.js for the CLI, dist/scan-worker/
// for both) and copies the data they load at run time: tree-sitter WASM grammars and the bundled rule pack.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const require = createRequire(import.meta.url);

// web-tree-sitter's emscripten glue reads __dirname, which ESM bundles lack.
const esmBanner =
  "import { fileURLToPath as __soc2FileUrlToPath } from 'node:url';\n" +
  "import { dirname as __soc2Dirname } from 'node:path';\n" +
  'const __filename = __soc2FileUrlToPath(import.meta.url);\n' +
  'const __dirname = __soc2Dirname(__filename);\n';

function bundle(entry, outDir) {
  const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', outDir, '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  const file = path.join(outDir, 'index.js');
  writeFileSync(file, esmBanner + readFileSync(file, 'utf8'));
}

rmSync(dist, { recursive: true, force: true });
bundle('src/main.ts', dist);
bundle('src/cli.ts', path.join(dist, 'cli'));
// The scan worker (src/engine/scan/scan-pool.ts finds it beside either bundle): files are scanned on every core.
bundle('src/engine/scan/scan-worker.ts', path.join(dist, 'scan-worker'));
writeFileSync(path.join(dist, 'cli.js'), "#!/usr/bin/env node\nimport './cli/index.js';\n", { mode: 0o755 });

const grammarFiles = JSON.parse(
  readFileSync(path.join(root, 'src', 'engine', 'languages', 'grammars.json'), 'utf8'),
);
mkdirSync(path.join(dist, 'wasm'), { recursive: true });
cpSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), path.join(dist, 'wasm', 'tree-sitter.wasm'));
for (const specifier of new Set(Object.values(grammarFiles))) {
  cpSync(require.resolve(specifier), path.join(dist, 'wasm', path.basename(specifier)));
}
// Only the rule YAML ships; the annotated test targets stay in src/rules for `soc2-scan test`.
cpSync(path.join(root, 'src', 'rules'), path.join(dist, 'rules'), {
  recursive: true,
  filter: (source) => statSync(source).isDirectory() || /\.ya?ml$/.test(source),
});
