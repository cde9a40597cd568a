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
  /** Pull-request comments, labels, label events, repository roles and teams (see pullRequestRoutes). */
  pullRequests: PullRequestApiState;
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
  const state: GitHubApiState = {
    users: [...(options.users ?? [])],
    pullRequests: emptyPullRequestState(),
  };
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

// --- Pull requests: issue comments, labels, issue events, collaborator permission, team membership ---

export type RepositoryRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface IssueCommentRecord {
  id: number;
  /** `owner/repo`. */
  repository: string;
  issueNumber: number;
  user: GitHubUser;
  body: string;
  /** GitHub's format, `2026-01-02T03:04:05Z`. */
  created_at: string;
  updated_at: string;
}

export interface IssueEventRecord {
  id: number;
  repository: string;
  issueNumber: number;
  event: string;
  /** null when the account that acted has since been deleted (GitHub shows "ghost"). */
  actor: GitHubUser | null;
  created_at: string;
  label?: { name: string; color: string };
}

export interface PullRequestApiState {
  /** Who the token writes comments as: a workflow's GITHUB_TOKEN writes as github-actions[bot]. */
  tokenUser: GitHubUser;
  comments: IssueCommentRecord[];
  events: IssueEventRecord[];
  /** The labels on each issue or pull request now, keyed `owner/repo#number`. */
  labels: Record<string, string[]>;
  /** Each user's role, keyed `owner/repo` then login (any case); an unlisted user answers 404. */
  roles: Record<string, Record<string, RepositoryRole | 'none'>>;
  /** Members keyed `org/team-slug` then login; unlisted teams and non-members answer 404, as on GitHub. */
  teams: Record<string, Record<string, 'active' | 'pending'>>;
  /** Ids for new comments and events; unique across repositories, as GitHub's are. */
  nextId: number;
}

export const GITHUB_ACTIONS_BOT: GitHubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export function emptyPullRequestState(): PullRequestApiState {
  return {
    tokenUser: GITHUB_ACTIONS_BOT,
    comments: [],
    events: [],
    labels: {},
    roles: {},
    teams: {},
    nextId: 1000,
  };
}

/** GitHub's own timestamp format: UTC, whole seconds. */
export function gitHubTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Seeds a comment as if `user` had written it. */
export function addIssueComment(
  state: GitHubApiState,
  comment: Omit<IssueCommentRecord, 'id' | 'updated_at'> & { updated_at?: string },
): IssueCommentRecord {
  const record = {
    ...comment,
    id: state.pullRequests.nextId++,
    updated_at: comment.updated_at ?? comment.created_at,
  };
  state.pullRequests.comments.push(record);
  return record;
}

/** Adds or removes a label the way the web UI does: the label list changes and an event is recorded. */
export function changeIssueLabel(
  state: GitHubApiState,
  change: {
    repository: string;
    issueNumber: number;
    event: 'labeled' | 'unlabeled';
    label: string;
    actor: GitHubUser | null;
    created_at: string;
  },
): IssueEventRecord {
  const key = `${change.repository}#${change.issueNumber}`;
  const current = state.pullRequests.labels[key] ?? [];
  state.pullRequests.labels[key] =
    change.event === 'labeled'
      ? [...current.filter((name) => name.toLowerCase() !== change.label.toLowerCase()), change.label]
      : current.filter((name) => name.toLowerCase() !== change.label.toLowerCase());
  const record: IssueEventRecord = {
    id: state.pullRequests.nextId++,
    repository: change.repository,
    issueNumber: change.issueNumber,
    event: change.event,
    actor: change.actor,
    created_at: change.created_at,
    label: { name: change.label, color: 'b60205' },
  };
  state.pullRequests.events.push(record);
  return record;
}

const SIMPLE_USER_KEYS = [
  'login',
  'id',
  'node_id',
  'avatar_url',
  'gravatar_id',
  'url',
  'html_url',
  'followers_url',
  'following_url',
  'gists_url',
  'starred_url',
  'subscriptions_url',
  'organizations_url',
  'repos_url',
  'events_url',
  'received_events_url',
  'type',
  'user_view_type',
  'site_admin',
];

/** The `simple-user` object embedded in comments, events and permission answers. */
export function simpleUser(user: GitHubUser, apiUrl: string): Record<string, unknown> {
  const full = userResource(user, apiUrl);
  return Object.fromEntries(SIMPLE_USER_KEYS.map((key) => [key, full[key]]));
}

function apiUrlOf(request: RecordedRequest): string {
  return `http://${request.headers.host ?? '127.0.0.1'}`;
}

