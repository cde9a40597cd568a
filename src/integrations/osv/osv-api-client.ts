import type { DependencyPackage } from '../../model/index.js';
import {
  OsvDatabase,
  OsvDatabaseError,
  toOsvRecord,
  type OsvRecord,
} from '../../supply-chain/vulnerabilities/index.js';

export interface OsvApiOptions {
  apiUrl: string;
  /** The OSV API takes at most 1,000 queries per querybatch request. */
  batchSize?: number;
  /** Attempts per request for 429 and 5xx answers and network errors. */
  attempts?: number;
  /** Upper bound for one wait between attempts, whatever Retry-After asks. */
  maxDelayMs?: number;
  timeoutMs?: number;
}

interface BatchAnswer {
  results?: Array<{ vulns?: Array<{ id?: unknown }>; next_page_token?: unknown }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryDelayMs(response: Response | null, attempt: number, maxDelayMs: number): number {
  const retryAfter = Number(response?.headers.get('retry-after'));
  const wanted = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : 250 * 2 ** attempt;
  return Math.min(wanted, maxDelayMs);
}

/** One request with bounded retries; anything but a 2xx in the end fails the scan closed. */
async function requestJson(
  url: string,
  init: RequestInit,
  options: Required<OsvApiOptions>,
): Promise<unknown> {
  let lastProblem = '';
  for (let attempt = 0; attempt < options.attempts; attempt += 1) {
    let response: Response | null = null;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) });
      if (response.ok) return (await response.json()) as unknown;
      lastProblem = `HTTP ${response.status}`;
      if (response.status !== 429 && response.status < 500) break;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    if (attempt + 1 < options.attempts) await sleep(retryDelayMs(response, attempt, options.maxDelayMs));
  }
  throw new OsvDatabaseError(url, `OSV API request failed after retries: ${lastProblem}`);
}

function queryOf(pkg: DependencyPackage) {
  return { package: { ecosystem: pkg.ecosystem, name: pkg.name }, version: pkg.version };
}

/**
 * Asks the OSV API which records affect the packages (POST /v1/querybatch, which answers ids only),
 * then fetches each record in full (GET /v1/vulns/{id}). The records are matched locally with the same
 * OSV semantics as an offline database, so online and offline runs decide alike.
 */
export async function fetchOsvDatabase(
  packages: readonly DependencyPackage[],
  options: OsvApiOptions,
): Promise<OsvDatabase> {
  const settings: Required<OsvApiOptions> = {
    batchSize: 1000,
    attempts: 4,
    maxDelayMs: 5000,
    timeoutMs: 30_000,
    ...options,
    apiUrl: options.apiUrl.replace(/\/+$/, ''),
  };
  const unique = [
    ...new Map(packages.map((pkg) => [`${pkg.ecosystem}\0${pkg.name}\0${pkg.version}`, pkg])).values(),
  ];
  const ids = new Set<string>();
  for (let start = 0; start < unique.length; start += settings.batchSize) {
    const batch = unique.slice(start, start + settings.batchSize);
    let queries = batch.map((pkg) => queryOf(pkg) as Record<string, unknown>);
    // A result with next_page_token has more ids: ask again for just those queries, with the token.
    while (queries.length > 0) {
      const answer = (await requestJson(
        `${settings.apiUrl}/v1/querybatch`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ queries }),
        },
        settings,
      )) as BatchAnswer;
      const next: Array<Record<string, unknown>> = [];
      (answer.results ?? []).forEach((result, index) => {
        for (const vuln of result.vulns ?? []) if (typeof vuln.id === 'string') ids.add(vuln.id);
        if (typeof result.next_page_token === 'string' && result.next_page_token !== '') {
          next.push({ ...queries[index], page_token: result.next_page_token });
        }
      });
      queries = next;
    }
  }
  const records: OsvRecord[] = [];
  for (const id of [...ids].sort()) {
    const body = await requestJson(
      `${settings.apiUrl}/v1/vulns/${encodeURIComponent(id)}`,
      { method: 'GET' },
      settings,
    );
    try {
      records.push(toOsvRecord(body));
    } catch (error) {
      throw new OsvDatabaseError(`${settings.apiUrl}/v1/vulns/${id}`, (error as Error).message);
    }
  }
  return new OsvDatabase(records);
}
