import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  addIssueComment,
  pullRequestRoutes,
  startGitHubApi,
  type GitHubApiServer,
  type GitHubUser,
} from '../servers/github-api.js';
import { cleanEnv, parseOutputFile, runActionAsync, type ProcessResult } from './run-dist.js';

const TOKEN = 'ghs_pullRequestE2eTokenThatMustNeverLeak';
const REPOSITORY = 'acme/shop';
const PR_NUMBER = 7;
const AUTHOR: GitHubUser = { login: 'pr-author', id: 5001, type: 'User' };
const MAINTAINER: GitHubUser = { login: 'maintainer', id: 5002, type: 'User' };
const WRITER: GitHubUser = { login: 'writer', id: 5003, type: 'User' };

const RULE = `rules:
  - id: no-eval
    message: eval of $X runs arbitrary code
    severity: ERROR
    languages: [javascript]
    pattern: eval($X)
`;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Dev',
      GIT_AUTHOR_EMAIL: 'dev@example.com',
      GIT_COMMITTER_NAME: 'Dev',
      GIT_COMMITTER_EMAIL: 'dev@example.com',
      GIT_AUTHOR_DATE: '2026-11-01T10:00:00Z',
      GIT_COMMITTER_DATE: '2026-11-01T10:00:00Z',
    },
  }).trim();
}

/**
 * A real repository: the base has three eval() findings; the pull request adds two and pushes an old one
 * 40 lines down. Diff-aware, exactly the two new ones may block.
 */
function buildRepository(workspace: string): { base: string; head: string } {
  mkdirSync(path.join(workspace, 'rules'), { recursive: true });
  mkdirSync(path.join(workspace, 'src'), { recursive: true });
  writeFileSync(path.join(workspace, 'rules', 'no-eval.yaml'), RULE);
  writeFileSync(path.join(workspace, 'src', 'old.js'), 'eval(a);\nfunction f() {\n  eval(b);\n}\n');
  writeFileSync(path.join(workspace, 'src', 'moved.js'), 'const x = 1;\neval(c);\n');
  git(workspace, 'init', '-q', '-b', 'main');
  git(workspace, 'add', '.');
  git(workspace, 'commit', '-q', '-m', 'base');
  const base = git(workspace, 'rev-parse', 'HEAD');
  git(workspace, 'checkout', '-q', '-b', 'feature');
  const filler = Array.from({ length: 40 }, (_, i) => `const filler${i} = ${i};`).join('\n');
  writeFileSync(path.join(workspace, 'src', 'moved.js'), `${filler}\nconst x = 1;\neval(c);\n`);
  writeFileSync(path.join(workspace, 'src', 'new.js'), 'eval(userInput);\nsetTimeout(() => eval(more));\n');
  git(workspace, 'add', '.');
  git(workspace, 'commit', '-q', '-m', 'feature');
  return { base, head: git(workspace, 'rev-parse', 'HEAD') };
}

interface PullRequestRun {
  result: ProcessResult;
  outputs: Record<string, string>;
  summary: string;
  findings: { findings: Array<{ decision: { action: string; lifecycle: string } }> };
  events: Array<{
    type: string;
    ts: string;
    actor: { login: string; id: number | null };
    data: Record<string, unknown>;
  }>;
}

