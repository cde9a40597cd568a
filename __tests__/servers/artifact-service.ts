import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import {
  sendEmpty,
  sendJson,
  startLocalServer,
  type LocalServer,
  type RecordedRequest,
} from './local-http-server.js';
import { readZipEntries } from './zip-entries.js';

/**
 * The GitHub Actions artifact service (v4 artifacts, as @actions/artifact v2+ speaks it): Twirp JSON RPCs
 * under /twirp/github.actions.results.api.v1.ArtifactService/, and an Azure Blob Storage endpoint the
 * signed upload URL points at. Checks what the real service checks: a runtime token whose
 * `Actions.Results:<run>:<job>` scope names the backend ids in the request, unique artifact names, the
 * upload URL's signature, and that finalize reports the size and hash of the bytes that really arrived.
 * Twirp answers in proto field names (`signed_upload_url`, `artifact_id`), as Twirp's JSON does by
 * default; the generated client reads both those and the camelCase JSON names.
 */

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
const BLOB_ACCOUNT = 'devstoreaccount1';
const AZURE_VERSION = '2025-11-05';

export interface StoredArtifact {
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** RFC 3339 timestamp from CreateArtifact, or null when the client asked for the default retention. */
  expiresAt: string | null;
  mimeType: string | null;
  version: number | null;
  /** What the blob endpoint holds; null until the upload is committed. */
  content: Buffer | null;
  contentType: string | null;
  finalized: boolean;
  /** As reported by FinalizeArtifact. */
  size: number | null;
  hash: string | null;
}

export interface TwirpCall {
  method: string;
  body: Record<string, unknown>;
}

export interface ArtifactServiceServer extends LocalServer {
  /** A runtime token for the default backend ids below; artifactServiceEnv mints one for any ids. */
  runtimeToken: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** Parsed Twirp request bodies, in order. */
  twirpCalls: TwirpCall[];
  artifacts: Map<string, StoredArtifact>;
  /** artifactServiceEnv for the default backend ids: merge into process.env for the duration of a test. */
  clientEnv(): NodeJS.ProcessEnv;
  /** Every file in a committed artifact's zip with its uncompressed bytes, keyed by its path in the zip. */
  zipEntries(name: string): Promise<Map<string, Buffer>>;
}

/**
 * The environment @actions/artifact reads, for a job whose backend ids are `runId` and `jobId`:
 * ACTIONS_RUNTIME_TOKEN (an unsigned JWT with that Actions.Results scope), ACTIONS_RESULTS_URL (this
 * server, with the trailing slash the runner gives), and GITHUB_SERVER_URL https://github.com, because
 * the client takes any other host for GitHub Enterprise Server, where these artifacts are refused.
 */
export function artifactServiceEnv(
  server: LocalServer,
  ids: { runId: string; jobId: string },
): NodeJS.ProcessEnv {
  return {
    ACTIONS_RUNTIME_TOKEN: runtimeTokenFor(ids.runId, ids.jobId),
    ACTIONS_RESULTS_URL: `${server.url}/`,
    GITHUB_SERVER_URL: 'https://github.com',
  };
}

interface UploadSlot {
  artifact: StoredArtifact;
  signature: string;
  stagedBlocks: Map<string, Buffer>;
}

/** An unsigned JWT: the artifact client only decodes it to find the `Actions.Results:<run>:<job>` scope. */
export function runtimeTokenFor(workflowRunBackendId: string, workflowJobRunBackendId: string): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = encode({ typ: 'JWT', alg: 'none' });
  const payload = encode({
    scp: `Actions.ExampleScope Actions.Results:${workflowRunBackendId}:${workflowJobRunBackendId}`,
    iat: 1_700_000_000,
    exp: 4_100_000_000,
  });
  return `${header}.${payload}.unsigned`;
}

/** The backend ids a runtime token grants, or null when it is not a JWT with an Actions.Results scope. */
export function scopeOfRuntimeToken(token: string): { runId: string; jobId: string } | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const scp = (claims as { scp?: unknown } | null)?.scp;
  if (typeof scp !== 'string') return null;
  for (const scope of scp.split(' ')) {
    const [kind, runId, jobId, ...rest] = scope.split(':');
    if (kind === 'Actions.Results' && runId && jobId && rest.length === 0) return { runId, jobId };
  }
  return null;
}

