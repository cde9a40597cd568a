import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Decision, DecisionAction } from '../model/index.js';
import { makeFinding } from '../evidence/test-support/run-record-fixture.js';
import { applyFixes } from './apply-fixes.js';

const workspace = mkdtempSync(path.join(tmpdir(), 'soc2-autofix-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** A finding over `matched` (its first occurrence in `source`) whose rule offers `fix`. */
function fixable(source: string, matched: string, fix: string, action: DecisionAction = 'block'): Decision {
  const start = Buffer.byteLength(source.slice(0, source.indexOf(matched)));
  const finding = makeFinding(0, 'high');
  return {
    finding: {
      ...finding,
      location: {
        ...finding.location,
        path: 'a.js',
        startOffset: start,
        endOffset: start + Buffer.byteLength(matched),
      },
      snippet: matched,
      fix,
    },
    action,
    reason: 'test',
    by: 'test',
    lifecycle: 'new',
  };
}

describe('applyFixes (scan --autofix)', () => {
  it('applies only one of two overlapping fixes (the one that starts later) and says why the other was skipped', async () => {
    const source = 'f(g(x));\n';
    writeFileSync(path.join(workspace, 'a.js'), source);
    const report = await applyFixes(workspace, [
      fixable(source, 'f(g(x))', 'F(g(x))'),
      fixable(source, 'g(x)', 'G(x)'),
    ]);
    expect(readFileSync(path.join(workspace, 'a.js'), 'utf8')).toBe('f(G(x));\n');
    expect(report.applied).toEqual({ 'a.js': 1 });
    expect(report.skipped).toEqual([expect.objectContaining({ reason: 'overlaps another fix' })]);
  });

  it('leaves secrets, suppressed findings and code that changed since the scan alone', async () => {
    const source = 'a(1); b(2); c(3);\n';
    writeFileSync(path.join(workspace, 'a.js'), source);
    const secret = fixable(source, 'a(1)', 'A(1)');
    secret.finding.category = 'secrets';
    const stale = fixable(source, 'c(3)', 'C(3)');
    stale.finding.snippet = 'c(4)';
    const report = await applyFixes(workspace, [
      secret,
      fixable(source, 'b(2)', 'B(2)', 'suppressed'),
      stale,
    ]);
    expect(readFileSync(path.join(workspace, 'a.js'), 'utf8')).toBe(source);
    expect(report.skipped.map((s) => s.reason)).toEqual([
      'secret values are never written back',
      'finding is suppressed',
      'file changed since the scan',
    ]);
  });
});
