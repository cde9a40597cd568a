import type { Finding, Severity } from '../model/index.js';
import { decideFindings } from './decide-findings.js';

function finding(severity: Severity, ruleId = `rule-${severity}`): Finding {
  return {
    ruleId,
    category: 'sast',
    severity,
    message: 'm',
    location: { path: 'a.js', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
    snippet: 'x',
    fingerprint: `fp-${ruleId}`,
    cwe: [],
    owasp: [],
    confidence: 'medium',
    metadata: {},
    source: { tool: 'soc2-scan', version: '0' },
  };
}

describe('fail-on gate', () => {
  it('blocks only severities in fail-on and says why', () => {
    const outcome = decideFindings(
      [finding('critical'), finding('high'), finding('medium'), finding('low')],
      {
        failOn: ['critical'],
      },
    );
    expect(outcome.result).toBe('blocked');
    expect(outcome.blockingCount).toBe(1);
    expect(outcome.decisions.map((d) => d.action)).toEqual(['block', 'comment', 'comment', 'monitor']);
    expect(outcome.decisions[0].reason).toBe('severity critical is in fail-on (critical)');
  });

  it('passes when nothing reaches fail-on, and with fail-on none', () => {
    expect(decideFindings([finding('medium')], { failOn: ['critical', 'high'] }).result).toBe('passed');
    expect(decideFindings([finding('critical')], { failOn: [] }).result).toBe('passed');
  });
});
