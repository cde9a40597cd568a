// `npm run bench:startup`: cold start of the built bundles and the end-to-end time of scanning the demo
// app, as medians of several runs in fresh node processes. A measurement, never a test threshold.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.RUNS ?? 9);
const scratch = mkdtempSync(path.join(tmpdir(), 'soc2-startup-'));

function timeOnce(args, env = {}) {
  const start = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' });
  } catch {
    // The demo scan exits 1 on purpose (blocking findings); only the time matters here.
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(args, env) {
  const samples = Array.from({ length: runs }, () => timeOnce(args, env)).sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const rows = [
  ['node itself (node -e "")', median(['-e', ''])],
  ['dist/cli.js --version (cold start)', median(['dist/cli.js', '--version'])],
  [
    'dist/cli.js scan examples/demo-app',
    median(['dist/cli.js', 'scan', 'examples/demo-app', '--evidence-dir', path.join(scratch, 'cli')]),
  ],
  [
    'dist/index.js on examples/demo-app (no upload)',
    median(['dist/index.js'], {
      INPUT_PATHS: 'examples/demo-app',
      'INPUT_UPLOAD-EVIDENCE': 'false',
      'INPUT_EVIDENCE-DIR': path.join(scratch, 'action'),
      GITHUB_WORKSPACE: root,
    }),
  ],
];
console.log(`median of ${runs} runs, ${process.version}, ${process.platform}/${process.arch}`);
for (const [label, ms] of rows) console.log(`${label.padEnd(50)} ${ms.toFixed(0).padStart(6)} ms`);
