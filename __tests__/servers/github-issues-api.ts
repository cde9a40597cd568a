import {
  startGitHubApi,
  notFound,
  type ApiReply,
  type GitHubApiRoute,
  type GitHubApiServer,
  type GitHubUser,
} from './github-api.js';

/**
 * GitHub's Issues API for one repository, on top of the GitHub REST server: list issues (label and state
 * filters, page/per_page with a Link header), create, update state (state_reason), comments, and issue
 * events. Labels a client names on create are created on the fly, as they are for a token with push access.
 */

export interface IssueComment {
  id: number;
  body: string;
  user: GitHubUser;
  created_at: string;
}

export interface IssueEvent {
  id: number;
  event: 'closed' | 'reopened' | 'assigned' | 'unassigned' | 'labeled';
  actor: GitHubUser;
  created_at: string;
  assignee?: GitHubUser;
  state_reason?: string | null;
}

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  assignees: string[];
  user: GitHubUser;
  created_at: string;
  closed_at: string | null;
  comments: IssueComment[];
  events: IssueEvent[];
  /** Set for pull requests, which the issues list also returns. */
  pull_request?: boolean;
}

export interface IssuesFault {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  times: number;
  method?: string;
}

export interface GitHubIssuesServer extends GitHubApiServer {
  issues: StoredIssue[];
  failNext(fault: IssuesFault): void;
  /** A person closes/reopens/assigns, as if on github.com. */
  actAs(
    number: number,
    user: GitHubUser,
    at: Date,
    change: { state?: 'open' | 'closed'; assignee?: string },
  ): void;
}

export interface GitHubIssuesOptions {
  owner: string;
  repo: string;
  token: string;
  /** The account the token belongs to. */
  viewer: GitHubUser;
  users?: GitHubUser[];
  perPageMax?: number;
  clock?: () => Date;
}

