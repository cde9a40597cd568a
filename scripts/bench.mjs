// `npm run bench`: measures, never asserts. BENCH=engine or BENCH=sbom runs one half. The rule engine
// half (scripts/bench/engine.mjs) compares soc2-scan with ast-grep on ≥ 20 MB of real code. The SBOM half measures SBOM generation (issue 5) against a peer,
// OWASP cdxgen (installed for the bench only into .bench/, run offline and lockfile-only), on real public lockfiles already on
// this machine: this repository's own package-lock.json, and the largest yardstick fixture when
// ../shared/yardsticks/sbom is beside the checkout. Both tools run as child processes of this one.
// Prints wall time (median of RUNS), peak RSS, components found, and the ratio to the peer.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEngineBench } from './bench/engine.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.RUNS ?? 5);
const scratch = mkdtempSync(path.join(tmpdir(), 'soc2-bench-'));
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const CDXGEN_VERSION = '12.8.4';

/**
 * The peer is installed for the bench only (pinned, into .bench/, which git ignores): as a devDependency
 * its platform-specific optional packages leave package-lock.json unusable for `npm ci`.
 */
function peerCdxgen() {
  const prefix = path.join(root, '.bench', `cdxgen-${CDXGEN_VERSION}`);
  const bin = path.join(prefix, 'node_modules', '.bin', 'cdxgen');
  if (!existsSync(bin)) {
    console.error(`installing the peer @cyclonedx/cdxgen@${CDXGEN_VERSION} into ${prefix} (bench only)`);
    const install = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-audit',
        '--no-fund',
        `@cyclonedx/cdxgen@${CDXGEN_VERSION}`,
      ],
      { stdio: 'inherit' },
    );
    if (install.status !== 0) return null;
  }
  return existsSync(bin) ? bin : null;
}
const only = process.env.BENCH ?? 'all';
if (only === 'all' || only === 'engine') runEngineBench({ root, scratch });
if (only === 'engine') process.exit(0);
const cdxgen = peerCdxgen();

function inputs() {
  const own = path.join(scratch, 'soc2-scan-own');
  cpSync(path.join(root, 'package-lock.json'), path.join(own, 'package-lock.json'));
  cpSync(path.join(root, 'package.json'), path.join(own, 'package.json'));
  const list = [{ name: 'soc2-scan package-lock.json v3', dir: own }];
  const fixture = path.resolve(root, '..', 'shared', 'yardsticks', 'sbom', 'fixtures', 'webpack');
  if (existsSync(fixture)) {
    const copy = path.join(scratch, 'webpack');
    cpSync(fixture, copy, { recursive: true });
    list.push({ name: 'webpack yarn.lock v1 (largest yardstick fixture)', dir: copy });
  }
  return list;
}

/** One run: wall time in ms and peak RSS in MiB (from GNU time when present). */
function measure(command, args, env) {
  const wrapped = gnuTime ? [gnuTime, ['-f', '%M', command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const result = spawnSync(wrapped[0], wrapped[1], { env: { ...process.env, ...env }, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0)
    throw new Error(`${command} failed (${result.status}): ${result.stderr.slice(-500)}`);
  const rssKiB = gnuTime ? Number(result.stderr.trim().split('\n').at(-1)) : NaN;
  return { ms, rssMiB: rssKiB / 1024 };
}

function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function bench(label, command, args, env, outFile) {
  const samples = Array.from({ length: runs }, () => measure(command, args, env));
  const components = JSON.parse(readFileSync(outFile, 'utf8')).components?.length ?? 0;
  return {
    label,
    ms: median(samples.map((s) => s.ms)),
    rssMiB: Math.max(...samples.map((s) => s.rssMiB)),
    components,
  };
}

const peerEnv = {
  FETCH_LICENSE: 'false',
  CDXGEN_FETCH_PKG_METADATA: 'false',
  CDXGEN_ALLOWED_HOSTS: '127.0.0.1',
  CDXGEN_ALLOWED_COMMANDS: 'none',
  CDXGEN_NO_BANNER: '1',
  CI: 'true',
};

console.log(
  `SBOM generation, CycloneDX 1.6, median of ${runs} runs, ${process.version} ${process.platform}/${process.arch}`,
);
for (const input of inputs()) {
  const ours = path.join(scratch, 'ours.cdx.json');
  const theirs = path.join(scratch, 'cdxgen.cdx.json');
  const a = bench(
    'soc2-scan sbom',
    process.execPath,
    [path.join(root, 'dist', 'cli.js'), 'sbom', input.dir, '--format', 'cyclonedx', '-o', ours],
    {},
    ours,
  );
  const b = cdxgen
    ? bench(
        'cdxgen (peer)',
        cdxgen,
        ['-t', 'js', '--no-install-deps', '--spec-version', '1.6', '--no-babel', '-o', theirs, input.dir],
        peerEnv,
        theirs,
      )
    : null;
  console.log(`\n${input.name}`);
  for (const row of [a, b].filter(Boolean)) {
    console.log(
      `  ${row.label.padEnd(16)} ${row.ms.toFixed(0).padStart(6)} ms  peak RSS ${row.rssMiB.toFixed(0).padStart(4)} MiB  ${row.components} components`,
    );
  }
  if (b) console.log(`  time ratio soc2-scan / cdxgen: ${(a.ms / b.ms).toFixed(2)} (below 1 is faster)`);
}
