import { sendJson, startLocalServer, type LocalServer } from './local-http-server.js';

/** A record as the OSV API serves it from GET /v1/vulns/{id}. */
export interface ServedRecord {
  id: string;
  modified: string;
  aliases?: string[];
  affected: Array<{
    package: { ecosystem: string; name: string };
    ranges?: Array<{ type: string; events: Array<Record<string, string>> }>;
    versions?: string[];
  }>;
  database_specific?: Record<string, unknown>;
}

export interface OsvApiServer extends LocalServer {
  /** Answers the first N requests with 429 and Retry-After, as the real API does under load. */
  throttleNext(count: number, retryAfterSeconds: number): void;
  /** Answers every request with this status from now on (e.g. 503). */
  failWith(status: number | null): void;
}

/**
 * The OSV API (https://google.github.io/osv.dev/api/): POST /v1/querybatch answers, per query, the ids and
 * modified times of the records whose `affected` lists that package at that version (explicit `versions`
 * only, which is all these tests need), at most `pageSize` ids per page with `next_page_token`; GET
 * /v1/vulns/{id} answers the whole record.
 */
export async function startOsvApi(
  records: ServedRecord[],
  options: { pageSize?: number } = {},
): Promise<OsvApiServer> {
  const pageSize = options.pageSize ?? 1000;
  let throttled = 0;
  let retryAfter = 0;
  let failure: number | null = null;
  const server = await startLocalServer((request, response) => {
    if (failure !== null) return sendJson(response, failure, { code: 14, message: 'unavailable' });
    if (throttled > 0) {
      throttled -= 1;
      return sendJson(
        response,
        429,
        { code: 8, message: 'Too many requests' },
        { 'retry-after': String(retryAfter) },
      );
    }
    if (request.method === 'POST' && request.path === '/v1/querybatch') {
      const { queries } = JSON.parse(request.body.toString('utf8')) as {
        queries: Array<{
          package: { ecosystem: string; name: string };
          version: string;
          page_token?: string;
        }>;
      };
      const results = queries.map((query) => {
        const ids = records
          .filter((record) =>
            record.affected.some(
              (affected) =>
                affected.package.ecosystem === query.package.ecosystem &&
                affected.package.name === query.package.name &&
                (affected.versions ?? []).includes(query.version),
            ),
          )
          .map((record) => ({ id: record.id, modified: record.modified }));
        const offset = query.page_token ? Number(query.page_token) : 0;
        const page = ids.slice(offset, offset + pageSize);
        const more = offset + pageSize < ids.length;
        return page.length === 0
          ? {}
          : { vulns: page, ...(more ? { next_page_token: String(offset + pageSize) } : {}) };
      });
      return sendJson(response, 200, { results });
    }
    const match = /^\/v1\/vulns\/([^/]+)$/.exec(request.path);
    if (request.method === 'GET' && match) {
      const record = records.find((candidate) => candidate.id === decodeURIComponent(match[1]));
      return record
        ? sendJson(response, 200, record)
        : sendJson(response, 404, { code: 5, message: 'Bug not found.' });
    }
    return sendJson(response, 404, { code: 5, message: 'Not Found' });
  });
  return {
    ...server,
    throttleNext(count, seconds) {
      throttled = count;
      retryAfter = seconds;
    },
    failWith(status) {
      failure = status;
    },
  };
}
