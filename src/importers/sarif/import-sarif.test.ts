import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigError } from '../../model/index.js';
import { importSarif } from '../index.js';

const TESTDATA = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'testdata');
const WORKSPACE = path.join(TESTDATA, 'workspace');
const CODEQL = path.join(TESTDATA, 'codeql-javascript.sarif');
const TRIVY = path.join(TESTDATA, 'trivy-fs.sarif');

function tempFile(name: string, content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'soc2-import-')), name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

function sarifLog(results: unknown[], run: Record<string, unknown> = {}): unknown {
  return {
    version: '2.1.0',
    runs: [
      { tool: { driver: { name: 'ExampleTool', version: '3.1.0', rules: [{ id: 'R1' }] } }, results, ...run },
    ],
  };
}

const at = (line: number, uri = 'src/db.js') => [
  { physicalLocation: { artifactLocation: { uri }, region: { startLine: line } } },
];

describe('importSarif', () => {
  it('imports CodeQL output: rules from query-pack extensions, CVSS bands, levels, CWEs, exact locations', async () => {
    const imported = await importSarif(CODEQL, { workspace: WORKSPACE });
    expect(imported.source).toEqual({
      tool: 'CodeQL',
      version: '2.19.3',
      file: CODEQL,
      sha256: createHash('sha256').update(readFileSync(CODEQL)).digest('hex'),
    });
    expect(imported.skipped).toEqual([]);
    expect(imported.toolErrors).toEqual([]);
    const summary = imported.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      location: f.location,
      cwe: f.cwe,
      confidence: f.confidence,
      message: f.message,
    }));
    expect(summary).toEqual([
      {
        ruleId: 'js/sql-injection',
        severity: 'high',
        location: { path: 'src/db.js', startLine: 8, startColumn: 12, endLine: 8, endColumn: 17 },
        cwe: ['CWE-89', 'CWE-90', 'CWE-943'],
        confidence: 'high',
        message: 'This query string depends on a user-provided value.',
      },
      {
        ruleId: 'js/command-line-injection',
        severity: 'critical',
        location: { path: 'src/db.js', startLine: 12, startColumn: 33, endLine: 12, endColumn: 60 },
        cwe: ['CWE-78', 'CWE-88'],
        confidence: 'high',
        message: 'This command line depends on a user-provided value.',
      },
      {
        ruleId: 'js/unused-local-variable',
        severity: 'low',
        location: { path: 'src/db.js', startLine: 17, startColumn: 9, endLine: 17, endColumn: 29 },
        cwe: [],
        confidence: 'high',
        message: 'Unused variable unused.',
      },
    ]);
    for (const finding of imported.findings) {
      expect(finding).toMatchObject({ category: 'imported', source: { tool: 'CodeQL', version: '2.19.3' } });
      expect(finding.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    }
    const [sql, command, unused] = imported.findings;
    expect(sql.snippet).toBe('  db.query(query, (err, rows) => res.json(rows));');
    expect(sql.metadata).toMatchObject({
      severityBasis: 'rule security-severity 8.8',
      partialFingerprints: {
        primaryLocationLineHash: '5d1e7a9cbf2a1c10:1',
        primaryLocationStartColumnFingerprint: '9',
      },
    });
    expect(command.metadata.severityBasis).toBe('rule security-severity 9.8');
    expect(unused.metadata.severityBasis).toBe('rule defaultConfiguration.level note');
  });

  it('imports Trivy output: vulnerabilities located in package-lock.json, though Trivy ran in another checkout', async () => {
    const imported = await importSarif(TRIVY, { workspace: WORKSPACE });
    expect(imported.source).toMatchObject({ tool: 'Trivy', version: '0.57.1' });
    expect(
      imported.findings.map((f) => [
        f.ruleId,
        f.severity,
        f.location.path,
        f.location.startLine,
        f.location.endLine,
      ]),
    ).toEqual([
      ['CVE-2020-28500', 'medium', 'package-lock.json', 14, 18],
      ['CVE-2021-23337', 'high', 'package-lock.json', 14, 18],
    ]);
    const [redos, injection] = imported.findings;
    expect(injection.message).toContain('Installed Version: 4.17.20');
    expect(injection.snippet.split('\n')[0]).toBe('    "node_modules/lodash": {');
    expect(injection.metadata).toMatchObject({
      ruleName: 'LanguageSpecificPackageVulnerability',
      tags: ['vulnerability', 'security', 'HIGH'],
    });
    expect(redos.fingerprint).not.toBe(injection.fingerprint);
  });

  it('gives the same fingerprints on re-import, in any result order, and after lines are inserted above', async () => {
    const first = await importSarif(CODEQL, { workspace: WORKSPACE });
    const again = await importSarif(CODEQL, { workspace: WORKSPACE });
    expect(again.findings.map((f) => f.fingerprint)).toEqual(first.findings.map((f) => f.fingerprint));

    const log = JSON.parse(readFileSync(CODEQL, 'utf8'));
    const results = log.runs[0].results;
    results.reverse();
    for (const result of results) result.locations[0].physicalLocation.region.startLine += 40;
    const moved = mkdtempSync(path.join(tmpdir(), 'soc2-import-moved-'));
    cpSync(WORKSPACE, moved, { recursive: true });
    const db = readFileSync(path.join(moved, 'src/db.js'), 'utf8');
    writeFileSync(path.join(moved, 'src/db.js'), '// header\n'.repeat(40) + db);
    const shifted = await importSarif(tempFile('moved.sarif', log), { workspace: moved });
    expect(shifted.findings.map((f) => f.location.startLine)).toEqual([48, 52, 57]);
    expect(shifted.findings.map((f) => f.fingerprint)).toEqual(first.findings.map((f) => f.fingerprint));
  });

  it('skips results that are fixed, passing or unlocated, and says why', async () => {
    const file = tempFile(
      'edge.sarif',
      sarifLog([
        { ruleId: 'R1', message: { text: 'kept' }, locations: at(1) },
        { ruleId: 'R1', message: { text: 'gone' }, locations: at(2), baselineState: 'absent' },
        { ruleId: 'R1', message: { text: 'ok' }, locations: at(3), kind: 'pass' },
        { ruleId: 'R1', message: { text: 'nowhere' } },
        { message: { text: 'no rule' }, locations: at(4) },
      ]),
    );
    const imported = await importSarif(file, { workspace: WORKSPACE });
    expect(imported.findings.map((f) => f.message)).toEqual(['kept']);
    expect(imported.skipped).toEqual([
      { at: 'runs[0].results[1]', reason: 'baselineState is absent (the tool reports it as fixed)' },
      { at: 'runs[0].results[2]', reason: 'kind is pass, not a finding' },
      { at: 'runs[0].results[3]', reason: 'no physical location (artifactLocation.uri)' },
      { at: 'runs[0].results[4]', reason: 'no ruleId' },
    ]);
  });

  it('keeps a result the tool suppressed, and records the suppression for the policy to judge', async () => {
    const file = tempFile(
      'suppressed.sarif',
      sarifLog([
        {
          ruleId: 'R1',
          message: { text: 'suppressed in source' },
          locations: at(5),
          suppressions: [{ kind: 'inSource', justification: 'test fixture' }],
        },
        {
          ruleId: 'R1',
          message: { text: 'suppression rejected' },
          locations: at(6),
          suppressions: [{ kind: 'external', status: 'rejected' }],
        },
      ]),
    );
    const [accepted, rejected] = (await importSarif(file, { workspace: WORKSPACE })).findings;
    expect(accepted.metadata).toMatchObject({
      suppressedByTool: true,
      toolSuppressions: [{ kind: 'inSource', status: 'accepted', justification: 'test fixture' }],
    });
    expect(rejected.metadata).toMatchObject({ suppressedByTool: false });
  });

  it('resolves uriBaseId, file URIs, percent-encoding, rule message strings and per-result severities', async () => {
    const base = pathToFileURL(WORKSPACE).href + '/';
    const file = tempFile(
      'shapes.sarif',
      sarifLog(
        [
          {
            ruleId: 'R1',
            message: { id: 'default', arguments: ['input'] },
            level: 'none',
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'db.js', uriBaseId: 'SRC' },
                  region: { startLine: 8 },
                },
              },
            ],
          },
          {
            rule: { id: 'R2' },
            message: { text: 'absolute' },
            properties: { 'security-severity': '3.1' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: `${base}scripts/tool.py` },
                  region: { startLine: 5, snippet: { text: 'open(path)' } },
                },
              },
            ],
          },
          {
            ruleId: 'R1',
            message: { text: 'encoded' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'src/my%20file.js' } } }],
          },
        ],
        {
          originalUriBaseIds: { ROOT: { uri: base }, SRC: { uri: 'src/', uriBaseId: 'ROOT' } },
          tool: {
            driver: {
              name: 'ExampleTool',
              rules: [{ id: 'R1', messageStrings: { default: { text: 'Tainted {0} reaches a sink.' } } }],
            },
          },
          invocations: [
            {
              executionSuccessful: false,
              toolExecutionNotifications: [{ level: 'error', message: { text: 'out of memory' } }],
            },
          ],
        },
      ),
    );
    const imported = await importSarif(file, { workspace: WORKSPACE });
    expect(imported.source).toMatchObject({ tool: 'ExampleTool', version: 'unknown' });
    expect(imported.toolErrors).toEqual([
      'ExampleTool: the run did not complete successfully',
      'ExampleTool: out of memory',
    ]);
    expect(
      imported.findings.map((f) => [f.location.path, f.location.startLine, f.severity, f.message, f.snippet]),
    ).toEqual([
      ['scripts/tool.py', 5, 'low', 'absolute', 'open(path)'],
      [
        'src/db.js',
        8,
        'info',
        'Tainted input reaches a sink.',
        '  db.query(query, (err, rows) => res.json(rows));',
      ],
      ['src/my file.js', 1, 'medium', 'encoded', ''],
    ]);
    expect(imported.findings[0].location.endColumn).toBe(1 + '    handle = open(path)'.length);
    expect(imported.findings[2].metadata.wholeFile).toBe(true);
  });

  it('redacts snippets of secret-finding rules', async () => {
    const file = tempFile(
      'secret.sarif',
      sarifLog(
        [{ ruleId: 'aws-access-key-id', message: { text: 'AWS key' }, locations: at(7, 'src/app.js') }],
        {
          tool: {
            driver: {
              name: 'Trivy',
              version: '0.57.1',
              rules: [
                {
                  id: 'aws-access-key-id',
                  name: 'Secret',
                  properties: { tags: ['secret', 'security', 'CRITICAL'] },
                },
              ],
            },
          },
        },
      ),
    );
    const [finding] = (await importSarif(file, { workspace: WORKSPACE })).findings;
    expect(finding.snippet).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(finding.snippet).toContain('[REDACTED]');
    expect(finding.metadata.secret).toBe(true);
  });

  it.each([
    ['{\n  "version": "2.1.0",\n  "runs": [\n    {,\n  ]\n}', /bad\.sarif:4: not valid JSON/, { line: 4 }],
    [
      JSON.stringify({ version: '2.0.0', runs: [] }),
      /field 'version': only SARIF version 2\.1\.0 is supported, found "2\.0\.0"/,
      { field: 'version' },
    ],
    [
      JSON.stringify({ version: '2.1.0' }),
      /field 'runs': a SARIF log must have a "runs" array/,
      { field: 'runs' },
    ],
    [
      JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }),
      /each run must name its tool/,
      { field: 'runs[0].tool.driver.name' },
    ],
    [
      JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: {} }] }),
      /"results" must be an array/,
      { field: 'runs[0].results' },
    ],
    ['[]', /a SARIF log must be a JSON object/, { field: '(root)' }],
  ])(
    'rejects malformed input %# with a ConfigError naming file, line or field',
    async (content, message, where) => {
      const file = tempFile('bad.sarif', content);
      const error = await importSarif(file, { workspace: WORKSPACE }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toMatch(message);
      expect(error).toMatchObject({ file, ...where });
    },
  );

  it('names the file it cannot read', async () => {
    await expect(importSarif('/nonexistent/results.sarif', { workspace: WORKSPACE })).rejects.toThrow(
      '/nonexistent/results.sarif: cannot read the SARIF file to import (ENOENT)',
    );
  });
});