export async function startGitHubIssuesApi(options: GitHubIssuesOptions): Promise<GitHubIssuesServer> {
  const issues: StoredIssue[] = [];
  const faults: IssuesFault[] = [];
  const clock = options.clock ?? (() => new Date());
  const perPageMax = options.perPageMax ?? 100;
  let eventSeq = 5000;
  let commentSeq = 9000;
  const users = [options.viewer, ...(options.users ?? [])];
  const repoPath = `/repos/${options.owner}/${options.repo}`;
  const repoMatches = (params: Record<string, string>) =>
    params.owner.toLowerCase() === options.owner.toLowerCase() &&
    params.repo.toLowerCase() === options.repo.toLowerCase();

  const userJson = (user: GitHubUser) => ({
    login: user.login,
    id: user.id,
    type: user.type,
    site_admin: false,
  });
  const issueJson = (issue: StoredIssue, apiUrl: string) => ({
    id: 1_000_000 + issue.number,
    node_id: `I_kwDO${issue.number}`,
    url: `${apiUrl}${repoPath}/issues/${issue.number}`,
    repository_url: `${apiUrl}${repoPath}`,
    comments_url: `${apiUrl}${repoPath}/issues/${issue.number}/comments`,
    events_url: `${apiUrl}${repoPath}/issues/${issue.number}/events`,
    html_url: `https://github.com/${options.owner}/${options.repo}/issues/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.state_reason,
    title: issue.title,
    body: issue.body,
    user: userJson(issue.user),
    labels: issue.labels.map((name, index) => ({
      id: index + 1,
      node_id: `LA_${name}`,
      name,
      color: 'ededed',
      default: false,
    })),
    assignee: issue.assignees[0] ? { login: issue.assignees[0] } : null,
    assignees: issue.assignees.map((login) => ({ login })),
    milestone: null,
    locked: false,
    comments: issue.comments.length,
    created_at: issue.created_at,
    updated_at: issue.created_at,
    closed_at: issue.closed_at,
    author_association: 'OWNER',
    ...(issue.pull_request ? { pull_request: { url: `${apiUrl}${repoPath}/pulls/${issue.number}` } } : {}),
  });
  const apiUrlOf = (host: string | undefined) => `http://${host ?? '127.0.0.1'}`;
  const find = (params: Record<string, string>) =>
    repoMatches(params) ? issues.find((issue) => issue.number === Number(params.number)) : undefined;
  const validation = (message: string): ApiReply => ({
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', code: 'invalid', message }],
      status: '422',
    },
  });
  /** page/per_page slicing with the Link header GitHub sends. */
  const paged = <T>(items: T[], query: URLSearchParams, url: string): ApiReply => {
    const perPage = Math.min(Number(query.get('per_page') ?? 30), perPageMax);
    const page = Number(query.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return { status: 200, body: slice, headers };
  };
  const setState = (
    issue: StoredIssue,
    state: 'open' | 'closed',
    reason: string | null,
    actor: GitHubUser,
    at: Date,
  ) => {
    if (issue.state === state) return;
    issue.state = state;
    issue.state_reason = reason;
    issue.closed_at = state === 'closed' ? at.toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
    issue.events.push({
      id: eventSeq++,
      event: state === 'closed' ? 'closed' : 'reopened',
      actor,
      created_at: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      state_reason: reason,
    });
  };

  const routes: GitHubApiRoute[] = [
    {
      method: 'GET',
      path: '/repos/:owner/:repo/issues',
      handle: ({ params, request }) => {
        if (!repoMatches(params)) return notFound();
        const state = request.query.get('state') ?? 'open';
        const labels = (request.query.get('labels') ?? '').split(',').filter(Boolean);
        const matched = issues.filter(
          (issue) =>
            (state === 'all' || issue.state === state) &&
            labels.every((label) => issue.labels.includes(label)),
        );
        const direction = request.query.get('direction') ?? 'desc';
        const sorted = [...matched].sort((a, b) =>
          direction === 'asc' ? a.number - b.number : b.number - a.number,
        );
        const apiUrl = apiUrlOf(request.headers.host);
        const reply = paged(sorted, request.query, `${apiUrl}${request.url}`);
        return { ...reply, body: (reply.body as StoredIssue[]).map((issue) => issueJson(issue, apiUrl)) };
      },
    },
    {
      method: 'POST',
      path: '/repos/:owner/:repo/issues',
      handle: ({ params, json, request }) => {
        if (!repoMatches(params)) return notFound();
        const body = (json ?? {}) as {
          title?: unknown;
          body?: unknown;
          labels?: unknown;
          assignees?: unknown;
        };
        if (typeof body.title !== 'string' || body.title === '') return validation('title is missing');
        if (
          body.labels !== undefined &&
          (!Array.isArray(body.labels) || body.labels.some((label) => typeof label !== 'string'))
        ) {
          return validation('labels must be strings');
        }
        // Assignees without access are dropped silently, as GitHub does.
        const assignees = Array.isArray(body.assignees)
          ? body.assignees.filter((login): login is string => users.some((user) => user.login === login))
          : [];
        const issue: StoredIssue = {
          number: issues.length + 1,
          title: body.title,
          body: typeof body.body === 'string' ? body.body : '',
          state: 'open',
          state_reason: null,
          labels: [...new Set((body.labels as string[] | undefined) ?? [])],
          assignees,
          user: options.viewer,
          created_at: clock()
            .toISOString()
            .replace(/\.\d{3}Z$/, 'Z'),
          closed_at: null,
          comments: [],
          events: [],
        };
        issues.push(issue);
        return { status: 201, body: issueJson(issue, apiUrlOf(request.headers.host)) };
      },
    },
    {
      method: 'PATCH',
      path: '/repos/:owner/:repo/issues/:number',
      handle: ({ params, json, request }) => {
        const issue = find(params);
        if (!issue) return notFound();
        const body = (json ?? {}) as { state?: unknown; state_reason?: unknown };
        if (body.state !== undefined) {
          if (body.state !== 'open' && body.state !== 'closed')
            return validation('state must be open or closed');
          const reasons = body.state === 'closed' ? ['completed', 'not_planned', 'duplicate'] : ['reopened'];
          const reason =
            body.state_reason === undefined
              ? body.state === 'closed'
                ? 'completed'
                : 'reopened'
              : body.state_reason;
          if (reason !== null && !reasons.includes(String(reason)))
            return validation(`invalid state_reason '${String(reason)}'`);
          setState(issue, body.state, reason as string | null, options.viewer, clock());
        }
        return { status: 200, body: issueJson(issue, apiUrlOf(request.headers.host)) };
      },
    },
    {
      method: 'POST',
      path: '/repos/:owner/:repo/issues/:number/comments',
      handle: ({ params, json, request }) => {
        const issue = find(params);
        if (!issue) return notFound();
        const body = (json ?? {}) as { body?: unknown };
        if (typeof body.body !== 'string' || body.body === '') return validation('body is missing');
        const comment: IssueComment = {
          id: commentSeq++,
          body: body.body,
          user: options.viewer,
          created_at: clock()
            .toISOString()
            .replace(/\.\d{3}Z$/, 'Z'),
        };
        issue.comments.push(comment);
        const apiUrl = apiUrlOf(request.headers.host);
        return {
          status: 201,
          body: {
            id: comment.id,
            url: `${apiUrl}${repoPath}/issues/comments/${comment.id}`,
            html_url: `https://github.com/${options.owner}/${options.repo}/issues/${issue.number}#issuecomment-${comment.id}`,
            body: comment.body,
            user: userJson(comment.user),
            created_at: comment.created_at,
            updated_at: comment.created_at,
            author_association: 'OWNER',
          },
        };
      },
    },
    {
      method: 'GET',
      path: '/repos/:owner/:repo/issues/:number/comments',
      handle: ({ params, request }) => {
        const issue = find(params);
        if (!issue) return notFound();
        const reply = paged(issue.comments, request.query, `${apiUrlOf(request.headers.host)}${request.url}`);
        return {
          ...reply,
          body: (reply.body as IssueComment[]).map((comment) => ({
            ...comment,
            user: userJson(comment.user),
          })),
        };
      },
    },
    {
      method: 'GET',
      path: '/repos/:owner/:repo/issues/:number/events',
      handle: ({ params, request }) => {
        const issue = find(params);
        if (!issue) return notFound();
        const reply = paged(issue.events, request.query, `${apiUrlOf(request.headers.host)}${request.url}`);
        return {
          ...reply,
          body: (reply.body as IssueEvent[]).map((event) => ({
            id: event.id,
            node_id: `IE_${event.id}`,
            event: event.event,
            actor: userJson(event.actor),
            commit_id: null,
            commit_url: null,
            created_at: event.created_at,
            ...(event.assignee
              ? { assignee: userJson(event.assignee), assigner: userJson(event.actor) }
              : {}),
            ...(event.state_reason !== undefined ? { state_reason: event.state_reason } : {}),
          })),
        };
      },
    },
  ];

  // A fault answers before any route, so retries and failures can be staged per method.
  const withFaults = (route: GitHubApiRoute): GitHubApiRoute => ({
    ...route,
    handle: (context) => {
      const fault = faults.find(
        (candidate) => candidate.times > 0 && (!candidate.method || candidate.method === route.method),
      );
      if (fault) {
        fault.times -= 1;
        return {
          status: fault.status,
          body: fault.body ?? { message: 'Service Unavailable' },
          headers: fault.headers,
        };
      }
      return route.handle(context);
    },
  });

  const server = await startGitHubApi({ token: options.token, users, routes: routes.map(withFaults) });
  return {
    ...server,
    issues,
    failNext: (fault) => faults.push({ ...fault }),
    actAs: (number, user, at, change) => {
      const issue = issues.find((candidate) => candidate.number === number);
      if (!issue) throw new Error(`no issue ${number}`);
      if (change.state)
        setState(issue, change.state, change.state === 'closed' ? 'completed' : 'reopened', user, at);
      if (change.assignee) {
        const assignee = users.find((candidate) => candidate.login === change.assignee);
        if (!assignee) throw new Error(`no user ${change.assignee}`);
        issue.assignees.push(assignee.login);
        issue.events.push({
          id: eventSeq++,
          event: 'assigned',
          actor: user,
          created_at: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
          assignee,
        });
      }
    },
  };
}