/** The request's comment body, or GitHub's 422 when it is missing or over 65,536 characters. */
function commentBodyOf(json: unknown): string | ApiReply {
  const body = (json as { body?: unknown } | undefined)?.body;
  if (typeof body !== 'string' || body.length === 0) {
    return validationFailed('IssueComment', 'body', 'missing_field');
  }
  if ([...body].length > 65536) {
    return validationFailed(
      'IssueComment',
      'body',
      'custom',
      'body is too long (maximum is 65536 characters)',
    );
  }
  return body;
}

function validationFailed(resource: string, field: string, code: string, message?: string): ApiReply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code, field, ...(message ? { message } : {}) }],
      documentation_url: DOCS,
      status: '422',
    },
  };
}

/**
 * One page of `items` the way GitHub pages lists: `per_page` (default 30, at most 100) and `page` (from 1),
 * with a `Link` header naming the prev, next, last and first pages, which Octokit's paginate follows.
 */
export function paginated(items: unknown[], request: RecordedRequest): ApiReply {
  const perPage = Math.min(100, Math.max(1, Number(request.query.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(request.query.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const body = items.slice((page - 1) * perPage, page * perPage);
  const linkTo = (target: number) => {
    const query = new URLSearchParams(request.query);
    query.set('per_page', String(perPage));
    query.set('page', String(target));
    return `${apiUrlOf(request)}${request.path}?${query.toString()}`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${linkTo(page - 1)}>; rel="prev"`);
  if (page < last) links.push(`<${linkTo(page + 1)}>; rel="next"`, `<${linkTo(last)}>; rel="last"`);
  if (page > 1) links.push(`<${linkTo(1)}>; rel="first"`);
  return { status: 200, body, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
}

function commentResource(comment: IssueCommentRecord, apiUrl: string): Record<string, unknown> {
  const repoUrl = `${apiUrl}/repos/${comment.repository}`;
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url: `${repoUrl}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${comment.repository}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: simpleUser(comment.user, apiUrl),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    issue_url: `${repoUrl}/issues/${comment.issueNumber}`,
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    performed_via_github_app: null,
    reactions: {
      url: `${repoUrl}/issues/comments/${comment.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
  };
}

function labelId(name: string): number {
  let hash = 7;
  for (const char of name.toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) % 2_000_000_000;
  return hash;
}

function eventResource(event: IssueEventRecord, apiUrl: string): Record<string, unknown> {
  return {
    id: event.id,
    node_id: nodeId(event.event === 'unlabeled' ? 'ULE' : 'LE', event.id),
    url: `${apiUrl}/repos/${event.repository}/issues/events/${event.id}`,
    actor: event.actor ? simpleUser(event.actor, apiUrl) : null,
    event: event.event,
    commit_id: null,
    commit_url: null,
    created_at: event.created_at,
    performed_via_github_app: null,
    ...(event.label ? { label: event.label } : {}),
  };
}

/** GitHub reports a role's legacy permission too: maintain counts as write, triage as read. */
const LEGACY_PERMISSION: Record<RepositoryRole | 'none', string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

function findUser(state: GitHubApiState, login: string): GitHubUser {
  return (
    state.users.find((user) => user.login.toLowerCase() === login.toLowerCase()) ?? {
      login,
      id: labelId(login),
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
    }
  );
}

/** Logins are case-insensitive on GitHub, so seeded tables are too. */
function byLogin<T>(table: Record<string, T> | undefined, login: string): T | undefined {
  const key = Object.keys(table ?? {}).find((candidate) => candidate.toLowerCase() === login.toLowerCase());
  return key === undefined ? undefined : table![key];
}

function teamId(org: string, slug: string): number {
  return labelId(`${org}/${slug}`);
}

export const pullRequestRoutes: GitHubApiRoute[] = [
  {
    method: 'GET',
    path: '/repos/:owner/:repo/issues/:issue_number/comments',
    handle: ({ params, state, request }) => {
      const repository = `${params.owner}/${params.repo}`;
      const comments = state.pullRequests.comments
        .filter(
          (comment) =>
            comment.repository === repository && comment.issueNumber === Number(params.issue_number),
        )
        .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id)
        .map((comment) => commentResource(comment, apiUrlOf(request)));
      return paginated(comments, request);
    },
  },
  {
    method: 'POST',
    path: '/repos/:owner/:repo/issues/:issue_number/comments',
    handle: ({ params, state, request, json }) => {
      const body = commentBodyOf(json);
      if (typeof body !== 'string') return body;
      const now = gitHubTimestamp();
      const comment = addIssueComment(state, {
        repository: `${params.owner}/${params.repo}`,
        issueNumber: Number(params.issue_number),
        user: state.pullRequests.tokenUser,
        body,
        created_at: now,
      });
      const resource = commentResource(comment, apiUrlOf(request));
      return { status: 201, body: resource, headers: { location: String(resource.url) } };
    },
  },
  {
    method: 'PATCH',
    path: '/repos/:owner/:repo/issues/comments/:comment_id',
    handle: ({ params, state, request, json }) => {
      const comment = state.pullRequests.comments.find(
        (candidate) =>
          candidate.id === Number(params.comment_id) &&
          candidate.repository === `${params.owner}/${params.repo}`,
      );
      if (!comment) return notFound();
      const body = commentBodyOf(json);
      if (typeof body !== 'string') return body;
      comment.body = body;
      comment.updated_at = gitHubTimestamp();
      return { status: 200, body: commentResource(comment, apiUrlOf(request)) };
    },
  },
  {
    method: 'GET',
    path: '/repos/:owner/:repo/issues/:issue_number/labels',
    handle: ({ params, state, request }) => {
      const repository = `${params.owner}/${params.repo}`;
      const names = state.pullRequests.labels[`${repository}#${Number(params.issue_number)}`] ?? [];
      const labels = names.map((name) => ({
        id: labelId(name),
        node_id: nodeId('LA', labelId(name)),
        url: `${apiUrlOf(request)}/repos/${repository}/labels/${encodeURIComponent(name)}`,
        name,
        description: null,
        color: 'b60205',
        default: false,
      }));
      return paginated(labels, request);
    },
  },
  {
    method: 'GET',
    path: '/repos/:owner/:repo/issues/:issue_number/events',
    handle: ({ params, state, request }) => {
      const repository = `${params.owner}/${params.repo}`;
      const events = state.pullRequests.events
        .filter(
          (event) => event.repository === repository && event.issueNumber === Number(params.issue_number),
        )
        .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id)
        .map((event) => eventResource(event, apiUrlOf(request)));
      return paginated(events, request);
    },
  },
  {
    method: 'GET',
    path: '/repos/:owner/:repo/collaborators/:username/permission',
    handle: ({ params, state, request }) => {
      const role = byLogin(state.pullRequests.roles[`${params.owner}/${params.repo}`], params.username);
      if (role === undefined) return notFound();
      const user = findUser(state, params.username);
      const rank = ['read', 'triage', 'write', 'maintain', 'admin'].indexOf(role);
      return {
        status: 200,
        body: {
          permission: LEGACY_PERMISSION[role],
          role_name: role,
          user: {
            ...simpleUser(user, apiUrlOf(request)),
            permissions: {
              pull: rank >= 0,
              triage: rank >= 1,
              push: rank >= 2,
              maintain: rank >= 3,
              admin: rank >= 4,
            },
            role_name: role,
          },
        },
      };
    },
  },
  {
    method: 'GET',
    path: '/orgs/:org/teams/:team_slug',
    handle: ({ params, state, request }) => {
      const key = `${params.org}/${params.team_slug}`;
      const members = state.pullRequests.teams[key];
      if (!members) return notFound();
      const id = teamId(params.org, params.team_slug);
      const apiUrl = apiUrlOf(request);
      return {
        status: 200,
        body: {
          id,
          node_id: nodeId('T', id),
          url: `${apiUrl}/teams/${id}`,
          html_url: `https://github.com/orgs/${params.org}/teams/${params.team_slug}`,
          name: params.team_slug,
          slug: params.team_slug,
          description: null,
          privacy: 'closed',
          notification_setting: 'notifications_enabled',
          permission: 'pull',
          members_url: `${apiUrl}/teams/${id}/members{/member}`,
          repositories_url: `${apiUrl}/teams/${id}/repos`,
          parent: null,
          members_count: Object.keys(members).length,
          repos_count: 0,
          created_at: '2020-01-01T00:00:00Z',
          updated_at: '2020-01-01T00:00:00Z',
          organization: { login: params.org, id: labelId(params.org), url: `${apiUrl}/orgs/${params.org}` },
        },
      };
    },
  },
  {
    method: 'GET',
    path: '/orgs/:org/teams/:team_slug/memberships/:username',
    handle: ({ params, state, request }) => {
      const members = state.pullRequests.teams[`${params.org}/${params.team_slug}`];
      const membership = byLogin(members, params.username);
      if (!membership) return notFound();
      const id = teamId(params.org, params.team_slug);
      return {
        status: 200,
        body: {
          url: `${apiUrlOf(request)}/teams/${id}/memberships/${params.username}`,
          role: 'member',
          state: membership,
        },
      };
    },
  },
];
