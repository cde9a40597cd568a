import { serialiseAuditLog } from '../../evidence/audit-log.js';
import { verifyAuditLog } from '../../evidence/verify-audit-log.js';
import type { AuditEvent } from '../../model/index.js';
import {
  JIRA_BOT,
  startJiraApi,
  type JiraApiServer,
  type JiraUser,
} from '../../../__tests__/servers/jira-api.js';
import { syncTickets } from './sync-tickets.js';
import { makeDecision, runInputs, ticketSettings, VirtualTime } from './test-support/ticket-fixtures.js';

const TOKEN = 'jira-secret-token-5f1c9a7e';
const EMAIL = 'scanner@acme.example';
const ALICE: JiraUser = {
  accountId: '5b10a2844c20165700ede21g',
  name: 'alice',
  displayName: 'Alice Auditor',
};

function verified(events: readonly AuditEvent[]): void {
  const problems: string[] = [];
  verifyAuditLog(serialiseAuditLog(events), { id: events[0].run.id, attempt: 1 }, problems);
  expect(problems).toEqual([]);
}

describe.each(['cloud', 'data-center'] as const)('Jira %s tickets', (deployment) => {
  let server: JiraApiServer;
  const time = new VirtualTime();

  beforeEach(async () => {
    server = await startJiraApi({
      deployment,
      token: TOKEN,
      email: EMAIL,
      users: [ALICE],
      pageSize: 2,
      clock: time.clock,
    });
  });
  afterEach(() => server.close());

  const settings = (extra: Record<string, string> = {}) =>
    ticketSettings({
      tickets: 'jira',
      'jira-url': server.url,
      // auto-detection: Data Center is told apart by serverInfo, not by the absence of an email.
      'jira-user': deployment === 'cloud' ? EMAIL : '',
      'jira-token': TOKEN,
      'jira-project': 'SEC',
      'ticket-labels': 'appsec',
      'ticket-assignees':
        deployment === 'cloud' ? 'src/eval.js=5b10a2844c20165700ede21g' : 'src/eval.js=alice',
      ...extra,
    });
  const decisions = () => [
    makeDecision('eval', { severity: 'critical' }),
    makeDecision('exec', { severity: 'high' }),
    makeDecision('sql', { severity: 'high', action: 'comment' }),
    makeDecision('logging', { severity: 'low', action: 'monitor' }),
  ];

  it('creates one ticket per new blocking finding, none on a re-run, closes the fixed one and reopens it when it returns', async () => {
    // Run 1: two blocking findings become two tickets with ADF or wiki bodies, due dates and labels.
    const first = runInputs(settings(), decisions(), { sha: 'a'.repeat(40), runId: '100', time });
    const run1 = await syncTickets(first.input);
    expect(run1).toMatchObject({ created: 2, closed: 0, reopened: 0, failed: 0, blocking: false });
    expect(server.issues.map((issue) => issue.key)).toEqual(['SEC-1', 'SEC-2']);
    const eval1 = server.issues[0];
    expect(eval1.fields.labels).toEqual(
      expect.arrayContaining(['soc2-scan', 'appsec', expect.stringMatching(/^soc2-fp-[0-9a-f]{32}$/)]),
    );
    expect(eval1.fields.duedate).toBe('2025-03-10'); // critical: 7 days
    expect(server.issues[1].fields.duedate).toBe('2025-04-02'); // high: 30 days
    expect(eval1.fields.priority).toEqual({ name: 'Highest' });
    expect(eval1.assignee?.displayName).toBe('Alice Auditor');
    const description = JSON.stringify(eval1.fields.description);
    expect(description).toContain(`https://github.com/acme/payments/blob/${'a'.repeat(40)}/src/eval.js#L10`);
    expect(description).toContain('soc2-evidence-100-1');
    expect(description).toContain('eval(request.query.value)');
    if (deployment === 'cloud') expect(eval1.fields.description).toMatchObject({ type: 'doc', version: 1 });
    else expect(typeof eval1.fields.description).toBe('string');
    const created = first.log.events.filter((event) => event.type === 'ticket.created');
    expect(created.map((event) => event.subject)).toEqual(['SEC-1', 'SEC-2']);
    expect(created[0].data).toMatchObject({
      sink: 'jira',
      key: 'SEC-1',
      url: `${server.url}/browse/SEC-1`,
      dueDate: '2025-03-10',
    });
    expect(created[0].data.fingerprints).toEqual([decisions()[0].finding.fingerprint]);

    // A person picks SEC-2 up: the next run copies that into the evidence with their account and time.
    server.assignAs('SEC-2', ALICE, ALICE, new Date('2025-03-04T08:15:00.000Z'));
    server.transitionAs('SEC-2', 'In Progress', ALICE, new Date('2025-03-04T08:16:30.000Z'));

    // Run 2 (a re-run, another branch): nothing new is created, the lookup finds both by label.
    const second = runInputs(settings(), decisions(), {
      sha: 'b'.repeat(40),
      runId: '101',
      authoritative: false,
      time,
    });
    const run2 = await syncTickets(second.input);
    expect(run2).toMatchObject({ created: 0, closed: 0, failed: 0 });
    expect(server.issues).toHaveLength(2);
    const history = second.log.events.filter(
      (event) => event.type === 'ticket.updated' && event.data.change === 'history',
    );
    expect(
      history.map((event) => [
        event.subject,
        event.data.field,
        event.data.from,
        event.data.to,
        event.data.at,
      ]),
    ).toEqual([
      ['SEC-2', 'assignee', null, 'Alice Auditor', '2025-03-04T08:15:00.000Z'],
      ['SEC-2', 'status', 'To Do', 'In Progress', '2025-03-04T08:16:30.000Z'],
    ]);
    expect(history[1].actor).toEqual({
      login: deployment === 'cloud' ? ALICE.accountId : ALICE.name,
      id: null,
      type: 'user',
    });
    expect(history[1].data.account).toMatchObject({ displayName: 'Alice Auditor' });

    // Run 3 on the default branch: `exec` is fixed, so exactly SEC-2 is commented on and moved to Done.
    const fixed = decisions().filter((decision) => !decision.finding.ruleId.endsWith('exec'));
    const third = runInputs(settings(), fixed, { sha: 'c'.repeat(40), runId: '102', time });
    const run3 = await syncTickets(third.input);
    expect(run3).toMatchObject({ created: 0, closed: 1, reopened: 0, failed: 0 });
    expect(server.issue('SEC-2').status.name).toBe('Done');
    expect(server.issue('SEC-1').status.name).toBe('To Do');
    expect(JSON.stringify(server.issue('SEC-2').comments.at(-1)?.body)).toContain(
      `no longer detected at ${'c'.repeat(40)}`,
    );
    const closed = third.log.events.filter((event) => event.type === 'ticket.closed');
    expect(closed.map((event) => event.subject)).toEqual(['SEC-2']);
    // The trail read back after closing holds our own transition, by the scanner's Jira account.
    const botMove = third.log.events.find(
      (event) => event.type === 'ticket.updated' && event.data.field === 'status' && event.data.to === 'Done',
    );
    expect(botMove?.actor.login).toBe(deployment === 'cloud' ? JIRA_BOT.accountId : JIRA_BOT.name);

    // Run 4: `exec` comes back, so SEC-2 is reopened through a transition into the `new` category.
    const back = decisions().map((decision) =>
      decision.finding.ruleId.endsWith('exec')
        ? { ...decision, lifecycle: 'reopened' as const }
        : { ...decision, lifecycle: 'existing' as const },
    );
    const fourth = runInputs(settings(), back, { sha: 'd'.repeat(40), runId: '103', time });
    const run4 = await syncTickets(fourth.input);
    expect(run4).toMatchObject({ created: 0, closed: 0, reopened: 1, failed: 0 });
    expect(server.issue('SEC-2').status.name).toBe('To Do');
    expect(server.issues).toHaveLength(2);
    expect(
      fourth.log.events.some(
        (event) =>
          event.type === 'ticket.updated' && event.data.change === 'reopened' && event.subject === 'SEC-2',
      ),
    ).toBe(true);

    for (const log of [first.log, second.log, third.log, fourth.log]) verified(log.events);
    // Cloud: the enhanced search only; Data Center: the v2 search. Lookups are batched, never one per finding.
    const searches = server.requests.filter((request) => /\/search/.test(request.path));
    expect(new Set(searches.map((request) => request.path))).toEqual(
      new Set([deployment === 'cloud' ? '/rest/api/3/search/jql' : '/rest/api/2/search']),
    );
  });

  it('comments once with who and why when a ticketed finding is excepted', async () => {
    await syncTickets(runInputs(settings(), decisions(), { sha: 'a'.repeat(40), time }).input);
    const excepted = [
      makeDecision('eval', {
        severity: 'critical',
        action: 'excepted',
        by: 'EXC_12 (approved by carol)',
        reason: 'compensating WAF rule until Q3',
      }),
    ];
    const once = runInputs(settings(), excepted, { sha: 'b'.repeat(40), authoritative: false, time });
    expect(await syncTickets(once.input)).toMatchObject({ updated: 1, failed: 0 });
    expect(
      await syncTickets(
        runInputs(settings(), excepted, { sha: 'c'.repeat(40), authoritative: false, time }).input,
      ),
    ).toMatchObject({ updated: 0 });
    expect(server.issue('SEC-1').comments).toHaveLength(1);
    expect(JSON.stringify(server.issue('SEC-1').comments[0].body)).toContain(
      'compensating WAF rule until Q3',
    );
    expect(once.log.events.find((event) => event.data.change === 'comment')?.data).toMatchObject({
      decision: 'excepted',
      by: 'EXC_12 (approved by carol)',
      reason: 'compensating WAF rule until Q3',
    });
  });

  it('groups findings into one ticket per rule and file beyond ticket-limit, each fingerprint labelled', async () => {
    const many = [1, 2, 3, 4].map((line) => ({
      ...makeDecision(`dup${line}`, { ruleId: 'js.eval', path: 'src/a.js', line }),
    }));
    const other = makeDecision('other', { ruleId: 'js.exec', path: 'src/b.js' });
    const run = runInputs(settings({ 'ticket-limit': '2' }), [...many, other], { sha: 'a'.repeat(40), time });
    const result = await syncTickets(run.input);
    expect(result).toMatchObject({ created: 2, failed: 0 });
    expect(result.warnings.join('\n')).toMatch(/grouped them per rule and file into 2 tickets/);
    const grouped = server.issues.find(
      (issue) => issue.fields.labels.filter((label) => label.startsWith('soc2-fp-')).length === 4,
    );
    expect(grouped?.fields.summary).toMatch(/4 findings in src\/a\.js/);
    // A later run finds every grouped finding by its own label: nothing new.
    expect(
      await syncTickets(
        runInputs(settings({ 'ticket-limit': '2' }), [...many, other], { sha: 'b'.repeat(40), time }).input,
      ),
    ).toMatchObject({ created: 0, closed: 0 });
  });

  it('creates the ticket without fields the project screen lacks, and says so', async () => {
    await server.close();
    server = await startJiraApi({
      deployment,
      token: TOKEN,
      email: EMAIL,
      users: [ALICE],
      screenlessFields: ['duedate'],
      clock: time.clock,
    });
    const result = await syncTickets(
      runInputs(settings(), decisions().slice(0, 1), { sha: 'a'.repeat(40), time }).input,
    );
    expect(result).toMatchObject({ created: 1, failed: 0 });
    expect(server.issues[0].fields.duedate).toBeUndefined();
    expect(result.warnings.join('\n')).toMatch(/refused duedate/);
  });
});

describe('Jira deployment detection', () => {
  it('asks serverInfo without credentials, then uses the PAT as bearer on Data Center even when a user is given', async () => {
    const server = await startJiraApi({ deployment: 'data-center', token: TOKEN });
    try {
      const settings = ticketSettings({
        tickets: 'jira',
        'jira-url': server.url,
        'jira-user': 'alice',
        'jira-token': TOKEN,
        'jira-project': 'SEC',
      });
      const result = await syncTickets(
        runInputs(settings, [makeDecision('eval')], { sha: 'a'.repeat(40), time: new VirtualTime() }).input,
      );
      expect(result).toMatchObject({ created: 1, failed: 0 });
      const [info, ...rest] = server.requests;
      expect(info.path).toBe('/rest/api/2/serverInfo');
      expect(info.headers.authorization).toBeUndefined();
      expect(rest.every((request) => request.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    } finally {
      await server.close();
    }
  });
});
