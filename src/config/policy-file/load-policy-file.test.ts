import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../model/index.js';
import { defaultPolicySettings, loadPolicyFile, parsePolicyText } from './index.js';

const FULL_POLICY = `version: 1
fail-on: [critical]
rules:
  - id: secrets-always-block
    match:
      category: secrets
    action: block
  - match:
      rule: ["js.*", "python.lang.security.*"]
      severity: [critical, high]
      cwe: [CWE-89, 79]
      path: ["src/**"]
    action: comment
exceptions-file: security/exceptions.yml
suppressions:
  require-reason: false
overrides:
  label: security-override
  permissions: [admin]
  team: acme/security
  allow-self-override: true
licenses:
  deny: [GPL-3.0-only]
  unknown: monitor
tickets:
  sla-days: { critical: 3 }
`;

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'policy-file-'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

describe('loadPolicyFile', () => {
  it('uses the schema defaults when the repository has no policy file', async () => {
    const loaded = await loadPolicyFile(workspace, null);
    expect(loaded).toEqual({ path: null, sha256: null, settings: defaultPolicySettings() });
    expect(loaded.settings).toEqual({
      version: 1,
      failOn: null,
      rules: [],
      exceptionsFile: '.soc2-scan/exceptions.yml',
      suppressions: { requireReason: true },
      overrides: {
        label: 'soc2-override',
        permissions: ['admin', 'maintain'],
        team: null,
        allowSelfOverride: false,
      },
      licenses: { deny: [], allow: [], unknown: 'comment', action: 'block' },
      tickets: { slaDays: { critical: 7, high: 30, medium: 90 } },
    });
  });

  it('reads .soc2-scan.yml at the root, records its hash, and keeps defaults for what it leaves out', async () => {
    await writeFile(path.join(workspace, '.soc2-scan.yml'), FULL_POLICY);
    const loaded = await loadPolicyFile(workspace, null);
    expect(loaded.path).toBe('.soc2-scan.yml');
    expect(loaded.sha256).toBe(createHash('sha256').update(FULL_POLICY).digest('hex'));
    const { settings } = loaded;
    expect(settings.failOn).toEqual(['critical']);
    expect(settings.rules).toEqual([
      { id: 'secrets-always-block', index: 0, line: 4, match: { category: ['secrets'] }, action: 'block' },
      {
        id: null,
        index: 1,
        line: 8,
        match: {
          rule: ['js.*', 'python.lang.security.*'],
          severity: ['critical', 'high'],
          cwe: ['CWE-89', 'CWE-79'],
          path: ['src/**'],
        },
        action: 'comment',
      },
    ]);
    expect(settings.exceptionsFile).toBe('security/exceptions.yml');
    expect(settings.suppressions.requireReason).toBe(false);
    expect(settings.overrides).toEqual({
      label: 'security-override',
      permissions: ['admin'],
      team: 'acme/security',
      allowSelfOverride: true,
    });
    expect(settings.licenses).toEqual({
      deny: ['GPL-3.0-only'],
      allow: [],
      unknown: 'monitor',
      action: 'block',
    });
    expect(settings.tickets.slaDays).toEqual({ critical: 3, high: 30, medium: 90 });
  });

  it('reads a requested path relative to the workspace and names it with / separators', async () => {
    await mkdir(path.join(workspace, 'config'));
    await writeFile(path.join(workspace, 'config', 'policy.yml'), 'version: 1\nfail-on: []\n');
    const loaded = await loadPolicyFile(workspace, 'config/policy.yml');
    expect(loaded.path).toBe('config/policy.yml');
    expect(loaded.settings.failOn).toEqual([]);
    const absolute = await loadPolicyFile(workspace, path.join(workspace, 'config', 'policy.yml'));
    expect(absolute.path).toBe('config/policy.yml');
  });

  it('refuses a requested policy file that does not exist, or a directory', async () => {
    await expect(loadPolicyFile(workspace, 'nope.yml')).rejects.toThrow(ConfigError);
    await expect(loadPolicyFile(workspace, 'nope.yml')).rejects.toThrow(/nope\.yml does not exist/);
    await mkdir(path.join(workspace, 'dir.yml'));
    await expect(loadPolicyFile(workspace, 'dir.yml')).rejects.toThrow(/dir\.yml is not a file/);
  });

  it('reports errors in a requested file under its relative path', async () => {
    await mkdir(path.join(workspace, 'ci'));
    await writeFile(
      path.join(workspace, 'ci', 'p.yml'),
      'version: 1\nrules:\n  - match: {}\n    action: deny\n',
    );
    await expect(loadPolicyFile(workspace, 'ci/p.yml')).rejects.toThrow(
      "ci/p.yml:4, field 'rules[0].action': expected one of block, comment, monitor, got 'deny'",
    );
  });

  it.each([
    ['fail-on: [high, critical, high]', ['high', 'critical']],
    ['fail-on: critical,high', ['critical', 'high']],
    ['fail-on: none', []],
    ['fail-on: []', []],
    ['fail-on:', null],
  ])('accepts %s like the action input', (line, failOn) => {
    expect(parsePolicyText('.soc2-scan.yml', `version: 1\n${line}\n`).failOn).toEqual(failOn);
  });
});