export async function startArtifactService(
  options: { runId?: string; jobId?: string } = {},
): Promise<ArtifactServiceServer> {
  const workflowRunBackendId = options.runId ?? randomUUID();
  const workflowJobRunBackendId = options.jobId ?? randomUUID();
  const runtimeToken = runtimeTokenFor(workflowRunBackendId, workflowJobRunBackendId);
  const twirpCalls: TwirpCall[] = [];
  const artifacts = new Map<string, StoredArtifact>();
  const uploads = new Map<string, UploadSlot>();
  let nextArtifactId = 1000;
  let baseUrl = '';

  function twirpError(response: ServerResponse, status: number, code: string, msg: string): void {
    sendJson(response, status, { code, msg });
  }

  function handleTwirp(request: RecordedRequest, response: ServerResponse): void {
    const method = request.path.slice(TWIRP_PREFIX.length);
    if (request.method !== 'POST') return twirpError(response, 404, 'bad_route', 'Twirp routes take POST');
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const scope = bearer ? scopeOfRuntimeToken(bearer) : null;
    if (!scope) return twirpError(response, 401, 'unauthenticated', 'invalid runtime token');
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(request.body.toString('utf8')) as Record<string, unknown>;
    } catch {
      return twirpError(response, 400, 'malformed', 'body is not JSON');
    }
    twirpCalls.push({ method, body });
    if (body.workflow_run_backend_id !== scope.runId || body.workflow_job_run_backend_id !== scope.jobId) {
      return twirpError(response, 403, 'permission_denied', 'backend ids do not match the runtime token');
    }
    const name = typeof body.name === 'string' ? body.name : '';
    if (method === 'CreateArtifact') return createArtifact(name, scope, body, response);
    if (method === 'FinalizeArtifact') return finalizeArtifact(name, scope, body, response);
    return twirpError(response, 404, 'bad_route', `no handler for ${method}`);
  }

  function createArtifact(
    name: string,
    scope: { runId: string; jobId: string },
    body: Record<string, unknown>,
    response: ServerResponse,
  ): void {
    if (!name) return twirpError(response, 400, 'invalid_argument', 'name is required');
    if (artifacts.has(name)) {
      return twirpError(
        response,
        409,
        'already_exists',
        'an artifact with this name already exists on the workflow run',
      );
    }
    const artifact: StoredArtifact = {
      id: nextArtifactId++,
      name,
      workflowRunBackendId: scope.runId,
      workflowJobRunBackendId: scope.jobId,
      expiresAt: typeof body.expires_at === 'string' ? body.expires_at : null,
      mimeType: typeof body.mime_type === 'string' ? body.mime_type : null,
      version: typeof body.version === 'number' ? body.version : null,
      content: null,
      contentType: null,
      finalized: false,
      size: null,
      hash: null,
    };
    artifacts.set(name, artifact);
    const blobPath = `/${BLOB_ACCOUNT}/actions-results/${scope.runId}/${scope.jobId}/${encodeURIComponent(name)}.zip`;
    const signature = randomBytes(24).toString('base64');
    uploads.set(blobPath, { artifact, signature, stagedBlocks: new Map() });
    const query = new URLSearchParams({
      sv: AZURE_VERSION,
      sr: 'b',
      sp: 'cw',
      se: '2099-01-01T00:00:00Z',
      sig: signature,
    });
    sendJson(response, 200, { ok: true, signed_upload_url: `${baseUrl}${blobPath}?${query.toString()}` });
  }

  function finalizeArtifact(
    name: string,
    scope: { runId: string; jobId: string },
    body: Record<string, unknown>,
    response: ServerResponse,
  ): void {
    const artifact = artifacts.get(name);
    if (!artifact || artifact.workflowRunBackendId !== scope.runId)
      return twirpError(response, 404, 'not_found', `artifact ${name} was never created`);
    if (!artifact.content) return twirpError(response, 400, 'failed_precondition', 'no blob was committed');
    const size = Number(body.size ?? 0);
    if (size !== artifact.content.length) {
      return twirpError(
        response,
        400,
        'invalid_argument',
        `size ${size} != uploaded ${artifact.content.length}`,
      );
    }
    const hash = typeof body.hash === 'string' ? body.hash : null;
    const actual = `sha256:${createHash('sha256').update(artifact.content).digest('hex')}`;
    if (hash !== null && hash !== actual) {
      return twirpError(response, 400, 'invalid_argument', `hash ${hash} != uploaded ${actual}`);
    }
    artifact.finalized = true;
    artifact.size = size;
    artifact.hash = hash;
    // int64 is a string in proto3 JSON.
    sendJson(response, 200, { ok: true, artifact_id: String(artifact.id) });
  }

  function azureHeaders(extra: Record<string, string> = {}): Record<string, string> {
    return {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': AZURE_VERSION,
      date: new Date().toUTCString(),
      ...extra,
    };
  }

  function azureError(response: ServerResponse, status: number, code: string, message: string): void {
    const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
    response.writeHead(status, azureHeaders({ 'content-type': 'application/xml', 'x-ms-error-code': code }));
    response.end(xml);
  }

  function commitBlob(
    slot: UploadSlot,
    content: Buffer,
    contentType: string | null,
    response: ServerResponse,
  ): void {
    slot.artifact.content = content;
    slot.artifact.contentType = contentType;
    sendEmpty(
      response,
      201,
      azureHeaders({
        etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
        'last-modified': new Date().toUTCString(),
        'content-md5': createHash('md5').update(content).digest('base64'),
        'x-ms-request-server-encrypted': 'true',
      }),
    );
  }

  function handleBlob(request: RecordedRequest, response: ServerResponse): void {
    const slot = uploads.get(request.path);
    if (!slot) return azureError(response, 404, 'BlobNotFound', 'The specified blob does not exist.');
    if (request.query.get('sig') !== slot.signature) {
      return azureError(response, 403, 'AuthenticationFailed', 'Signature did not match.');
    }
    if (request.method !== 'PUT') return azureError(response, 405, 'UnsupportedHttpVerb', request.method);
    const comp = request.query.get('comp');
    if (comp === 'block') {
      const blockId = request.query.get('blockid');
      if (!blockId) return azureError(response, 400, 'InvalidQueryParameterValue', 'blockid is required');
      slot.stagedBlocks.set(blockId, request.body);
      return sendEmpty(
        response,
        201,
        azureHeaders({
          'content-md5': createHash('md5').update(request.body).digest('base64'),
          'x-ms-request-server-encrypted': 'true',
        }),
      );
    }
    if (comp === 'blocklist') {
      const ids = [
        ...request.body.toString('utf8').matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g),
      ].map((match) => match[2]);
      const parts: Buffer[] = [];
      for (const id of ids) {
        const block = slot.stagedBlocks.get(id);
        if (!block) return azureError(response, 400, 'InvalidBlockList', `block ${id} was not staged`);
        parts.push(block);
      }
      return commitBlob(slot, Buffer.concat(parts), headerValue(request, 'x-ms-blob-content-type'), response);
    }
    if (comp === null && request.headers['x-ms-blob-type'] === 'BlockBlob') {
      return commitBlob(slot, request.body, headerValue(request, 'x-ms-blob-content-type'), response);
    }
    return azureError(response, 400, 'UnsupportedQueryParameter', `comp=${comp ?? ''}`);
  }

  const server = await startLocalServer((request, response) => {
    if (request.path.startsWith(TWIRP_PREFIX)) return handleTwirp(request, response);
    if (request.path.startsWith(`/${BLOB_ACCOUNT}/`)) return handleBlob(request, response);
    sendJson(response, 404, { message: `no route for ${request.method} ${request.path}` });
  });
  baseUrl = server.url;

  return {
    ...server,
    runtimeToken,
    workflowRunBackendId,
    workflowJobRunBackendId,
    twirpCalls,
    artifacts,
    clientEnv: () =>
      artifactServiceEnv(server, { runId: workflowRunBackendId, jobId: workflowJobRunBackendId }),
    zipEntries: async (name) => {
      const content = artifacts.get(name)?.content;
      if (!content) throw new Error(`no committed upload for artifact ${name}`);
      return readZipEntries(content);
    },
  };
}

function headerValue(request: RecordedRequest, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' ? value : null;
}
