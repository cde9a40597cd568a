import type { ServerResponse } from 'node:http';
import {
  sendEmpty,
  sendJson,
  startLocalServer,
  type LocalServer,
  type RecordedRequest,
} from './local-http-server.js';

/**
 * Jira REST as Atlassian documents it, for the calls the ticket sink makes: Cloud (REST v3: enhanced
 * search `/rest/api/3/search/jql` with nextPageToken, Atlassian Document Format bodies, paginated
 * `/changelog`, basic auth with email + API token) or Data Center (REST v2: `/rest/api/2/search` with
 * startAt, wiki-markup strings, `?expand=changelog`, personal access token as bearer). Both answer
 * `/rest/api/2/serverInfo`. One workflow: To Do (new) → In Progress (indeterminate) → Done (done), with
 * transition names that differ from status names, as real workflows do.
 */

export type JiraDeploymentKind = 'cloud' | 'data-center';

export interface JiraUser {
  accountId: string;
  name: string;
  displayName: string;
  accountType?: 'atlassian' | 'app';
}

interface StatusCategory {
  id: number;
  key: 'new' | 'indeterminate' | 'done';
  colorName: string;
  name: string;
}

interface Status {
  id: string;
  name: string;
  statusCategory: StatusCategory;
}

const CATEGORIES: Record<StatusCategory['key'], StatusCategory> = {
  new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
};

export const STATUSES: Status[] = [
  { id: '10000', name: 'To Do', statusCategory: CATEGORIES.new },
  { id: '3', name: 'In Progress', statusCategory: CATEGORIES.indeterminate },
  { id: '10001', name: 'Done', statusCategory: CATEGORIES.done },
];

const TRANSITIONS = [
  { id: '11', name: 'Reopen', to: 'To Do' },
  { id: '21', name: 'Start Progress', to: 'In Progress' },
  { id: '31', name: 'Resolve Issue', to: 'Done' },
];

