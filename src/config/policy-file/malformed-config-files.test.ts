import { parseExceptionsText } from '../exceptions-file/index.js';
import { ConfigError } from '../../model/index.js';
import { parsePolicyText } from './index.js';

const POLICY = '.soc2-scan.yml';
const EXCEPTIONS = '.soc2-scan/exceptions.yml';

/** An entry that is valid except for what a case changes. */
const entry = (overrides: Record<string, string> = {}): string =>
  Object.entries({
    id: 'EX-1',
    match: '{ fingerprint: abcdef12 }',
    reason: 'vendored test key',
    'approved-by': 'alice',
    expires: '2026-12-31',
    ...overrides,
  })
    .map(([key, value], index) => `${index === 0 ? '  - ' : '    '}${key}: ${value}`)
    .join('\n');

interface Case {
  name: string;
  file: typeof POLICY | typeof EXCEPTIONS;
  text: string;
  line: number;
  field: string;
  says: string;
}

const cases: Case[] = [
  { name: 'empty policy file', file: POLICY, text: '', line: 1, field: 'version', says: 'empty' },
  {
    name: 'policy file with only comments',
    file: POLICY,
    text: '# todo\n',
    line: 1,
    field: 'version',
    says: 'empty',
  },
  {
    name: 'missing version',
    file: POLICY,
    text: 'fail-on: [high]\n',
    line: 1,
    field: 'version',
    says: 'missing',
  },
  {
    name: 'misspelt severity in a comma list',
    file: POLICY,
    text: 'version: 1\n\nfail-on: "high, critcal"\n',
    line: 3,
    field: 'fail-on',
    says: "got 'high, critcal'",
  },
  {
    name: 'unsupported version',
    file: POLICY,
    text: 'version: 2\n',
    line: 1,
    field: 'version',
    says: 'expected 1',
  },
  {
    name: 'unknown top-level key (snake case)',
    file: POLICY,
    text: 'version: 1\nfail_on: [high]\n',
    line: 2,
    field: 'fail_on',
    says: "unknown field 'fail_on'",
  },
  {
    name: 'duplicate top-level key',
    file: POLICY,
    text: 'version: 1\nfail-on: [high]\nfail-on: [low]\n',
    line: 3,
    field: 'fail-on',
    says: 'invalid YAML',
  },
  {
    name: 'YAML syntax error inside a rule',
    file: POLICY,
    text: 'version: 1\nrules:\n  - match: {}\n   action: block\n',
    line: 4,
    field: 'rules[0].match',
    says: 'invalid YAML',
  },
  {
    name: 'bad rule action',
    file: POLICY,
    text: 'version: 1\nrules:\n  - id: a\n    match: { severity: [critical] }\n    action: deny\n',
    line: 5,
    field: 'rules[0].action',
    says: "expected one of block, comment, monitor, got 'deny'",
  },
  {
    name: 'rule without action',
    file: POLICY,
    text: 'version: 1\nrules:\n  - id: a\n    match: {}\n',
    line: 3,
    field: 'rules[0].action',
    says: 'missing required field',
  },
  {
    name: 'misspelt severity given as a single string',
    file: POLICY,
    text: 'version: 1\nrules:\n  - match:\n      severity: critcal\n    action: block\n',
    line: 4,
    field: 'rules[0].match.severity',
    says: "got 'critcal'",
  },
  {
    name: 'unknown match criterion',
    file: POLICY,
    text: 'version: 1\nrules:\n  - match:\n      colour: red\n    action: block\n',
    line: 4,
    field: 'rules[0].match.colour',
    says: 'expected one of rule, category, severity, cwe, path',
  },
  {
    name: 'rule glob that is not a string',
    file: POLICY,
    text: 'version: 1\nrules:\n  - action: block\n    match:\n      rule: [js.*, 42]\n',
    line: 5,
    field: 'rules[0].match.rule[1]',
    says: 'expected a string, got number 42',
  },
  {
    name: 'bad category',
    file: POLICY,
    text: 'version: 1\nrules:\n  - action: block\n    match:\n      category: [secret]\n',
    line: 5,
    field: 'rules[0].match.category[0]',
    says: "got 'secret'",
  },
  {
    name: 'CWE without the CWE- prefix form',
    file: POLICY,
    text: 'version: 1\nrules:\n  - action: comment\n    match:\n      cwe: [SQLi]\n',
    line: 5,
    field: 'rules[0].match.cwe[0]',
    says: 'CWE-89',
  },
  {
    name: 'duplicate rule id',
    file: POLICY,
    text: 'version: 1\nrules:\n  - id: x\n    match: {}\n    action: block\n  - id: x\n    match: {}\n    action: monitor\n',
    line: 6,
    field: 'rules[1].id',
    says: "duplicate rule id 'x'",
  },
  {
    name: 'override permission GitHub does not have',
    file: POLICY,
    text: 'version: 1\noverrides:\n  permissions: [admin, owner]\n',
    line: 3,
    field: 'overrides.permissions[1]',
    says: "got 'owner'",
  },
  {
    name: 'override team without org',
    file: POLICY,
    text: 'version: 1\noverrides:\n  label: soc2-override\n  team: security\n',
    line: 4,
    field: 'overrides.team',
    says: 'org/team-slug',
  },
  {
    name: 'allow-self-override as a string',
    file: POLICY,
    text: 'version: 1\noverrides:\n  allow-self-override: "yes"\n',
    line: 3,
    field: 'overrides.allow-self-override',
    says: "expected true or false, got 'yes'",
  },
  {
    name: 'negative SLA',
    file: POLICY,
    text: 'version: 1\ntickets:\n  sla-days:\n    high: 30\n    critical: -1\n',
    line: 5,
    field: 'tickets.sla-days.critical',
    says: 'greater than 0',
  },
  {
    name: 'exceptions file outside the repository',
    file: POLICY,
    text: 'version: 1\nexceptions-file: ../elsewhere.yml\n',
    line: 2,
    field: 'exceptions-file',
    says: 'inside the repository',
  },
  {
    name: 'licence action out of range',
    file: POLICY,
    text: 'version: 1\nlicenses:\n  deny: [GPL-3.0-only]\n  unknown: ignore\n',
    line: 4,
    field: 'licenses.unknown',
    says: "got 'ignore'",
  },
  {
    name: 'empty exceptions file',
    file: EXCEPTIONS,
    text: '',
    line: 1,
    field: 'exceptions',
    says: 'exceptions: []',
  },
  {
    name: 'exceptions as a mapping',
    file: EXCEPTIONS,
    text: 'exceptions: {}\n',
    line: 1,
    field: 'exceptions',
    says: 'expected a list, got a mapping',
  },
  {
    name: 'exception without approved-by field',
    file: EXCEPTIONS,
    text: `exceptions:\n${entry()}\n  - id: EX-2\n    match: { rule: js.x }\n    reason: r\n    expires: 2026-01-01\n`,
    line: 7,
    field: 'exceptions[1].approved-by',
    says: 'missing required field',
  },
  {
    name: 'impossible expiry date',
    file: EXCEPTIONS,
    text: `exceptions:\n${entry({ expires: '2026-02-30' })}\n`,
    line: 6,
    field: 'exceptions[0].expires',
    says: 'not a calendar date',
  },
  {
    name: 'expiry in words',
    file: EXCEPTIONS,
    text: `exceptions:\n${entry({ expires: 'next year' })}\n`,
    line: 6,
    field: 'exceptions[0].expires',
    says: 'YYYY-MM-DD',
  },
  {
    name: 'match with a path but no rule',
    file: EXCEPTIONS,
    text: `exceptions:\n${entry({ match: '{ path: "src/**" }' })}\n`,
    line: 3,
    field: 'exceptions[0].match',
    says: "needs 'fingerprint', or 'rule'",
  },
  {
    name: 'match with both fingerprint and rule',
    file: EXCEPTIONS,
    text: `exceptions:\n${entry({ match: '{ fingerprint: abcdef12, rule: js.x }' })}\n`,
    line: 3,
    field: 'exceptions[0].match',
    says: 'not both',
  },
  {
    name: 'empty reason',
    file: EXCEPTIONS,
    text: `exceptions:\n${entry({ reason: '""' })}\n`,
    line: 4,
    field: 'exceptions[0].reason',
    says: 'must not be empty',
  },
  {
    name: 'duplicate exception id',
    file: EXCEPTIONS,
    text: `exceptions:\n${entry()}\n${entry()}\n`,
    line: 7,
    field: 'exceptions[1].id',
    says: "duplicate exception id 'EX-1'",
  },
  {
    name: 'unknown key in an exception',
    file: EXCEPTIONS,
    text: `exceptions:\n${entry({ approver: 'bob' })}\n`,
    line: 7,
    field: 'exceptions[0].approver',
    says: "unknown field 'approver'",
  },
];

function parse(file: string, text: string): unknown {
  return file === POLICY ? parsePolicyText(file, text) : parseExceptionsText(file, text);
}

describe('malformed policy and exception files are configuration errors naming file, line and field', () => {
  it.each(cases)('$name → $file:$line $field', ({ file, text, line, field, says }) => {
    let error: unknown;
    try {
      parse(file, text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    expect({ file: configError.file, line: configError.line, field: configError.field }).toEqual({
      file,
      line,
      field,
    });
    expect(configError.message).toContain(`${file}:${line}`);
    expect(configError.message).toContain(`'${field}'`);
    expect(configError.message).toContain(says);
  });

  it('a top-level list is refused at line 1', () => {
    expect(() => parsePolicyText(POLICY, '- version: 1\n')).toThrow(
      /^\.soc2-scan\.yml:1: .*must be a mapping/,
    );
    expect(() => parseExceptionsText(EXCEPTIONS, '- id: EX-1\n')).toThrow(/exceptions\.yml:1: .*mapping/);
  });
});
