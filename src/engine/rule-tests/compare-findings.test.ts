import { parseTestAnnotations } from './annotations.js';
import { compareFindings, type TargetObservation } from './compare-findings.js';

function target(lines: string[], findings: Record<string, number[]>): TargetObservation {
  return {
    targetFile: 'rules/x.js',
    annotations: parseTestAnnotations(lines.join('\n')),
    findingLines: new Map(Object.entries(findings).map(([id, at]) => [id, new Set(at)])),
  };
}

const annotated = [
  '// ruleid: r', // 1
  'bad(a)', // 2
  '// ok: r', // 3
  'good("a")', // 4
  '// todoruleid: r', // 5
  'missedByDesign(a)', // 6
  '// todook: r', // 7
  'flaggedByDesign("a")', // 8
  'plain()', // 9
];

describe('compareFindings', () => {
  it('passes when findings sit exactly on ruleid lines (and todook lines are tolerated)', () => {
    const outcome = compareFindings('rules/x.yaml', ['r'], [target(annotated, { r: [2, 8] })]);
    expect(outcome.failures).toEqual([]);
    expect(outcome.passedChecks).toBe(2); // the ruleid hit and the clean ok line
  });

  it('reports a ruleid line without a finding as missed', () => {
    const outcome = compareFindings('rules/x.yaml', ['r'], [target(annotated, { r: [] })]);
    expect(outcome.failures).toEqual([
      { ruleFile: 'rules/x.yaml', targetFile: 'rules/x.js', ruleId: 'r', line: 2, kind: 'missed' },
    ]);
  });

  it('reports findings on ok, todoruleid and unannotated lines as unexpected', () => {
    const outcome = compareFindings('rules/x.yaml', ['r'], [target(annotated, { r: [2, 4, 6, 9] })]);
    expect(outcome.failures.map((f) => [f.kind, f.line])).toEqual([
      ['unexpected', 4],
      ['unexpected', 6],
      ['unexpected', 9],
    ]);
  });

  it('checks each rule id separately', () => {
    const lines = ['// ruleid: a', 'x()', '// ruleid: b', 'y()'];
    const outcome = compareFindings('rules/x.yaml', ['a', 'b'], [target(lines, { a: [2, 4], b: [4] })]);
    expect(outcome.failures).toEqual([
      { ruleFile: 'rules/x.yaml', targetFile: 'rules/x.js', ruleId: 'a', line: 4, kind: 'unexpected' },
    ]);
  });

  it('fails a rule that no ruleid annotation tests', () => {
    const outcome = compareFindings(
      'rules/x.yaml',
      ['a', 'untested'],
      [target(['// ruleid: a', 'x()'], { a: [2] })],
    );
    expect(outcome.failures).toEqual([
      { ruleFile: 'rules/x.yaml', ruleId: 'untested', kind: 'no-annotations' },
    ]);
  });

  it('fails a ruleid annotation naming a rule the file does not define', () => {
    const outcome = compareFindings(
      'rules/x.yaml',
      ['a'],
      [target(['// ruleid: a', 'x()', '// ruleid: typo', 'y()'], { a: [2] })],
    );
    expect(outcome.failures).toEqual([
      { ruleFile: 'rules/x.yaml', targetFile: 'rules/x.js', ruleId: 'typo', line: 4, kind: 'missed' },
    ]);
  });
});
