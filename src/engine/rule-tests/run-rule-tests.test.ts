import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../model/index.js';
import { formatRuleTestReport, runRuleTests } from './index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bundledPack = path.join(repoRoot, 'src', 'rules');

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'soc2-rule-tests-'));
}

const EVAL_RULE = `rules:
  - id: demo-eval
    message: eval of a variable
    severity: ERROR
    languages: [javascript]
    pattern: eval($X)
`;

describe('runRuleTests', () => {
  it("checks a rule's fix against the target's .fixed file, naming the first line that differs", async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'eq.yaml'),
      'rules:\n  - id: eq\n    message: m\n    severity: INFO\n    languages: [javascript]\n    pattern: $A == $B\n    fix: $A === $B\n',
    );
    writeFileSync(path.join(dir, 'eq.js'), '// ruleid: eq\na == 1;\n// ruleid: eq\nb == 2;\n');
    writeFileSync(path.join(dir, 'eq.fixed.js'), '// ruleid: eq\na === 1;\n// ruleid: eq\nb === 2;\n');
    expect((await runRuleTests(dir, 'test')).failures).toEqual([]);

    writeFileSync(path.join(dir, 'eq.fixed.js'), '// ruleid: eq\na === 1;\n// ruleid: eq\nb == 2;\n');
    const report = await runRuleTests(dir, 'test');
    expect(report.failures).toEqual([
      expect.objectContaining({ kind: 'fix-mismatch', ruleId: 'eq', line: 4 }),
    ]);
    expect(formatRuleTestReport(report)).toMatch(/FAIL fix-mismatch eq at .*eq\.fixed\.js:4/);
  });

  it("scans the test target whatever the rule's paths: say, as semgrep --test does", async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'only-plugins.yaml'),
      `${EVAL_RULE}    paths:\n      include: ['plugins/**/*.js']\n      exclude: ['only-plugins.js']\n`,
    );
    writeFileSync(
      path.join(dir, 'only-plugins.js'),
      '// ruleid: demo-eval\neval(input);\n// ok: demo-eval\nevaluate(input);\n',
    );
    const report = await runRuleTests(dir, 'test');
    expect(report.failures).toEqual([]);
    expect(report.passedChecks).toBe(2);
  });

  it('passes on the whole bundled rule pack', async () => {
    const report = await runRuleTests(bundledPack, 'test');
    expect(report.failures).toEqual([]);
    expect(report.rules).toBeGreaterThanOrEqual(18);
    expect(report.ruleFiles).toBe(report.rules);
    // every rule proves at least two hits and two non-hits
    expect(report.passedChecks).toBeGreaterThanOrEqual(4 * report.rules);
    expect(formatRuleTestReport(report).split('\n').at(-1)).toBe(`${report.passedChecks} passed, 0 failed`);
  });

  it('fails naming the rule, file and line when a ruleid annotation is flipped to ok', async () => {
    const copy = tempDir();
    cpSync(bundledPack, copy, { recursive: true });
    const target = path.join(copy, 'python', 'py-eval-injection.py');
    const lines = readFileSync(target, 'utf8').split('\n');
    const index = lines.findIndex((line) => line.includes('# ruleid: py-eval-injection'));
    lines[index] = lines[index].replace('ruleid:', 'ok:');
    writeFileSync(target, lines.join('\n'));

    const report = await runRuleTests(copy, 'test');
    const expectedLine = index + 2;
    expect(report.failures).toEqual([
      expect.objectContaining({ ruleId: 'py-eval-injection', kind: 'unexpected', line: expectedLine }),
    ]);
    const text = formatRuleTestReport(report);
    expect(text).toContain(`py-eval-injection at ${copy}/python/py-eval-injection.py:${expectedLine}`);
    expect(text.split('\n').at(-1)).toMatch(/^\d+ passed, 1 failed$/);
  });

  it('reports a ruleid line the rule does not match as missed', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'demo-eval.yaml'), EVAL_RULE);
    writeFileSync(
      path.join(dir, 'demo-eval.js'),
      '// ruleid: demo-eval\neval(code);\n// ruleid: demo-eval\nrun(code);\n',
    );
    const report = await runRuleTests(dir, 'test');
    expect(report.failures).toEqual([
      expect.objectContaining({
        ruleId: 'demo-eval',
        kind: 'missed',
        line: 4,
        targetFile: `${dir}/demo-eval.js`,
      }),
    ]);
    expect(report.passedChecks).toBe(1);
  });

  it('tests a rule for YAML files with x.test.yaml, which is a target and not a rule file', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'privileged.yaml'),
      'rules:\n  - id: privileged\n    message: m\n    severity: ERROR\n    languages: [yaml]\n    pattern: "privileged: true"\n',
    );
    writeFileSync(
      path.join(dir, 'privileged.test.yaml'),
      'spec:\n  # ruleid: privileged\n  privileged: true\n  # ok: privileged\n  privileged: false\n',
    );
    const report = await runRuleTests(dir, 'test');
    expect(report.failures).toEqual([]);
    expect(report.rules).toBe(1);
    expect(report.passedChecks).toBe(2);
  });

  it('tests a rule with a target named by its stem and several extensions (x.web.js), but not x.fixed.js', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'demo.yaml'), EVAL_RULE);
    writeFileSync(path.join(dir, 'demo.web.js'), '// ruleid: demo-eval\neval(input);\n');
    writeFileSync(path.join(dir, 'demo.fixed.js'), '// ok: demo-eval\neval(input);\n');
    const report = await runRuleTests(dir, 'test');
    expect(report.failures).toEqual([]);
    expect(report.passedChecks).toBe(1);
  });

  it('fails a rule file that has no target beside it', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'lonely.yaml'), EVAL_RULE);
    const report = await runRuleTests(dir, 'test');
    expect(report.failures).toEqual([
      { ruleFile: `${dir}/lonely.yaml`, ruleId: 'demo-eval', kind: 'no-target' },
    ]);
    expect(formatRuleTestReport(report)).toContain(`demo-eval at ${dir}/lonely.yaml: rule has no test`);
  });

  it('fails a rule whose target has no ruleid annotation', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'demo-eval.yml'), EVAL_RULE);
    writeFileSync(path.join(dir, 'demo-eval.js'), '// ok: demo-eval\nconsole.log(1);\n');
    const report = await runRuleTests(dir, 'test');
    expect(report.failures).toEqual([
      expect.objectContaining({ ruleId: 'demo-eval', kind: 'no-annotations' }),
    ]);
  });

  it('propagates the ConfigError of a rule file that is not valid YAML', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'broken.yaml'), 'rules:\n  - id: x\n    message: [unclosed\n');
    writeFileSync(path.join(dir, 'broken.js'), 'eval(x);\n');
    await expect(runRuleTests(dir, 'test')).rejects.toBeInstanceOf(ConfigError);
  });
});
