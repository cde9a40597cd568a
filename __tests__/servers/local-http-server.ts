import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it, kept so tests can assert on what a client really sent. */
export interface RecordedRequest {
  method: string;
  /** Path and query, exactly as sent. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface LocalServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export type RequestHandler = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>;

/**
 * Starts a node:http server on 127.0.0.1 with an OS-chosen port. Every request body is read in full and
 * recorded before the handler runs; a handler that throws answers 500, so a test sees the failure.
 */
export async function startLocalServer(handler: RequestHandler): Promise<LocalServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((incoming, response) => {
    void readBody(incoming)
      .then(async (body) => {
        const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
        const request: RecordedRequest = {
          method: incoming.method ?? 'GET',
          url: incoming.url ?? '/',
          path: url.pathname,
          query: url.searchParams,
          headers: incoming.headers,
          body,
        };
        requests.push(request);
        await handler(request, response);
      })
      .catch((error: unknown) => {
        if (response.headersSent) {
          response.destroy();
          return;
        }
        sendJson(response, 500, { message: `local test server error: ${String(error)}` });
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Clients such as the Azure SDK keep connections alive; without this close() would wait for them.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
    incoming.on('error', reject);
  });
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  response.end(text);
}

export function sendEmpty(
  response: ServerResponse,
  status: number,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-length': '0', ...headers });
  response.end();
}
