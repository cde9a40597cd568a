import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '../model/index.js';
import { parseCliArgs } from './cli-args.js';

const cwd = mkdtempSync(path.join(tmpdir(), 'soc2-cli-args-'));
mkdirSync(path.join(cwd, 'app'));
const parse = (argv: string[]) => parseCliArgs(argv, { cwd, bundledRulesDir: '/bundled' });

describe('CLI arguments', () => {
  it('parses a scan with its flags', () => {
    const parsed = parse(['scan', 'app', '--fail-on', 'critical', '--json', '--sarif', 'out.sarif']);
    expect(parsed).toMatchObject({
      command: 'scan',
      config: { paths: ['app'], failOn: ['critical'], json: true, sarifFile: path.join(cwd, 'out.sarif') },
    });
  });

  it('answers help and version', () => {
    expect(parse([])).toEqual({ command: 'help' });
    expect(parse(['--version'])).toEqual({ command: 'version' });
  });

  it('takes an -e pattern with its --lang instead of rule files, like semgrep -e', () => {
    const parsed = parse(['scan', '-e', 'eval($X)', '--lang', 'js', 'app']);
    expect(parsed).toMatchObject({
      command: 'scan',
      config: { commandLinePattern: { pattern: 'eval($X)', language: 'js' }, ruleSources: [] },
    });
  });

  it('reads --timeout as seconds, fractions allowed, and --autofix', () => {
    expect(parse(['scan', '--timeout', '0.5', '--autofix'])).toMatchObject({
      config: { timeoutPerFileMs: 500, autofix: true },
    });
    expect(parse(['scan'])).toMatchObject({ config: { timeoutPerFileMs: 30_000, autofix: false } });
  });

  it.each([
    [['scan', '--bogus'], "flag '--bogus'"],
    [['scan', '-e', 'eval($X)'], "flag '--lang'"],
    [['scan', '--lang', 'js'], "flag '--lang'"],
    [['scan', '-e', ' ', '--lang', 'js'], "flag '-e'"],
    [['scan', '-e', 'eval($X)', '--lang', 'js', '--config', 'app'], "flag '-e'"],
    [['scan', '--timeout', '0'], "flag '--timeout'"],
    [['scan', '--timeout', 'soon'], "flag '--timeout'"],
    [['scan', '--timeout', '90000'], "flag '--timeout'"],
    [['frobnicate'], 'command'],
    [['scan', '--fail-on', 'urgent'], "flag '--fail-on'"],
    [['verify'], 'arguments'],
    [['scan', 'nowhere'], 'arguments'],
  ])('rejects %j naming %s', (argv, field) => {
    expect(() => parse(argv)).toThrow(ConfigError);
    try {
      parse(argv);
    } catch (error) {
      expect((error as ConfigError).field).toBe(field);
    }
  });
});
