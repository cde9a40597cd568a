import { serialiseAuditLog } from '../../evidence/audit-log.js';
import { verifyAuditLog } from '../../evidence/verify-audit-log.js';
import type { AuditEvent } from '../../model/index.js';
import { startJiraApi, type JiraApiServer } from '../../../__tests__/servers/jira-api.js';
import { startGitHubIssuesApi } from '../../../__tests__/servers/github-issues-api.js';
import { realSleep } from './http/time-budget.js';
import { syncTickets } from './sync-tickets.js';
import { makeDecision, runInputs, ticketSettings, VirtualTime } from './test-support/ticket-fixtures.js';

const TOKEN = 'ATATT3xFfGF0-very-secret-api-token';
const EMAIL = 'scanner@acme.example';
const BASIC = Buffer.from(`${EMAIL}:${TOKEN}`).toString('base64');

function chainProblems(events: readonly AuditEvent[]): string[] {
  const problems: string[] = [];
  verifyAuditLog(serialiseAuditLog(events), { id: events[0].run.id, attempt: 1 }, problems);
  return problems;
}

describe('ticket sync when the sink misbehaves', () => {
  let server: JiraApiServer;
  beforeEach(async () => {
    server = await startJiraApi({ deployment: 'cloud', token: TOKEN, email: EMAIL });
  });
  afterEach(() => server.close());

  const settings = (extra: Record<string, string> = {}) =>
    ticketSettings({
      tickets: 'jira',
      'jira-url': server.url,
      'jira-user': EMAIL,
      'jira-token': TOKEN,
      'jira-project': 'SEC',
      'jira-deployment': 'cloud',
      ...extra,
    });

  it('retries 429 with Retry-After: 1 three times and creates the ticket exactly once', async () => {
    server.failNext({
      status: 429,
      headers: { 'retry-after': '1' },
      times: 3,
      method: 'POST',
      path: '/rest/api/3/issue',
    });
    const time = new VirtualTime();
    const run = runInputs(settings(), [makeDecision('eval')], { sha: 'a'.repeat(40), time });
    const result = await syncTickets(run.input);
    expect(result).toMatchObject({ created: 1, failed: 0 });
    expect(server.issues).toHaveLength(1);
    expect(
      server.requests.filter((request) => request.method === 'POST' && request.path === '/rest/api/3/issue'),
    ).toHaveLength(4);
    expect(time.sleeps).toEqual([1000, 1000, 1000]);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    const time = new VirtualTime();
    const at = new Date(time.clock().getTime() + 5000).toUTCString();
    server.failNext({
      status: 503,
      headers: { 'retry-after': at },
      times: 1,
      method: 'POST',
      path: '/rest/api/3/search/jql',
    });
    const result = await syncTickets(
      runInputs(settings(), [makeDecision('eval')], { sha: 'a'.repeat(40), time }).input,
    );
    expect(result).toMatchObject({ created: 1, failed: 0 });
    expect(time.sleeps).toEqual([5000]);
  });

  it('gives up on a sink that always answers 503 within ticket-timeout-seconds, records ticket.failed and keeps the chain', async () => {
    server.failNext({ status: 503, times: Number.POSITIVE_INFINITY });
    const waits: number[] = [];
    const run = runInputs(
      settings({ 'ticket-timeout-seconds': '2' }),
      [makeDecision('eval'), makeDecision('exec')],
      {
        sha: 'a'.repeat(40),
      },
    );
    run.input.sleep = (ms) => {
      waits.push(ms);
      return realSleep(ms);
    };
    run.log.record('scan.started', { login: 'octocat', id: 1, type: 'user' }, 'acme/payments', {});
    const result = await syncTickets(run.input);
    run.log.record('scan.completed', { login: 'octocat', id: 1, type: 'user' }, 'acme/payments', {});

    expect(result).toMatchObject({ created: 0, failed: 1, blocking: false });
    // Every wait the client asked for fits in the bound; nothing was created blind after the lookup failed.
    expect(waits.reduce((sum, ms) => sum + ms, 0)).toBeLessThan(2000);
    expect(server.requests.some((request) => request.path === '/rest/api/3/issue')).toBe(false);
    const failed = run.log.events.filter((event) => event.type === 'ticket.failed');
    expect(failed).toHaveLength(1);
    expect(failed[0].data).toMatchObject({ sink: 'jira', operation: 'search', status: 503 });
    expect(run.log.events.map((event) => event.type)).toEqual([
      'scan.started',
      'ticket.failed',
      'scan.completed',
    ]);
    expect(chainProblems(run.log.events)).toEqual([]);
  });

  it('marks the result blocking only when ticket-failure is block', async () => {
    server.failNext({ status: 500, times: Number.POSITIVE_INFINITY });
    const time = new VirtualTime();
    const blocked = await syncTickets(
      runInputs(
        settings({ 'ticket-failure': 'block', 'ticket-timeout-seconds': '5' }),
        [makeDecision('eval')],
        { sha: 'a'.repeat(40), time },
      ).input,
    );
    expect(blocked).toMatchObject({ failed: 1, blocking: true });
  });

  it('never lets the token into recorded events or warnings, even when the server echoes it', async () => {
    server.failNext({
      status: 400,
      times: 1,
      method: 'POST',
      path: '/rest/api/3/issue',
      body: { errorMessages: [`Rejected header Authorization: Basic ${BASIC} (token ${TOKEN})`], errors: {} },
    });
    const run = runInputs(settings(), [makeDecision('eval'), makeDecision('exec')], {
      sha: 'a'.repeat(40),
      time: new VirtualTime(),
    });
    const result = await syncTickets(run.input);
    expect(result).toMatchObject({ created: 1, failed: 1 });
    const output = serialiseAuditLog(run.log.events) + JSON.stringify(result);
    expect(output).toContain('Rejected header');
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(BASIC);
  });

  it('keeps the GitHub token out of events and warnings when the issues API fails', async () => {
    const github = await startGitHubIssuesApi({
      owner: 'acme',
      repo: 'payments',
      token: 'ghs_secretIssuesToken99',
      viewer: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    });
    try {
      github.failNext({
        status: 422,
        times: 1,
        method: 'POST',
        body: { message: 'Validation Failed for ghs_secretIssuesToken99' },
      });
      const run = runInputs(
        ticketSettings({ tickets: 'github', 'github-token': 'ghs_secretIssuesToken99' }, github.url),
        [makeDecision('eval')],
        { sha: 'a'.repeat(40), time: new VirtualTime() },
      );
      const result = await syncTickets(run.input);
      expect(result).toMatchObject({ created: 0, failed: 1 });
      const output = serialiseAuditLog(run.log.events) + JSON.stringify(result);
      expect(output).toContain('Validation Failed');
      expect(output).not.toContain('ghs_secretIssuesToken99');
    } finally {
      await github.close();
    }
  });
});
