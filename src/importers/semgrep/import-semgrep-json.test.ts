import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../model/index.js';
import { importSemgrepJson } from '../index.js';

const TESTDATA = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'testdata');
const WORKSPACE = path.join(TESTDATA, 'workspace');
const SEMGREP = path.join(TESTDATA, 'semgrep-scan.json');

function tempFile(name: string, content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'soc2-import-')), name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

const result = (overrides: Record<string, unknown> = {}) => ({
  check_id: 'rules.example',
  path: 'src/app.js',
  start: { line: 4, col: 10, offset: 81 },
  end: { line: 4, col: 29, offset: 100 },
  extra: { message: 'example', severity: 'WARNING', metadata: {}, lines: '  return eval(input.formula);' },
  ...overrides,
});

describe('importSemgrepJson', () => {
  it('imports semgrep --json: counts, locations, severities, CWE/OWASP and confidence as in the file', async () => {
    const imported = await importSemgrepJson(SEMGREP, { workspace: WORKSPACE });
    expect(imported.source).toEqual({
      tool: 'Semgrep',
      version: '1.97.0',
      file: SEMGREP,
      sha256: createHash('sha256').update(readFileSync(SEMGREP)).digest('hex'),
    });
    expect(imported.skipped).toEqual([]);
    expect(imported.toolErrors).toEqual([]);
    expect(
      imported.findings.map((f) => [f.ruleId.split('.').pop(), f.severity, f.location, f.confidence]),
    ).toEqual([
      [
        'open-never-closed',
        'low',
        {
          path: 'scripts/tool.py',
          startLine: 5,
          startColumn: 14,
          endLine: 5,
          endColumn: 24,
          startOffset: 49,
          endOffset: 59,
        },
        'medium',
      ],
      [
        'detect-eval-with-expression',
        'high',
        {
          path: 'src/app.js',
          startLine: 4,
          startColumn: 10,
          endLine: 4,
          endColumn: 29,
          startOffset: 81,
          endOffset: 100,
        },
        'low',
      ],
      [
        'detected-aws-access-key-id-value',
        'medium',
        {
          path: 'src/app.js',
          startLine: 7,
          startColumn: 16,
          endLine: 7,
          endColumn: 38,
          startOffset: 120,
          endOffset: 142,
        },
        'low',
      ],
    ]);
    const [open, evalFinding, secret] = imported.findings;
    expect(evalFinding).toMatchObject({
      category: 'imported',
      message: 'Detected the use of eval(). eval() can be dangerous if used to evaluate dynamic content.',
      cwe: ["CWE-95: Improper Neutralization of Directives in Dynamically Evaluated Code ('Eval Injection')"],
      owasp: ['A03:2021 - Injection'],
      source: { tool: 'Semgrep', version: '1.97.0' },
      metadata: { importedFrom: 'semgrep-json', semgrepSeverity: 'ERROR', category: 'security' },
    });
    // Semgrep CE withholds the lines ("requires login"): they are read from the file instead.
    expect(evalFinding.snippet).toBe('  return eval(input.formula);');
    expect(evalFinding.metadata).not.toHaveProperty('semgrepFingerprint');
    expect(open.snippet).toBe('    handle = open(path)');
    expect(secret.metadata).toMatchObject({ secret: true, semgrepFingerprint: expect.stringMatching(/_0$/) });
    expect(new Set(imported.findings.map((f) => f.fingerprint)).size).toBe(3);
  });

  it('redacts the snippet of a secrets rule, so the key never reaches the evidence', async () => {
    const imported = await importSemgrepJson(SEMGREP, { workspace: WORKSPACE });
    expect(JSON.stringify(imported.findings)).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(imported.findings[2].snippet).toBe("const awsKey = 'AKIA********[REDACTED]';");
  });

  it('fingerprints by matched code: re-imports and results moved down by inserted lines keep their identity', async () => {
    const first = await importSemgrepJson(tempFile('a.json', { version: '1.0.0', results: [result()] }), {
      workspace: WORKSPACE,
    });
    const again = await importSemgrepJson(tempFile('a.json', { version: '1.0.0', results: [result()] }), {
      workspace: WORKSPACE,
    });
    expect(again.findings[0].fingerprint).toBe(first.findings[0].fingerprint);

    const moved = mkdtempSync(path.join(tmpdir(), 'soc2-import-moved-'));
    cpSync(WORKSPACE, moved, { recursive: true });
    const header = '// header\n'.repeat(40);
    writeFileSync(
      path.join(moved, 'src/app.js'),
      header + readFileSync(path.join(WORKSPACE, 'src/app.js'), 'utf8'),
    );
    const shift = header.length;
    const shifted = result({
      path: `${moved}/src/app.js`,
      start: { line: 44, col: 10, offset: 81 + shift },
      end: { line: 44, col: 29, offset: 100 + shift },
    });
    const after = await importSemgrepJson(tempFile('b.json', { version: '1.0.0', results: [shifted] }), {
      workspace: moved,
    });
    expect(after.findings[0].location).toMatchObject({ path: 'src/app.js', startLine: 44 });
    expect(after.findings[0].fingerprint).toBe(first.findings[0].fingerprint);
  });

  it('skips results without a rule id, path or line, and reports Semgrep errors (not warnings)', async () => {
    const file = tempFile('partial.json', {
      version: '1.0.0',
      results: [result(), result({ check_id: undefined }), result({ path: '' }), result({ start: {} })],
      errors: [
        {
          level: 'error',
          type: 'Timeout',
          path: 'src/big.js',
          message: 'Timeout when running rules\nmore detail',
        },
        { level: 'warn', type: 'Syntax error', path: 'src/odd.js', message: 'Syntax error at line 3' },
      ],
    });
    const imported = await importSemgrepJson(file, { workspace: WORKSPACE });
    expect(imported.findings).toHaveLength(1);
    expect(imported.skipped).toEqual([
      { at: 'results[1]', reason: 'no check_id' },
      { at: 'results[2]', reason: 'no path' },
      { at: 'results[3]', reason: 'no start.line' },
    ]);
    expect(imported.toolErrors).toEqual(['Semgrep error in src/big.js: Timeout when running rules']);
  });

  it.each([
    ['{\n  "results": [\n    { "check_id": }\n  ]\n}', /scan\.json:3: not valid JSON/, { line: 3 }],
    [
      JSON.stringify({ errors: [] }),
      /field 'results': Semgrep JSON output must have a "results" array$/,
      { field: 'results' },
    ],
    [
      JSON.stringify({ version: '2.1.0', runs: [] }),
      /this looks like SARIF: import it as SARIF/,
      { field: 'results' },
    ],
    [
      JSON.stringify({ results: ['x'] }),
      /field 'results\[0\]': each result must be an object/,
      { field: 'results[0]' },
    ],
    ['null', /must be a JSON object/, { field: '(root)' }],
  ])(
    'rejects malformed input %# with a ConfigError naming file, line or field',
    async (content, message, where) => {
      const file = tempFile('scan.json', content);
      const error = await importSemgrepJson(file, { workspace: WORKSPACE }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toMatch(message);
      expect(error).toMatchObject({ file, ...where });
    },
  );
});
