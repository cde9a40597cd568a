import { startGitHubApi, type GitHubApiServer } from '../../../__tests__/servers/github-api.js';
import { captureStdout, type CapturedStdout } from '../../../__tests__/support/capture-stdout.js';
import { lookupActor } from './index.js';

const TOKEN = 'ghs_localTestToken0123456789';

describe('lookupActor against a local GitHub REST server', () => {
  let api: GitHubApiServer;
  let stdout: CapturedStdout | undefined;

  beforeEach(async () => {
    api = await startGitHubApi({
      token: TOKEN,
      users: [
        { login: 'octocat', id: 583231, type: 'User' },
        { login: 'dependabot[bot]', id: 49699333, type: 'Bot' },
      ],
    });
    // Everything written to stdout is kept, to check the token never appears in it.
    stdout = captureStdout();
  });

  afterEach(async () => {
    stdout?.restore();
    await api?.close();
  });

  it('resolves a login to its numeric id, sending the token', async () => {
    const { actor, warning } = await lookupActor('octocat', { token: TOKEN, apiUrl: api.url });

    expect(actor).toEqual({ login: 'octocat', id: 583231, type: 'user' });
    expect(warning).toBeNull();
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0].method).toBe('GET');
    expect(api.requests[0].path).toBe('/users/octocat');
    expect(api.requests[0].headers.authorization).toMatch(new RegExp(`^(token|Bearer) ${TOKEN}$`));
  });

  it('recognises GitHub App bots', async () => {
    const { actor } = await lookupActor('dependabot[bot]', { token: TOKEN, apiUrl: api.url });
    expect(actor).toEqual({ login: 'dependabot[bot]', id: 49699333, type: 'bot' });
  });

  it('never prints the token, not even as an add-mask command that a terminal would show', async () => {
    await lookupActor('octocat', { token: TOKEN, apiUrl: api.url });
    const { warning } = await lookupActor('nobody-here', { token: TOKEN, apiUrl: api.url });
    expect(stdout!.text()).not.toContain(TOKEN);
    expect(warning).not.toContain(TOKEN);
  });

  it('without a token, records the login only and says why, without calling the API', async () => {
    const { actor, warning } = await lookupActor('octocat', { token: null, apiUrl: api.url });

    expect(actor).toEqual({ login: 'octocat', id: null, type: 'user' });
    expect(warning).toMatch(/octocat.*no token/);
    expect(api.requests).toHaveLength(0);
  });

  it('returns a null id with a warning when the user does not exist (404)', async () => {
    const { actor, warning } = await lookupActor('ghost-of-a-user', { token: TOKEN, apiUrl: api.url });

    expect(actor).toEqual({ login: 'ghost-of-a-user', id: null, type: 'user' });
    expect(warning).toMatch(/404/);
    expect(warning).not.toContain(TOKEN);
  });

  it('returns a null id with a warning when the token is refused (401)', async () => {
    const { actor, warning } = await lookupActor('octocat', { token: 'ghs_wrong', apiUrl: api.url });

    expect(actor.id).toBeNull();
    expect(warning).toMatch(/401/);
    expect(warning).not.toContain('ghs_wrong');
  });

  it('returns a null id with a warning when the API cannot be reached', async () => {
    const unreachable = api.url;
    await api.close();

    const { actor, warning } = await lookupActor('octocat', { token: TOKEN, apiUrl: unreachable });

    expect(actor).toEqual({ login: 'octocat', id: null, type: 'user' });
    expect(warning).toMatch(/octocat/);
    expect(warning).not.toContain(TOKEN);
    api = await startGitHubApi();
  });
});
