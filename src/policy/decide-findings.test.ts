import type { ExceptionEntry } from '../config/exceptions-file/index.js';
import { defaultPolicySettings, type PolicySettings } from '../config/policy-file/index.js';
import type { Actor, Finding, InlineSuppression, OverrideAttempt, Severity } from '../model/index.js';
import { decideFindings, type PolicyInput } from './decide-findings.js';

function finding(severity: Severity, ruleId = `rule-${severity}`, path = 'src/a.js'): Finding {
  return {
    ruleId,
    category: 'sast',
    severity,
    message: 'm',
    location: { path, startLine: 5, startColumn: 1, endLine: 5, endColumn: 2 },
    snippet: 'x',
    fingerprint: `fp-${ruleId}`,
    cwe: [],
    owasp: [],
    confidence: 'medium',
    metadata: {},
    source: { tool: 'soc2-scan', version: '0' },
  };
}

const TODAY = new Date('2026-03-10T23:30:00Z');
const author: Actor = { login: 'Dev-Dana', id: 101, type: 'user' };
const maintainer: Actor = { login: 'mo', id: 202, type: 'user' };
const writer: Actor = { login: 'wren', id: 303, type: 'user' };

function input(overrides: Partial<PolicyInput> = {}, settings: Partial<PolicySettings> = {}): PolicyInput {
  return {
    findings: [],
    failOn: ['critical', 'high'],
    settings: { ...defaultPolicySettings(), ...settings },
    exceptions: [],
    suppressions: [],
    baseline: null,
    overrideAttempts: [],
    pullRequestAuthor: author,
    today: TODAY,
    ...overrides,
  };
}

describe('fail-on gate and policy rules', () => {
  it('blocks only severities in fail-on and says which fail-on applies', () => {
    const outcome = decideFindings(
      input({
        failOn: ['critical'],
        findings: ['critical', 'high', 'medium', 'low'].map((s) => finding(s as Severity)),
      }),
    );
    expect(outcome.result).toBe('blocked');
    expect(outcome.blockingCount).toBe(1);
    expect(outcome.decisions.map((d) => d.action)).toEqual(['block', 'comment', 'comment', 'monitor']);
    expect(outcome.decisions[0].reason).toBe(
      'severity critical is in fail-on (critical) from the action input fail-on',
    );
    expect(outcome.decisions[0].by).toBe('fail-on: critical');
    expect(outcome.decisions.every((d) => d.lifecycle === 'new')).toBe(true);
    expect(outcome.fixed).toEqual([]);
    expect(outcome.policySource).toMatchObject({
      path: null,
      failOn: ['critical'],
      failOnFrom: 'action-input',
    });
  });

  it('passes when nothing reaches fail-on, and with fail-on none', () => {
    expect(decideFindings(input({ findings: [finding('medium')] })).result).toBe('passed');
    expect(decideFindings(input({ failOn: [], findings: [finding('critical')] })).result).toBe('passed');
  });

  it("the policy file's fail-on replaces the action input, and the reason names the file", () => {
    const outcome = decideFindings(
      input(
        {
          failOn: ['critical'],
          findings: [finding('medium')],
          policyFile: { path: '.soc2-scan.yml', sha256: 'ab' },
        },
        { failOn: ['medium'] },
      ),
    );
    expect(outcome.decisions[0]).toMatchObject({
      action: 'block',
      reason: 'severity medium is in fail-on (medium) from policy file .soc2-scan.yml',
    });
    expect(outcome.policySource).toMatchObject({
      path: '.soc2-scan.yml',
      sha256: 'ab',
      failOnFrom: 'policy-file',
    });
  });

  it('the first matching policy rule decides before the gate', () => {
    const outcome = decideFindings(
      input(
        {
          findings: [
            finding('low', 'js.secrets.key'),
            finding('critical', 'js.eval'),
            finding('critical', 'py.eval'),
          ],
        },
        {
          rules: [
            { id: 'secrets', index: 0, line: 3, match: { rule: ['js.secrets.*'] }, action: 'block' },
            { id: 'js-monitor', index: 1, line: 6, match: { rule: ['js.*'] }, action: 'monitor' },
          ],
        },
      ),
    );
    expect(outcome.decisions.map((d) => [d.action, d.by])).toEqual([
      ['block', 'policy rule secrets'],
      ['monitor', 'policy rule js-monitor'],
      ['block', 'fail-on: critical,high'],
    ]);
  });
});

