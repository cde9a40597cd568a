import {
  addIssueComment,
  pullRequestRoutes,
  startGitHubApi,
  type GitHubApiRoute,
  type GitHubApiServer,
} from '../../../../__tests__/servers/github-api.js';
import { PR_COMMENT_MARKER, pullRequestCommentMarker, upsertPullRequestComment } from './index.js';

const TOKEN = 'ghs_commentTestToken0123456789';
const REPOSITORY = 'acme/shop';
const PR = 12;

async function startApi(extraRoutes: GitHubApiRoute[] = []): Promise<GitHubApiServer> {
  return startGitHubApi({ token: TOKEN, routes: [...extraRoutes, ...pullRequestRoutes] });
}

function upsert(api: GitHubApiServer, body: string, marker?: string) {
  return upsertPullRequestComment({
    token: TOKEN,
    apiUrl: api.url,
    repository: REPOSITORY,
    pullRequestNumber: PR,
    body,
    ...(marker ? { marker } : {}),
  });
}

const writes = (api: GitHubApiServer) =>
  api.requests
    .filter((request) => request.method !== 'GET')
    .map((request) => `${request.method} ${request.path}`);

describe('upsertPullRequestComment against a local GitHub REST server', () => {
  let api: GitHubApiServer;

  afterEach(async () => {
    await api?.close();
  });

  it('creates the comment on the first run and updates the same one on the second', async () => {
    api = await startApi();
    addIssueComment(api.state, {
      repository: REPOSITORY,
      issueNumber: PR,
      user: { login: 'octocat', id: 1, type: 'User' },
      body: 'Please have a look',
      created_at: '2026-01-02T03:04:05Z',
    });

    const first = await upsert(api, `${PR_COMMENT_MARKER}\n### blocked`);
    const second = await upsert(api, `${PR_COMMENT_MARKER}\n### passed`);

    expect(first).toEqual({
      action: 'created',
      commentId: expect.any(Number),
      url: expect.stringContaining(`/${REPOSITORY}/pull/${PR}#issuecomment-`),
      reason: null,
    });
    expect(second).toEqual({
      action: 'updated',
      commentId: (first as { commentId: number }).commentId,
      url: expect.any(String),
      reason: null,
    });
    expect(writes(api)).toEqual([
      `POST /repos/${REPOSITORY}/issues/${PR}/comments`,
      `PATCH /repos/${REPOSITORY}/issues/comments/${(first as { commentId: number }).commentId}`,
    ]);
    const ours = api.state.pullRequests.comments.filter((comment) =>
      comment.body.includes(PR_COMMENT_MARKER),
    );
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toBe(`${PR_COMMENT_MARKER}\n### passed`);
    expect(ours[0].user.login).toBe('github-actions[bot]');
  });

  it('keeps one comment per run target, each found by its own marker', async () => {
    api = await startApi();
    const backend = pullRequestCommentMarker('services/api');
    const frontend = pullRequestCommentMarker('web');

    await upsert(api, `${backend}\nbackend v1`, backend);
    await upsert(api, `${frontend}\nfrontend v1`, frontend);
    await upsert(api, `${backend}\nbackend v2`, backend);
    await upsert(api, 'default target');

    expect(api.state.pullRequests.comments.map((comment) => comment.body)).toEqual([
      '<!-- soc2-scan:pr-comment:services/api -->\nbackend v2',
      '<!-- soc2-scan:pr-comment:web -->\nfrontend v1',
      `${PR_COMMENT_MARKER}\ndefault target`,
    ]);
  });

  it('finds its comment beyond the first page of comments', async () => {
    api = await startApi();
    for (let index = 0; index < 105; index += 1) {
      addIssueComment(api.state, {
        repository: REPOSITORY,
        issueNumber: PR,
        user: { login: 'octocat', id: 1, type: 'User' },
        body: `chatter ${index}`,
        created_at: `2026-01-02T03:${String(Math.floor(index / 60)).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}Z`,
      });
    }
    const ours = addIssueComment(api.state, {
      repository: REPOSITORY,
      issueNumber: PR,
      user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      body: `${PR_COMMENT_MARKER}\nold`,
      created_at: '2026-01-02T05:00:00Z',
    });

    const result = await upsert(api, `${PR_COMMENT_MARKER}\nnew`);

    expect(result).toMatchObject({ action: 'updated', commentId: ours.id });
    expect(writes(api)).toEqual([`PATCH /repos/${REPOSITORY}/issues/comments/${ours.id}`]);
  });

  it('pages with a Link header shaped like GitHub’s', async () => {
    api = await startApi();
    for (let index = 0; index < 5; index += 1) {
      addIssueComment(api.state, {
        repository: REPOSITORY,
        issueNumber: PR,
        user: { login: 'octocat', id: 1, type: 'User' },
        body: `c${index}`,
        created_at: `2026-01-02T03:00:0${index}Z`,
      });
    }
    const response = await fetch(`${api.url}/repos/${REPOSITORY}/issues/${PR}/comments?per_page=2&page=2`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const bodies = ((await response.json()) as { body: string }[]).map((comment) => comment.body);

    expect(bodies).toEqual(['c2', 'c3']);
    expect(response.headers.get('link')).toBe(
      [
        `<${api.url}/repos/${REPOSITORY}/issues/${PR}/comments?per_page=2&page=1>; rel="prev"`,
        `<${api.url}/repos/${REPOSITORY}/issues/${PR}/comments?per_page=2&page=3>; rel="next"`,
        `<${api.url}/repos/${REPOSITORY}/issues/${PR}/comments?per_page=2&page=3>; rel="last"`,
        `<${api.url}/repos/${REPOSITORY}/issues/${PR}/comments?per_page=2&page=1>; rel="first"`,
      ].join(', '),
    );
  });

  it('puts the marker first when the body lacks it, so the next run finds the comment', async () => {
    api = await startApi();
    await upsert(api, 'no marker here');
    await upsert(api, 'still none');

    expect(api.state.pullRequests.comments.map((comment) => comment.body)).toEqual([
      `${PR_COMMENT_MARKER}\nstill none`,
    ]);
  });

  it('cuts a body over 65,536 characters so GitHub accepts it, pointing to the evidence', async () => {
    api = await startApi();
    const result = await upsert(api, `${PR_COMMENT_MARKER}\n${'x'.repeat(70000)}`);

    expect(result.action).toBe('created');
    const [stored] = api.state.pullRequests.comments;
    expect(stored.body.length).toBeLessThanOrEqual(65536);
    expect(stored.body.startsWith(PR_COMMENT_MARKER)).toBe(true);
    expect(stored.body).toMatch(/full report is in the evidence artifact/);
  });

  it('degrades to read-only when GitHub refuses the write with 403 "Resource not accessible by integration"', async () => {
    const refuse: GitHubApiRoute = {
      method: 'POST',
      path: '/repos/:owner/:repo/issues/:issue_number/comments',
      handle: () => ({
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
          status: '403',
        },
      }),
    };
    api = await startApi([refuse]);

    const result = await upsert(api, `${PR_COMMENT_MARKER}\nblocked`);

    expect(result).toEqual({
      action: 'read-only',
      reason: expect.stringMatching(/403 Resource not accessible by integration/),
    });
    expect(JSON.stringify(result)).not.toContain(TOKEN);
    expect(api.state.pullRequests.comments).toHaveLength(0);
  });

  it('reports other failures without throwing and without the token', async () => {
    api = await startApi([
      {
        method: 'PATCH',
        path: '/repos/:owner/:repo/issues/comments/:comment_id',
        handle: () => ({ status: 500, body: { message: 'Server Error' } }),
      },
    ]);
    addIssueComment(api.state, {
      repository: REPOSITORY,
      issueNumber: PR,
      user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      body: `${PR_COMMENT_MARKER}\nold`,
      created_at: '2026-01-02T05:00:00Z',
    });

    const result = await upsert(api, `${PR_COMMENT_MARKER}\nnew`);

    expect(result).toEqual({ action: 'failed', reason: expect.stringMatching(/PATCH .* 500 Server Error/) });
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it('creates a new comment when its old one was deleted between reading and writing', async () => {
    api = await startApi([
      {
        method: 'PATCH',
        path: '/repos/:owner/:repo/issues/comments/:comment_id',
        handle: () => ({ status: 404, body: { message: 'Not Found' } }),
      },
    ]);
    addIssueComment(api.state, {
      repository: REPOSITORY,
      issueNumber: PR,
      user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      body: `${PR_COMMENT_MARKER}\nold`,
      created_at: '2026-01-02T05:00:00Z',
    });

    const result = await upsert(api, `${PR_COMMENT_MARKER}\nnew`);

    expect(result.action).toBe('created');
  });
});

describe('pullRequestCommentMarker', () => {
  it('keeps the key readable and unable to end the HTML comment early', () => {
    expect(pullRequestCommentMarker()).toBe(PR_COMMENT_MARKER);
    expect(pullRequestCommentMarker('  ')).toBe(PR_COMMENT_MARKER);
    expect(pullRequestCommentMarker('services/api')).toBe('<!-- soc2-scan:pr-comment:services/api -->');
    const hostile = pullRequestCommentMarker('a --> <b>');
    expect(hostile).toBe('<!-- soc2-scan:pr-comment:a_-_b_ -->');
    expect(hostile.slice(4, -3)).not.toMatch(/--|>/);
  });
});
