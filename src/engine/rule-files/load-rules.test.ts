import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../model/index.js';
import { loadRules } from '../index.js';
import { workspaceWith } from '../test-support/scan-fixture.js';

const VALID = `rules:
  - id: demo
    message: eval of $X
    severity: WARNING
    languages: [js]
    pattern: eval($X)
    metadata:
      cwe: 'CWE-95: Eval Injection'
`;

async function loadError(text: string): Promise<ConfigError> {
  const dir = workspaceWith({ 'rule.yaml': text });
  const error = await loadRules([path.join(dir, 'rule.yaml')]).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

/** VALID with `line` (1-based) replaced. */
function withLine(line: number, replacement: string, text = VALID): string {
  const lines = text.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}

describe('loadRules', () => {
  it('loads rule files and directories and records each file with its SHA-256 and rule count', async () => {
    const dir = workspaceWith({
      'a/demo.yaml': VALID,
      'a/b/other.yml': VALID.replace('id: demo', 'id: other'),
      'a/b/x.js': '',
    });
    const loaded = await loadRules([path.join(dir, 'a')]);
    expect(loaded.rules.map((r) => [r.id, r.severity, r.languages])).toEqual([
      ['other', 'medium', ['javascript']],
      ['demo', 'medium', ['javascript']],
    ]);
    const sha = createHash('sha256')
      .update(readFileSync(path.join(dir, 'a/demo.yaml')))
      .digest('hex');
    expect(loaded.rulesets).toContainEqual({
      path: path.join(dir, 'a/demo.yaml'),
      sha256: sha,
      ruleCount: 1,
    });
  });

  it.each([
    ['invalid YAML', 'rules:\n  - id: x\n    message: [unclosed\n', 4, undefined, /invalid YAML/],
    [
      'a misspelt operator',
      withLine(6, '    patern-not: eval(1)'),
      6,
      'patern-not',
      /unknown rule key 'patern-not' \(did you mean 'pattern-not'/,
    ],
    ['a missing id', withLine(2, '  - idx: demo'), 2, 'idx', /unknown rule key/],
    ['a missing message', withLine(3, '    note: x'), 3, 'note', /unknown rule key/],
    ['no message at all', VALID.replace('    message: eval of $X\n', ''), 2, 'message', /missing 'message'/],
    ['a missing pattern', VALID.replace('    pattern: eval($X)\n', ''), 2, 'pattern', /missing a pattern/],
    [
      'an unknown language',
      withLine(5, '    languages: [cobol]'),
      5,
      'languages',
      /unknown or unsupported language 'cobol'/,
    ],
    ['a wrong severity', withLine(4, '    severity: SEVERE'), 4, 'severity', /severity must be one of/],
    [
      'a pattern that does not parse',
      withLine(6, '    pattern: eval($X'),
      6,
      'pattern',
      /not valid javascript/,
    ],
    ['an invalid regex', withLine(6, "    pattern-regex: 'a(b'"), 6, 'pattern-regex', /invalid regex/],
    [
      'an unknown operator inside patterns',
      withLine(6, '    patterns:\n      - pattern: eval($X)\n      - pattern-nott: eval(1)'),
      8,
      'pattern-nott',
      /unknown operator 'pattern-nott'/,
    ],
  ])('rejects %s, naming file, line and field', async (_case, text, line, field, message) => {
    const error = await loadError(text);
    expect(error.file).toMatch(/rule\.yaml$/);
    expect(error.line).toBe(line);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`rule.yaml:${line}`);
  });

  it("reads a regex-only rule's pattern as a regex, and rejects a taint rule without sources", async () => {
    const regexRule = withLine(5, '    languages: [regex]');
    expect((await loadError(withLine(6, '    pattern: eval(', regexRule))).message).toMatch(/invalid regex/);
    expect((await loadError(withLine(6, '    mode: taint'))).message).toMatch(
      /taint rule is missing 'pattern-sources'/,
    );
  });

  it('rejects the same rule id defined twice', async () => {
    const dir = workspaceWith({ 'a.yaml': VALID, 'b.yaml': VALID });
    await expect(loadRules([dir])).rejects.toThrow(/rule id 'demo' is already defined/);
  });
});
