import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatRuleTestReport, runRuleTests } from '../rule-tests/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('pattern semantics (rule + annotated target, as `soc2-scan test` runs them)', () => {
  it('passes every ruleid/ok annotation in patterns/testdata', async () => {
    const report = await runRuleTests(path.join(here, 'testdata'), 'test');
    expect(formatRuleTestReport(report)).toMatch(/ 0 failed$/);
    expect(report.failures).toEqual([]);
    expect(report.rules).toBeGreaterThanOrEqual(15);
  });
});
