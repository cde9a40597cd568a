// The engine half of `npm run bench` (issue 3): soc2-scan's rule engine against the peer ast-grep, on
// real code already on this machine. The corpus is copied (deterministically) into a scratch folder:
// .js/.ts files from this repository's node_modules and .py files from the system Python library,
// leaving out minified and >1 MB files (both tools would treat them differently). Both tools run as
// child processes of this one, on the same files; wall time and peak RSS come from GNU time.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const MIB = 1024 * 1024;
const MAX_FILE = 1024 * 1024;

function looksMinified(text) {
  const lines = text.split('\n');
  return lines.some((line) => line.length > 10_000) || text.length / lines.length > 500;
}

function* walk(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/** Copies up to `budget` bytes of files with `extensions` from `source` into `target`; returns bytes and files. */
function collect(source, target, extensions, budget) {
  let bytes = 0;
  let files = 0;
  for (const file of walk(source)) {
    if (bytes >= budget) break;
    if (!extensions.some((ext) => file.endsWith(ext)) || file.endsWith('.d.ts')) continue;
    const size = statSync(file).size;
    if (size === 0 || size > MAX_FILE) continue;
    const text = readFileSync(file, 'utf8');
    if (text.includes('\0') || looksMinified(text)) continue;
    // `node_modules` segments are renamed: soc2-scan (like Semgrep) never walks into them.
    const relative = path
      .relative(source, file)
      .split(path.sep)
      .map((p) => (p === 'node_modules' ? 'nm' : p));
    const destination = path.join(target, ...relative);
    mkdirSync(path.dirname(destination), { recursive: true });
    copyFileSync(file, destination);
    bytes += size;
    files += 1;
  }
  return { bytes, files };
}

export function buildCorpus(root, scratch) {
  const corpus = path.join(scratch, 'corpus');
  mkdirSync(corpus, { recursive: true });
  // An empty .semgrepignore: Semgrep's default ignores (test/, dist/, …) would skip part of the corpus.
  writeFileSync(path.join(corpus, '.semgrepignore'), '');
  const parts = {
    js: collect(path.join(root, 'node_modules'), path.join(corpus, 'js'), ['.js', '.cjs', '.mjs'], 16 * MIB),
    ts: collect(path.join(root, 'node_modules'), path.join(corpus, 'ts'), ['.ts', '.mts', '.cts'], 4 * MIB),
    python: { bytes: 0, files: 0 },
  };
  const python = readdirSync('/usr/lib').filter((name) => /^python3\.\d+$/.test(name));
  if (python.length > 0)
    parts.python = collect(path.join('/usr/lib', python[0]), path.join(corpus, 'py'), ['.py'], 8 * MIB);
  return { dir: corpus, parts };
}

function measure(command, args, { ok = [0], cwd } = {}) {
  const gnuTime = existsSync('/usr/bin/time');
  const [bin, argv] = gnuTime ? ['/usr/bin/time', ['-f', '%e %M', command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const result = spawnSync(bin, argv, { encoding: 'utf8', cwd, maxBuffer: 1024 * MIB });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!ok.includes(result.status)) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-800)}`);
  }
  const rssKiB = gnuTime ? Number(result.stderr.trim().split('\n').at(-1).split(' ')[1]) : NaN;
  return { seconds, rssMiB: rssKiB / 1024, stdout: result.stdout };
}

export function runEngineBench({ root, scratch }) {
  const { dir, parts } = buildCorpus(root, scratch);
  const totalBytes = Object.values(parts).reduce((sum, p) => sum + p.bytes, 0);
  const totalFiles = Object.values(parts).reduce((sum, p) => sum + p.files, 0);
  console.log(
    `\nRule engine on ${(totalBytes / MIB).toFixed(1)} MiB in ${totalFiles} files ` +
      `(js ${(parts.js.bytes / MIB).toFixed(1)}, ts ${(parts.ts.bytes / MIB).toFixed(1)}, python ${(parts.python.bytes / MIB).toFixed(1)} MiB), ` +
      `${os.availableParallelism()} cores`,
  );

  const cli = path.join(root, 'dist', 'cli.js');
  const rules = [path.join(root, 'src', 'rules'), path.join(root, 'scripts', 'bench', 'rules')];
  const evidence = path.join(scratch, 'evidence');
  const ours = measure(
    process.execPath,
    [
      cli,
      'scan',
      ...rules.flatMap((r) => ['--config', r]),
      '--evidence-dir',
      evidence,
      '--fail-on',
      'none',
      '--json',
      '.',
    ],
    { ok: [0, 1], cwd: dir },
  );
  const report = JSON.parse(ours.stdout);
  const ruleCount = rules.reduce(
    (n, r) =>
      n +
      [...walk(r)]
        .filter((f) => /\.ya?ml$/.test(f))
        .reduce((m, f) => m + (readFileSync(f, 'utf8').match(/^  - id:/gm) ?? []).length, 0),
    0,
  );

  const astGrep = path.join(root, 'node_modules', '.bin', 'ast-grep');
  const peer = (threads) => {
    let seconds = 0;
    let rssMiB = 0;
    let matches = 0;
    for (const [lang, sub] of [
      ['js', 'js'],
      ['ts', 'ts'],
      ['python', 'py'],
    ]) {
      if (!existsSync(path.join(dir, sub))) continue;
      const run = measure(
        astGrep,
        ['run', '-p', 'eval($X)', '--lang', lang, '--json=compact', '-j', String(threads), sub],
        { ok: [0, 1], cwd: dir },
      );
      seconds += run.seconds;
      rssMiB = Math.max(rssMiB, run.rssMiB);
      matches += JSON.parse(run.stdout || '[]').length;
    }
    return { seconds, rssMiB, matches };
  };
  const peerAll = existsSync(astGrep) ? peer(os.availableParallelism()) : null;
  const peerOne = existsSync(astGrep) ? peer(1) : null;

  const row = (label, seconds, rssMiB, extra) =>
    console.log(
      `  ${label.padEnd(34)} ${seconds.toFixed(2).padStart(7)} s  ${(totalBytes / MIB / seconds).toFixed(2).padStart(6)} MiB/s  ` +
        `${(totalFiles / seconds).toFixed(0).padStart(5)} files/s  peak RSS ${rssMiB.toFixed(0).padStart(5)} MiB  ${extra}`,
    );
  row(
    `soc2-scan scan, ${ruleCount} rules`,
    ours.seconds,
    ours.rssMiB,
    `${report.results.length} findings, ${report.errors.length} errors, ${JSON.parse(readFileSync(path.join(evidence, 'scan-record.json'), 'utf8')).scope?.filesScanned ?? '?'} files scanned`,
  );
  if (peerAll)
    row(
      `ast-grep run -p 'eval($X)', -j ${os.availableParallelism()}`,
      peerAll.seconds,
      peerAll.rssMiB,
      `${peerAll.matches} matches`,
    );
  if (peerOne)
    row(`ast-grep run -p 'eval($X)', -j 1`, peerOne.seconds, peerOne.rssMiB, `${peerOne.matches} matches`);
  if (peerAll) {
    console.log(
      `  throughput ratio soc2-scan / ast-grep (same cores): ${(peerAll.seconds / ours.seconds).toFixed(3)}× (target ≥ 0.35×)`,
    );
    console.log(
      `  throughput ratio soc2-scan / ast-grep -j 1:        ${(peerOne.seconds / ours.seconds).toFixed(3)}×`,
    );
  }
  console.log(`  peak RSS soc2-scan: ${ours.rssMiB.toFixed(0)} MiB (target < 1024 MiB)`);
  rmSync(dir, { recursive: true, force: true });
}