describe('inline suppressions', () => {
  const suppression = (reason: string | null): InlineSuppression => ({
    fingerprint: 'fp-rule-critical',
    ruleId: 'rule-critical',
    path: 'src/a.js',
    line: 4,
    syntax: 'soc2-scan-ignore',
    reason,
  });

  it('a suppression with a reason suppresses and names the comment', () => {
    const outcome = decideFindings(
      input({ findings: [finding('critical')], suppressions: [suppression('test fixture')] }),
    );
    expect(outcome.result).toBe('passed');
    expect(outcome.decisions[0]).toMatchObject({
      action: 'suppressed',
      by: 'inline comment src/a.js:4',
      reason: 'soc2-scan-ignore comment: test fixture; policy alone would give block',
      suppression: suppression('test fixture'),
    });
    expect(outcome.suppressionProblems).toEqual([]);
  });

  it('a suppression without a reason does not suppress and is reported', () => {
    const outcome = decideFindings(
      input({ findings: [finding('critical')], suppressions: [suppression(null)] }),
    );
    expect(outcome.result).toBe('blocked');
    expect(outcome.decisions[0].action).toBe('block');
    expect(outcome.decisions[0].reason).toContain('has no reason, so it does not suppress');
    expect(outcome.suppressionProblems).toEqual([
      { suppression: suppression(null), problem: expect.stringContaining('src/a.js:4 has no reason') },
    ]);
  });

  it('without require-reason a bare suppression suppresses, and says so', () => {
    const outcome = decideFindings(
      input(
        { findings: [finding('critical')], suppressions: [suppression(null)] },
        { suppressions: { requireReason: false } },
      ),
    );
    expect(outcome.decisions[0].action).toBe('suppressed');
    expect(outcome.decisions[0].reason).toContain('require-reason is false');
  });
});

describe('exception register', () => {
  const exception = (id: string, overrides: Partial<ExceptionEntry> = {}): ExceptionEntry => ({
    id,
    match: { fingerprint: 'fp-rule-critical' },
    reason: 'vendored test key',
    approvedBy: 'alice',
    expires: '2026-12-31',
    line: 2,
    ...overrides,
  });

  it('an approved exception in force excepts the finding', () => {
    const outcome = decideFindings(
      input({
        findings: [finding('critical')],
        exceptions: [exception('EX-1')],
        exceptionsFile: { path: '.soc2-scan/exceptions.yml', sha256: 'cd' },
      }),
    );
    expect(outcome.result).toBe('passed');
    expect(outcome.decisions[0]).toMatchObject({
      action: 'excepted',
      by: 'exception EX-1',
      exceptionId: 'EX-1',
    });
    expect(outcome.decisions[0].reason).toBe(
      'exception EX-1 (.soc2-scan/exceptions.yml:2) approved by alice, valid through 2026-12-31: vendored test key; policy alone would give block',
    );
    expect(outcome.exceptionStatus).toEqual([
      expect.objectContaining({
        id: 'EX-1',
        status: 'active',
        matched: ['fp-rule-critical'],
        applied: ['fp-rule-critical'],
      }),
    ]);
  });

  it.each([
    ['expired yesterday', { expires: '2026-03-09' }, 'expired', 'exception EX-1 expired on 2026-03-09'],
    ['unapproved', { approvedBy: null }, 'unapproved', 'exception EX-1 is unapproved (approved-by is empty)'],
  ])('an %s exception does not apply and the decision says why', (_name, overrides, status, why) => {
    const outcome = decideFindings(
      input({ findings: [finding('critical')], exceptions: [exception('EX-1', overrides)] }),
    );
    expect(outcome.result).toBe('blocked');
    expect(outcome.decisions[0].action).toBe('block');
    expect(outcome.decisions[0].reason).toContain(why);
    expect(outcome.exceptionStatus?.[0]).toMatchObject({
      status,
      matched: ['fp-rule-critical'],
      applied: [],
    });
  });

  it('applies through its expiry day (UTC), lists those expiring within 14 days, and marks unused ones', () => {
    const outcome = decideFindings(
      input({
        findings: [finding('critical'), finding('high', 'js.eval', 'vendor/lib.js')],
        exceptions: [
          exception('EX-today', { expires: '2026-03-10' }),
          exception('EX-rule', { match: { rule: 'js.*', path: 'vendor/**' }, expires: '2026-03-24' }),
          exception('EX-spare', { match: { fingerprint: 'ffff' }, expires: '2026-03-20' }),
          exception('EX-later', { match: { fingerprint: 'eeee' }, expires: '2026-03-25' }),
        ],
      }),
    );
    expect(outcome.decisions.map((d) => d.by)).toEqual(['exception EX-today', 'exception EX-rule']);
    expect(outcome.exceptionStatus?.map((s) => [s.id, s.status, s.daysLeft])).toEqual([
      ['EX-today', 'active', 0],
      ['EX-rule', 'active', 14],
      ['EX-spare', 'unused', 10],
      ['EX-later', 'unused', 15],
    ]);
    expect(outcome.exceptionsExpiringSoon?.map((s) => s.id)).toEqual(['EX-today', 'EX-rule', 'EX-spare']);
  });
});

