import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, runCli } from './run-dist.js';

// The engine as a user drives it from the command line: `-e`, `fix`/`--autofix`, the per-file time
// limit, and files no scanner should choke on. Each test writes its own small repository.

const scratch = mkdtempSync(path.join(tmpdir(), 'soc2-e2e-engine-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function repository(name: string, files: Record<string, string | Buffer>): string {
  const root = path.join(scratch, name);
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), content);
  }
  return root;
}

interface SemgrepJson {
  results: {
    check_id: string;
    path: string;
    start: { line: number };
    extra: { fix?: string; lines: string };
  }[];
  errors: { type: string; rule_id?: string; path?: string }[];
  paths: { scanned: string[]; skipped: { path: string; reason: string }[] };
}

function scanJson(cwd: string, args: string[]) {
  const result = runCli(
    ['scan', ...args, '--json', '--evidence-dir', path.join(cwd, '..', `${path.basename(cwd)}-evidence`)],
    {
      cwd,
    },
  );
  return { ...result, json: JSON.parse(result.stdout) as SemgrepJson };
}

describe('rules for languages Semgrep has and this engine does not', () => {
  const rules = `rules:
  - id: swift-only
    message: found
    severity: ERROR
    languages: [swift]
    pattern: evaluateJavaScript($X)
  - id: kotlin-or-scala
    message: Cipher.getInstance with NullCipher
    severity: ERROR
    languages: [kotlin, scala]
    pattern: NullCipher()
`;
  const repo = repository('no-grammar', {
    'App.kt': 'val c = NullCipher()\n',
    'rules/mixed.yaml': rules,
    '.semgrepignore': 'rules/\n',
  });

  it('runs the rest of the pack, reports the rule it cannot run, and records it in the evidence', () => {
    const { status, json, stderr } = scanJson(repo, ['--config', 'rules/mixed.yaml', '--fail-on', 'none']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(json.results.map((r) => `${r.check_id} ${r.path}:${r.start.line}`)).toEqual([
      'kotlin-or-scala App.kt:1',
    ]);
    expect(json.errors).toEqual([expect.objectContaining({ type: 'rule-not-run', rule_id: 'swift-only' })]);
    const record = JSON.parse(
      readFileSync(path.join(scratch, 'no-grammar-evidence', 'scan-record.json'), 'utf8'),
    ) as { rulesets: { ruleCount: number; notRun?: { id: string; line: number; reason: string }[] }[] };
    expect(record.rulesets).toEqual([
      expect.objectContaining({
        ruleCount: 1,
        notRun: [{ id: 'swift-only', line: 2, reason: "no grammar here for 'swift'" }],
      }),
    ]);
  });

  it('still rejects a language nobody knows, naming the file and line', () => {
    writeFileSync(path.join(repo, 'rules', 'typo.yaml'), rules.replace('[swift]', '[swfit]'));
    const result = runCli(
      ['scan', '--config', 'rules/typo.yaml', '--evidence-dir', path.join(scratch, 'typo-ev')],
      {
        cwd: repo,
      },
    );
    expect(result.status).toBe(2);
    expect(result.stdout + result.stderr).toMatch(/typo\.yaml:5.*unknown or unsupported language 'swfit'/);
  });
});

describe('scan -e <pattern> --lang <lang>', () => {
  const repo = repository('dash-e', {
    'app.py': 'import os\nos.system(cmd)\nos.path.join(a, b)\nos.system("ls")\n',
    'lib.js': 'os.system(cmd)\n',
  });

  it('reports each match of the pattern in files of that language, with rule id "-"', () => {
    const { status, json, stderr } = scanJson(repo, ['-e', 'os.system($X)', '--lang', 'python']);
    expect(stderr).toBe('');
    expect(json.results.map((r) => `${r.check_id} ${r.path}:${r.start.line}`)).toEqual([
      '- app.py:2',
      '- app.py:4',
    ]);
    // Semgrep gives -e matches severity ERROR, which the default fail-on (critical,high) blocks.
    expect(status).toBe(1);
  });

  it('gives the same results when worker threads scan the files', () => {
    const evidence = path.join(scratch, 'dash-e-workers-evidence');
    const result = runCli(
      ['scan', '-e', 'os.system($X)', '--lang', 'python', '--json', '--evidence-dir', evidence],
      { cwd: repo, env: cleanEnv({ SOC2_SCAN_WORKERS: '2' }) },
    );
    const json = JSON.parse(result.stdout) as SemgrepJson;
    expect(json.results.map((r) => `${r.check_id} ${r.path}:${r.start.line}`)).toEqual([
      '- app.py:2',
      '- app.py:4',
    ]);
    expect(json.errors).toEqual([]);
  });

  it('records the pattern rule in the evidence as the command-line ruleset', () => {
    scanJson(repo, ['-e', 'os.system($X)', '--lang', 'python']);
    const record = JSON.parse(
      readFileSync(path.join(scratch, 'dash-e-evidence', 'scan-record.json'), 'utf8'),
    ) as {
      rulesets: { path: string; ruleCount: number }[];
    };
    expect(record.rulesets).toEqual([expect.objectContaining({ path: 'command-line:-e', ruleCount: 1 })]);
  });

  it('exits 2 naming the field when the pattern does not parse in the language', () => {
    const result = runCli(['scan', '-e', 'os.system(', '--lang', 'python', '--json'], { cwd: repo });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/command-line:-e/);
    expect(result.stderr).toMatch(/pattern/);
  });
});

