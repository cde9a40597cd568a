import type { JiraSettings } from '../../../config/ticket-inputs.js';
import type { TicketDocument } from '../document/ticket-document.js';
import { renderAdf } from '../document/render-adf.js';
import { renderWikiMarkup } from '../document/render-wiki.js';
import { TicketHttpError } from '../http/ticket-http.js';
import type { TimeBudget } from '../http/time-budget.js';
import { TICKET_LABEL, fingerprintId, fingerprintIdFromLabel, fingerprintLabel } from '../ticket-identity.js';
import type { TicketDraft, TicketRef, TicketSink, TrailEntry } from '../ticket-sink.js';
import { readJiraTrail } from './jira-changelog.js';
import { JiraConnection } from './jira-connection.js';
import { pickTransition, type JiraTransition } from './jira-transitions.js';

interface JiraIssue {
  key: string;
  fields?: { labels?: string[]; status?: { statusCategory?: { key?: string } } };
}

interface CloudSearchPage {
  issues?: JiraIssue[];
  nextPageToken?: string | null;
  isLast?: boolean;
}

interface ServerSearchPage {
  issues?: JiraIssue[];
  startAt?: number;
  maxResults?: number;
  total?: number;
}

const PAGE_SIZE = 100;
// Keeps each JQL well under URL and JQL length limits while still batching the lookup.
const LABELS_PER_QUERY = 50;
// Fields a project's create screen may lack; Jira rejects the whole issue when one is set anyway.
const OPTIONAL_FIELDS = ['duedate', 'priority', 'components', 'assignee'];

/** Jira Cloud (REST v3, Atlassian Document Format) and Data Center / Server (REST v2, wiki markup). */
export class JiraSink implements TicketSink {
  readonly name = 'jira' as const;
  private readonly connection: JiraConnection;
  readonly warnings: string[] = [];

  constructor(
    private readonly settings: JiraSettings,
    private readonly extraLabels: readonly string[],
    budget: TimeBudget,
  ) {
    this.connection = new JiraConnection(settings, budget);
  }

  async findTickets(fingerprintIds: readonly string[], includeOpen: boolean): Promise<TicketRef[]> {
    const project = `project = ${quote(this.settings.project)}`;
    const queries: string[] = [];
    const labels = [...new Set(fingerprintIds)].map((id) => quote(fingerprintLabel(id)));
    for (let start = 0; start < labels.length; start += LABELS_PER_QUERY) {
      queries.push(`${project} AND labels in (${labels.slice(start, start + LABELS_PER_QUERY).join(', ')})`);
    }
    if (includeOpen)
      queries.push(`${project} AND labels = ${quote(TICKET_LABEL)} AND statusCategory != Done`);
    const found = new Map<string, TicketRef>();
    for (const jql of queries) {
      for (const issue of await this.search(`${jql} ORDER BY key ASC`))
        found.set(issue.key, this.toRef(issue));
    }
    return [...found.values()];
  }

  async create(draft: TicketDraft): Promise<TicketRef> {
    const api = await this.connection.api();
    const cloud = api.endsWith('/3');
    const fields: Record<string, unknown> = {
      project: { key: this.settings.project },
      issuetype: { name: this.settings.issueType },
      summary: draft.title,
      description: await this.render(draft.body),
      labels: [TICKET_LABEL, ...this.extraLabels, ...draft.fingerprints.map(fingerprintLabel)],
      priority: { name: this.settings.priorities[draft.severity] },
    };
    if (draft.dueDate) fields.duedate = draft.dueDate;
    if (this.settings.components.length > 0)
      fields.components = this.settings.components.map((name) => ({ name }));
    if (draft.assignee) fields.assignee = cloud ? { accountId: draft.assignee } : { name: draft.assignee };
    let created: { key: string };
    try {
      created = (
        await this.connection.http.request<{ key: string }>({
          method: 'POST',
          path: `${api}/issue`,
          body: { fields },
          content: true,
        })
      ).body;
    } catch (error) {
      const rejected = rejectedOptionalFields(error, fields);
      if (rejected.length === 0) throw error;
      // Better a ticket without a due date than no ticket: say which fields the project refused.
      for (const name of rejected) delete fields[name];
      this.warnings.push(
        `Jira project ${this.settings.project} refused ${rejected.join(', ')}; tickets are created without them.`,
      );
      created = (
        await this.connection.http.request<{ key: string }>({
          method: 'POST',
          path: `${api}/issue`,
          body: { fields },
          content: true,
        })
      ).body;
    }
    return {
      key: created.key,
      url: this.connection.browseUrl(created.key),
      fingerprintIds: draft.fingerprints.map(fingerprintId),
      open: true,
    };
  }

