import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../model/index.js';
import { loadRules } from '../index.js';
import { formatRuleTestReport, runRuleTests } from '../rule-tests/index.js';
import { hits, rule, scanWith, workspaceWith } from '../test-support/scan-fixture.js';

const here = path.dirname(fileURLToPath(import.meta.url));

async function loadError(text: string): Promise<ConfigError> {
  const dir = workspaceWith({ 'rule.yaml': text });
  const error = await loadRules([path.join(dir, 'rule.yaml')]).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('rule operators', () => {
  it('passes every ruleid/ok annotation in rule-files/testdata', async () => {
    const report = await runRuleTests(path.join(here, 'testdata'), 'test');
    expect(formatRuleTestReport(report)).toMatch(/ 0 failed$/);
    expect(report.failures).toEqual([]);
    expect(report.rules).toBeGreaterThanOrEqual(15);
  });

  it("scans only the files a rule's paths include and do not exclude (rule tests ignore paths, as semgrep --test)", async () => {
    const body = "paths:\n  include: ['scripts/*']\n  exclude: ['*.test.js']\npattern: print(...)";
    const result = await scanWith(rule(body), {
      'scripts/a.js': 'print(1);\n',
      'scripts/a.test.js': 'print(1);\n',
      'lib/b.js': 'print(1);\n',
    });
    expect(hits(result)).toEqual(['scripts/a.js:1']);
  });

  it('interpolates metavariables bound by the pattern and by metavariable-pattern into the message', async () => {
    const body = [
      'patterns:',
      '  - pattern: run($X)',
      '  - metavariable-pattern:',
      '      metavariable: $X',
      '      pattern: $A + $B',
    ].join('\n');
    const result = await scanWith(rule(body), { 'a.js': 'run(a + b);\nrun(c);\n' });
    expect(result.findings.map((f) => f.message)).toEqual(['found a + b']);
  });

  it('rejects an unknown option, naming the file, line and key', async () => {
    const error = await loadError(rule('options:\n  made_up_option: true\npattern: f($X)'));
    expect(error.line).toBe(7);
    expect(error.field).toBe('options.made_up_option');
    expect(error.message).toMatch(/unknown or unsupported option 'made_up_option'/);
  });

  it('rejects unknown keys inside metavariable-pattern and comparisons it cannot evaluate', async () => {
    const unknownKey = rule(
      'patterns:\n  - pattern: f($X)\n  - metavariable-pattern:\n      metavariable: $X\n      patern: g()',
    );
    expect((await loadError(unknownKey)).message).toMatch(/unknown key 'patern' in metavariable-pattern/);
    const badComparison = rule(
      'patterns:\n  - pattern: f($X)\n  - metavariable-comparison:\n      comparison: __import__("os")',
    );
    const error = await loadError(badComparison);
    expect(error.field).toBe('comparison');
    expect(error.message).toMatch(/invalid comparison/);
  });
});
