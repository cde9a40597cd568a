import { randomBytes } from 'node:crypto';
import { sendJson, startLocalServer, type LocalServer, type RecordedRequest } from './local-http-server.js';

/**
 * GitHub REST as Octokit talks to it, for the routes our integrations call. Routes live in a table so
 * later features (collaborator permission, issue events, comments, labels…) add a line, not a server.
 */

export interface ApiReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteContext<State> {
  params: Record<string, string>;
  request: RecordedRequest;
  /** The request body parsed as JSON, or undefined when there is none. */
  json: unknown;
  state: State;
}

export interface GitHubApiRoute<State = GitHubApiState> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** A path such as `/repos/:owner/:repo/issues/:issue_number/comments`; `:name` matches one segment. */
  path: string;
  handle(context: RouteContext<State>): ApiReply | Promise<ApiReply>;
}

export interface GitHubUser {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
  site_admin?: boolean;
  name?: string | null;
}

/** Mutable data the routes read and write; tests seed it and assert on it. */
export interface GitHubApiState {
  users: GitHubUser[];
}

export interface GitHubApiOptions {
  /** When set, every request must carry `Authorization: Bearer <token>` or `token <token>`. */
  token?: string | null;
  users?: GitHubUser[];
  routes?: GitHubApiRoute[];
}

export interface GitHubApiServer extends LocalServer {
  state: GitHubApiState;
  addRoute(route: GitHubApiRoute): void;
}

const DOCS = 'https://docs.github.com/rest';

export function notFound(): ApiReply {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
}

/** The user object GET /users/{username} returns, with the URLs GitHub derives from the login. */
export function userResource(user: GitHubUser, apiUrl: string): Record<string, unknown> {
  const url = `${apiUrl}/users/${encodeURIComponent(user.login)}`;
  const kind = user.type === 'Bot' ? 'B' : user.type === 'Organization' ? 'O' : 'U';
  return {
    login: user.login,
    id: user.id,
    node_id: `${kind}_kgDO${Buffer.from(String(user.id)).toString('base64url')}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${user.login.replace(/\[bot\]$/, '')}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: user.site_admin ?? false,
    name: user.name ?? null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2015-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
  };
}

export const userRoutes: GitHubApiRoute[] = [
  {
    method: 'GET',
    path: '/users/:login',
    handle: ({ params, state, request }) => {
      // Logins are case-insensitive on GitHub.
      const user = state.users.find(
        (candidate) => candidate.login.toLowerCase() === params.login.toLowerCase(),
      );
      const apiUrl = `http://${request.headers.host ?? '127.0.0.1'}`;
      return user ? { status: 200, body: userResource(user, apiUrl) } : notFound();
    },
  },
];

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApiServer> {
  const state: GitHubApiState = { users: [...(options.users ?? [])] };
  const routes = [...userRoutes, ...(options.routes ?? [])].map(compileRoute);
  const token = options.token ?? null;

  const server = await startLocalServer(async (request, response) => {
    const common = {
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
    };
    if (token !== null) {
      const authorization = request.headers.authorization;
      if (!authorization) {
        return sendJson(
          response,
          401,
          { message: 'Requires authentication', documentation_url: DOCS, status: '401' },
          common,
        );
      }
      if (authorization !== `Bearer ${token}` && authorization !== `token ${token}`) {
        return sendJson(
          response,
          401,
          { message: 'Bad credentials', documentation_url: DOCS, status: '401' },
          common,
        );
      }
    }
    for (const route of routes) {
      if (route.method !== request.method) continue;
      const params = route.match(request.path);
      if (!params) continue;
      const text = request.body.toString('utf8');
      const reply = await route.handle({ params, request, json: text ? JSON.parse(text) : undefined, state });
      if (reply.status === 204) {
        response.writeHead(204, { ...common, ...reply.headers });
        response.end();
        return;
      }
      return sendJson(response, reply.status, reply.body ?? null, { ...common, ...reply.headers });
    }
    const reply = notFound();
    sendJson(response, reply.status, reply.body, common);
  });

  return {
    ...server,
    state,
    addRoute: (route) => routes.push(compileRoute(route)),
  };
}

interface CompiledRoute extends GitHubApiRoute {
  match(path: string): Record<string, string> | null;
}

function compileRoute(route: GitHubApiRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  const pattern = new RegExp(`^${source}/?$`);
  return {
    ...route,
    match: (path) => {
      const found = pattern.exec(path);
      if (!found) return null;
      return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(found[index + 1])]));
    },
  };
}
