import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadRules, scanRepository } from '../index.js';
import { hits, rule, scanWith, workspaceWith } from '../test-support/scan-fixture.js';

const EVAL = rule('pattern: eval($X)', '[javascript, python]');

async function scanWorkspace(workspace: string, rules: string, options: { timeoutPerFileMs?: number } = {}) {
  writeFileSync(path.join(workspace, 'rules.yaml'), rules);
  const loaded = await loadRules([path.join(workspace, 'rules.yaml')]);
  return scanRepository({
    workspace,
    paths: ['.'],
    rules: loaded,
    maxFileBytes: 1024 * 1024,
    toolVersion: 't',
    ...options,
  });
}

describe('scan scope', () => {
  it('honours nested .gitignore files relative to their folder, and .git/info/exclude', async () => {
    const workspace = workspaceWith({
      '.semgrepignore': '',
      'pkg/.gitignore': 'generated/\n/local.js\n',
      'pkg/generated/a.js': 'eval(x);\n',
      'pkg/local.js': 'eval(x);\n',
      'pkg/sub/local.js': 'eval(x);\n',
      'other/generated/b.js': 'eval(x);\n',
      'secret-notes.js': 'eval(x);\n',
    });
    mkdirSync(path.join(workspace, '.git', 'info'), { recursive: true });
    writeFileSync(path.join(workspace, '.git', 'info', 'exclude'), 'secret-notes.js\n');
    const result = await scanWorkspace(workspace, EVAL);
    expect(hits(result)).toEqual(['other/generated/b.js:1', 'pkg/sub/local.js:1']);
    expect(result.scope.skipped).toEqual(
      expect.arrayContaining([
        { path: 'pkg/generated', reason: 'ignored', detail: 'directory, by pkg/.gitignore' },
        { path: 'pkg/local.js', reason: 'ignored', detail: 'by pkg/.gitignore' },
        { path: 'secret-notes.js', reason: 'ignored', detail: 'by .git/info/exclude' },
      ]),
    );
  });

  it("applies Semgrep's default .semgrepignore when the workspace has none, and lists what it skipped", async () => {
    const result = await scanWith(EVAL, {
      'tests/a_test.js': 'eval(x);\n',
      'vendor/lib.js': 'eval(x);\n',
      'app.min.js': 'eval(x);\n',
      'src/app.js': 'eval(x);\n',
    });
    expect(hits(result)).toEqual(['src/app.js:1']);
    expect(result.scope.skipped).toContainEqual({
      path: 'tests',
      reason: 'ignored',
      detail: 'directory, by default .semgrepignore',
    });
    expect(result.scope.skippedByReason.ignored).toBe(3);
  });

  it("reads the patterns of a .semgrepignore's `:include` file", async () => {
    const result = await scanWith(EVAL, {
      '.semgrepignore': ':include config/ignore-common\n*.tmp.js\n',
      'config/ignore-common': 'fixtures/\n',
      'fixtures/a.js': 'eval(x);\n',
      'b.tmp.js': 'eval(x);\n',
      'src/c.js': 'eval(x);\n',
    });
    expect(hits(result)).toEqual(['src/c.js:1']);
    expect(result.scope.skipped).toContainEqual({
      path: 'fixtures',
      reason: 'ignored',
      detail: 'directory, by .semgrepignore',
    });
  });

  it('lets a .semgrepignore re-include what a .gitignore excludes', async () => {
    const result = await scanWith(EVAL, {
      '.gitignore': '*.gen.js\n',
      '.semgrepignore': '!keep.gen.js\n',
      'keep.gen.js': 'eval(x);\n',
      'drop.gen.js': 'eval(x);\n',
    });
    expect(hits(result)).toEqual(['keep.gen.js:1']);
  });

  it('reports byte offsets counted in the file when it starts with a UTF-8 BOM, columns as shown', async () => {
    const result = await scanWith(EVAL, {
      'bom.js': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('eval(a);\n  eval(b);\n')]),
    });
    expect(result.findings.map((f) => f.location)).toEqual([
      expect.objectContaining({ startLine: 1, startColumn: 1, startOffset: 3, endOffset: 10 }),
      expect.objectContaining({ startLine: 2, startColumn: 3, startOffset: 14, endOffset: 21 }),
    ]);
  });

  it('reports a rule that runs past the per-file time limit as a timeout problem, and keeps other files', async () => {
    const big = `${'f(a, b, c);\n'.repeat(3000)}eval(x);\n`;
    const workspace = workspaceWith({ '.semgrepignore': '', 'big.js': big });
    const result = await scanWorkspace(workspace, EVAL, { timeoutPerFileMs: 0 });
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'timeout', path: 'big.js', ruleId: 'test-rule' }),
    ]);
    expect(result.problems[0].message).toMatch(/per-file time limit of 0 ms/);
  });

  it('scans a 1 MB minified-looking file without crashing: skipped as minified, with the reason', async () => {
    const line = 'var a=function(b){return b+1};'.repeat(35_000);
    const result = await scanWith(EVAL, { 'bundle.js': line, 'ok.py': 'eval(y)\n' }, { maxFileBytes: 2e6 });
    expect(hits(result)).toEqual(['ok.py:1']);
    expect(result.scope.skipped).toContainEqual(
      expect.objectContaining({ path: 'bundle.js', reason: 'minified' }),
    );
  });
});
