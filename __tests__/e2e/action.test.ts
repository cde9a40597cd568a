import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startArtifactService, type ArtifactServiceServer } from '../servers/artifact-service.js';
import { startGitHubApi, type GitHubApiServer } from '../servers/github-api.js';
import { readZipEntries } from '../servers/zip-entries.js';
import {
  BUNDLE_FILES,
  cleanEnv,
  parseOutputFile,
  repoRoot,
  runActionAsync,
  type ProcessResult,
} from './run-dist.js';

const TOKEN = 'ghs_e2eTokenValueThatMustNeverLeak0001';
interface ActionRun {
  result: ProcessResult;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

/** A fixture repository plus the files the runner provides, run through the committed dist/index.js. */
async function runAction(
  fixture: (workspace: string) => void,
  servers: { artifacts: ArtifactServiceServer; api: GitHubApiServer },
  runId: string,
): Promise<ActionRun> {
  const root = mkdtempSync(path.join(tmpdir(), 'soc2-e2e-action-'));
  const workspace = path.join(root, 'repo');
  mkdirSync(workspace);
  fixture(workspace);
  const runnerFiles = path.join(root, 'runner');
  mkdirSync(runnerFiles);
  const outputFile = path.join(runnerFiles, 'output');
  const summaryFile = path.join(runnerFiles, 'summary.md');
  const eventFile = path.join(runnerFiles, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(
    eventFile,
    JSON.stringify({
      ref: 'refs/heads/main',
      after: 'a'.repeat(40),
      sender: { login: 'octocat', id: 583231, type: 'User' },
    }),
  );
  const env = cleanEnv({
    ...servers.artifacts.clientEnv(),
    INPUT_PATHS: '.',
    INPUT_CONFIG: '',
    'INPUT_FAIL-ON': 'critical,high',
    'INPUT_EVIDENCE-DIR': 'soc2-evidence',
    'INPUT_UPLOAD-EVIDENCE': 'true',
    'INPUT_RETENTION-DAYS': '30',
    'INPUT_MAX-FILE-SIZE': '1048576',
    'INPUT_GITHUB-TOKEN': TOKEN,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: servers.api.url,
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_WORKFLOW: 'security',
    GITHUB_JOB: 'scan',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'hubot',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
  });
  const result = await runActionAsync(env, workspace);
  return {
    result,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    workspace,
  };
}

const copyDemoApp = (workspace: string) =>
  cpSync(path.join(repoRoot, 'examples', 'demo-app'), workspace, { recursive: true });

describe('dist/index.js as a GitHub Action', () => {
  let artifacts: ArtifactServiceServer;
  let api: GitHubApiServer;

  beforeAll(async () => {
    artifacts = await startArtifactService();
    api = await startGitHubApi({
      token: TOKEN,
      users: [
        { login: 'octocat', id: 583231, type: 'User' },
        { login: 'hubot', id: 1045, type: 'User' },
      ],
    });
  });
  afterAll(async () => {
    await artifacts.close();
    await api.close();
  });

  describe('on a repository with blocking findings', () => {
    let run: ActionRun;
    beforeAll(async () => {
      run = await runAction(copyDemoApp, { artifacts, api }, '4242');
    });

    it('fails the job and sets the outputs', () => {
      expect(run.result.status).toBe(1);
      expect(run.result.stdout).toMatch(/::error::soc2-scan: \d+ blocking finding/);
      expect(run.outputs.result).toBe('blocked');
      expect(Number(run.outputs['blocking-count'])).toBeGreaterThan(0);
      expect(Number(run.outputs['findings-count'])).toBeGreaterThanOrEqual(
        Number(run.outputs['blocking-count']),
      );
      expect(run.outputs['evidence-dir']).toBe(path.join(run.workspace, 'soc2-evidence'));
      expect(run.outputs['sarif-file']).toBe(path.join(run.workspace, 'soc2-evidence', 'results.sarif'));
    });

    it('uploads every bundle file as soc2-evidence-<run>-<attempt>, byte for byte', async () => {
      const artifact = artifacts.artifacts.get('soc2-evidence-4242-2');
      expect(artifact?.finalized).toBe(true);
      expect(artifact?.expiresAt).not.toBeNull();
      expect(run.outputs['evidence-artifact-id']).toBe(String(artifact?.id));
      const entries = await readZipEntries(artifact!.content!);
      expect([...entries.keys()].sort()).toEqual(BUNDLE_FILES);
      for (const [name, bytes] of entries) {
        expect(bytes.equals(readFileSync(path.join(run.workspace, 'soc2-evidence', name)))).toBe(true);
      }
    });

    it('records both actors with numeric ids: the payload sender, and the REST lookup with the token', () => {
      const record = JSON.parse(
        readFileSync(path.join(run.workspace, 'soc2-evidence', 'scan-record.json'), 'utf8'),
      );
      const text = JSON.stringify(record);
      expect(text).toContain('583231');
      expect(text).toContain('1045');
      const lookups = api.requests.filter((request) => request.path === '/users/hubot');
      expect(lookups.length).toBe(1);
      expect(lookups[0].headers.authorization).toMatch(new RegExp(`^(Bearer|token) ${TOKEN}$`));
      expect(api.requests.some((request) => request.path === '/users/octocat')).toBe(false);
    });

    it('writes the SOC 2 criteria table to the step summary', () => {
      for (const criterion of ['CC6.1', 'CC6.6', 'CC7.2', 'CC7.3', 'CC8.1', 'CC9.2']) {
        expect(run.summary).toContain(criterion);
      }
      expect(run.summary).toMatch(/attention/);
      expect(run.summary).toContain('soc2-evidence-4242-2');
      expect(run.summary.toLowerCase()).not.toMatch(/\bis compliant\b|\bsoc 2 compliant\b/);
    });

    it('emits error annotations for blocking findings', () => {
      const errors = run.result.stdout.split('\n').filter((line) => /^::error .*file=/.test(line));
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.length).toBeLessThanOrEqual(10);
    });

    it('never writes the token to the evidence or the log', () => {
      for (const file of readdirSync(path.join(run.workspace, 'soc2-evidence'))) {
        expect(readFileSync(path.join(run.workspace, 'soc2-evidence', file), 'utf8')).not.toContain(TOKEN);
      }
      // `::add-mask::` is the one line that must carry it: it tells the runner to mask it everywhere else.
      const logLines = `${run.result.stdout}\n${run.result.stderr}`.split('\n');
      expect(logLines.filter((line) => line.includes(TOKEN) && !line.startsWith('::add-mask::'))).toEqual([]);
      expect(logLines).toContain(`::add-mask::${TOKEN}`);
      expect(run.summary).not.toContain(TOKEN);
    });
  });

  describe('on a repository without blocking findings', () => {
    it('passes the job and still uploads the evidence', async () => {
      const run = await runAction(
        (workspace) => {
          writeFileSync(
            path.join(workspace, 'app.py'),
            'import subprocess\nsubprocess.run(["ls", "-l"], check=True)\n',
          );
          writeFileSync(path.join(workspace, 'index.js'), 'console.log(JSON.parse("{}"));\n');
        },
        { artifacts, api },
        '4343',
      );
      expect(run.result.stderr).toBe('');
      expect(run.result.status).toBe(0);
      expect(run.result.stdout).not.toMatch(/::error::/);
      expect(run.outputs.result).toBe('passed');
      expect(run.outputs['blocking-count']).toBe('0');
      expect(artifacts.artifacts.get('soc2-evidence-4343-2')?.finalized).toBe(true);
      expect(run.summary).toContain('CC7.2');
    });
  });

  describe('with an invalid input', () => {
    it('fails naming the input, without scanning', async () => {
      const root = mkdtempSync(path.join(tmpdir(), 'soc2-e2e-badinput-'));
      const outputFile = path.join(root, 'output');
      writeFileSync(outputFile, '');
      const result = await runActionAsync(
        cleanEnv({ 'INPUT_FAIL-ON': 'urgent', GITHUB_WORKSPACE: root, GITHUB_OUTPUT: outputFile }),
        root,
      );
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/::error::soc2-scan configuration error: input 'fail-on'.*urgent/);
      expect(parseOutputFile(readFileSync(outputFile, 'utf8')).result).toBe('failed');
    });
  });
});
