import { serialiseAuditLog } from '../../evidence/audit-log.js';
import { verifyAuditLog } from '../../evidence/verify-audit-log.js';
import type { AuditEvent } from '../../model/index.js';
import {
  startGitHubIssuesApi,
  type GitHubIssuesServer,
} from '../../../__tests__/servers/github-issues-api.js';
import type { GitHubUser } from '../../../__tests__/servers/github-api.js';
import { syncTickets } from './sync-tickets.js';
import { makeDecision, runInputs, ticketSettings, VirtualTime } from './test-support/ticket-fixtures.js';

const TOKEN = 'ghs_issuesTokenValue1234567890';
const BOT: GitHubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
const MONA: GitHubUser = { login: 'mona', id: 7001, type: 'User' };

function verified(events: readonly AuditEvent[]): void {
  const problems: string[] = [];
  verifyAuditLog(serialiseAuditLog(events), { id: events[0].run.id, attempt: 1 }, problems);
  expect(problems).toEqual([]);
}

describe('GitHub Issues tickets', () => {
  let server: GitHubIssuesServer;
  const time = new VirtualTime();

  beforeEach(async () => {
    server = await startGitHubIssuesApi({
      owner: 'acme',
      repo: 'payments',
      token: TOKEN,
      viewer: BOT,
      users: [MONA],
      perPageMax: 2,
      clock: time.clock,
    });
  });
  afterEach(() => server.close());

  const settings = (extra: Record<string, string> = {}) =>
    ticketSettings(
      { tickets: 'github', 'github-token': TOKEN, 'ticket-assignees': 'src/eval.js=@mona', ...extra },
      server.url,
    );
  const decisions = () => [
    makeDecision('eval', { severity: 'critical' }),
    makeDecision('exec', { severity: 'high' }),
    makeDecision('sql', { severity: 'medium', action: 'comment' }),
  ];

  it('creates one issue per new blocking finding, none on a re-run, closes the fixed one and reopens it when it returns', async () => {
    const first = runInputs(settings(), decisions(), { sha: 'a'.repeat(40), runId: '200', time });
    expect(await syncTickets(first.input)).toMatchObject({
      created: 2,
      closed: 0,
      failed: 0,
      blocking: false,
    });
    expect(server.issues.map((issue) => issue.number)).toEqual([1, 2]);
    const [evalIssue, execIssue] = server.issues;
    expect(evalIssue.labels).toEqual(expect.arrayContaining(['soc2-scan', 'severity:critical']));
    expect(evalIssue.assignees).toEqual(['mona']);
    expect(evalIssue.body).toContain(`<!-- soc2-scan:fingerprint:${decisions()[0].finding.fingerprint} -->`);
    expect(evalIssue.body).toContain('**Due:** 2025-03-10');
    expect(evalIssue.body).toContain(
      `https://github.com/acme/payments/blob/${'a'.repeat(40)}/src/eval.js#L10`,
    );
    expect(evalIssue.body).toContain('soc2-evidence-200-1');
    expect(
      first.log.events.filter((event) => event.type === 'ticket.created').map((event) => event.data.key),
    ).toEqual(['acme/payments#1', 'acme/payments#2']);

    // Somebody else files an issue with the label (and a pull request carries it too): neither is ours.
    server.issues.push({ ...execIssue, number: 3, body: 'manual', comments: [], events: [] });
    server.issues.push({ ...execIssue, number: 4, pull_request: true, comments: [], events: [] });
    server.actAs(2, MONA, new Date('2025-03-05T12:00:00Z'), { assignee: 'mona' });

    const second = runInputs(settings(), decisions(), {
      sha: 'b'.repeat(40),
      runId: '201',
      authoritative: false,
      time,
    });
    expect(await syncTickets(second.input)).toMatchObject({ created: 0, closed: 0, failed: 0 });
    expect(server.issues).toHaveLength(4);
    const assigned = second.log.events.find((event) => event.data.field === 'assignee');
    expect(assigned?.actor).toEqual({ login: 'mona', id: 7001, type: 'user' });
    expect(assigned?.data).toMatchObject({
      key: 'acme/payments#2',
      to: 'mona',
      at: '2025-03-05T12:00:00.000Z',
    });

    const fixed = decisions().filter((decision) => !decision.finding.ruleId.endsWith('exec'));
    const third = runInputs(settings(), fixed, { sha: 'c'.repeat(40), runId: '202', time });
    expect(await syncTickets(third.input)).toMatchObject({ created: 0, closed: 1, failed: 0 });
    expect(server.issues.map((issue) => [issue.number, issue.state, issue.state_reason])).toEqual([
      [1, 'open', null],
      [2, 'closed', 'completed'],
      [3, 'open', null],
      [4, 'open', null],
    ]);
    expect(server.issues[1].comments.at(-1)?.body).toContain(`no longer detected at ${'c'.repeat(40)}`);
    expect(
      third.log.events.filter((event) => event.type === 'ticket.closed').map((event) => event.subject),
    ).toEqual(['acme/payments#2']);
    const closedEvent = third.log.events.find(
      (event) => event.data.change === 'history' && event.data.to === 'closed',
    );
    expect(closedEvent?.actor).toEqual({ login: 'github-actions[bot]', id: 41898282, type: 'bot' });

    const back = decisions().map((decision) => ({
      ...decision,
      lifecycle: decision.finding.ruleId.endsWith('exec') ? ('reopened' as const) : ('existing' as const),
    }));
    const fourth = runInputs(settings(), back, { sha: 'd'.repeat(40), runId: '203', time });
    expect(await syncTickets(fourth.input)).toMatchObject({ created: 0, reopened: 1, closed: 0, failed: 0 });
    expect(server.issues[1]).toMatchObject({ state: 'open', state_reason: 'reopened' });
    expect(server.issues[1].comments.at(-1)?.body).toContain(`detected again at ${'d'.repeat(40)}`);

    for (const log of [first.log, second.log, third.log, fourth.log]) verified(log.events);
    // Found by listing labelled issues, never through the (much lower-limited) search API.
    expect(server.requests.some((request) => request.path.startsWith('/search'))).toBe(false);
  });

  it('paces issue creation to GitHub content limits without real waiting', async () => {
    const many = Array.from({ length: 85 }, (_, index) => makeDecision(`f${index}`));
    const start = time.clock().getTime();
    const result = await syncTickets(
      runInputs(settings({ 'ticket-limit': '100', 'ticket-timeout-seconds': '600' }), many, {
        sha: 'a'.repeat(40),
        time,
      }).input,
    );
    expect(result).toMatchObject({ created: 85, failed: 0 });
    const creations = server.requests.filter((request) => request.method === 'POST');
    expect(creations).toHaveLength(85);
    // The 81st creation had to wait for the minute window to free a slot.
    expect(time.clock().getTime() - start).toBeGreaterThanOrEqual(60_000);
  });
});
