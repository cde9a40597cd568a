import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startJiraApi, type JiraApiServer } from '../servers/jira-api.js';
import { cleanEnv, repoRoot, runActionAsync, runCli, type ProcessResult } from './run-dist.js';

const JIRA_TOKEN = 'ATATT3xJiraE2eTokenThatMustNeverLeak77';
const EMAIL = 'scanner@acme.example';

interface TicketRun {
  result: ProcessResult;
  evidence: string;
  events: Array<{ type: string; subject: string; data: Record<string, unknown> }>;
}

/** The demo app on the default branch, with tickets going to a local Jira Cloud. */
async function runWithJira(jira: JiraApiServer, workspace: string, runId: string): Promise<TicketRun> {
  const runner = mkdtempSync(path.join(tmpdir(), 'soc2-e2e-tickets-runner-'));
  const event = path.join(runner, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      ref: 'refs/heads/main',
      repository: { full_name: 'acme/shop', default_branch: 'main' },
      sender: { login: 'octocat', id: 583231, type: 'User' },
    }),
  );
  writeFileSync(path.join(runner, 'output'), '');
  const env = cleanEnv({
    INPUT_PATHS: '.',
    'INPUT_FAIL-ON': 'critical,high',
    'INPUT_EVIDENCE-DIR': `evidence-${runId}`,
    'INPUT_UPLOAD-EVIDENCE': 'false',
    INPUT_TICKETS: 'jira',
    'INPUT_JIRA-URL': jira.url,
    'INPUT_JIRA-USER': EMAIL,
    'INPUT_JIRA-TOKEN': JIRA_TOKEN,
    'INPUT_JIRA-DEPLOYMENT': 'cloud',
    'INPUT_JIRA-PROJECT': 'SEC',
    'INPUT_TICKET-TIMEOUT-SECONDS': '20',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_ACTOR: 'octocat',
    GITHUB_OUTPUT: path.join(runner, 'output'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
  });
  const result = await runActionAsync(env, workspace);
  const evidence = path.join(workspace, `evidence-${runId}`);
  const events = readFileSync(path.join(evidence, 'audit-log.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  return { result, evidence, events };
}

describe('dist/index.js with remediation tickets in Jira Cloud', () => {
  let jira: JiraApiServer;
  let workspace: string;
  let first: TicketRun;
  let second: TicketRun;

  beforeAll(async () => {
    jira = await startJiraApi({ deployment: 'cloud', token: JIRA_TOKEN, email: EMAIL, project: 'SEC' });
    workspace = path.join(mkdtempSync(path.join(tmpdir(), 'soc2-e2e-tickets-')), 'repo');
    mkdirSync(workspace);
    cpSync(path.join(repoRoot, 'examples', 'demo-app'), workspace, { recursive: true });
    first = await runWithJira(jira, workspace, '7001');
    second = await runWithJira(jira, workspace, '7002');
  });
  afterAll(() => jira.close());

  it('opens one ticket per blocking finding and records each in the audit log', () => {
    const blocking = first.events.filter((e) => e.type === 'finding.opened' && e.data.action === 'block');
    const created = first.events.filter((e) => e.type === 'ticket.created');
    expect(blocking.length).toBeGreaterThan(0);
    expect(created).toHaveLength(jira.issues.length);
    expect(jira.issues.length).toBe(blocking.length);
    expect(created.every((e) => /^SEC-\d+$/.test(e.subject))).toBe(true);
  });

  it('opens no duplicate on the next run', () => {
    expect(second.events.filter((e) => e.type === 'ticket.created')).toHaveLength(0);
    expect(jira.issues.length).toBe(first.events.filter((e) => e.type === 'ticket.created').length);
  });

  it('leaves an evidence bundle that verifies and holds no token, nor does the log', () => {
    for (const run of [first, second]) {
      expect(runCli(['verify', run.evidence]).status).toBe(0);
      for (const file of readdirSync(run.evidence)) {
        expect(readFileSync(path.join(run.evidence, file), 'utf8')).not.toContain(JIRA_TOKEN);
      }
      const log = `${run.result.stdout}\n${run.result.stderr}`
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'));
      expect(log.join('\n')).not.toContain(JIRA_TOKEN);
      expect(log.join('\n')).not.toContain(Buffer.from(`${EMAIL}:${JIRA_TOKEN}`).toString('base64'));
    }
  });
});
