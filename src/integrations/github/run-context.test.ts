import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { startGitHubApi, type GitHubApiServer } from '../../../__tests__/servers/github-api.js';
import { captureStdout, type CapturedStdout } from '../../../__tests__/support/capture-stdout.js';
import {
  actorIdFromPayload,
  readEventPayload,
  readRunContext,
  resolveRunContext,
  type HostFacts,
} from './index.js';

const HOST: HostFacts = {
  now: new Date('2026-03-04T05:06:07.089Z'),
  platform: 'linux',
  arch: 'x64',
  userName: 'alice',
};

const ACTIONS_ENV: NodeJS.ProcessEnv = {
  GITHUB_ACTIONS: 'true',
  GITHUB_REPOSITORY: 'acme/payments',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '9876543210',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_RUN_NUMBER: '314',
  GITHUB_WORKFLOW: 'CI',
  GITHUB_JOB: 'scan',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_REF: 'refs/pull/42/merge',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_ACTOR: 'octocat',
  GITHUB_TRIGGERING_ACTOR: 'hubot',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'ARM64',
};

const PULL_REQUEST_EVENT = {
  action: 'synchronize',
  number: 42,
  pull_request: { number: 42, base: { sha: 'b'.repeat(40), ref: 'main' }, head: { sha: 'c'.repeat(40) } },
  sender: { login: 'octocat', id: 583231, type: 'User' },
};

describe('readRunContext', () => {
  it('reads the run from GITHUB_* and RUNNER_*, and the PR number and base sha from the payload', () => {
    expect(readRunContext(ACTIONS_ENV, PULL_REQUEST_EVENT, HOST)).toEqual({
      repository: 'acme/payments',
      serverUrl: 'https://github.com',
      runId: '9876543210',
      runAttempt: 2,
      runNumber: 314,
      workflow: 'CI',
      job: 'scan',
      eventName: 'pull_request',
      ref: 'refs/pull/42/merge',
      sha: 'a'.repeat(40),
      baseSha: 'b'.repeat(40),
      pullRequestNumber: 42,
      actorLogin: 'octocat',
      triggeringActorLogin: 'hubot',
      runner: { os: 'Linux', arch: 'ARM64' },
      apiUrl: 'https://api.github.com',
    });
  });

  it('has no PR number or base sha on a push', () => {
    const push = { ref: 'refs/heads/main', before: 'd'.repeat(40), sender: { login: 'octocat', id: 1 } };
    const context = readRunContext({ ...ACTIONS_ENV, GITHUB_EVENT_NAME: 'push' }, push, HOST);
    expect(context.pullRequestNumber).toBeNull();
    expect(context.baseSha).toBeNull();
  });

  it('takes the base sha of a merge queue group', () => {
    const event = { merge_group: { base_sha: 'e'.repeat(40), head_sha: 'f'.repeat(40) } };
    expect(readRunContext({ ...ACTIONS_ENV, GITHUB_EVENT_NAME: 'merge_group' }, event, HOST).baseSha).toBe(
      'e'.repeat(40),
    );
  });

  it('finds the PR number of a comment made on a pull request', () => {
    const event = { issue: { number: 7, pull_request: { url: 'x' } }, comment: { id: 1 } };
    const onPr = readRunContext({ ...ACTIONS_ENV, GITHUB_EVENT_NAME: 'issue_comment' }, event, HOST);
    expect(onPr.pullRequestNumber).toBe(7);
    const onIssue = readRunContext(
      { ...ACTIONS_ENV, GITHUB_EVENT_NAME: 'issue_comment' },
      { issue: { number: 8 } },
      HOST,
    );
    expect(onIssue.pullRequestNumber).toBeNull();
  });

  it('the triggering actor is the actor when GITHUB_TRIGGERING_ACTOR is absent', () => {
    const env = { ...ACTIONS_ENV };
    delete env.GITHUB_TRIGGERING_ACTOR;
    expect(readRunContext(env, null, HOST).triggeringActorLogin).toBe('octocat');
  });

  it('takes the API URL from GITHUB_API_URL, as on GitHub Enterprise', () => {
    const env = { ...ACTIONS_ENV, GITHUB_API_URL: 'https://ghe.example.com/api/v3/' };
    expect(readRunContext(env, null, HOST).apiUrl).toBe('https://ghe.example.com/api/v3');
  });

  it('outside Actions uses plainly local values, the OS user and the host platform', () => {
    expect(readRunContext({}, null, HOST)).toEqual({
      repository: 'local',
      serverUrl: 'https://github.com',
      runId: 'local-20260304T050607089Z',
      runAttempt: 1,
      runNumber: null,
      workflow: null,
      job: null,
      eventName: null,
      ref: null,
      sha: null,
      baseSha: null,
      pullRequestNumber: null,
      actorLogin: 'alice',
      triggeringActorLogin: 'alice',
      runner: { os: 'Linux', arch: 'X64' },
      apiUrl: 'https://api.github.com',
    });
  });

  it('outside Actions prefers GITHUB_ACTOR to the OS user, and falls back to `local` without either', () => {
    expect(readRunContext({ GITHUB_ACTOR: 'octocat' }, null, HOST).actorLogin).toBe('octocat');
    expect(readRunContext({}, null, { ...HOST, userName: null }).actorLogin).toBe('local');
  });

  it('reads the OS user and the clock of the machine when no host facts are given', () => {
    const context = readRunContext({}, null);
    expect(context.actorLogin).toBe(userInfo().username);
    expect(context.runId).toMatch(/^local-\d{8}T\d{9}Z$/);
  });

  it('ignores an attempt or run number that is not a positive integer', () => {
    const context = readRunContext(
      { ...ACTIONS_ENV, GITHUB_RUN_ATTEMPT: 'two', GITHUB_RUN_NUMBER: '-1' },
      null,
      HOST,
    );
    expect(context.runAttempt).toBe(1);
    expect(context.runNumber).toBeNull();
  });
});

