import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '../model/index.js';
import { loadActionConfig } from './action-inputs.js';

const workspace = mkdtempSync(path.join(tmpdir(), 'soc2-inputs-'));
mkdirSync(path.join(workspace, 'src'));
writeFileSync(path.join(workspace, 'rules.yaml'), 'rules: []\n');

function load(inputs: Record<string, string>) {
  return loadActionConfig((name) => inputs[name] ?? '', { workspace, bundledRulesDir: '/bundled' });
}

function configErrorOf(inputs: Record<string, string>): ConfigError {
  try {
    load(inputs);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('action inputs', () => {
  it('applies the documented defaults when inputs are empty', () => {
    const config = load({});
    expect(config).toMatchObject({
      paths: ['.'],
      ruleSources: ['/bundled'],
      failOn: ['critical', 'high'],
      evidenceDir: path.join(workspace, 'soc2-evidence'),
      uploadEvidence: true,
      retentionDays: null,
      githubToken: null,
      timeoutPerFileMs: 30_000,
      allowPartial: false,
    });
  });

  it('reads the per-file time limit in seconds (fractions allowed) and allow-partial', () => {
    const config = load({ timeout: '2.5', 'allow-partial': 'true' });
    expect(config.timeoutPerFileMs).toBe(2500);
    expect(config.allowPartial).toBe(true);
  });

  it('reads lists, severities, booleans and numbers', () => {
    const config = load({
      paths: 'src\n',
      config: 'rules.yaml',
      'fail-on': 'medium, critical',
      'upload-evidence': 'false',
      'retention-days': '90',
      'github-token': 'ghs_x',
    });
    expect(config.paths).toEqual(['src']);
    expect(config.ruleSources).toEqual([path.join(workspace, 'rules.yaml')]);
    expect(config.failOn).toEqual(['critical', 'medium']);
    expect(config.uploadEvidence).toBe(false);
    expect(config.retentionDays).toBe(90);
  });

  it.each([
    [{ 'fail-on': 'severe' }, "input 'fail-on'", /unknown severity 'severe'/],
    [{ 'retention-days': '91' }, "input 'retention-days'", /1 to 90/],
    [{ 'retention-days': 'ten' }, "input 'retention-days'", /whole number/],
    [{ 'upload-evidence': 'yes' }, "input 'upload-evidence'", /'true' or 'false'/],
    [{ paths: 'missing-dir' }, "input 'paths'", /does not exist/],
    [{ paths: '../outside' }, "input 'paths'", /outside the workspace/],
    [{ config: 'nope.yaml' }, "input 'config'", /does not exist/],
    [{ 'max-file-size': '-5' }, "input 'max-file-size'", /whole number/],
    [{ timeout: '0' }, "input 'timeout'", /seconds from 0.001/],
    [{ timeout: '1h' }, "input 'timeout'", /seconds from 0.001/],
    [{ 'allow-partial': 'maybe' }, "input 'allow-partial'", /'true' or 'false'/],
  ])('rejects %j naming the field', (inputs, field, message) => {
    const error = configErrorOf(inputs);
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
    expect(error.message).toMatch(message);
  });
});
