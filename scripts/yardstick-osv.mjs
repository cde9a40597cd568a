// `npm run yardstick:osv`: runs the 109 hand-checked OSV matching cases of the SBOM yardstick
// (osv-truth.json over osv-samples/) through isAffected. The corpus is test data kept outside this
// repository; point YARDSTICK_DIR at the sbom yardstick folder (default: ../shared/yardsticks/sbom
// beside the repository). The matcher is bundled once with ncc, like the product.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const yardstick = path.resolve(
  process.env.YARDSTICK_DIR ?? path.join(root, '..', 'shared', 'yardsticks', 'sbom'),
);
if (!existsSync(path.join(yardstick, 'osv-truth.json'))) {
  console.error(`OSV yardstick not found at ${yardstick}; set YARDSTICK_DIR to the sbom yardstick folder`);
  process.exit(2);
}

const out = mkdtempSync(path.join(os.tmpdir(), 'soc2-yardstick-osv-'));
try {
  const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  execFileSync(
    process.execPath,
    [ncc, 'build', 'scripts/yardstick/osv-matcher.mjs', '-o', out, '--quiet', '--transpile-only'],
    { cwd: root, stdio: 'inherit' },
  );
  const run = spawnSync(process.execPath, [path.join(out, 'index.mjs'), yardstick], { stdio: 'inherit' });
  process.exitCode = run.status ?? 2;
} finally {
  rmSync(out, { recursive: true, force: true });
}