export interface JiraHistoryItem {
  field: string;
  fieldtype: string;
  fieldId?: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface JiraHistory {
  id: string;
  author: JiraUser;
  created: Date;
  items: JiraHistoryItem[];
}

export interface JiraComment {
  id: string;
  author: JiraUser;
  body: unknown;
  created: Date;
}

export interface JiraServerIssue {
  id: string;
  key: string;
  fields: Record<string, unknown> & { labels: string[]; summary: string; description: unknown };
  status: Status;
  assignee: JiraUser | null;
  created: Date;
  histories: JiraHistory[];
  comments: JiraComment[];
}

export interface JiraFault {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests get this answer. */
  times: number;
  method?: string;
  /** Only requests whose path starts with this. */
  path?: string;
}

export interface JiraApiOptions {
  deployment: JiraDeploymentKind;
  token: string;
  /** Cloud: the email that goes with the API token. */
  email?: string;
  project?: string;
  /** The account the token belongs to: the author of the changes the client makes. */
  serviceAccount?: JiraUser;
  users?: JiraUser[];
  /** Fields the project's create screen lacks; setting them answers 400 as Jira does. */
  screenlessFields?: string[];
  /** Issues per search page, to make clients page. */
  pageSize?: number;
  clock?: () => Date;
}

export interface JiraApiServer extends LocalServer {
  issues: JiraServerIssue[];
  failNext(fault: JiraFault): void;
  /** A person moves the issue to a status, as if in the Jira UI. */
  transitionAs(key: string, statusName: string, user: JiraUser, at: Date): void;
  assignAs(key: string, assignee: JiraUser | null, user: JiraUser, at: Date): void;
  issue(key: string): JiraServerIssue;
}

export const JIRA_BOT: JiraUser = {
  accountId: '712020:0e1f2a3b-bot',
  name: 'soc2-bot',
  displayName: 'soc2-scan bot',
  accountType: 'atlassian',
};

/** Jira's own timestamp format: `2024-05-01T10:00:00.000+0000`. */
export function jiraDate(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

export async function startJiraApi(options: JiraApiOptions): Promise<JiraApiServer> {
  const cloud = options.deployment === 'cloud';
  const api = cloud ? '/rest/api/3' : '/rest/api/2';
  const project = options.project ?? 'SEC';
  const bot = options.serviceAccount ?? JIRA_BOT;
  const clock = options.clock ?? (() => new Date());
  const pageSize = options.pageSize ?? 50;
  const issues: JiraServerIssue[] = [];
  const faults: JiraFault[] = [];
  let historySeq = 10000;
  let commentSeq = 20000;
  let baseUrl = '';

  const userJson = (user: JiraUser) =>
    cloud
      ? {
          self: `${baseUrl}/rest/api/3/user?accountId=${user.accountId}`,
          accountId: user.accountId,
          displayName: user.displayName,
          active: true,
          timeZone: 'Etc/UTC',
          accountType: user.accountType ?? 'atlassian',
        }
      : {
          self: `${baseUrl}/rest/api/2/user?username=${user.name}`,
          name: user.name,
          key: `JIRAUSER${user.accountId.length}`,
          emailAddress: `${user.name}@example.com`,
          displayName: user.displayName,
          active: true,
          timeZone: 'Etc/UTC',
        };
  const statusJson = (status: Status) => ({
    self: `${baseUrl}${api}/status/${status.id}`,
    description: '',
    iconUrl: `${baseUrl}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: {
      self: `${baseUrl}${api}/statuscategory/${status.statusCategory.id}`,
      ...status.statusCategory,
    },
  });
  const issueJson = (issue: JiraServerIssue, wanted: string[] | null) => {
    const all: Record<string, unknown> = {
      ...issue.fields,
      status: statusJson(issue.status),
      assignee: issue.assignee ? userJson(issue.assignee) : null,
      created: jiraDate(issue.created),
    };
    const fields = wanted
      ? Object.fromEntries(Object.entries(all).filter(([key]) => wanted.includes(key)))
      : all;
    return {
      expand: 'renderedFields,names,schema',
      id: issue.id,
      self: `${baseUrl}${api}/issue/${issue.id}`,
      key: issue.key,
      fields,
    };
  };
  const historyJson = (history: JiraHistory) => ({
    id: history.id,
    author: userJson(history.author),
    created: jiraDate(history.created),
    items: history.items.map((item) => (cloud ? item : { ...item, fieldId: undefined })),
  });
  const find = (key: string) => issues.find((issue) => issue.key === key || issue.id === key);
  const move = (issue: JiraServerIssue, status: Status, user: JiraUser, at: Date) => {
    issue.histories.push({
      id: String(historySeq++),
      author: user,
      created: at,
      items: [
        {
          field: 'status',
          fieldtype: 'jira',
          fieldId: 'status',
          from: issue.status.id,
          fromString: issue.status.name,
          to: status.id,
          toString: status.name,
        },
      ],
    });
    issue.status = status;
  };
  const error = (status: number, messages: string[], errors: Record<string, string> = {}) => ({
    status,
    body: { errorMessages: messages, errors },
  });

  const authorised = (request: RecordedRequest): boolean => {
    const header = request.headers.authorization ?? '';
    return cloud
      ? header === `Basic ${Buffer.from(`${options.email ?? ''}:${options.token}`).toString('base64')}`
      : header === `Bearer ${options.token}`;
  };

  type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
  const handle = (request: RecordedRequest): Reply => {
    const json =
      request.body.length > 0 ? (JSON.parse(request.body.toString('utf8')) as Record<string, unknown>) : {};
    const { method, path } = request;
    if (method === 'GET' && path === '/rest/api/2/serverInfo') {
      return {
        status: 200,
        body: {
          baseUrl,
          version: cloud ? '1001.0.0-SNAPSHOT' : '9.12.2',
          versionNumbers: cloud ? [1001, 0, 0] : [9, 12, 2],
          deploymentType: cloud ? 'Cloud' : 'DataCenter',
          buildNumber: cloud ? 100250 : 9120002,
          buildDate: '2024-01-01T00:00:00.000+0000',
          serverTime: jiraDate(clock()),
          scmInfo: 'abc123',
          serverTitle: 'Jira',
        },
      };
    }
    if (!authorised(request)) {
      return cloud
        ? error(401, ['Client must be authenticated to access this resource.'])
        : error(401, ['You are not authenticated. Authentication required to perform this operation.']);
    }
    // Search.
    if (cloud && path === '/rest/api/3/search') {
      return error(410, [
        'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.',
      ]);
    }
    const searchPath = cloud ? '/rest/api/3/search/jql' : '/rest/api/2/search';
    if (path === searchPath && (method === 'GET' || method === 'POST')) {
      const params = method === 'GET' ? Object.fromEntries(request.query) : json;
      const jql = String(params.jql ?? '');
      const fieldsParam = params.fields;
      const wanted = Array.isArray(fieldsParam)
        ? fieldsParam.map(String)
        : typeof fieldsParam === 'string'
          ? fieldsParam.split(',')
          : cloud
            ? ['id']
            : null;
      const max = Math.min(Number(params.maxResults ?? pageSize), pageSize);
      let matched: JiraServerIssue[];
      try {
        matched = issues.filter(evaluateJql(jql, project));
      } catch (problem) {
        return error(400, [String((problem as Error).message)]);
      }
      if (cloud) {
        const start = params.nextPageToken
          ? Number(Buffer.from(String(params.nextPageToken), 'base64').toString())
          : 0;
        const page = matched.slice(start, start + max);
        const next =
          start + max < matched.length ? Buffer.from(String(start + max)).toString('base64') : undefined;
        // As JRACLOUD-92184 notes, the last page omits nextPageToken rather than sending null.
        return {
          status: 200,
          body: {
            issues: page.map((issue) => issueJson(issue, wanted)),
            ...(next ? { nextPageToken: next } : {}),
            isLast: !next,
          },
        };
      }
      const startAt = Number(params.startAt ?? 0);
      return {
        status: 200,
        body: {
          expand: 'schema,names',
          startAt,
          maxResults: max,
          total: matched.length,
          issues: matched.slice(startAt, startAt + max).map((issue) => issueJson(issue, wanted)),
        },
      };
    }
    // Create.
    if (method === 'POST' && path === `${api}/issue`) {
      const fields = (json.fields ?? {}) as Record<string, unknown>;
      const errors: Record<string, string> = {};
      if ((fields.project as { key?: string } | undefined)?.key !== project)
        errors.project = 'valid project is required';
      if (!['Bug', 'Task'].includes(String((fields.issuetype as { name?: string } | undefined)?.name))) {
        errors.issuetype = 'Specify a valid issue type';
      }
      if (typeof fields.summary !== 'string' || fields.summary === '')
        errors.summary = 'You must specify a summary of the issue.';
      if (typeof fields.summary === 'string' && fields.summary.length > 255)
        errors.summary = 'Summary must be less than 255 characters.';
      if (cloud && !isAdf(fields.description)) {
        errors.description =
          'Operation value must be an Atlassian Document (see the Atlassian Document Format)';
      }
      if (!cloud && typeof fields.description !== 'string')
        errors.description = 'Operation value must be a string';
      const labels = (fields.labels ?? []) as unknown[];
      if (!Array.isArray(labels) || labels.some((label) => typeof label !== 'string' || /\s/.test(label))) {
        errors.labels = 'The label must not contain spaces.';
      }
      if (fields.duedate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(fields.duedate))) {
        errors.duedate = "Error parsing date string: the date format is 'yyyy-MM-dd'";
      }
      for (const name of options.screenlessFields ?? []) {
        if (name in fields)
          errors[name] = `Field '${name}' cannot be set. It is not on the appropriate screen, or unknown.`;
      }
      const assignee = fields.assignee as { accountId?: string; name?: string } | undefined;
      const assigneeUser = assignee
        ? (options.users ?? []).find((user) =>
            cloud ? user.accountId === assignee.accountId : user.name === assignee.name,
          )
        : null;
      if (assignee && !assigneeUser)
        errors.assignee = `User '${assignee.accountId ?? assignee.name}' does not exist.`;
      if (Object.keys(errors).length > 0) return error(400, [], errors);
      const id = String(10000 + issues.length);
      const key = `${project}-${issues.length + 1}`;
      issues.push({
        id,
        key,
        fields: {
          ...fields,
          labels: labels as string[],
          summary: String(fields.summary),
          description: fields.description,
        },
        status: STATUSES[0],
        assignee: assigneeUser ?? null,
        created: clock(),
        histories: [],
        comments: [],
      });
      return { status: 201, body: { id, key, self: `${baseUrl}${api}/issue/${id}` } };
    }
    const issueMatch = new RegExp(`^${api.replace(/\//g, '\\/')}\\/issue\\/([^/]+)(\\/[a-z]+)?$`).exec(path);
    if (issueMatch) {
      const issue = find(decodeURIComponent(issueMatch[1]));
      if (!issue) return error(404, ['Issue does not exist or you do not have permission to see it.']);
      const sub = issueMatch[2] ?? '';
      if (sub === '' && method === 'GET') {
        const wanted = request.query.get('fields')?.split(',') ?? null;
        const body: Record<string, unknown> = issueJson(issue, wanted);
        if ((request.query.get('expand') ?? '').split(',').includes('changelog')) {
          body.changelog = {
            startAt: 0,
            maxResults: issue.histories.length,
            total: issue.histories.length,
            histories: issue.histories.map(historyJson),
          };
        }
        return { status: 200, body };
      }
      if (sub === '/transitions' && method === 'GET') {
        const transitions = TRANSITIONS.filter((transition) => transition.to !== issue.status.name).map(
          (transition) => ({
            id: transition.id,
            name: transition.name,
            to: statusJson(STATUSES.find((status) => status.name === transition.to)!),
            hasScreen: false,
            isGlobal: true,
            isInitial: false,
            isAvailable: true,
            isConditional: false,
            isLooped: false,
          }),
        );
        return { status: 200, body: { expand: 'transitions', transitions } };
      }
      if (sub === '/transitions' && method === 'POST') {
        const id = (json.transition as { id?: string } | undefined)?.id;
        const transition = TRANSITIONS.find(
          (candidate) => candidate.id === id && candidate.to !== issue.status.name,
        );
        if (!transition) return error(400, [`Transition id '${String(id)}' is not valid for this issue.`]);
        move(
          issue,
          STATUSES.find((status) => status.name === transition.to)!,
          bot,
          clock(),
        );
        return { status: 204 };
      }
      if (sub === '/comment' && method === 'POST') {
        if (cloud ? !isAdf(json.body) : typeof json.body !== 'string') {
          return error(400, [], {
            comment: cloud ? 'Comment body must be an Atlassian Document' : 'Comment body can not be empty!',
          });
        }
        const comment: JiraComment = {
          id: String(commentSeq++),
          author: bot,
          body: json.body,
          created: clock(),
        };
        issue.comments.push(comment);
        return { status: 201, body: commentJson(comment) };
      }
      if (sub === '/comment' && method === 'GET') {
        const startAt = Number(request.query.get('startAt') ?? 0);
        const max = Math.min(Number(request.query.get('maxResults') ?? pageSize), pageSize);
        return {
          status: 200,
          body: {
            startAt,
            maxResults: max,
            total: issue.comments.length,
            comments: issue.comments.slice(startAt, startAt + max).map(commentJson),
          },
        };
      }
      if (cloud && sub === '/changelog' && method === 'GET') {
        const startAt = Number(request.query.get('startAt') ?? 0);
        const max = Math.min(Number(request.query.get('maxResults') ?? 100), pageSize);
        const values = issue.histories.slice(startAt, startAt + max).map(historyJson);
        return {
          status: 200,
          body: {
            self: `${baseUrl}${api}/issue/${issue.key}/changelog?maxResults=${max}&startAt=${startAt}`,
            maxResults: max,
            startAt,
            total: issue.histories.length,
            isLast: startAt + max >= issue.histories.length,
            values,
          },
        };
      }
    }
    return error(404, ['Null reference / not found']);

    function commentJson(comment: JiraComment) {
      return {
        self: `${baseUrl}${api}/issue/${comment.id}/comment/${comment.id}`,
        id: comment.id,
        author: userJson(comment.author),
        body: comment.body,
        updateAuthor: userJson(comment.author),
        created: jiraDate(comment.created),
        updated: jiraDate(comment.created),
      };
    }
  };

  const server = await startLocalServer((request, response: ServerResponse) => {
    const fault = faults.find(
      (candidate) =>
        candidate.times > 0 &&
        (!candidate.method || candidate.method === request.method) &&
        (!candidate.path || request.path.startsWith(candidate.path)),
    );
    if (fault) {
      fault.times -= 1;
      return sendJson(
        response,
        fault.status,
        fault.body ?? { errorMessages: ['Service unavailable'] },
        fault.headers,
      );
    }
    const reply = handle(request);
    if (reply.status === 204) return sendEmpty(response, 204, reply.headers);
    sendJson(response, reply.status, reply.body ?? null, {
      'x-arequestid': `${Date.now()}`,
      ...reply.headers,
    });
  });
  baseUrl = server.url;

  const mustFind = (key: string) => {
    const issue = find(key);
    if (!issue) throw new Error(`no issue ${key}`);
    return issue;
  };
  return {
    ...server,
    issues,
    failNext: (fault) => faults.push({ ...fault }),
    issue: mustFind,
    transitionAs: (key, statusName, user, at) =>
      move(
        mustFind(key),
        STATUSES.find((status) => status.name === statusName)!,
        user,
        at,
      ),
    assignAs: (key, assignee, user, at) => {
      const issue = mustFind(key);
      issue.histories.push({
        id: String(historySeq++),
        author: user,
        created: at,
        items: [
          {
            field: 'assignee',
            fieldtype: 'jira',
            fieldId: 'assignee',
            from: issue.assignee ? (cloud ? issue.assignee.accountId : issue.assignee.name) : null,
            fromString: issue.assignee?.displayName ?? null,
            to: assignee ? (cloud ? assignee.accountId : assignee.name) : null,
            toString: assignee?.displayName ?? null,
          },
        ],
      });
      issue.assignee = assignee;
    },
  };
}

function isAdf(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const doc = value as { type?: unknown; version?: unknown; content?: unknown };
  return doc.type === 'doc' && doc.version === 1 && Array.isArray(doc.content) && validAdfNodes(doc.content);
}

/** The parts of the ADF schema a client is most likely to get wrong: empty text nodes, unknown types. */
function validAdfNodes(nodes: unknown[]): boolean {
  const known = new Set(['paragraph', 'heading', 'text', 'codeBlock', 'bulletList', 'listItem', 'hardBreak']);
  return nodes.every((node) => {
    if (typeof node !== 'object' || node === null) return false;
    const { type, text, content } = node as { type?: string; text?: unknown; content?: unknown };
    if (!type || !known.has(type)) return false;
    if (type === 'text' && (typeof text !== 'string' || text === '')) return false;
    return content === undefined || (Array.isArray(content) && validAdfNodes(content));
  });
}

/**
 * The JQL the sink sends: `field = value`, `field != value`, `field in (v1, v2)` joined by AND, with an
 * optional ORDER BY. Anything else is a 400, as an unsupported query would be for a client that relies on it.
 */
function evaluateJql(jql: string, project: string): (issue: JiraServerIssue) => boolean {
  const where = jql.replace(/\s+ORDER\s+BY\s+.*$/i, '').trim();
  const clauses = where.split(/\s+AND\s+/i).map((clause) => {
    const found = /^(\w+)\s*(=|!=|\bin\b|\bnot in\b)\s*(.+)$/i.exec(clause.trim());
    if (!found) throw new Error(`Error in the JQL Query: cannot parse '${clause}'`);
    const [, field, op, raw] = found;
    const values = raw.trim().startsWith('(')
      ? [...raw.matchAll(/"((?:[^"\\]|\\.)*)"|([^\s,()]+)/g)].map((match) => unquote(match[1] ?? match[2]))
      : [unquote(raw.trim().replace(/^"|"$/g, ''))];
    return { field: field.toLowerCase(), op: op.toLowerCase(), values };
  });
  return (issue) =>
    clauses.every(({ field, op, values }) => {
      let actual: string[];
      if (field === 'project') actual = [project];
      else if (field === 'labels') actual = issue.fields.labels;
      else if (field === 'statuscategory')
        actual = [issue.status.statusCategory.name, issue.status.statusCategory.key];
      else if (field === 'status') actual = [issue.status.name];
      else throw new Error(`Field '${field}' is not supported by this test server`);
      const hit = values.some((value) => actual.some((each) => each.toLowerCase() === value.toLowerCase()));
      return op === '=' || op === 'in' ? hit : !hit;
    });
}

function unquote(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}