async function runOnPullRequest(
  api: GitHubApiServer,
  runId: string,
  trigger: 'pull_request' | 'issue_comment' = 'pull_request',
): Promise<PullRequestRun> {
  const root = mkdtempSync(path.join(tmpdir(), 'soc2-e2e-pr-'));
  const workspace = path.join(root, 'repo');
  mkdirSync(workspace);
  const { base, head } = buildRepository(workspace);
  const runner = path.join(root, 'runner');
  mkdirSync(runner);
  const files = {
    output: path.join(runner, 'output'),
    summary: path.join(runner, 'summary.md'),
    event: path.join(runner, 'event.json'),
  };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const repo = { full_name: REPOSITORY, fork: false, default_branch: 'main' };
  const pullRequest = {
    number: PR_NUMBER,
    user: { login: AUTHOR.login, id: AUTHOR.id, type: 'User' },
    base: { sha: base, ref: 'main', repo },
    head: { sha: head, ref: 'feature', repo },
  };
  // A comment event carries only the issue: the pull request's commits come from GET /pulls/{n}.
  api.addRoute({
    method: 'GET',
    path: '/repos/:owner/:repo/pulls/:pull_number',
    handle: ({ params }) =>
      Number(params.pull_number) === PR_NUMBER
        ? { status: 200, body: { ...pullRequest, state: 'open' } }
        : { status: 404, body: { message: 'Not Found' } },
  });
  const commentEvent = {
    action: 'created',
    issue: {
      number: PR_NUMBER,
      user: pullRequest.user,
      pull_request: { url: `https://api.github.com/repos/${REPOSITORY}/pulls/${PR_NUMBER}` },
    },
    comment: {
      id: 1,
      body: '/soc2-scan override see above',
      user: { login: MAINTAINER.login, id: MAINTAINER.id },
    },
    repository: repo,
    sender: { login: MAINTAINER.login, id: MAINTAINER.id, type: 'User' },
  };
  writeFileSync(
    files.event,
    trigger === 'issue_comment'
      ? JSON.stringify(commentEvent)
      : JSON.stringify({
          action: 'synchronize',
          number: PR_NUMBER,
          pull_request: pullRequest,
          repository: repo,
          sender: { login: AUTHOR.login, id: AUTHOR.id, type: 'User' },
        }),
  );
  const env = cleanEnv({
    INPUT_PATHS: '.',
    INPUT_CONFIG: 'rules',
    'INPUT_FAIL-ON': 'critical,high',
    'INPUT_EVIDENCE-DIR': 'soc2-evidence',
    'INPUT_UPLOAD-EVIDENCE': 'false',
    'INPUT_MAX-FILE-SIZE': '1048576',
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_PR-COMMENT': 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api.url,
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '3',
    GITHUB_WORKFLOW: 'security',
    GITHUB_JOB: 'scan',
    GITHUB_EVENT_NAME: trigger,
    GITHUB_EVENT_PATH: files.event,
    // issue_comment runs the default branch's workflow: GITHUB_SHA is main's tip, the job checks out the PR.
    GITHUB_REF: trigger === 'issue_comment' ? 'refs/heads/main' : `refs/pull/${PR_NUMBER}/merge`,
    GITHUB_SHA: trigger === 'issue_comment' ? base : head,
    GITHUB_ACTOR: trigger === 'issue_comment' ? MAINTAINER.login : AUTHOR.login,
    GITHUB_TRIGGERING_ACTOR: trigger === 'issue_comment' ? MAINTAINER.login : AUTHOR.login,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
  });
  const result = await runActionAsync(env, workspace);
  const evidence = path.join(workspace, 'soc2-evidence');
  return {
    result,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    findings: JSON.parse(readFileSync(path.join(evidence, 'findings.json'), 'utf8')),
    events: readFileSync(path.join(evidence, 'audit-log.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line)),
  };
}

function overrideComment(api: GitHubApiServer, user: GitHubUser, body: string): number {
  return addIssueComment(api.state, {
    repository: REPOSITORY,
    issueNumber: PR_NUMBER,
    user,
    body,
    created_at: '2026-11-20T09:30:00Z',
  }).id;
}

describe('dist/index.js on a pull request', () => {
  let api: GitHubApiServer;

  beforeEach(async () => {
    api = await startGitHubApi({
      token: TOKEN,
      users: [AUTHOR, MAINTAINER, WRITER],
      routes: pullRequestRoutes,
    });
    api.state.pullRequests.roles[REPOSITORY] = {
      [AUTHOR.login]: 'maintain',
      [MAINTAINER.login]: 'maintain',
      [WRITER.login]: 'write',
    };
  });
  afterEach(async () => {
    await api.close();
  });

  it('blocks only the two findings the pull request adds; the three on the base, one moved 40 lines, are existing', async () => {
    const run = await runOnPullRequest(api, '9001');
    expect(run.result.status).toBe(1);
    const decisions = run.findings.findings.map((finding) => finding.decision);
    expect(decisions.filter((d) => d.action === 'block')).toHaveLength(2);
    expect(decisions.filter((d) => d.lifecycle === 'existing')).toHaveLength(3);
    expect(decisions.filter((d) => d.lifecycle === 'new').every((d) => d.action === 'block')).toBe(true);
    expect(run.outputs['blocking-count']).toBe('2');
    expect(run.summary).toContain('Diff-aware');
  });

  it('is overridden by a maintainer’s comment: the job passes and the override is recorded with who, when and why', async () => {
    const commentId = overrideComment(
      api,
      MAINTAINER,
      '/soc2-scan override eval input is a constant, see #12',
    );
    const run = await runOnPullRequest(api, '9002');
    expect(run.result.status).toBe(0);
    expect(run.outputs.result).toBe('overridden');
    const overridden = run.events.find((event) => event.type === 'policy.overridden');
    expect(overridden).toBeDefined();
    expect(overridden?.actor).toMatchObject({ login: MAINTAINER.login, id: MAINTAINER.id });
    expect(overridden?.ts).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(overridden?.data).toMatchObject({
      via: 'comment',
      reason: 'eval input is a constant, see #12',
      at: '2026-11-20T09:30:00Z',
      sourceId: String(commentId),
    });
    expect(overridden?.data.covered).toHaveLength(2);
  });

  it.each([
    ['a user with write permission', WRITER, /permission/i],
    ['the pull request’s author', AUTHOR, /author/i],
  ])('refuses the same comment from %s, records the attempt and keeps the block', async (_, user, why) => {
    overrideComment(api, user, '/soc2-scan override trust me');
    const run = await runOnPullRequest(api, '9003');
    expect(run.result.status).toBe(1);
    expect(run.outputs.result).toBe('blocked');
    const refused = run.events.find((event) => event.type === 'override.refused');
    expect(refused?.actor).toMatchObject({ login: user.login, id: user.id });
    expect(String(refused?.data.refusedBecause)).toMatch(why);
    expect(run.events.some((event) => event.type === 'policy.overridden')).toBe(false);
  });

  it('keeps one pull-request comment, updated in place by the next run', async () => {
    await runOnPullRequest(api, '9004');
    const second = await runOnPullRequest(api, '9005');
    const ours = api.state.pullRequests.comments.filter((comment) =>
      comment.body.includes('soc2-scan:pr-comment'),
    );
    expect(ours).toHaveLength(1);
    const writes = api.requests.filter((request) => request.method === 'POST' || request.method === 'PATCH');
    expect(writes.map((request) => request.method)).toEqual(['POST', 'PATCH']);
    expect(ours[0].body).toContain('no-eval');
    expect(second.result.stdout).toContain('Pull-request comment updated');
    for (const file of [second.summary, JSON.stringify(second.events), ours[0].body])
      expect(file).not.toContain(TOKEN);
  });

  it('re-runs the gate on the override comment itself (issue_comment): reads the PR from the API and passes', async () => {
    overrideComment(api, MAINTAINER, '/soc2-scan override accepted risk, ticket SEC-9');
    const run = await runOnPullRequest(api, '9006', 'issue_comment');
    expect(run.result.status).toBe(0);
    expect(run.outputs.result).toBe('overridden');
    expect(run.result.stdout).not.toMatch(/not the pull request head/);
    const decisions = run.findings.findings.map((finding) => finding.decision);
    expect(decisions.filter((d) => d.action === 'overridden')).toHaveLength(2);
    expect(decisions.filter((d) => d.lifecycle === 'existing')).toHaveLength(3);
    const started = run.events.find((event) => event.type === 'scan.started');
    expect(started?.data.event).toBe('issue_comment');
  });
});
