import { TOOL_NAME, TOOL_VERSION } from '../../../version.js';
import type { ContentRateLimiter } from './content-rate-limiter.js';
import type { TimeBudget } from './time-budget.js';

/** A ticket request that did not succeed. The message holds method, path and status, never a header. */
export class TicketHttpError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    /** The response body, parsed, for callers that recover from a 4xx (e.g. a field the screen lacks). */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'TicketHttpError';
  }
}

export interface TicketHttpOptions {
  baseUrl: string;
  /** Built in one place per sink; they hold the credentials, so they never reach a message. */
  headers: () => Record<string, string>;
  budget: TimeBudget;
  /** Paces requests that create content (GitHub); absent: no pacing beyond honouring 429s. */
  limiter?: ContentRateLimiter;
  /** Values scrubbed from any text that leaves this client, e.g. the token and the basic-auth string. */
  secrets: () => string[];
}

export interface TicketRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below the base URL, e.g. `/rest/api/3/issue`. */
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Creates content (an issue, a comment, a state change): paced by the limiter. */
  content?: boolean;
  /** Sent without credentials (e.g. Jira's serverInfo, which answers anyone). */
  anonymous?: boolean;
}

export interface TicketResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;

/** JSON over fetch with retries for 429, 5xx and network errors, all inside the run's time budget. */
export class TicketHttp {
  constructor(private readonly options: TicketHttpOptions) {}

  async request<T = unknown>(request: TicketRequest): Promise<TicketResponse<T>> {
    const { budget } = this.options;
    const label = `${request.method} ${request.path}`;
    if (request.content && this.options.limiter && !(await this.options.limiter.acquire())) {
      throw new TicketHttpError(
        `${label}: the content rate limit leaves no slot within the time budget`,
        null,
      );
    }
    let lastProblem = 'the time budget was spent before the request could be sent';
    let lastStatus: number | null = null;
    for (let attempt = 0; !budget.exhausted; attempt += 1) {
      let response: Response | null = null;
      try {
        response = await fetch(this.url(request), {
          method: request.method,
          headers: {
            accept: 'application/json',
            'user-agent': `${TOOL_NAME}/${TOOL_VERSION}`,
            ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(request.anonymous ? {} : this.options.headers()),
          },
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          signal: AbortSignal.timeout(Math.max(1, budget.remainingMs())),
        });
        const body = await readBody(response);
        if (response.ok) return { status: response.status, body: body as T, headers: response.headers };
        lastStatus = response.status;
        lastProblem = `answered ${response.status}${describeBody(body)}`;
        if (response.status !== 429 && response.status < 500) {
          throw new TicketHttpError(this.scrub(`${label} ${lastProblem}`), response.status, body);
        }
      } catch (error) {
        if (error instanceof TicketHttpError) throw error;
        lastStatus = null;
        lastProblem = `failed: ${error instanceof Error ? error.message : String(error)}`;
      }
      if (!(await budget.wait(this.retryDelayMs(response, attempt)))) break;
    }
    throw new TicketHttpError(
      this.scrub(`${label} ${lastProblem} (gave up within the ticket time budget)`),
      lastStatus,
    );
  }

  private url(request: TicketRequest): string {
    const url = new URL(this.options.baseUrl + request.path);
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url.toString();
  }

  /** Retry-After in seconds or as an HTTP date, else exponential backoff. */
  private retryDelayMs(response: Response | null, attempt: number): number {
    const header = response?.headers.get('retry-after')?.trim();
    if (header) {
      if (/^\d+$/.test(header)) return Number(header) * 1000;
      const at = Date.parse(header);
      if (!Number.isNaN(at)) return Math.max(0, at - this.options.budget.now());
    }
    return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** attempt);
  }

  private scrub(text: string): string {
    return scrubSecrets(text, this.options.secrets());
  }
}

export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let scrubbed = text;
  for (const secret of secrets) if (secret.length >= 4) scrubbed = scrubbed.split(secret).join('***');
  return scrubbed;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The error text Jira (errorMessages, errors) or GitHub (message) put in a failed answer, kept short. */
function describeBody(body: unknown): string {
  if (body === null || typeof body !== 'object') return '';
  const record = body as Record<string, unknown>;
  const parts: string[] = [];
  if (Array.isArray(record.errorMessages)) parts.push(...record.errorMessages.map(String));
  if (record.errors && typeof record.errors === 'object' && !Array.isArray(record.errors)) {
    parts.push(...Object.entries(record.errors).map(([key, value]) => `${key}: ${String(value)}`));
  }
  if (typeof record.message === 'string') parts.push(record.message);
  const text = parts.join('; ').slice(0, 300);
  return text ? ` (${text})` : '';
}