describe('fix and --autofix', () => {
  const rules = [
    'rules:',
    '  - id: use-strict-equality',
    '    message: use === instead of ==',
    '    severity: WARNING',
    '    languages: [javascript]',
    '    pattern: $A == $B',
    '    fix: $A === $B',
  ].join('\n');

  it('shows the fix with metavariables filled in, in --json and in the SARIF', () => {
    const repo = repository('fix-shown', { 'rules.yaml': rules, 'src/a.js': 'if (x == 1) go();\n' });
    const { json } = scanJson(repo, ['--config', 'rules.yaml', 'src']);
    expect(json.results.map((r) => r.extra.fix)).toEqual(['x === 1']);
    const sarif = JSON.parse(
      readFileSync(path.join(scratch, 'fix-shown-evidence', 'results.sarif'), 'utf8'),
    ) as {
      runs: {
        results: {
          fixes?: { artifactChanges: { replacements: { insertedContent: { text: string } }[] }[] }[];
        }[];
      }[];
    };
    const replacement = sarif.runs[0].results[0].fixes?.[0].artifactChanges[0].replacements[0];
    expect(replacement?.insertedContent.text).toBe('x === 1');
    expect(readFileSync(path.join(repo, 'src', 'a.js'), 'utf8')).toBe('if (x == 1) go();\n');
  });

  it('rewrites the matched code with --autofix, leaving the rest of the file as it was', () => {
    const repo = repository('fix-applied', {
      'rules.yaml': rules,
      'src/a.js': '// café\nif (x == 1) go();\nif (y == "é") stop();\nz = 3;\n',
    });
    const result = runCli(['scan', '--config', 'rules.yaml', '--autofix', '--fail-on', 'none', 'src'], {
      cwd: repo,
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/autofix: applied 2 fix\(es\) in 1 file\(s\)/);
    expect(readFileSync(path.join(repo, 'src', 'a.js'), 'utf8')).toBe(
      '// café\nif (x === 1) go();\nif (y === "é") stop();\nz = 3;\n',
    );
    // Scanning again finds nothing left to fix.
    const again = scanJson(repo, ['--config', 'rules.yaml', 'src']);
    expect(again.json.results).toEqual([]);
  });
});

describe('the per-file time limit', () => {
  const calls = Array.from({ length: 4000 }, (_, i) => `run(a${i}, b${i}, c${i});`).join('\n');
  const rules = [
    'rules:',
    '  - id: slow-rule',
    '    message: every call',
    '    severity: INFO',
    '    languages: [javascript]',
    '    pattern: run(..., $X, ...)',
  ].join('\n');

  it('reports a rule that runs past it in errors[] and the scan record, and exits 3', () => {
    const repo = repository('timeout', {
      'rules.yaml': rules,
      'src/big.js': calls,
      'src/small.js': 'x = 1;\n',
    });
    const { status, json } = scanJson(repo, ['--config', 'rules.yaml', '--timeout', '0.001', 'src']);
    expect(status).toBe(3);
    expect(json.errors).toContainEqual(
      expect.objectContaining({ type: 'timeout', rule_id: 'slow-rule', path: 'src/big.js' }),
    );
    const record = JSON.parse(
      readFileSync(path.join(scratch, 'timeout-evidence', 'scan-record.json'), 'utf8'),
    ) as {
      problems: { kind: string; path?: string }[];
      settings: { timeoutPerFileMs: number; allowPartial: boolean; maxFileBytes: number };
    };
    expect(record.settings).toMatchObject({
      timeoutPerFileMs: 1,
      allowPartial: false,
      maxFileBytes: 1048576,
    });
    expect(record.problems).toContainEqual(expect.objectContaining({ kind: 'timeout', path: 'src/big.js' }));
  });

  it('still reports the timeout but does not exit 3 when partial scans are allowed', () => {
    const repo = repository('timeout-partial', { 'rules.yaml': rules, 'src/big.js': calls });
    const { status, json } = scanJson(repo, [
      '--config',
      'rules.yaml',
      '--timeout',
      '0.001',
      '--allow-partial',
      'src',
    ]);
    expect(status).toBe(0);
    expect(json.errors).toContainEqual(expect.objectContaining({ type: 'timeout', rule_id: 'slow-rule' }));
  });
});

describe('files no scanner should choke on', () => {
  it('skips minified, binary and non-UTF-8 files with the reason and a file that does not parse, and scans the rest', () => {
    const minified = `var a=${'[1,2,3],'.repeat(150_000)}0;eval(a);`;
    const repo = repository('hostile', {
      'src/bundle.js': minified,
      'src/image.js': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x65, 0x76, 0x61, 0x6c]),
      'src/latin1.js': Buffer.from('// caf\xe9\neval(x);\n', 'latin1'),
      'src/broken.js': 'function (( {\n  eval(userInput);\n',
      'src/ok.js': 'eval(userInput);\n',
      'src/clean.js': 'log(userInput);\n',
    });
    expect(minified.length).toBeGreaterThan(1_000_000);
    const { status, json } = scanJson(repo, [
      '-e',
      'eval($X)',
      '--lang',
      'js',
      '--max-file-size',
      '2000000',
      'src',
    ]);
    expect(status).toBe(1);
    const skipped = Object.fromEntries(json.paths.skipped.map((s) => [s.path, s.reason]));
    expect(skipped).toMatchObject({
      'src/bundle.js': 'minified',
      'src/image.js': 'binary',
      'src/latin1.js': 'not-utf8',
      'src/broken.js': 'parse-error',
    });
    expect(json.results.map((r) => `${r.path}:${r.start.line}`)).toEqual(['src/ok.js:1']);
    // Every file scanned is listed, with or without findings; skipped ones are not.
    expect(json.paths.scanned).toEqual(['src/clean.js', 'src/ok.js']);
  });
});
