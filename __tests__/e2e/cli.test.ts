import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUNDLE_FILES, repoRoot, runCli } from './run-dist.js';

function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

describe('dist/cli.js scan on the demo app', () => {
  const evidence = path.join(tempDir('soc2-e2e-demo-'), 'evidence');
  let scan: ReturnType<typeof runCli>;

  beforeAll(() => {
    scan = runCli(['scan', 'examples/demo-app', '--evidence-dir', evidence]);
  });

  it('prints the findings and exits 1 because some block', () => {
    expect(scan.stderr).toBe('');
    expect(scan.status).toBe(1);
    expect(scan.stdout).toMatch(/examples\/demo-app\/\S+:\d+:\d+ {2}HIGH {2}block/);
    expect(scan.stdout).toMatch(/Result: blocked/);
  });

  it('leaves every bundle file, and the bundle verifies', () => {
    expect(readdirSync(evidence).sort()).toEqual(BUNDLE_FILES);
    const verify = runCli(['verify', evidence]);
    expect(verify.status).toBe(0);
    expect(verify.stdout).toMatch(/intact/);
  });

  it.each(BUNDLE_FILES)('names %s when one byte of it is flipped', (file) => {
    const copy = tempDir('soc2-e2e-tamper-');
    cpSync(evidence, copy, { recursive: true });
    const target = path.join(copy, file);
    const bytes = readFileSync(target);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41;
    writeFileSync(target, bytes);
    const verify = runCli(['verify', copy]);
    expect(verify.status).not.toBe(0);
    expect(verify.stderr).toContain(file);
  });

  it('names the event when one audit event is deleted', () => {
    const copy = tempDir('soc2-e2e-delete-');
    cpSync(evidence, copy, { recursive: true });
    const logFile = path.join(copy, 'audit-log.jsonl');
    const lines = readFileSync(logFile, 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(3);
    lines.splice(2, 1);
    writeFileSync(logFile, lines.join('\n') + '\n');
    const verify = runCli(['verify', copy]);
    expect(verify.status).not.toBe(0);
    expect(verify.stderr).toMatch(/audit-log\.jsonl/);
  });

  it('records an actor and an ISO-8601 UTC timestamp on every audit event', () => {
    const events = readFileSync(path.join(evidence, 'audit-log.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { ts: string; actor: { login: string }; type: string });
    expect(events[0].type).toBe('scan.started');
    expect(events.at(-1)?.type).toBe('scan.completed');
    for (const event of events) {
      expect(event.ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(event.actor.login).toEqual(expect.any(String));
    }
  });
});

describe('dist/cli.js scan --json', () => {
  it('prints semgrep-shaped JSON', () => {
    const evidence = tempDir('soc2-e2e-json-');
    const result = runCli(['scan', 'examples/demo-app', '--json', '--evidence-dir', evidence]);
    expect(result.status).toBe(1);
    const output = JSON.parse(result.stdout) as {
      results: Array<{
        check_id: string;
        path: string;
        start: { line: number };
        extra: { fingerprint: string };
      }>;
      errors: unknown[];
    };
    expect(output.results.length).toBeGreaterThanOrEqual(6);
    expect(output.errors).toEqual([]);
    for (const item of output.results) {
      expect(item.path.startsWith('examples/demo-app/')).toBe(true);
      expect(item.extra.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

describe('dist/cli.js bad input', () => {
  function workspaceWithRule(yaml: string): string {
    const dir = tempDir('soc2-e2e-bad-');
    writeFileSync(path.join(dir, 'rule.yaml'), yaml);
    writeFileSync(path.join(dir, 'app.js'), 'eval(userInput);\n');
    return dir;
  }

  it.each([
    ['invalid YAML syntax', 'rules:\n  - id: x\n    message: [unclosed\n', /rule\.yaml:\d+/],
    [
      'an unknown rule key',
      'rules:\n  - id: x\n    message: m\n    severity: ERROR\n    languages: [js]\n    pattern: eval($X)\n    patern-not: foo\n',
      /rule\.yaml:7.*patern-not/,
    ],
    [
      'an unknown severity',
      'rules:\n  - id: x\n    message: m\n    severity: SEVERE\n    languages: [js]\n    pattern: eval($X)\n',
      /rule\.yaml:4.*severity/,
    ],
    [
      'an unknown language',
      'rules:\n  - id: x\n    message: m\n    severity: ERROR\n    languages: [cobol]\n    pattern: eval($X)\n',
      /rule\.yaml:5.*languages/,
    ],
    [
      'a missing pattern',
      'rules:\n  - id: x\n    message: m\n    severity: ERROR\n    languages: [js]\n',
      /rule\.yaml:2/,
    ],
  ])('exits 2 naming file, line and field for %s', (_name, yaml, expected) => {
    const cwd = workspaceWithRule(yaml);
    const result = runCli(['scan', '.', '--config', 'rule.yaml', '--evidence-dir', 'ev'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stderr + result.stdout).toMatch(expected);
  });

  it('exits 2 on an unknown flag value, naming the flag', () => {
    const result = runCli(['scan', 'examples/demo-app', '--fail-on', 'urgent']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--fail-on.*urgent/);
  });

  it('scans past a file the parser cannot handle, and counts the skip', () => {
    const dir = tempDir('soc2-e2e-broken-');
    writeFileSync(path.join(dir, 'broken.py'), 'def (((:\n  ]]] eval(\n'.repeat(50));
    writeFileSync(path.join(dir, 'binary.js'), Buffer.from([0, 1, 2, 3, 0, 255, 254]));
    writeFileSync(path.join(dir, 'latin1.py'), Buffer.from('x = "caf\xe9"\n', 'latin1'));
    writeFileSync(path.join(dir, 'ok.py'), 'import os\nos.system(cmd)\n');
    const result = runCli(['scan', '.', '--evidence-dir', 'ev'], { cwd: dir });
    expect([0, 1]).toContain(result.status);
    const record = JSON.parse(readFileSync(path.join(dir, 'ev', 'scan-record.json'), 'utf8')) as {
      scope: { skippedByReason: Record<string, number> };
    };
    expect(record.scope.skippedByReason).toMatchObject({ binary: 1, 'not-utf8': 1 });
  });
});

describe('dist/cli.js test', () => {
  it('passes on the bundled rule pack', () => {
    const result = runCli(['test', 'src/rules']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\d+ passed, 0 failed/);
  });

  it('exits 1 naming the rule and line when an annotation is wrong', () => {
    const copy = tempDir('soc2-e2e-ruletest-');
    cpSync(path.join(repoRoot, 'src', 'rules'), copy, { recursive: true });
    const language = readdirSync(copy).find((entry) => entry === 'python') ?? readdirSync(copy)[0];
    const target = readdirSync(path.join(copy, language)).find((file) => !/\.ya?ml$/.test(file))!;
    const targetPath = path.join(copy, language, target);
    const lines = readFileSync(targetPath, 'utf8').split('\n');
    const index = lines.findIndex((line) => /ruleid:/.test(line));
    const ruleId = /ruleid:\s*(\S+)/.exec(lines[index])![1];
    lines[index] = lines[index].replace('ruleid:', 'ok:');
    writeFileSync(targetPath, lines.join('\n'));
    const result = runCli(['test', copy]);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain(ruleId);
    expect(result.stdout + result.stderr).toContain(`${target}:${index + 2}`);
  });
});

describe('dist/cli.js supply chain', () => {
  it('matches the demo lockfile against an offline OSV database and names the fixed version', () => {
    const evidence = tempDir('soc2-e2e-osv-');
    const result = runCli([
      'scan',
      'examples/demo-app',
      '--osv-db',
      'examples/osv-db',
      '--json',
      '--evidence-dir',
      evidence,
    ]);
    expect(result.status).toBe(1);
    const output = JSON.parse(result.stdout) as {
      results: Array<{ check_id: string; path: string; extra: { message: string; severity: string } }>;
    };
    const advisory = output.results.find((item) => item.check_id === 'GHSA-35jh-r3h4-6jhm');
    expect(advisory).toMatchObject({
      path: 'examples/demo-app/web/package-lock.json',
      extra: { severity: 'ERROR' },
    });
    expect(advisory?.extra.message).toContain('4.17.21');
    const events = readFileSync(path.join(evidence, 'audit-log.jsonl'), 'utf8');
    expect(events).toContain('"type":"sbom.generated"');
    expect(runCli(['verify', evidence]).status).toBe(0);
  });

  it('prints a CycloneDX SBOM of the demo app and writes SPDX to a file', () => {
    const cyclonedx = runCli(['sbom', 'examples/demo-app']);
    expect(cyclonedx.status).toBe(0);
    const bom = JSON.parse(cyclonedx.stdout) as { specVersion: string; components: Array<{ purl: string }> };
    expect(bom.specVersion).toBe('1.6');
    expect(bom.components.map((component) => component.purl).sort()).toEqual([
      'pkg:npm/left-pad@1.3.0',
      'pkg:npm/lodash@4.17.20',
      'pkg:npm/ms@2.1.3',
    ]);
    const out = path.join(tempDir('soc2-e2e-spdx-'), 'sbom.spdx.json');
    expect(runCli(['sbom', 'examples/demo-app', '--format', 'spdx', '-o', out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ spdxVersion: 'SPDX-2.3' });
  });

  it('exits 2 naming the flag for an unknown SBOM format', () => {
    const result = runCli(['sbom', 'examples/demo-app', '--format', 'swid']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--format.*swid/);
  });
});

describe('dist/cli.js importing other scanners', () => {
  it('puts CodeQL SARIF and semgrep --json results under the same policy and evidence', () => {
    const testdata = path.join(repoRoot, 'src', 'importers', 'testdata');
    const evidence = path.join(tempDir('soc2-e2e-import-'), 'evidence');
    const sarif = JSON.parse(readFileSync(path.join(testdata, 'codeql-javascript.sarif'), 'utf8'));
    const semgrep = JSON.parse(readFileSync(path.join(testdata, 'semgrep-scan.json'), 'utf8'));
    const expected =
      sarif.runs.reduce((sum: number, run: { results?: unknown[] }) => sum + (run.results?.length ?? 0), 0) +
      semgrep.results.length;
    const result = runCli(
      [
        'scan',
        'workspace',
        '--import-sarif',
        'codeql-javascript.sarif',
        '--import-semgrep',
        'semgrep-scan.json',
        '--evidence-dir',
        evidence,
      ],
      { cwd: testdata },
    );
    expect(result.stderr).toBe('');
    const findings = JSON.parse(readFileSync(path.join(evidence, 'findings.json'), 'utf8'))
      .findings as Array<{
      category: string;
      source: { tool: string };
      decision: { action: string };
    }>;
    const imported = findings.filter((finding) => finding.category === 'imported');
    expect(imported).toHaveLength(expected);
    expect(new Set(imported.map((finding) => finding.source.tool))).toEqual(
      new Set([sarif.runs[0].tool.driver.name, 'Semgrep']),
    );
    const record = JSON.parse(readFileSync(path.join(evidence, 'scan-record.json'), 'utf8'));
    expect(record.imports.map((entry: { findings: number }) => entry.findings)).toEqual([
      sarif.runs[0].results.length,
      semgrep.results.length,
    ]);
    expect(result.status).toBe(imported.some((finding) => finding.decision.action === 'block') ? 1 : 0);
    expect(runCli(['verify', evidence]).status).toBe(0);
  });
});
