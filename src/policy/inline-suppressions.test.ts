import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding } from '../model/index.js';
import { findInlineSuppressions, parseSuppressionComments } from './inline-suppressions.js';

function finding(
  ruleId: string,
  file: string,
  startLine: number,
  fingerprint = `fp-${file}-${startLine}`,
): Finding {
  return {
    ruleId,
    category: 'sast',
    severity: 'high',
    message: 'm',
    location: { path: file, startLine, startColumn: 1, endLine: startLine, endColumn: 2 },
    snippet: 'x',
    fingerprint,
    cwe: [],
    owasp: [],
    confidence: 'high',
    metadata: {},
    source: { tool: 'soc2-scan', version: '0' },
  };
}

describe('parseSuppressionComments', () => {
  const cases: Array<[string, ReturnType<typeof parseSuppressionComments>]> = [
    [
      'eval(x) // soc2-scan-ignore: js.eval -- input is a constant',
      [{ syntax: 'soc2-scan-ignore', ruleIds: ['js.eval'], reason: 'input is a constant' }],
    ],
    [
      '# soc2-scan-ignore: a.b, c.d -- two rules',
      [{ syntax: 'soc2-scan-ignore', ruleIds: ['a.b', 'c.d'], reason: 'two rules' }],
    ],
    ['// soc2-scan-ignore: js.eval', [{ syntax: 'soc2-scan-ignore', ruleIds: ['js.eval'], reason: null }]],
    [
      '/* soc2-scan-ignore: js.eval -- ok */',
      [{ syntax: 'soc2-scan-ignore', ruleIds: ['js.eval'], reason: 'ok' }],
    ],
    ['x = 1  # nosemgrep', [{ syntax: 'nosemgrep', ruleIds: [], reason: null }]],
    [
      '// nosemgrep: rules.js.eval, other -- reviewed',
      [{ syntax: 'nosemgrep', ruleIds: ['rules.js.eval', 'other'], reason: 'reviewed' }],
    ],
    ['<!-- nosemgrep -- template only -->', [{ syntax: 'nosemgrep', ruleIds: [], reason: 'template only' }]],
    ['// NOSEM: a', [{ syntax: 'nosemgrep', ruleIds: ['a'], reason: null }]],
    [
      '// soc2-scan-ignore: a -- nosemgrep would also do',
      [{ syntax: 'soc2-scan-ignore', ruleIds: ['a'], reason: 'nosemgrep would also do' }],
    ],
    ['const semgrepped = 1;', []],
  ];
  it.each(cases)('%s', (line, expected) => {
    expect(parseSuppressionComments(line)).toEqual(expected);
  });
});

describe('findInlineSuppressions', () => {
  let workspace: string;
  beforeAll(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'suppressions-'));
    await mkdir(path.join(workspace, 'src'));
    await writeFile(
      path.join(workspace, 'src', 'app.js'),
      [
        '// soc2-scan-ignore: sql-injection -- parameterised upstream', // 1
        'db.query(sql);', // 2
        'eval(a); // nosemgrep', // 3
        'eval(b);', // 4
        '// soc2-scan-ignore: js.lang.eval', // 5
        'eval(c);', // 6
        '// nosemgrep: python.other -- not this rule', // 7
        'eval(d);', // 8
        '', // 9
        '', // 10
        '// soc2-scan-ignore: js.lang.eval -- too far above', // 11
        '', // 12
        'eval(e);', // 13
      ].join('\r\n'),
    );
  });
  afterAll(async () => {
    await rm(workspace, { recursive: true, force: true });
  });

  it('finds comments on the finding line or the line above, by full id or last segment', async () => {
    const findings = [
      finding('js.lang.security.sql-injection', 'src/app.js', 2),
      finding('js.lang.eval', 'src/app.js', 3),
      finding('js.lang.eval', 'src/app.js', 4),
      finding('js.lang.eval', 'src/app.js', 6),
      finding('js.lang.eval', 'src/app.js', 8),
      finding('js.lang.eval', 'src/app.js', 13),
    ];
    const found = await findInlineSuppressions(workspace, findings);
    expect(found).toEqual([
      {
        fingerprint: 'fp-src/app.js-2',
        ruleId: 'js.lang.security.sql-injection',
        path: 'src/app.js',
        line: 1,
        syntax: 'soc2-scan-ignore',
        reason: 'parameterised upstream',
      },
      {
        fingerprint: 'fp-src/app.js-3',
        ruleId: 'js.lang.eval',
        path: 'src/app.js',
        line: 3,
        syntax: 'nosemgrep',
        reason: null,
      },
      // eval(b) sits under a bare nosemgrep, which Semgrep also applies to the next line.
      {
        fingerprint: 'fp-src/app.js-4',
        ruleId: 'js.lang.eval',
        path: 'src/app.js',
        line: 3,
        syntax: 'nosemgrep',
        reason: null,
      },
      {
        fingerprint: 'fp-src/app.js-6',
        ruleId: 'js.lang.eval',
        path: 'src/app.js',
        line: 5,
        syntax: 'soc2-scan-ignore',
        reason: null,
      },
    ]);
  });

  it('skips files it cannot read or that lie outside the workspace, without failing', async () => {
    const reads: string[] = [];
    const found = await findInlineSuppressions(
      workspace,
      [finding('a', 'missing.js', 1), finding('a', '../outside.js', 1), finding('a', 'src/app.js', 1)],
      async (file) => {
        reads.push(path.relative(workspace, file));
        if (file.endsWith('missing.js')) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
        return 'x // nosemgrep -- injected reader\n';
      },
    );
    expect(reads).toEqual(['missing.js', path.join('src', 'app.js')]);
    expect(found).toEqual([
      expect.objectContaining({
        path: 'src/app.js',
        line: 1,
        syntax: 'nosemgrep',
        reason: 'injected reader',
      }),
    ]);
  });
});
