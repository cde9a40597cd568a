// `npm run yardstick:sbom`: scores the built `soc2-scan sbom` on the SBOM yardstick's 15 real lockfiles
// (recall, precision, version accuracy) and validates every SBOM against the official CycloneDX 1.6 and
// SPDX 2.3 schemas with the yardstick's own validator. The yardstick is test data kept outside this
// repository (YARDSTICK_DIR, default ../shared/yardsticks/sbom); it is copied to a temp folder because
// its validator needs its own `npm ci`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const yardstick = path.resolve(
  process.env.YARDSTICK_DIR ?? path.join(root, '..', 'shared', 'yardsticks', 'sbom'),
);
if (!existsSync(path.join(yardstick, 'score-sbom.mjs'))) {
  console.error(`yardstick not found at ${yardstick}; set YARDSTICK_DIR to the sbom yardstick folder`);
  process.exit(2);
}
const work = path.join(mkdtempSync(path.join(tmpdir(), 'soc2-yardstick-sbom-')), 'sbom');
cpSync(yardstick, work, { recursive: true, filter: (source) => !source.includes(`${path.sep}node_modules`) });
execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--silent'], { cwd: work, stdio: 'inherit' });

const cli = path.join(root, 'dist', 'cli.js');
let failed = false;
for (const format of ['cyclonedx', 'spdx']) {
  const run = spawnSync(
    process.execPath,
    [
      'score-sbom.mjs',
      '--all',
      '--validate',
      '--label',
      `soc2-scan-${format}`,
      '--engine',
      `node ${cli} sbom {dir} --format ${format} > {out}`,
    ],
    { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  process.stdout.write(run.stdout);
  const summary = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !/15\/15 fixtures/.test(summary) || !/schema-invalid: none/.test(summary))
    failed = true;
}
process.exit(failed ? 1 : 0);
