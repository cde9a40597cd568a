import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatRuleTestReport, runRuleTests } from '../rule-tests/index.js';

const testdata = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testdata');

describe('taint mode rule tests', () => {
  it('passes every ruleid/ok annotation under src/engine/taint/testdata', async () => {
    const report = await runRuleTests(testdata, 'test');
    if (process.env.TAINT_DEBUG) console.log(formatRuleTestReport(report));
    expect(formatRuleTestReport(report)).toMatch(/ 0 failed$/);
    expect(report.failures).toEqual([]);
    expect(report.rules).toBeGreaterThanOrEqual(10);
    expect(report.passedChecks).toBeGreaterThanOrEqual(4 * report.rules);
  });
});
