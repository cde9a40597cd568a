import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ScanResult } from '../model/index.js';

// The engine is replaced only to make it fail in ways a healthy engine cannot be made to fail on
// purpose (a crash, an internal problem); everything downstream — policy, audit log, bundle — is real.
const failure: { mode: 'none' | 'throw' | 'problem' } = { mode: 'none' };
const realEngine = await import('../engine/index.js');
jest.unstable_mockModule('../engine/index.js', () => ({
  ...realEngine,
  scanRepository: async (request: Parameters<typeof realEngine.scanRepository>[0]): Promise<ScanResult> => {
    if (failure.mode === 'throw') throw new Error('matcher crashed');
    const result = await realEngine.scanRepository(request);
    if (failure.mode === 'problem') {
      result.problems.push({
        kind: 'internal-error',
        message: 'rule x crashed on app.py',
        path: 'app.py',
        ruleId: 'x',
      });
    }
    return result;
  },
}));
const { runScanPipeline } = await import('./run-scan-pipeline.js');
const { verifyEvidenceBundle } = await import('../evidence/index.js');
const { startOsvApi } = await import('../../__tests__/servers/osv-api.js');

function setup() {
  const workspace = mkdtempSync(path.join(tmpdir(), 'soc2-pipeline-'));
  writeFileSync(path.join(workspace, 'app.py'), 'import os\nos.system(command)\n');
  return {
    config: {
      workspace,
      paths: ['.'],
      ruleSources: [realEngine.bundledRulesDir()],
      failOn: ['critical' as const, 'high' as const],
      evidenceDir: path.join(workspace, 'evidence'),
      maxFileBytes: 1024 * 1024,
      osvDatabase: null,
      osvApiUrl: 'https://api.osv.dev',
    },
    context: {
      repository: 'acme/shop',
      serverUrl: 'https://github.com',
      runId: '7',
      runAttempt: 1,
      runNumber: 1,
      workflow: 'w',
      job: 'j',
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: 'c'.repeat(40),
      baseSha: null,
      pullRequestNumber: null,
      actor: { login: 'octocat', id: 583231, type: 'user' as const },
      triggeringActor: { login: 'octocat', id: 583231, type: 'user' as const },
      runner: { os: 'Linux', arch: 'X64' },
    },
  };
}