describe('readEventPayload', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'soc2-payload-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('parses the JSON at GITHUB_EVENT_PATH', async () => {
    const file = path.join(dir, 'event.json');
    await writeFile(file, JSON.stringify(PULL_REQUEST_EVENT));
    expect(readEventPayload({ GITHUB_EVENT_PATH: file })).toEqual(PULL_REQUEST_EVENT);
  });

  it('is null without GITHUB_EVENT_PATH, for a missing file, and for a file that is not JSON', async () => {
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, '{"sender": ');
    expect(readEventPayload({})).toBeNull();
    expect(readEventPayload({ GITHUB_EVENT_PATH: path.join(dir, 'missing.json') })).toBeNull();
    expect(readEventPayload({ GITHUB_EVENT_PATH: broken })).toBeNull();
  });
});

describe('actorIdFromPayload', () => {
  it('takes the id from the sender when the sender is that actor', () => {
    expect(actorIdFromPayload(PULL_REQUEST_EVENT, 'OctoCat')).toEqual({
      login: 'octocat',
      id: 583231,
      type: 'user',
    });
  });

  it('knows a bot sender', () => {
    const event = { sender: { login: 'renovate[bot]', id: 29139614, type: 'Bot' } };
    expect(actorIdFromPayload(event, 'renovate[bot]')).toEqual({
      login: 'renovate[bot]',
      id: 29139614,
      type: 'bot',
    });
  });

  it('returns null for someone else, or no payload', () => {
    expect(actorIdFromPayload(PULL_REQUEST_EVENT, 'hubot')).toBeNull();
    expect(actorIdFromPayload(null, 'octocat')).toBeNull();
  });
});

