import type { Actor } from '../../../model/index.js';
import type { TicketDocument } from '../document/ticket-document.js';
import { renderMarkdown } from '../document/render-markdown.js';
import { ContentRateLimiter } from '../http/content-rate-limiter.js';
import { TicketHttp, TicketHttpError } from '../http/ticket-http.js';
import type { TimeBudget } from '../http/time-budget.js';
import {
  TICKET_LABEL,
  fingerprintId,
  fingerprintIdsFromMarkers,
  fingerprintMarker,
} from '../ticket-identity.js';
import type { TicketDraft, TicketRef, TicketSink, TrailEntry } from '../ticket-sink.js';

interface GitHubIssue {
  number: number;
  html_url: string;
  state: 'open' | 'closed';
  body?: string | null;
  pull_request?: unknown;
}

interface GitHubUser {
  login?: string;
  id?: number;
  type?: string;
}

interface GitHubIssueEvent {
  id?: number;
  event?: string;
  actor?: GitHubUser | null;
  created_at?: string;
  assignee?: GitHubUser | null;
}

const PER_PAGE = 100;

/**
 * GitHub Issues of the run's repository. Issues are found by listing those labelled `soc2-scan` (the
 * search API has a far lower rate limit) and reading the fingerprint markers in their bodies; content
 * creation is paced to GitHub's secondary limits.
 */
export class GitHubIssuesSink implements TicketSink {
  readonly name = 'github' as const;
  readonly warnings: string[] = [];
  private readonly http: TicketHttp;
  private readonly base: string;
  private readonly repository: string;

  constructor(
    options: { token: string; apiUrl: string; repository: string },
    private readonly extraLabels: readonly string[],
    budget: TimeBudget,
  ) {
    const [owner, repo] = options.repository.split('/');
    this.repository = options.repository;
    this.base = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
    this.http = new TicketHttp({
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      budget,
      limiter: new ContentRateLimiter(budget),
      headers: () => ({
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        authorization: `Bearer ${options.token}`,
      }),
      secrets: () => [options.token],
    });
  }

  async findTickets(fingerprintIds: readonly string[], includeOpen: boolean): Promise<TicketRef[]> {
    const wanted = new Set(fingerprintIds);
    const issues = await this.pages<GitHubIssue>(`${this.base}/issues`, {
      labels: TICKET_LABEL,
      state: 'all',
      sort: 'created',
      direction: 'asc',
    });
    return issues
      .filter((issue) => !issue.pull_request)
      .map((issue) => this.toRef(issue))
      .filter((ref) => (includeOpen && ref.open) || ref.fingerprintIds.some((id) => wanted.has(id)));
  }

  async create(draft: TicketDraft): Promise<TicketRef> {
    // The markers are how later runs find this issue again, whatever people edit above them.
    const body = `${renderMarkdown(draft.body)}\n\n${draft.dueDate ? `**Due:** ${draft.dueDate}\n\n` : ''}${draft.fingerprints.map(fingerprintMarker).join('\n')}\n`;
    const { body: issue } = await this.http.request<GitHubIssue>({
      method: 'POST',
      path: `${this.base}/issues`,
      body: {
        title: draft.title,
        body,
        labels: [TICKET_LABEL, ...this.extraLabels, `severity:${draft.severity}`],
        ...(draft.assignee ? { assignees: [draft.assignee] } : {}),
      },
      content: true,
    });
    return {
      key: this.keyOf(issue.number),
      url: issue.html_url,
      fingerprintIds: draft.fingerprints.map(fingerprintId),
      open: true,
    };
  }

  async comment(ticket: TicketRef, body: TicketDocument): Promise<void> {
    await this.http.request({
      method: 'POST',
      path: `${this.base}/issues/${numberOf(ticket)}/comments`,
      body: { body: renderMarkdown(body) },
      content: true,
    });
  }

  async commentTexts(ticket: TicketRef): Promise<string[]> {
    const comments = await this.pages<{ body?: string }>(
      `${this.base}/issues/${numberOf(ticket)}/comments`,
      {},
    );
    return comments.map((comment) => comment.body ?? '');
  }

  async close(ticket: TicketRef): Promise<void> {
    await this.setState(ticket, { state: 'closed', state_reason: 'completed' });
  }

  async reopen(ticket: TicketRef): Promise<void> {
    await this.setState(ticket, { state: 'open', state_reason: 'reopened' });
  }

  /** Closed, reopened, assigned and unassigned events, from the issue's event list. */
  async trail(ticket: TicketRef): Promise<TrailEntry[]> {
    const events = await this.pages<GitHubIssueEvent>(`${this.base}/issues/${numberOf(ticket)}/events`, {});
    const entries: TrailEntry[] = [];
    for (const event of events) {
      const base = {
        id: String(event.id ?? ''),
        at: event.created_at ? new Date(event.created_at).toISOString() : '',
        actor: githubActor(event.actor),
        account: (event.actor?.login ? { login: event.actor.login } : {}) as Record<string, string>,
      };
      if (event.event === 'closed') entries.push({ ...base, field: 'status', from: 'open', to: 'closed' });
      if (event.event === 'reopened') entries.push({ ...base, field: 'status', from: 'closed', to: 'open' });
      if (event.event === 'assigned')
        entries.push({ ...base, field: 'assignee', from: null, to: event.assignee?.login ?? null });
      if (event.event === 'unassigned')
        entries.push({ ...base, field: 'assignee', from: event.assignee?.login ?? null, to: null });
    }
    return entries;
  }

  private async setState(ticket: TicketRef, body: Record<string, string>): Promise<void> {
    await this.http.request({
      method: 'PATCH',
      path: `${this.base}/issues/${numberOf(ticket)}`,
      body,
      content: true,
    });
  }

  private async pages<T>(path: string, query: Record<string, string>): Promise<T[]> {
    const items: T[] = [];
    for (let page = 1; ; page += 1) {
      const { body, headers } = await this.http.request<T[]>({
        method: 'GET',
        path,
        query: { ...query, per_page: PER_PAGE, page },
      });
      if (!Array.isArray(body))
        throw new TicketHttpError(`GET ${path} answered something other than a list`, null);
      items.push(...body);
      const more =
        /rel="next"/.test(headers.get('link') ?? '') ||
        (headers.get('link') === null && body.length === PER_PAGE);
      if (!more || body.length === 0) return items;
    }
  }

  private keyOf(number: number): string {
    return `${this.repository}#${number}`;
  }

  private toRef(issue: GitHubIssue): TicketRef {
    return {
      key: this.keyOf(issue.number),
      url: issue.html_url,
      fingerprintIds: fingerprintIdsFromMarkers(issue.body ?? ''),
      open: issue.state === 'open',
    };
  }
}

function numberOf(ticket: TicketRef): string {
  return ticket.key.slice(ticket.key.lastIndexOf('#') + 1);
}

function githubActor(user: GitHubUser | null | undefined): Actor {
  const login = user?.login ?? 'ghost';
  const bot = user?.type === 'Bot' || login.endsWith('[bot]');
  return { login, id: typeof user?.id === 'number' ? user.id : null, type: bot ? 'bot' : 'user' };
}
