import path from 'node:path';
import { loadRules, scanRepository } from '../index.js';
import { hits, rule, scanWith, workspaceWith } from '../test-support/scan-fixture.js';

const EVAL = rule('pattern: eval($X)', '[javascript, python]');

describe('scanRepository', () => {
  it('produces complete findings: location, offsets, severity, metadata, fingerprint, tool', async () => {
    const rules = `rules:
  - id: eval-rule
    message: eval of $X
    severity: CRITICAL
    languages: [javascript]
    pattern: eval($X)
    metadata:
      category: secrets
      confidence: HIGH
      cwe: 'CWE-95: Eval'
      owasp: ['A03:2021 - Injection']
`;
    const result = await scanWith(rules, { 'src/a.js': 'const é = 1;\n  eval(input);\n' });
    expect(result.findings).toEqual([
      {
        ruleId: 'eval-rule',
        category: 'secrets',
        severity: 'critical',
        message: 'eval of input',
        location: {
          path: 'src/a.js',
          startLine: 2,
          startColumn: 3,
          endLine: 2,
          endColumn: 14,
          startOffset: 16,
          endOffset: 27,
        },
        snippet: 'eval(input)',
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        cwe: ['CWE-95: Eval'],
        owasp: ['A03:2021 - Injection'],
        confidence: 'high',
        metadata: expect.objectContaining({ category: 'secrets' }),
        source: { tool: 'soc2-scan', version: '0.0.0-test' },
      },
    ]);
    expect(result.scope.languages).toEqual({ javascript: { files: 1, bytes: 29 } });
    expect(result.problems).toEqual([]);
  });

  it('keeps fingerprints when lines are inserted above, and tells repeated matches apart', async () => {
    const before = await scanWith(EVAL, { 'a.js': 'eval(x);\neval(x);\n' });
    const after = await scanWith(EVAL, { 'a.js': '// new header\nconst y = 2;\n\neval(x);\neval(x);\n' });
    const prints = (r: typeof before) => r.findings.map((f) => f.fingerprint);
    expect(prints(after)).toEqual(prints(before));
    expect(new Set(prints(before)).size).toBe(2);
  });

  it('sorts findings by path and line across files', async () => {
    const result = await scanWith(EVAL, {
      'b.js': 'eval(1)\n',
      'a/z.py': '\neval(2)\n',
      'a.js': 'x;\neval(3);\neval(4)\n',
    });
    expect(hits(result)).toEqual(['a.js:2', 'a.js:3', 'a/z.py:2', 'b.js:1']);
  });

  it('skips binary, too large, minified and non-UTF-8 files, and counts why', async () => {
    const result = await scanWith(
      EVAL,
      {
        'bin.js': Buffer.from([0x65, 0x76, 0x61, 0x6c, 0x00, 0x01]),
        'big.js': `eval(x);\n${'// padding\n'.repeat(2500)}`,
        'min.js': `eval(x);${'a=1;'.repeat(3000)}\n`,
        'latin1.py': Buffer.from([0x65, 0x76, 0x61, 0x6c, 0x28, 0xe9, 0x29, 0x0a]),
        'ok.js': 'eval(x);\n',
      },
      { maxFileBytes: 20_000 },
    );
    expect(hits(result)).toEqual(['ok.js:1']);
    const reasons = Object.fromEntries(result.scope.skipped.map((s) => [s.path, s.reason]));
    expect(reasons).toMatchObject({
      'bin.js': 'binary',
      'big.js': 'too-large',
      'min.js': 'minified',
      'latin1.py': 'not-utf8',
    });
    expect(result.scope.skippedByReason).toMatchObject({
      binary: 1,
      'too-large': 1,
      minified: 1,
      'not-utf8': 1,
    });
    expect(result.problems).toEqual([]);
  });

  it('scans a file with a small syntax error, skips one that is mostly garbage, and never crashes', async () => {
    const result = await scanWith(EVAL, {
      'small.js': 'eval(a);\nconst = ;\n',
      'garbage.py': ')))) ((( ]]] :::: eval(x) }}}}} {{{{ ))))) ]]]]] ::::\n',
    });
    expect(hits(result)).toContain('small.js:1');
    expect(result.scope.skipped).toContainEqual(
      expect.objectContaining({ path: 'garbage.py', reason: 'parse-error' }),
    );
    expect(result.problems).toEqual([]);
  });

  it('honours .gitignore and .semgrepignore, never enters node_modules, and reports paths with /', async () => {
    const result = await scanWith(EVAL, {
      '.gitignore': 'build/\n*.gen.js\n!keep.gen.js\n',
      '.semgrepignore': '/vendor\n',
      'build/a.js': 'eval(x);\n',
      'src/x.gen.js': 'eval(x);\n',
      'src/keep.gen.js': 'eval(x);\n',
      'vendor/lib.js': 'eval(x);\n',
      'node_modules/dep/index.js': 'eval(x);\n',
      'src/deep/app.js': 'eval(x);\n',
    });
    expect(hits(result)).toEqual(['src/deep/app.js:1', 'src/keep.gen.js:1']);
    expect(result.scope.skippedByReason.ignored).toBe(3);
  });

  it('records rulesets relative to the workspace, or as bundled: for the bundled pack', async () => {
    const workspace = workspaceWith({ 'rules/r.yaml': EVAL, 'a.js': 'eval(x);\n' });
    const { bundledRulesDir } = await import('../index.js');
    const loaded = await loadRules([
      path.join(workspace, 'rules'),
      path.join(bundledRulesDir(), 'python', 'py-pickle-load.yaml'),
    ]);
    const result = await scanRepository({
      workspace,
      paths: ['a.js'],
      rules: loaded,
      maxFileBytes: 1e6,
      toolVersion: 't',
    });
    expect(result.rulesets.map((r) => [r.path, r.ruleCount])).toEqual([
      ['rules/r.yaml', 1],
      ['bundled:python/py-pickle-load.yaml', 1],
    ]);
    expect(hits(result)).toEqual(['a.js:1']);
  });
});
