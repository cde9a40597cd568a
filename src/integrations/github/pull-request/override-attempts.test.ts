import {
  addIssueComment,
  changeIssueLabel,
  pullRequestRoutes,
  startGitHubApi,
  type GitHubApiRoute,
  type GitHubApiServer,
  type GitHubUser,
} from '../../../../__tests__/servers/github-api.js';
import { collectOverrideAttempts } from './index.js';

const TOKEN = 'ghs_overrideTestToken0123456789';
const REPOSITORY = 'acme/shop';
const PR = 7;

const mona: GitHubUser = { login: 'mona-maintainer', id: 1001, type: 'User' };
const will: GitHubUser = { login: 'will-writer', id: 1002, type: 'User' };
const pat: GitHubUser = { login: 'pat-author', id: 1003, type: 'User' };
const ada: GitHubUser = { login: 'ada-admin', id: 1004, type: 'User' };
const outsider: GitHubUser = { login: 'oli-outsider', id: 1005, type: 'User' };

async function startApi(extraRoutes: GitHubApiRoute[] = []): Promise<GitHubApiServer> {
  const api = await startGitHubApi({
    token: TOKEN,
    users: [mona, will, pat, ada, outsider],
    // Routes are matched in order: a test's own route answers before the table's.
    routes: [...extraRoutes, ...pullRequestRoutes],
  });
  api.state.pullRequests.roles[REPOSITORY] = {
    'mona-maintainer': 'maintain',
    'will-writer': 'write',
    'pat-author': 'write',
    'ada-admin': 'admin',
  };
  return api;
}

function comment(api: GitHubApiServer, user: GitHubUser, body: string, created_at: string) {
  return addIssueComment(api.state, { repository: REPOSITORY, issueNumber: PR, user, body, created_at });
}

function collect(api: GitHubApiServer, overrides: { team?: string | null; label?: string } = {}) {
  return collectOverrideAttempts({
    token: TOKEN,
    apiUrl: api.url,
    repository: REPOSITORY,
    pullRequestNumber: PR,
    label: overrides.label ?? 'soc2-override',
    team: overrides.team ?? null,
  });
}