describe('diff-aware pull requests', () => {
  const findings = [
    finding('critical', 'old'),
    finding('critical', 'new'),
    finding('critical', 'elsewhere', 'lib/b.js'),
  ];

  it('without a baseline every finding is new', () => {
    const outcome = decideFindings(input({ findings }));
    expect(outcome.decisions.map((d) => d.lifecycle)).toEqual(['new', 'new', 'new']);
    expect(outcome.blockingCount).toBe(3);
  });

  it('findings on the base, or in files the PR does not change, are existing and never block', () => {
    const outcome = decideFindings(
      input({ findings, baseline: new Set(['fp-old']), changedPaths: new Set(['src/a.js']) }),
    );
    expect(outcome.decisions.map((d) => [d.lifecycle, d.action])).toEqual([
      ['existing', 'comment'],
      ['new', 'block'],
      ['existing', 'comment'],
    ]);
    expect(outcome.decisions[0].reason).toContain('would block, but it already exists on the base branch');
    expect(outcome.decisions[2].reason).toContain('its file lib/b.js is not changed by this pull request');
    expect(outcome.blockingCount).toBe(1);
    expect(outcome.policySource?.diffAware).toBe(true);
  });
});

describe('overrides of a blocked run', () => {
  const attempt = (actor: Actor, overrides: Partial<OverrideAttempt> = {}): OverrideAttempt => ({
    via: 'comment',
    actor,
    at: '2026-03-10T12:00:00Z',
    reason: 'hotfix for incident 42',
    permission: 'maintain',
    inTeam: null,
    sourceId: `comment-${actor.login}`,
    ...overrides,
  });
  const blocked = { findings: [finding('critical'), finding('high'), finding('low')] };

  it('a maintain user with a reason overrides every block, recording who, when, why and what', () => {
    const outcome = decideFindings(input({ ...blocked, overrideAttempts: [attempt(maintainer)] }));
    expect(outcome.result).toBe('overridden');
    expect(outcome.blockingCount).toBe(0);
    expect(outcome.decisions.map((d) => [d.action, d.by])).toEqual([
      ['overridden', 'mo'],
      ['overridden', 'mo'],
      ['monitor', 'fail-on: critical,high'],
    ]);
    expect(outcome.decisions[0].reason).toMatch(
      /^overridden by mo via PR comment at 2026-03-10T12:00:00Z: hotfix for incident 42; would have blocked: severity critical/,
    );
    expect(outcome.appliedOverride).toEqual({
      actor: maintainer,
      via: 'comment',
      at: '2026-03-10T12:00:00Z',
      reason: 'hotfix for incident 42',
      sourceId: 'comment-mo',
      covered: ['fp-rule-critical', 'fp-rule-high'],
    });
    expect(outcome.overrideAttempts).toEqual([
      {
        attempt: attempt(maintainer),
        accepted: true,
        outcome: 'applied',
        refusedBecause: null,
        covered: ['fp-rule-critical', 'fp-rule-high'],
      },
    ]);
  });

  it.each([
    [
      'a write user',
      attempt(writer, { permission: 'write' }),
      "permission 'write' of wren is not in override permissions (admin, maintain)",
    ],
    ['the PR author', attempt({ ...author, login: 'dev-dana' }), 'dev-dana is the pull request author'],
    [
      'the PR author known by login only',
      attempt({ login: 'DEV-DANA', id: null, type: 'user' }),
      'pull request author',
    ],
    [
      'a comment without a reason',
      attempt(maintainer, { reason: '  ' }),
      'an override comment needs a reason',
    ],
    [
      'a user of unknown permission',
      attempt(writer, { permission: null }),
      'repository permission of wren is unknown',
    ],
  ])('%s is refused and recorded; the run stays blocked', (_name, refused, because) => {
    const outcome = decideFindings(input({ ...blocked, overrideAttempts: [refused] }));
    expect(outcome.result).toBe('blocked');
    expect(outcome.blockingCount).toBe(2);
    expect(outcome.appliedOverride).toBeNull();
    expect(outcome.overrideAttempts).toEqual([
      {
        attempt: refused,
        accepted: false,
        outcome: 'refused',
        refusedBecause: expect.stringContaining(because),
        covered: [],
      },
    ]);
  });

  it('a member of the override team may override whatever their repository role', () => {
    const outcome = decideFindings(
      input(
        { ...blocked, overrideAttempts: [attempt(writer, { permission: 'write', inTeam: true })] },
        { overrides: { ...defaultPolicySettings().overrides, team: 'acme/security' } },
      ),
    );
    expect(outcome.result).toBe('overridden');
    const refused = decideFindings(
      input(
        { ...blocked, overrideAttempts: [attempt(writer, { permission: 'write', inTeam: false })] },
        { overrides: { ...defaultPolicySettings().overrides, team: 'acme/security' } },
      ),
    );
    expect(refused.overrideAttempts?.[0].refusedBecause).toContain('not shown to be in team acme/security');
  });

  it('the PR author may override their own PR only when allow-self-override is set', () => {
    const outcome = decideFindings(
      input(
        { ...blocked, overrideAttempts: [attempt(author, { permission: 'admin' })] },
        { overrides: { ...defaultPolicySettings().overrides, allowSelfOverride: true } },
      ),
    );
    expect(outcome.result).toBe('overridden');
    expect(outcome.appliedOverride?.actor).toEqual(author);
  });

  it('a label added by an authorised person overrides without a reason; the latest valid attempt applies', () => {
    const label = attempt(maintainer, {
      via: 'label',
      reason: null,
      at: '2026-03-10T13:00:00Z',
      sourceId: 'event-9',
    });
    const earlier = attempt({ login: 'ada', id: 404, type: 'user' }, { permission: 'admin' });
    const outcome = decideFindings(input({ ...blocked, overrideAttempts: [label, earlier] }));
    expect(outcome.result).toBe('overridden');
    expect(outcome.decisions[0].reason).toMatch(
      /^overridden by mo via label 'soc2-override' at 2026-03-10T13:00:00Z;/,
    );
    expect(outcome.overrideAttempts?.map((r) => [r.outcome, r.refusedBecause])).toEqual([
      ['applied', null],
      ['superseded', 'superseded by the later override of mo at 2026-03-10T13:00:00Z'],
    ]);
  });

  it('attempts on a run that does not block are recorded as not needed', () => {
    const outcome = decideFindings(
      input({
        findings: [finding('low')],
        overrideAttempts: [attempt(maintainer), attempt(writer, { permission: 'write' })],
      }),
    );
    expect(outcome.result).toBe('passed');
    expect(outcome.appliedOverride).toBeNull();
    expect(outcome.overrideAttempts?.map((r) => [r.accepted, r.outcome])).toEqual([
      [false, 'not-needed'],
      [false, 'not-needed'],
    ]);
    expect(outcome.overrideAttempts?.[1].refusedBecause).toContain('would also have been refused');
  });

  it('the override covers only what blocks: an existing finding is a comment and stays one', () => {
    const outcome = decideFindings(
      input({
        findings: [finding('critical', 'old'), finding('critical', 'new')],
        baseline: new Set(['fp-old']),
        overrideAttempts: [attempt(maintainer)],
      }),
    );
    expect(outcome.appliedOverride?.covered).toEqual(['fp-new']);
    expect(outcome.decisions.map((d) => d.action)).toEqual(['comment', 'overridden']);
  });
});
