import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// From source this is src/engine/languages; in the ncc bundle it is dist/ (action) or dist/cli/ (CLI),
// where scripts/build.mjs puts wasm/ and rules/ in dist/.
const here = path.dirname(fileURLToPath(import.meta.url));
const bundleDirs = [here, path.dirname(here)];

/**
 * The one place that knows where run-time assets live: beside the bundle when bundled, else in
 * node_modules (WASM) or src/rules (rule pack) when running from source.
 */
export function locateWasm(specifier: string): string {
  const name = path.basename(specifier);
  for (const dir of bundleDirs) {
    const candidate = path.join(dir, 'wasm', name);
    if (existsSync(candidate)) return candidate;
  }
  return createRequire(import.meta.url).resolve(specifier);
}

/** The bundled rule pack: `dist/rules` in the bundle, `src/rules` from source. */
export function bundledRulesDir(): string {
  for (const dir of bundleDirs) {
    const candidate = path.join(dir, 'rules');
    if (existsSync(candidate)) return candidate;
  }
  return path.resolve(here, '..', '..', 'rules');
}
