import type { Actor } from '../../../model/index.js';
import type { TrailEntry } from '../ticket-sink.js';
import type { JiraConnection } from './jira-connection.js';

interface JiraUser {
  accountId?: string;
  accountType?: string;
  name?: string;
  key?: string;
  displayName?: string;
}

interface JiraHistory {
  id?: string;
  author?: JiraUser;
  created?: string;
  items?: Array<{
    field?: string;
    fieldId?: string;
    from?: string | null;
    fromString?: string | null;
    to?: string | null;
    toString?: string | null;
  }>;
}

interface ChangelogPage {
  values?: JiraHistory[];
  startAt?: number;
  total?: number;
  isLast?: boolean;
}

const PAGE_SIZE = 100;

/**
 * Status and assignee changes of an issue, with who made them and when: Cloud pages through
 * GET /rest/api/3/issue/{key}/changelog; Data Center returns the histories with
 * GET /rest/api/2/issue/{key}?expand=changelog.
 */
export async function readJiraTrail(connection: JiraConnection, key: string): Promise<TrailEntry[]> {
  const histories: JiraHistory[] = [];
  if ((await connection.flavour()) === 'cloud') {
    for (let startAt = 0; ;) {
      const { body } = await connection.http.request<ChangelogPage>({
        method: 'GET',
        path: `/rest/api/3/issue/${encodeURIComponent(key)}/changelog`,
        query: { startAt, maxResults: PAGE_SIZE },
      });
      const page = body?.values ?? [];
      histories.push(...page);
      startAt += page.length;
      if (page.length === 0 || body?.isLast === true || startAt >= (body?.total ?? 0)) break;
    }
  } else {
    const { body } = await connection.http.request<{ changelog?: { histories?: JiraHistory[] } }>({
      method: 'GET',
      path: `/rest/api/2/issue/${encodeURIComponent(key)}`,
      query: { fields: 'status', expand: 'changelog' },
    });
    histories.push(...(body?.changelog?.histories ?? []));
  }
  return histories.flatMap((history) =>
    (history.items ?? [])
      .filter((item) => item.field === 'status' || item.field === 'assignee' || item.fieldId === 'assignee')
      .map((item): TrailEntry => ({
        id: String(history.id ?? ''),
        field: item.field === 'status' ? 'status' : 'assignee',
        from: item.fromString ?? item.from ?? null,
        to: item.toString ?? item.to ?? null,
        at: jiraTimestamp(history.created),
        actor: jiraActor(history.author),
        account: Object.fromEntries(
          Object.entries({
            accountId: history.author?.accountId,
            name: history.author?.name,
            displayName: history.author?.displayName,
          }).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
        ),
      })),
  );
}

/** Cloud identifies people by accountId (stable), Data Center by user name; app accounts are bots. */
function jiraActor(author: JiraUser | undefined): Actor {
  const login = author?.accountId ?? author?.name ?? author?.key ?? author?.displayName ?? 'unknown';
  return { login, id: null, type: author?.accountType === 'app' ? 'bot' : 'user' };
}

/** Jira writes `2024-05-01T10:00:00.000+0000`; the audit log wants ISO 8601 UTC. */
export function jiraTimestamp(value: string | undefined): string {
  if (!value) return '';
  const parsed = new Date(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return Number.isNaN(parsed.getTime()) ? value : parsed.toISOString();
}