describe('resolveRunContext', () => {
  let api: GitHubApiServer;
  let dir: string;
  let stdout: CapturedStdout | undefined;

  beforeEach(async () => {
    api = await startGitHubApi({
      token: 'ghs_resolve',
      users: [{ login: 'hubot', id: 480938, type: 'User' }],
    });
    dir = await mkdtemp(path.join(tmpdir(), 'soc2-event-'));
    stdout = captureStdout();
  });

  afterEach(async () => {
    stdout?.restore();
    await api?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function eventFile(event: unknown): Promise<string> {
    const file = path.join(dir, 'event.json');
    await writeFile(file, JSON.stringify(event));
    return file;
  }

  it('takes the actor id from the payload and looks up only the re-run triggering actor', async () => {
    const env = {
      ...ACTIONS_ENV,
      GITHUB_EVENT_PATH: await eventFile(PULL_REQUEST_EVENT),
      GITHUB_API_URL: api.url,
    };

    const { context, warnings } = await resolveRunContext(env, { token: 'ghs_resolve', host: HOST });

    expect(warnings).toEqual([]);
    expect(context.actor).toEqual({ login: 'octocat', id: 583231, type: 'user' });
    expect(context.triggeringActor).toEqual({ login: 'hubot', id: 480938, type: 'user' });
    expect(context.pullRequestNumber).toBe(42);
    expect(api.requests.map((request) => request.path)).toEqual(['/users/hubot']);
    expect(api.requests[0].headers.authorization).toMatch(/^(token|Bearer) ghs_resolve$/);
  });

  it('needs no request at all when the payload sender is both actors', async () => {
    const env = {
      ...ACTIONS_ENV,
      GITHUB_TRIGGERING_ACTOR: 'octocat',
      GITHUB_EVENT_PATH: await eventFile(PULL_REQUEST_EVENT),
      GITHUB_API_URL: api.url,
    };
    const { context, warnings } = await resolveRunContext(env, { token: 'ghs_resolve', host: HOST });
    expect(context.actor).toEqual({ login: 'octocat', id: 583231, type: 'user' });
    expect(context.triggeringActor).toEqual(context.actor);
    expect(warnings).toEqual([]);
    expect(api.requests).toHaveLength(0);
  });

  it('calls the API once when actor and triggering actor are the same person', async () => {
    const env = {
      ...ACTIONS_ENV,
      GITHUB_ACTOR: 'hubot',
      GITHUB_TRIGGERING_ACTOR: 'hubot',
      GITHUB_EVENT_PATH: await eventFile({}),
      GITHUB_API_URL: api.url,
    };
    const { context } = await resolveRunContext(env, { token: 'ghs_resolve', host: HOST });
    expect(context.actor).toEqual(context.triggeringActor);
    expect(api.requests).toHaveLength(1);
  });

  it('without a token records the login with a null id and says so', async () => {
    const env = {
      ...ACTIONS_ENV,
      GITHUB_EVENT_PATH: await eventFile(PULL_REQUEST_EVENT),
      GITHUB_API_URL: api.url,
    };
    const { context, warnings } = await resolveRunContext(env, { token: null, host: HOST });
    expect(context.triggeringActor).toEqual({ login: 'hubot', id: null, type: 'user' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/hubot/);
    expect(api.requests).toHaveLength(0);
  });

  it('warns and carries on when the event payload cannot be read', async () => {
    const env = {
      ...ACTIONS_ENV,
      GITHUB_TRIGGERING_ACTOR: 'octocat',
      GITHUB_EVENT_PATH: path.join(dir, 'missing.json'),
    };
    const { context, warnings } = await resolveRunContext(env, { token: null, host: HOST });
    expect(warnings[0]).toMatch(/event payload/);
    expect(context.pullRequestNumber).toBeNull();
    expect(context.actor).toEqual({ login: 'octocat', id: null, type: 'user' });
  });

  it('outside Actions uses the local actor and calls nothing', async () => {
    const { context, warnings } = await resolveRunContext(
      { GITHUB_API_URL: api.url },
      { token: 'ghs_resolve', host: HOST },
    );
    expect(context.actor).toEqual({ login: 'alice', id: null, type: 'user' });
    expect(context.triggeringActor).toEqual(context.actor);
    expect(context.runId).toBe('local-20260304T050607089Z');
    expect(context).not.toHaveProperty('apiUrl');
    expect(warnings).toEqual([]);
    expect(api.requests).toHaveLength(0);
  });

  it('outside Actions does not look up a GITHUB_ACTOR someone exported locally', async () => {
    const { context } = await resolveRunContext(
      { GITHUB_ACTOR: 'hubot', GITHUB_API_URL: api.url },
      { token: 'ghs_resolve', host: HOST },
    );
    expect(context.actor).toEqual({ login: 'hubot', id: null, type: 'user' });
    expect(api.requests).toHaveLength(0);
  });

  it('warns when the event payload is not JSON', async () => {
    const file = path.join(dir, 'event.json');
    await writeFile(file, 'not json');
    const { warnings } = await resolveRunContext(
      { ...ACTIONS_ENV, GITHUB_TRIGGERING_ACTOR: 'octocat', GITHUB_EVENT_PATH: file },
      { token: null, host: HOST },
    );
    expect(warnings[0]).toMatch(/event payload at GITHUB_EVENT_PATH .*JSON/);
  });
});