function eventTypes(dir: string): string[] {
  return readFileSync(path.join(dir, 'audit-log.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { type: string }).type);
}

describe('scan → policy → evidence pipeline', () => {
  afterEach(() => {
    failure.mode = 'none';
  });

  it('blocks on a high finding and records the run from start to completion', async () => {
    const { config, context } = setup();
    const { record } = await runScanPipeline({ config, context });
    expect(record.outcome).toMatchObject({ result: 'blocked', exitCode: 1, blockingCount: 1 });
    expect(eventTypes(config.evidenceDir)).toEqual([
      'scan.started',
      'sbom.generated',
      'finding.opened',
      'policy.blocked',
      'scan.completed',
    ]);
    expect((await verifyEvidenceBundle(config.evidenceDir)).ok).toBe(true);
  });

  it('fails closed with exit 3 when the engine crashes, and still writes verifiable evidence', async () => {
    failure.mode = 'throw';
    const { config, context } = setup();
    const { record } = await runScanPipeline({ config, context });
    expect(record.outcome).toMatchObject({ result: 'failed', exitCode: 3 });
    expect(record.outcome.error).toContain('matcher crashed');
    expect(eventTypes(config.evidenceDir)).toEqual(['scan.started', 'scan.failed']);
    expect((await verifyEvidenceBundle(config.evidenceDir)).ok).toBe(true);
  });

  it('fails closed when a rule could not run on a file, keeping the findings it did make', async () => {
    failure.mode = 'problem';
    const { config, context } = setup();
    const { record } = await runScanPipeline({ config, context });
    expect(record.outcome).toMatchObject({ result: 'failed', exitCode: 3, findingsCount: 1 });
    expect(eventTypes(config.evidenceDir)).toEqual([
      'scan.started',
      'sbom.generated',
      'finding.opened',
      'scan.failed',
    ]);
    const scanRecord = JSON.parse(readFileSync(path.join(config.evidenceDir, 'scan-record.json'), 'utf8'));
    expect(scanRecord.problems[0]).toMatchObject({ kind: 'internal-error', path: 'app.py' });
  });

  it('records a rule file error as a failed run with exit 2', async () => {
    const { config, context } = setup();
    const badRule = path.join(config.workspace, 'bad.yaml');
    writeFileSync(badRule, 'rules:\n  - id: x\n');
    const { record } = await runScanPipeline({ config: { ...config, ruleSources: [badRule] }, context });
    expect(record.outcome).toMatchObject({ result: 'failed', exitCode: 2 });
    expect(record.outcome.error).toMatch(/bad\.yaml:2/);
    expect((await verifyEvidenceBundle(config.evidenceDir)).ok).toBe(true);
  });

  it('checks the lockfile against the OSV API when osv-db is online, and records the source', async () => {
    const api = await startOsvApi([
      {
        id: 'GHSA-35jh-r3h4-6jhm',
        modified: '2024-01-01T00:00:00Z',
        affected: [{ package: { ecosystem: 'npm', name: 'lodash' }, versions: ['4.17.20'] }],
        database_specific: { severity: 'HIGH' },
      },
    ]);
    try {
      const { config, context } = setup();
      writeFileSync(
        path.join(config.workspace, 'package-lock.json'),
        JSON.stringify({
          lockfileVersion: 3,
          packages: {
            '': { dependencies: { lodash: '4.17.20' } },
            'node_modules/lodash': { version: '4.17.20' },
          },
        }),
      );
      const { record } = await runScanPipeline({
        config: { ...config, osvDatabase: 'online', osvApiUrl: api.url },
        context,
      });
      expect(record.vulnerabilityDatabase).toEqual({ source: `OSV API ${api.url}`, records: 1 });
      const advisory = record.decisions.find((decision) => decision.finding.ruleId === 'GHSA-35jh-r3h4-6jhm');
      expect(advisory).toMatchObject({
        action: 'block',
        finding: { category: 'supply-chain', severity: 'high' },
      });
      expect((await verifyEvidenceBundle(config.evidenceDir)).ok).toBe(true);
    } finally {
      await api.close();
    }
  });

  it('decides licence findings by the policy file: a denied licence blocks, unknown licences are commented', async () => {
    const { config, context } = setup();
    writeFileSync(
      path.join(config.workspace, '.soc2-scan.yml'),
      'version: 1\nlicenses:\n  deny: [GPL-3.0-only]\n  unknown: comment\n  action: block\n',
    );
    writeFileSync(
      path.join(config.workspace, 'package-lock.json'),
      JSON.stringify({
        name: 'app',
        version: '1.0.0',
        lockfileVersion: 3,
        packages: {
          '': { name: 'app', version: '1.0.0', dependencies: { 'gpl-lib': '1.0.0', 'no-licence': '2.0.0' } },
          'node_modules/gpl-lib': { version: '1.0.0', license: 'GPL-3.0-only' },
          'node_modules/no-licence': { version: '2.0.0' },
        },
      }),
    );
    const { record } = await runScanPipeline({ config, context });
    const licence = record.decisions.filter((d) => d.finding.ruleId.startsWith('soc2-scan.license.'));
    expect(licence.map((d) => [d.finding.ruleId, d.action, d.finding.location.path])).toEqual([
      ['soc2-scan.license.denied', 'block', 'package-lock.json'],
      ['soc2-scan.license.unknown', 'comment', 'package-lock.json'],
    ]);
    expect(licence[0].by).toContain('licenses.action');
    expect(record.policy.path).toBe('.soc2-scan.yml');
    expect(record.policy.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores team membership checked against a team the governing policy does not name', async () => {
    const { config, context } = setup();
    const buddy = { login: 'buddy', id: 99, type: 'user' as const };
    const attempt = {
      via: 'comment' as const,
      actor: buddy,
      at: '2026-11-20T09:30:00Z',
      reason: 'my team says it is fine',
      permission: 'write',
      inTeam: true,
      sourceId: '1',
    };
    const pullRequest = {
      author: { login: 'dev', id: 1, type: 'user' as const },
      overrideAttempts: [attempt],
    };
    const foreign = await runScanPipeline({
      config,
      context,
      pullRequest: { ...pullRequest, teamChecked: 'acme/buddies' },
    });
    expect(foreign.record.outcome.result).toBe('blocked');
    expect(foreign.record.policyReport?.overrideAttempts[0].outcome).toBe('refused');

    writeFileSync(
      path.join(config.workspace, '.soc2-scan.yml'),
      'version: 1\noverrides:\n  team: acme/buddies\n',
    );
    const governed = await runScanPipeline({
      config,
      context,
      pullRequest: { ...pullRequest, teamChecked: 'acme/buddies' },
    });
    expect(governed.record.outcome.result).toBe('overridden');
  });
  it('ignores a label collected as the override label when the governing policy names another', async () => {
    const { config, context } = setup();
    const maintainer = { login: 'lead', id: 7, type: 'user' as const };
    const attempt = {
      via: 'label' as const,
      actor: maintainer,
      at: '2026-11-20T09:30:00Z',
      reason: null,
      permission: 'admin',
      inTeam: null,
      sourceId: '42',
    };
    const pullRequest = {
      author: { login: 'dev', id: 1, type: 'user' as const },
      overrideAttempts: [attempt],
    };
    // The change's own policy renamed the label to one maintainers add for other reasons.
    const renamed = await runScanPipeline({
      config,
      context,
      pullRequest: { ...pullRequest, labelChecked: 'ready-to-merge' },
    });
    expect(renamed.record.outcome.result).toBe('blocked');
    expect(renamed.record.policyReport?.overrideAttempts ?? []).toEqual([]);

    const governed = await runScanPipeline({
      config,
      context,
      pullRequest: { ...pullRequest, labelChecked: 'SOC2-Override' },
    });
    expect(governed.record.outcome.result).toBe('overridden');
  });
});
