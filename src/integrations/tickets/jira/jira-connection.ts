import type { JiraSettings } from '../../../config/ticket-inputs.js';
import type { TimeBudget } from '../http/time-budget.js';
import { TicketHttp, TicketHttpError } from '../http/ticket-http.js';

export type JiraFlavour = 'cloud' | 'data-center';

interface ServerInfo {
  deploymentType?: unknown;
}

/**
 * The one place that knows how to authenticate to Jira: Cloud takes basic auth with the account email
 * and an API token; Data Center / Server takes a personal access token as a bearer token.
 */
export class JiraConnection {
  readonly http: TicketHttp;
  private flavourValue: JiraFlavour | null;
  private detecting: Promise<JiraFlavour> | null = null;

  constructor(
    private readonly settings: JiraSettings,
    budget: TimeBudget,
  ) {
    this.flavourValue = settings.deployment === 'auto' ? null : settings.deployment;
    this.http = new TicketHttp({
      baseUrl: settings.url,
      budget,
      headers: () => this.authHeaders(),
      secrets: () => [settings.token, this.basicCredentials(), encodeURIComponent(settings.token)],
    });
  }

  /** Cloud or Data Center, asked of GET /rest/api/2/serverInfo once when the input says `auto`. */
  async flavour(): Promise<JiraFlavour> {
    if (this.flavourValue) return this.flavourValue;
    this.detecting ??= this.detect();
    this.flavourValue = await this.detecting;
    if (this.flavourValue === 'cloud' && !this.settings.user) {
      throw new TicketHttpError(
        "Jira Cloud detected: it needs the account email in 'jira-user' besides the API token",
        null,
      );
    }
    return this.flavourValue;
  }

  async api(): Promise<string> {
    return (await this.flavour()) === 'cloud' ? '/rest/api/3' : '/rest/api/2';
  }

  browseUrl(key: string): string {
    return `${this.settings.url}/browse/${encodeURIComponent(key)}`;
  }

  private async detect(): Promise<JiraFlavour> {
    try {
      return await this.askServerInfo();
    } catch (error) {
      // Atlassian-hosted sites are Cloud whatever serverInfo said (it may be blocked for anonymous callers).
      if (/\.(atlassian\.net|jira\.com)$/i.test(new URL(this.settings.url).hostname)) return 'cloud';
      throw error;
    }
  }

  /**
   * serverInfo answers anonymous callers on both deployments, so it is asked without credentials first:
   * the guess at a scheme could be wrong, and a wrong one is a 401 even here. A site that refuses
   * anonymous access is asked again with the guessed scheme.
   */
  private async askServerInfo(): Promise<JiraFlavour> {
    const path = '/rest/api/2/serverInfo';
    let body: ServerInfo | null;
    try {
      body = (await this.http.request<ServerInfo>({ method: 'GET', path, anonymous: true })).body;
    } catch (error) {
      if (!(error instanceof TicketHttpError) || (error.status !== 401 && error.status !== 403)) throw error;
      body = (await this.http.request<ServerInfo>({ method: 'GET', path })).body;
    }
    if (body?.deploymentType === 'Cloud') return 'cloud';
    if (body?.deploymentType === 'Server' || body?.deploymentType === 'DataCenter') return 'data-center';
    throw new TicketHttpError(
      `GET /rest/api/2/serverInfo answered an unknown deploymentType '${String(body?.deploymentType)}'; set jira-deployment`,
      null,
    );
  }

  private basicCredentials(): string {
    return Buffer.from(`${this.settings.user ?? ''}:${this.settings.token}`).toString('base64');
  }

  private authHeaders(): Record<string, string> {
    // Before detection the presence of an email is the best guess at which scheme the site expects.
    const flavour = this.flavourValue ?? (this.settings.user ? 'cloud' : 'data-center');
    return flavour === 'cloud'
      ? { authorization: `Basic ${this.basicCredentials()}` }
      : { authorization: `Bearer ${this.settings.token}` };
  }
}