describe('collectOverrideAttempts against a local GitHub REST server', () => {
  let api: GitHubApiServer;

  afterEach(async () => {
    await api?.close();
  });

  it('reads override comments from a maintainer, a writer and the PR author, with each one’s role', async () => {
    api = await startApi();
    const fromMona = comment(
      api,
      mona,
      'Checked with security.\r\n/soc2-scan override fixture key, not a real credential',
      '2026-01-02T03:04:05Z',
    );
    comment(api, will, 'LGTM', '2026-01-02T03:05:00Z');
    const fromWill = comment(api, will, '/soc2-scan override ship it', '2026-01-02T03:06:00Z');
    const fromPat = comment(api, pat, '/soc2-scan override', '2026-01-02T03:07:00Z');

    const { attempts, warnings } = await collect(api);

    expect(warnings).toEqual([]);
    expect(attempts).toEqual([
      {
        via: 'comment',
        actor: { login: 'mona-maintainer', id: 1001, type: 'user' },
        at: '2026-01-02T03:04:05Z',
        reason: 'fixture key, not a real credential',
        permission: 'maintain',
        inTeam: null,
        sourceId: String(fromMona.id),
      },
      {
        via: 'comment',
        actor: { login: 'will-writer', id: 1002, type: 'user' },
        at: '2026-01-02T03:06:00Z',
        reason: 'ship it',
        permission: 'write',
        inTeam: null,
        sourceId: String(fromWill.id),
      },
      {
        via: 'comment',
        actor: { login: 'pat-author', id: 1003, type: 'user' },
        at: '2026-01-02T03:07:00Z',
        reason: null,
        permission: 'write',
        inTeam: null,
        sourceId: String(fromPat.id),
      },
    ]);
    const authorizations = api.requests.map((request) => request.headers.authorization);
    expect(authorizations.every((value) => value === `token ${TOKEN}` || value === `Bearer ${TOKEN}`)).toBe(
      true,
    );
  });

  it('ignores the command when quoted, inside a code block, or not alone on its line', async () => {
    api = await startApi();
    comment(api, will, '> /soc2-scan override ship it\n\nWhy would you do that?', '2026-01-02T03:00:00Z');
    comment(api, will, 'To override:\n```\n/soc2-scan override <reason>\n```', '2026-01-02T03:01:00Z');
    comment(api, will, 'please type `/soc2-scan override <reason>`', '2026-01-02T03:02:00Z');
    comment(api, will, '/soc2-scan overrides are audited', '2026-01-02T03:03:00Z');

    const { attempts } = await collect(api);

    expect(attempts).toEqual([]);
    // No attempt, so nobody's permission was looked up.
    expect(api.requests.some((request) => request.path.includes('/collaborators/'))).toBe(false);
  });

  it('follows pagination past 100 comments, as GitHub pages them with a Link header', async () => {
    api = await startApi();
    for (let index = 0; index < 130; index += 1) {
      const seconds = String(index % 60).padStart(2, '0');
      const minutes = String(Math.floor(index / 60)).padStart(2, '0');
      comment(api, will, `comment ${index}`, `2026-01-02T04:${minutes}:${seconds}Z`);
    }
    comment(api, mona, '/soc2-scan override accepted by the security lead', '2026-01-02T05:00:00Z');

    const { attempts } = await collect(api);

    expect(attempts.map((attempt) => [attempt.actor.login, attempt.reason])).toEqual([
      ['mona-maintainer', 'accepted by the security lead'],
    ]);
    const pages = api.requests
      .filter((request) => request.path === `/repos/${REPOSITORY}/issues/${PR}/comments`)
      .map((request) => [request.query.get('per_page'), request.query.get('page') ?? '1']);
    expect(pages).toEqual([
      ['100', '1'],
      ['100', '2'],
    ]);
  });

  it('attributes the label to whoever added it last, and a removed label is no attempt', async () => {
    api = await startApi();
    const change = (
      event: 'labeled' | 'unlabeled',
      actor: GitHubUser,
      created_at: string,
      label = 'soc2-override',
    ) =>
      changeIssueLabel(api.state, {
        repository: REPOSITORY,
        issueNumber: PR,
        event,
        label,
        actor,
        created_at,
      });

    change('labeled', will, '2026-01-02T03:00:00Z');
    change('unlabeled', will, '2026-01-02T03:01:00Z');
    change('labeled', pat, '2026-01-02T03:02:00Z', 'needs-review');
    expect((await collect(api)).attempts).toEqual([]);

    const added = change('labeled', ada, '2026-01-02T03:10:00Z');
    const { attempts, warnings } = await collect(api);

    expect(warnings).toEqual([]);
    expect(attempts).toEqual([
      {
        via: 'label',
        actor: { login: 'ada-admin', id: 1004, type: 'user' },
        at: '2026-01-02T03:10:00Z',
        reason: "label 'soc2-override' added",
        permission: 'admin',
        inTeam: null,
        sourceId: String(added.id),
      },
    ]);
  });

  it('takes a user GitHub does not know as a collaborator (404) as permission none', async () => {
    api = await startApi();
    comment(api, outsider, '/soc2-scan override trust me', '2026-01-02T03:00:00Z');

    const { attempts, warnings } = await collect(api);

    expect(warnings).toEqual([]);
    expect(attempts.map((attempt) => [attempt.actor.login, attempt.permission])).toEqual([
      ['oli-outsider', 'none'],
    ]);
  });

  it('uses the legacy permission when GitHub gives no role_name', async () => {
    api = await startApi([
      {
        method: 'GET',
        path: '/repos/:owner/:repo/collaborators/:username/permission',
        handle: () => ({ status: 200, body: { permission: 'write', user: null } }),
      },
    ]);
    comment(api, mona, '/soc2-scan override ok', '2026-01-02T03:00:00Z');

    const { attempts } = await collect(api);

    expect(attempts[0].permission).toBe('write');
  });

  it('checks team membership: active is in, pending or 404 is not', async () => {
    api = await startApi();
    api.state.pullRequests.teams['acme/security'] = { 'will-writer': 'active', 'pat-author': 'pending' };
    comment(api, will, '/soc2-scan override reviewed by security', '2026-01-02T03:00:00Z');
    comment(api, pat, '/soc2-scan override mine', '2026-01-02T03:01:00Z');
    comment(api, mona, '/soc2-scan override ok', '2026-01-02T03:02:00Z');
    comment(api, will, '/soc2-scan override again', '2026-01-02T03:03:00Z');

    const { attempts, warnings } = await collect(api, { team: 'acme/security' });

    expect(warnings).toEqual([]);
    expect(attempts.map((attempt) => [attempt.actor.login, attempt.inTeam])).toEqual([
      ['will-writer', true],
      ['pat-author', false],
      ['mona-maintainer', false],
      ['will-writer', true],
    ]);
    // One permission and one membership lookup per person, however often they asked.
    const memberships = api.requests.filter((request) => request.path.includes('/memberships/'));
    expect(memberships.map((request) => request.path)).toEqual([
      '/orgs/acme/teams/security/memberships/will-writer',
      '/orgs/acme/teams/security/memberships/pat-author',
      '/orgs/acme/teams/security/memberships/mona-maintainer',
    ]);
  });

  it('does not read a 404 as "not a member" when the team itself cannot be seen', async () => {
    api = await startApi();
    comment(api, will, '/soc2-scan override reviewed', '2026-01-02T03:00:00Z');

    const { attempts, warnings } = await collect(api, { team: 'acme/invisible' });

    expect(attempts[0].inTeam).toBeNull();
    expect(attempts[0].permission).toBe('write');
    expect(warnings).toEqual([expect.stringMatching(/acme\/invisible.*token cannot see it/)]);
  });

  it('never throws: a failing permission lookup leaves the permission unknown, with status and message only', async () => {
    api = await startApi([
      {
        method: 'GET',
        path: '/repos/:owner/:repo/collaborators/:username/permission',
        handle: () => ({ status: 502, body: { message: 'Server Error' } }),
      },
    ]);
    comment(api, mona, '/soc2-scan override ok', '2026-01-02T03:00:00Z');

    const { attempts, warnings } = await collect(api);

    expect(attempts[0].permission).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/mona-maintainer.*502 Server Error/)]);
    expect(warnings.join('\n')).not.toContain(TOKEN);
    expect(warnings.join('\n')).not.toMatch(/authorization/i);
  });

  it('never throws when the API refuses the token or cannot be reached', async () => {
    api = await startApi();
    comment(api, mona, '/soc2-scan override ok', '2026-01-02T03:00:00Z');
    const refused = await collectOverrideAttempts({
      token: 'ghs_wrong',
      apiUrl: api.url,
      repository: REPOSITORY,
      pullRequestNumber: PR,
      label: 'soc2-override',
      team: null,
    });
    expect(refused.attempts).toEqual([]);
    expect(refused.warnings).toEqual([
      expect.stringMatching(/comments.*401 Bad credentials/),
      expect.stringMatching(/labels.*401 Bad credentials/),
    ]);
    expect(refused.warnings.join('\n')).not.toContain('ghs_wrong');

    const closed = await startGitHubApi({ token: TOKEN });
    const unreachable = closed.url;
    await closed.close();
    const offline = await collectOverrideAttempts({
      token: TOKEN,
      apiUrl: unreachable,
      repository: REPOSITORY,
      pullRequestNumber: PR,
      label: 'soc2-override',
      team: null,
    });
    expect(offline.attempts).toEqual([]);
    expect(offline.warnings).toHaveLength(2);
  });

  it('records a bot as a bot', async () => {
    api = await startApi();
    comment(
      api,
      { login: 'renovate[bot]', id: 29139614, type: 'Bot' },
      '/soc2-scan override auto',
      '2026-01-02T03:00:00Z',
    );

    const { attempts } = await collect(api);

    expect(attempts[0].actor).toEqual({ login: 'renovate[bot]', id: 29139614, type: 'bot' });
    expect(attempts[0].permission).toBe('none');
  });
});
