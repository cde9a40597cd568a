import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  artifactServiceEnv,
  startArtifactService,
  type ArtifactServiceServer,
} from '../../../__tests__/servers/artifact-service.js';
import { captureStdout, type CapturedStdout } from '../../../__tests__/support/capture-stdout.js';
import { evidenceArtifactName, uploadEvidenceArtifact } from './index.js';

const DAY_MS = 24 * 60 * 60 * 1000;
// The backend ids the runner puts in ACTIONS_RUNTIME_TOKEN's scope for this job.
const BACKEND = {
  runId: 'c2b1a5e0-0000-4000-8000-000000000001',
  jobId: 'c2b1a5e0-0000-4000-8000-000000000002',
};

describe('uploadEvidenceArtifact against a local artifact service', () => {
  let service: ArtifactServiceServer;
  let dir: string;
  const savedEnv = { ...process.env };
  let stdout: CapturedStdout | undefined;

  beforeEach(async () => {
    service = await startArtifactService();
    dir = await mkdtemp(path.join(tmpdir(), 'soc2-evidence-'));
    Object.assign(process.env, artifactServiceEnv(service, BACKEND));
    delete process.env.GITHUB_RETENTION_DAYS;
    // @actions/artifact logs progress through @actions/core; keep the test output readable.
    stdout = captureStdout();
  });

  afterEach(async () => {
    stdout?.restore();
    process.env = { ...savedEnv };
    await service?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function writeBundle(files: Record<string, string | Buffer>): Promise<string[]> {
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), content);
    }
    return Object.keys(files).map((name) => path.join(dir, name));
  }

  it('uploads every evidence file, byte for byte, in one artifact named for the run and attempt', async () => {
    const binary = Buffer.from(Array.from({ length: 70_000 }, (_, index) => (index * 31) % 256));
    const bundle = {
      'scan-record.json': JSON.stringify({ schemaVersion: 1, run: { id: '4242', attempt: 2 } }),
      'audit-log.jsonl': '{"seq":1}\n{"seq":2}\n',
      'results.sarif': '{"version":"2.1.0","runs":[]}',
      'report.html': '<!doctype html><title>r</title>',
      'nested/blob.bin': binary,
    };
    const files = await writeBundle(bundle);

    const result = await uploadEvidenceArtifact({
      dir,
      files,
      runId: '4242',
      attempt: 2,
      retentionDays: null,
    });

    expect(result.name).toBe('soc2-evidence-4242-2');
    const stored = service.artifacts.get('soc2-evidence-4242-2');
    expect(stored).toBeDefined();
    expect(stored!.finalized).toBe(true);
    expect(result.id).toBe(stored!.id);
    expect(result.size).toBe(stored!.content!.length);
    expect(result.digest).toBe(createHash('sha256').update(stored!.content!).digest('hex'));
    expect(stored!.mimeType).toBe('application/zip');
    // Both RPCs name the job the runtime token was issued for.
    expect(service.twirpCalls.map((call) => call.method)).toEqual(['CreateArtifact', 'FinalizeArtifact']);
    for (const call of service.twirpCalls) {
      expect(call.body).toMatchObject({
        workflow_run_backend_id: BACKEND.runId,
        workflow_job_run_backend_id: BACKEND.jobId,
      });
    }

    // The bytes went to the signed URL as Azure block-blob calls: staged blocks, then the block list.
    const blobCalls = service.requests.filter((request) => request.query.has('sig'));
    expect(blobCalls.map((request) => request.query.get('comp'))).toEqual(['block', 'blocklist']);

    const entries = await service.zipEntries('soc2-evidence-4242-2');
    expect([...entries.keys()].sort()).toEqual(Object.keys(bundle).sort());
    for (const [name, content] of Object.entries(bundle)) {
      expect(entries.get(name)!.equals(Buffer.from(content))).toBe(true);
    }
  });

  it('accepts file paths relative to the evidence directory', async () => {
    await writeBundle({ 'manifest.json': '{}', 'findings.json': '[]' });
    await uploadEvidenceArtifact({
      dir,
      files: ['manifest.json', 'findings.json'],
      runId: '7',
      attempt: 1,
      retentionDays: null,
    });
    const entries = await service.zipEntries('soc2-evidence-7-1');
    expect([...entries.keys()].sort()).toEqual(['findings.json', 'manifest.json']);
  });

  it('asks the service to expire the artifact after the retention days given', async () => {
    const files = await writeBundle({ 'manifest.json': '{}' });
    const before = Date.now();
    await uploadEvidenceArtifact({ dir, files, runId: '99', attempt: 1, retentionDays: 90 });
    const after = Date.now();

    const create = service.twirpCalls.find((call) => call.method === 'CreateArtifact');
    expect(typeof create?.body.expires_at).toBe('string');
    const expiresAt = Date.parse(create!.body.expires_at as string);
    // Calendar days: a DST change in between may shift the instant by an hour.
    expect(expiresAt).toBeGreaterThanOrEqual(before + 90 * DAY_MS - 60 * 60 * 1000);
    expect(expiresAt).toBeLessThanOrEqual(after + 90 * DAY_MS + 60 * 60 * 1000);
  });

  it('leaves retention to the repository default when none is given', async () => {
    const files = await writeBundle({ 'manifest.json': '{}' });
    await uploadEvidenceArtifact({ dir, files, runId: '100', attempt: 1, retentionDays: null });
    const create = service.twirpCalls.find((call) => call.method === 'CreateArtifact');
    expect(create?.body).not.toHaveProperty('expires_at');
    expect(service.artifacts.get('soc2-evidence-100-1')!.expiresAt).toBeNull();
  });

  it('fails loudly when the service refuses, so the run can fail closed', async () => {
    const files = await writeBundle({ 'manifest.json': '{}' });
    await uploadEvidenceArtifact({ dir, files, runId: '5', attempt: 1, retentionDays: null });
    // A second upload under the same name is refused by the service (409, not retried).
    await expect(
      uploadEvidenceArtifact({ dir, files, runId: '5', attempt: 1, retentionDays: null }),
    ).rejects.toThrow(/already exists/);
  });

  it('refuses files outside the evidence directory before any network call', async () => {
    await expect(
      uploadEvidenceArtifact({
        dir,
        files: [path.join(tmpdir(), 'elsewhere.txt')],
        runId: '6',
        attempt: 1,
        retentionDays: null,
      }),
    ).rejects.toThrow(/must be inside/);
    expect(service.requests).toHaveLength(0);
  });
});

describe('evidenceArtifactName', () => {
  it('names the artifact by run id and attempt', () => {
    expect(evidenceArtifactName('123456789', 3)).toBe('soc2-evidence-123456789-3');
  });
});
