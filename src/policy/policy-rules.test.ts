import type { PolicyRule, PolicyRuleMatch } from '../config/policy-file/index.js';
import type { Finding, Severity } from '../model/index.js';
import { ruleIdMatches } from './globs.js';
import { decideByPolicy, policyRuleMatches } from './policy-rules.js';

function finding(overrides: Partial<Finding> = {}, path = 'src/db/query.js'): Finding {
  return {
    ruleId: 'js.lang.security.sql-injection',
    category: 'sast',
    severity: 'high',
    message: 'm',
    location: { path, startLine: 3, startColumn: 1, endLine: 3, endColumn: 9 },
    snippet: 'x',
    fingerprint: 'fp',
    cwe: ["CWE-89: Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')"],
    owasp: [],
    confidence: 'high',
    metadata: {},
    source: { tool: 'soc2-scan', version: '0' },
    ...overrides,
  };
}

describe('policy rule criteria', () => {
  const cases: Array<[string, PolicyRuleMatch, Finding, boolean]> = [
    ['rule glob * spans dots', { rule: ['js.*'] }, finding(), true],
    ['rule glob on another language', { rule: ['python.*'] }, finding(), false],
    ['rule glob in the middle', { rule: ['js.*.sql-injection'] }, finding(), true],
    ['rule glob * spans CodeQL slashes', { rule: ['js/*'] }, finding({ ruleId: 'js/sql-injection' }), true],
    ['rule list is OR', { rule: ['python.*', 'js.lang.*'] }, finding(), true],
    ['rule glob is anchored', { rule: ['lang.*'] }, finding(), false],
    ['category matches', { category: ['sast'] }, finding(), true],
    ['category differs', { category: ['secrets', 'iac'] }, finding(), false],
    ['severity matches', { severity: ['critical', 'high'] }, finding(), true],
    ['severity differs', { severity: ['critical'] }, finding(), false],
    ['CWE by prefix of a long CWE entry', { cwe: ['CWE-89'] }, finding(), true],
    ['CWE differs', { cwe: ['CWE-79'] }, finding(), false],
    ['CWE-089 is CWE-89', { cwe: ['CWE-89'] }, finding({ cwe: ['CWE-089'] }), true],
    ['path glob', { path: ['src/**'] }, finding(), true],
    ['path glob misses', { path: ['test/**'] }, finding(), false],
    ['path glob matches dot directories', { path: ['**/*.js'] }, finding({}, '.github/scripts/run.js'), true],
    ['all criteria must hold (AND)', { category: ['sast'], severity: ['low'] }, finding(), false],
    ['empty match is a catch-all', {}, finding(), true],
  ];
  it.each(cases)('%s', (_name, match, subject, expected) => {
    expect(policyRuleMatches(match, subject)).toBe(expected);
  });

  it('escapes regex characters in rule globs', () => {
    expect(ruleIdMatches('a+b', 'a+b')).toBe(true);
    expect(ruleIdMatches('a+b', 'aab')).toBe(false);
    expect(ruleIdMatches('js.?ql', 'js.sql')).toBe(true);
  });
});

describe('decideByPolicy', () => {
  const rules: PolicyRule[] = [
    { id: 'sqli-comment', index: 0, line: 4, match: { cwe: ['CWE-89'] }, action: 'comment' },
    { id: null, index: 1, line: 8, match: { severity: ['high'] }, action: 'block' },
  ];
  const gate = { rules, failOn: ['critical'] as Severity[], failOnSource: 'x', policyPath: '.soc2-scan.yml' };

  it('the first matching rule wins and names itself with file and line', () => {
    expect(decideByPolicy(finding(), gate)).toEqual({
      action: 'comment',
      reason: 'matches policy rule sqli-comment (.soc2-scan.yml:4): cwe CWE-89 → comment',
      by: 'policy rule sqli-comment',
    });
    expect(decideByPolicy(finding({ cwe: [] }), gate)).toMatchObject({
      action: 'block',
      by: 'policy rule rules[1]',
    });
  });

  it('a finding no rule matches falls back to the fail-on gate', () => {
    const decision = decideByPolicy(finding({ cwe: [], severity: 'critical' }), {
      ...gate,
      failOn: ['critical'],
      failOnSource: 'the action input fail-on',
    });
    expect(decision).toEqual({
      action: 'block',
      reason:
        'no policy rule matches; severity critical is in fail-on (critical) from the action input fail-on',
      by: 'fail-on: critical',
    });
  });
});
