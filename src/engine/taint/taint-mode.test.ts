import { ConfigError } from '../../model/index.js';
import { parseRuleFile } from '../index.js';
import { hits, scanWith } from '../test-support/scan-fixture.js';

const TAINT_RULE = `rules:
  - id: flask-command-injection
    message: request data reaches os.system($CMD)
    severity: ERROR
    languages: [python]
    mode: taint
    pattern-sources:
      - pattern: flask.request.args.get(...)
    pattern-sinks:
      - patterns:
          - pattern: os.system($CMD)
          - focus-metavariable: $CMD
`;

describe('taint mode', () => {
  it('reports the sink where request data arrives, with the sink bindings in the message', async () => {
    const result = await scanWith(TAINT_RULE, {
      'app.py': [
        'import os, flask',
        'def run():',
        '    name = flask.request.args.get("name")',
        '    cmd = "ls " + name',
        '    os.system(cmd)',
        '    os.system("ls")',
        '',
      ].join('\n'),
    });
    expect(hits(result)).toEqual(['app.py:5']);
    const [finding] = result.findings;
    expect(finding.message).toBe('request data reaches os.system(cmd)');
    expect(finding.snippet).toBe('cmd');
    expect(finding.location).toMatchObject({ startLine: 5, startColumn: 15, endColumn: 18 });
  });

  it('reports nothing in a file without any source match', async () => {
    const result = await scanWith(TAINT_RULE, { 'app.py': 'import os\nos.system(input())\n' });
    expect(result.findings).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it.each([
    [
      'an unknown option on a source',
      '      - pattern: source()\n        sanitize: true',
      /unknown key 'sanitize' in 'pattern-sources'/,
    ],
    ['a taint rule without sinks', '', /taint rule is missing 'pattern-sinks'/],
  ])('rejects %s with a ConfigError naming the key', async (_name, sourceExtra, message) => {
    const sinks = sourceExtra === '' ? '' : '    pattern-sinks:\n      - pattern: sink(...)\n';
    const text = `rules:\n  - id: r\n    message: m\n    severity: ERROR\n    languages: [python]\n    mode: taint\n    pattern-sources:\n${
      sourceExtra || '      - pattern: source()'
    }\n${sinks}`;
    await expect(parseRuleFile('rules.yaml', text)).rejects.toThrow(message);
    await expect(parseRuleFile('rules.yaml', text)).rejects.toBeInstanceOf(ConfigError);
  });

  it('rejects pattern-sources in a search rule and pattern in a taint rule', async () => {
    const search = `rules:\n  - id: r\n    message: m\n    severity: ERROR\n    languages: [python]\n    pattern-sources:\n      - pattern: a\n`;
    await expect(parseRuleFile('rules.yaml', search)).rejects.toThrow(
      /'pattern-sources' is not allowed here: it needs 'mode: taint'/,
    );
    const taint = `rules:\n  - id: r\n    message: m\n    severity: ERROR\n    languages: [python]\n    mode: taint\n    pattern: a\n    pattern-sources:\n      - pattern: a\n    pattern-sinks:\n      - pattern: b\n`;
    await expect(parseRuleFile('rules.yaml', taint)).rejects.toThrow(/'pattern' is not allowed here/);
  });

  it('rejects an unknown mode', async () => {
    const text = `rules:\n  - id: r\n    message: m\n    severity: ERROR\n    languages: [python]\n    mode: join\n    pattern: a\n`;
    await expect(parseRuleFile('rules.yaml', text)).rejects.toThrow(/mode 'join' is not supported/);
  });
});
