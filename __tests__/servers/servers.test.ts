import { createHash } from 'node:crypto';
import { artifactServiceEnv, runtimeTokenFor, startArtifactService } from './artifact-service.js';
import { notFound, startGitHubApi } from './github-api.js';

/** The protocol paths the integration tests do not reach through a real client. */
describe('local artifact service', () => {
  it('accepts a single-request Put Blob upload and finalizes it', async () => {
    const service = await startArtifactService();
    try {
      const twirp = (method: string, body: unknown) =>
        fetch(`${service.url}/twirp/github.actions.results.api.v1.ArtifactService/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${service.runtimeToken}` },
          body: JSON.stringify(body),
        });
      const ids = {
        workflow_run_backend_id: service.workflowRunBackendId,
        workflow_job_run_backend_id: service.workflowJobRunBackendId,
      };
      const created = (await (await twirp('CreateArtifact', { ...ids, name: 'one', version: 7 })).json()) as {
        ok: boolean;
        signed_upload_url: string;
      };
      expect(created.ok).toBe(true);

      const content = Buffer.from('zip bytes');
      const put = await fetch(created.signed_upload_url, {
        method: 'PUT',
        headers: { 'x-ms-blob-type': 'BlockBlob', 'x-ms-blob-content-type': 'application/zip' },
        body: content,
      });
      expect(put.status).toBe(201);
      expect(put.headers.get('etag')).toBeTruthy();
      expect(put.headers.get('content-md5')).toBe(createHash('md5').update(content).digest('base64'));

      const hash = `sha256:${createHash('sha256').update(content).digest('hex')}`;
      const finalized = await twirp('FinalizeArtifact', {
        ...ids,
        name: 'one',
        size: String(content.length),
        hash,
      });
      expect(await finalized.json()).toEqual({
        ok: true,
        artifact_id: String(service.artifacts.get('one')!.id),
      });
      expect(service.artifacts.get('one')!.content!.equals(content)).toBe(true);
    } finally {
      await service.close();
    }
  });

  it('refuses a wrong runtime token and a wrong signature', async () => {
    const service = await startArtifactService();
    try {
      const refused = await fetch(
        `${service.url}/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer nope' },
          body: '{}',
        },
      );
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ code: 'unauthenticated' });

      const created = await fetch(
        `${service.url}/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${service.runtimeToken}` },
          body: JSON.stringify({
            workflow_run_backend_id: service.workflowRunBackendId,
            workflow_job_run_backend_id: service.workflowJobRunBackendId,
            name: 'two',
          }),
        },
      );
      const { signed_upload_url: signed } = (await created.json()) as { signed_upload_url: string };
      const forged = new URL(signed);
      forged.searchParams.set('sig', 'forged');
      const put = await fetch(forged, {
        method: 'PUT',
        headers: { 'x-ms-blob-type': 'BlockBlob' },
        body: 'x',
      });
      expect(put.status).toBe(403);
      expect(put.headers.get('x-ms-error-code')).toBe('AuthenticationFailed');
    } finally {
      await service.close();
    }
  });
});

describe('artifactServiceEnv', () => {
  it('gives the client a runtime token scoped to the job, and refuses requests for another job', async () => {
    const service = await startArtifactService();
    try {
      const env = artifactServiceEnv(service, { runId: 'run-1', jobId: 'job-1' });
      expect(env.ACTIONS_RESULTS_URL).toBe(`${service.url}/`);
      expect(env.GITHUB_SERVER_URL).toBe('https://github.com');
      const claims = JSON.parse(
        Buffer.from(env.ACTIONS_RUNTIME_TOKEN!.split('.')[1], 'base64url').toString('utf8'),
      ) as { scp: string };
      expect(claims.scp.split(' ')).toContain('Actions.Results:run-1:job-1');

      const create = (token: string, ids: { run: string; job: string }) =>
        fetch(`${service.url}/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            workflow_run_backend_id: ids.run,
            workflow_job_run_backend_id: ids.job,
            name: `for-${ids.job}`,
            version: 4,
          }),
        });
      expect((await create(env.ACTIONS_RUNTIME_TOKEN!, { run: 'run-1', job: 'job-1' })).status).toBe(200);
      const other = await create(runtimeTokenFor('run-1', 'job-2'), { run: 'run-1', job: 'job-1' });
      expect(other.status).toBe(403);
      expect(await other.json()).toMatchObject({ code: 'permission_denied' });
      expect(service.artifacts.get('for-job-1')).toMatchObject({
        workflowRunBackendId: 'run-1',
        workflowJobRunBackendId: 'job-1',
      });
    } finally {
      await service.close();
    }
  });
});

describe('local GitHub REST server', () => {
  it('serves routes added later, with path parameters and JSON bodies', async () => {
    const api = await startGitHubApi({ token: 't0k' });
    try {
      api.addRoute({
        method: 'POST',
        path: '/repos/:owner/:repo/issues/:issue_number/comments',
        handle: ({ params, json }) =>
          params.repo === 'payments'
            ? {
                status: 201,
                body: { id: 1, issue: Number(params.issue_number), body: (json as { body: string }).body },
              }
            : notFound(),
      });
      const response = await fetch(`${api.url}/repos/acme/payments/issues/42/comments`, {
        method: 'POST',
        headers: { authorization: 'Bearer t0k', 'content-type': 'application/json' },
        body: JSON.stringify({ body: 'hello' }),
      });
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ id: 1, issue: 42, body: 'hello' });

      const anonymous = await fetch(`${api.url}/users/octocat`);
      expect(anonymous.status).toBe(401);
      expect(api.requests).toHaveLength(2);
    } finally {
      await api.close();
    }
  });
});