  async comment(ticket: TicketRef, body: TicketDocument): Promise<void> {
    const api = await this.connection.api();
    await this.connection.http.request({
      method: 'POST',
      path: `${api}/issue/${encodeURIComponent(ticket.key)}/comment`,
      body: { body: await this.render(body) },
      content: true,
    });
  }

  async commentTexts(ticket: TicketRef): Promise<string[]> {
    const api = await this.connection.api();
    const texts: string[] = [];
    for (let startAt = 0; ;) {
      const { body } = await this.connection.http.request<{
        comments?: Array<{ body?: unknown }>;
        total?: number;
      }>({
        method: 'GET',
        path: `${api}/issue/${encodeURIComponent(ticket.key)}/comment`,
        query: { startAt, maxResults: PAGE_SIZE },
      });
      const comments = body?.comments ?? [];
      // ADF bodies are searched as their JSON: markers are plain text nodes inside.
      texts.push(
        ...comments.map((comment) =>
          typeof comment.body === 'string' ? comment.body : JSON.stringify(comment.body),
        ),
      );
      startAt += comments.length;
      if (comments.length === 0 || startAt >= (body?.total ?? 0)) return texts;
    }
  }

  close(ticket: TicketRef): Promise<void> {
    return this.transition(ticket, this.settings.doneTransition, ['done']);
  }

  reopen(ticket: TicketRef): Promise<void> {
    return this.transition(ticket, this.settings.reopenTransition, ['new', 'indeterminate']);
  }

  async trail(ticket: TicketRef): Promise<TrailEntry[]> {
    return readJiraTrail(this.connection, ticket.key);
  }

  private async transition(
    ticket: TicketRef,
    configured: string | null,
    categories: string[],
  ): Promise<void> {
    const api = await this.connection.api();
    const path = `${api}/issue/${encodeURIComponent(ticket.key)}/transitions`;
    const { body } = await this.connection.http.request<{ transitions?: JiraTransition[] }>({
      method: 'GET',
      path,
    });
    const chosen = pickTransition(body?.transitions ?? [], configured, categories);
    if (!chosen) {
      const names = (body?.transitions ?? []).map((transition) => transition.name).join(', ') || 'none';
      throw new TicketHttpError(
        `${ticket.key} has no transition ${configured ? `named '${configured}'` : `into status category ${categories.join('/')}`} (available: ${names})`,
        null,
      );
    }
    await this.connection.http.request({
      method: 'POST',
      path,
      body: { transition: { id: chosen.id } },
      content: true,
    });
  }

  private async render(document: TicketDocument): Promise<unknown> {
    return (await this.connection.flavour()) === 'cloud' ? renderAdf(document) : renderWikiMarkup(document);
  }

  /** Cloud: the enhanced search (POST /rest/api/3/search/jql, nextPageToken). DC: POST /rest/api/2/search (startAt). */
  private async search(jql: string): Promise<JiraIssue[]> {
    const fields = ['labels', 'status'];
    const issues: JiraIssue[] = [];
    if ((await this.connection.flavour()) === 'cloud') {
      let nextPageToken: string | undefined;
      do {
        const { body } = await this.connection.http.request<CloudSearchPage>({
          method: 'POST',
          path: '/rest/api/3/search/jql',
          body: { jql, fields, maxResults: PAGE_SIZE, ...(nextPageToken ? { nextPageToken } : {}) },
        });
        issues.push(...(body?.issues ?? []));
        nextPageToken = body?.isLast === true ? undefined : (body?.nextPageToken ?? undefined);
      } while (nextPageToken);
      return issues;
    }
    for (let startAt = 0; ;) {
      const { body } = await this.connection.http.request<ServerSearchPage>({
        method: 'POST',
        path: '/rest/api/2/search',
        body: { jql, startAt, maxResults: PAGE_SIZE, fields },
      });
      const page = body?.issues ?? [];
      issues.push(...page);
      startAt += page.length;
      if (page.length === 0 || startAt >= (body?.total ?? 0)) return issues;
    }
  }

  private toRef(issue: JiraIssue): TicketRef {
    const ids = (issue.fields?.labels ?? [])
      .map(fingerprintIdFromLabel)
      .filter((id): id is string => id !== null);
    return {
      key: issue.key,
      url: this.connection.browseUrl(issue.key),
      fingerprintIds: [...new Set(ids)],
      open: issue.fields?.status?.statusCategory?.key !== 'done',
    };
  }
}

/** A JQL string literal. */
function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function rejectedOptionalFields(error: unknown, fields: Record<string, unknown>): string[] {
  if (!(error instanceof TicketHttpError) || error.status !== 400) return [];
  const errors = (error.body as { errors?: Record<string, unknown> } | null)?.errors ?? {};
  const names = Object.keys(errors);
  return names.length > 0 && names.every((name) => OPTIONAL_FIELDS.includes(name) && name in fields)
    ? names
    : [];
}
