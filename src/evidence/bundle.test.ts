import { mkdtempSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { AuditLog } from './audit-log.js';
import { BundleFile } from './bundle-files.js';
import { toSarif } from './sarif.js';
import { renderStepSummary } from './summary-markdown.js';
import { makeRunRecord } from './test-support/run-record-fixture.js';
import { verifyEvidenceBundle } from './verify-bundle.js';
import { writeEvidenceBundle } from './write-bundle.js';
import { SYSTEM_ACTOR } from '../model/index.js';

const requireJson = createRequire(import.meta.url);

async function writeBundle(options: Parameters<typeof makeRunRecord>[0] = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'soc2-bundle-'));
  const record = makeRunRecord(options);
  // A fixed clock: the events are inputs too, and the reproducibility test compares two bundles.
  const log = new AuditLog({
    run: { id: '99', attempt: 1 },
    clock: () => new Date('2026-11-25T10:00:01.000Z'),
  });
  log.record('scan.started', record.context.actor, 'acme/shop');
  for (const decision of record.decisions)
    log.record('finding.opened', SYSTEM_ACTOR, decision.finding.fingerprint);
  log.record(options.failed ? 'scan.failed' : 'scan.completed', SYSTEM_ACTOR, 'acme/shop');
  const attachments = [
    {
      name: BundleFile.sbomCycloneDx,
      content: '{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.6"\n}\n',
    },
    { name: BundleFile.sbomSpdx, content: '{\n  "spdxVersion": "SPDX-2.3"\n}\n' },
  ];
  const bundle = await writeEvidenceBundle(dir, record, log.events, attachments);
  return { dir, record, bundle, events: log.events };
}

describe('evidence bundle', () => {
  it('writes every file, the manifest last, and verifies', async () => {
    const { dir, bundle } = await writeBundle();
    expect(readdirSync(dir).sort()).toEqual(Object.values(BundleFile).sort());
    expect(path.basename(bundle.files.at(-1)!)).toBe(BundleFile.manifest);
    const report = await verifyEvidenceBundle(dir);
    expect(report).toEqual({ ok: true, checked: { files: 7, events: 5 }, problems: [] });
  });

  it('replaces an earlier bundle in the same directory but keeps unrelated files', async () => {
    const { dir } = await writeBundle();
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    await writeEvidenceBundle(dir, makeRunRecord({ severities: [] }), []);
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    const report = await verifyEvidenceBundle(dir);
    expect(report.problems).toEqual(['notes.txt: not listed in the manifest']);
  });

  it.each(Object.values(BundleFile))('detects one flipped byte in %s and names it', async (name) => {
    const { dir } = await writeBundle();
    const file = path.join(dir, name);
    const bytes = readFileSync(file);
    const at = Math.floor(bytes.length / 3);
    bytes[at] = bytes[at] ^ 0x01;
    writeFileSync(file, bytes);
    const report = await verifyEvidenceBundle(dir);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toContain(name);
  });

  it('detects a deleted audit event, naming the gap', async () => {
    const { dir } = await writeBundle();
    const file = path.join(dir, BundleFile.auditLog);
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    lines.splice(1, 1);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const report = await verifyEvidenceBundle(dir);
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(/audit-log\.jsonl: line 2 has seq 2, expected 1/);
    expect(report.problems.join('\n')).toMatch(/event seq 2: prev does not match the hash of seq 0/);
  });

  it('reports a missing file and a missing manifest', async () => {
    const { dir } = await writeBundle();
    unlinkSync(path.join(dir, BundleFile.sarif));
    expect((await verifyEvidenceBundle(dir)).problems).toContain(
      'results.sarif: listed in the manifest but missing',
    );
    unlinkSync(path.join(dir, BundleFile.manifest));
    expect((await verifyEvidenceBundle(dir)).problems[0]).toMatch(/^manifest\.json: missing/);
  });

  it('writes a verifiable bundle for a run that failed before it had a scope', async () => {
    const { dir } = await writeBundle({ failed: true });
    expect((await verifyEvidenceBundle(dir)).ok).toBe(true);
    const record = JSON.parse(readFileSync(path.join(dir, BundleFile.scanRecord), 'utf8'));
    expect(record.outcome).toMatchObject({
      result: 'failed',
      exitCode: 3,
      error: 'scan could not complete: disk on fire',
    });
    const sarif = JSON.parse(readFileSync(path.join(dir, BundleFile.sarif), 'utf8'));
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
  });

  it('is reproducible: the same inputs give byte-identical files, whatever directory they go to', async () => {
    const first = await writeBundle();
    const second = await writeBundle();
    const names = readdirSync(first.dir).sort();
    expect(readdirSync(second.dir).sort()).toEqual(names);
    for (const name of names) {
      expect({
        name,
        same: readFileSync(path.join(first.dir, name)).equals(readFileSync(path.join(second.dir, name))),
      }).toEqual({ name, same: true });
    }
  });

  it('writes a failed run whose SARIF is still valid, says the execution failed and names the problem', async () => {
    const { dir, bundle } = await writeBundle({ failed: true });
    const sarif = JSON.parse(readFileSync(path.join(dir, BundleFile.sarif), 'utf8'));
    const validate = compileSarifSchema();
    expect(validate(sarif)).toBe(true);
    const [invocation] = sarif.runs[0].invocations;
    expect(invocation).toMatchObject({
      executionSuccessful: false,
      exitCode: 3,
      startTimeUtc: '2026-11-25T10:00:00.000Z',
      endTimeUtc: '2026-11-25T10:00:02.500Z',
    });
    expect(invocation.toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'error', message: { text: 'disk on fire' } }),
    ]);
    expect(sarif.runs[0].results).toEqual([]);
    expect(bundle.summaryMarkdown).toContain('**Result: failed**');
    expect(bundle.summaryMarkdown).toMatch(/\| CC7\.2 .*\| met \|.*the failure itself is logged/);
  });

  it('refuses attachments that would leave the directory or replace a bundle file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'soc2-bundle-'));
    for (const name of ['../escape.json', 'sub/x.json', BundleFile.auditLog, BundleFile.manifest]) {
      await expect(writeEvidenceBundle(dir, makeRunRecord(), [], [{ name, content: '{}' }])).rejects.toThrow(
        name,
      );
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('states in findings.json what it selected, when, by which version, how many, and the log head', async () => {
    const { dir, bundle, events } = await writeBundle();
    const findings = JSON.parse(readFileSync(path.join(dir, BundleFile.findings), 'utf8'));
    expect(findings).toMatchObject({
      generatedAt: '2026-11-25T10:00:02.500Z',
      generatedBy: { name: 'soc2-scan', version: '0.1.0' },
      count: 3,
      auditLog: { head: bundle.auditLogHead, events: events.length },
    });
    expect(findings.filter).toMatch(/every finding/);
    expect(findings.findings[0].decision).toEqual({
      action: 'block',
      reason: 'test',
      by: 'fail-on: critical,high',
      lifecycle: 'new',
    });
  });

  it('records actors with their numeric id, and an unknown id as unknown', async () => {
    const { dir } = await writeBundle();
    const record = JSON.parse(readFileSync(path.join(dir, BundleFile.scanRecord), 'utf8'));
    expect(record.actor).toEqual({ login: 'octocat', id: 583231, idStatus: 'known', type: 'user' });
    expect(record.triggeringActor).toMatchObject({ id: null, idStatus: 'unknown' });
    expect(record.durationMs).toBe(2500);
  });
});

/** The OASIS SARIF 2.1.0 (rtm.5) schema as Microsoft's SARIF SDK ships it; it is JSON Schema draft-04. */
function compileSarifSchema() {
  // Both are CommonJS with an `exports.default`; that is the class/function under Node's ESM loader.
  const AjvDraft04 = ajvDraft04.default;
  const addFormats = ajvFormats.default;
  const schema = requireJson('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
  // The schema's language-tag pattern is not valid with the `u` flag, so patterns compile without it.
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('results.sarif', () => {
  it('validates against the official SARIF 2.1.0 schema, with fingerprints and security severity', async () => {
    const { dir } = await writeBundle({ severities: ['critical', 'high', 'medium', 'low', 'info', 'high'] });
    const sarif = JSON.parse(readFileSync(path.join(dir, BundleFile.sarif), 'utf8'));
    const validate = compileSarifSchema();
    const valid = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const [run] = sarif.runs;
    expect(run.results).toHaveLength(6);
    expect(run.tool.driver.rules).toHaveLength(5);
    expect(run.results[0].partialFingerprints['soc2ScanFingerprint/v1']).toMatch(/^[0-9a-f]{64}$/);
    expect(run.tool.driver.rules[0].properties['security-severity']).toBe('9.5');
    expect(run.tool.driver.rules[0].properties.tags).toContain('external/cwe/cwe-95');
    expect(run.results[5].ruleIndex).toBe(1);
  });

  it('marks suppressed and excepted findings as suppressed, and a block as an error whatever its severity', () => {
    const record = makeRunRecord({ severities: ['medium', 'low', 'info'] });
    record.decisions[0].action = 'block';
    record.decisions[1] = {
      ...record.decisions[1],
      action: 'suppressed',
      reason: 'test fixture',
      by: 'inline',
    };
    record.decisions[2] = {
      ...record.decisions[2],
      action: 'excepted',
      reason: 'accepted risk',
      by: 'EXC-7',
    };
    const sarif = toSarif(record);
    const validate = compileSarifSchema();
    expect(validate(JSON.parse(JSON.stringify(sarif)))).toBe(true);
    const [blocked, suppressed, excepted] = sarif.runs[0].results!;
    expect(blocked.level).toBe('error');
    expect(blocked.suppressions).toBeUndefined();
    expect(suppressed.suppressions).toEqual([
      expect.objectContaining({ kind: 'external', status: 'accepted', justification: 'test fixture' }),
    ]);
    expect(excepted.properties).toMatchObject({ decision: 'excepted', decidedBy: 'EXC-7', lifecycle: 'new' });
    expect(excepted.locations![0].physicalLocation!.artifactLocation).toEqual({
      uri: 'src/file-2.js',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('keeps a finding with an impossible line or column valid, pointing at its file', () => {
    const record = makeRunRecord({ severities: ['medium'] });
    record.decisions[0].finding.location = {
      path: 'imported.js',
      startLine: 0,
      startColumn: 0,
      endLine: 0,
      endColumn: 0,
    };
    const sarif = JSON.parse(JSON.stringify(toSarif(record)));
    expect(compileSarifSchema()(sarif)).toBe(true);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region).toEqual({
      startLine: 1,
      snippet: { text: 'eval(input0)' },
    });
  });

  it('fails validation when the SARIF is broken, so the check is real', async () => {
    const validate = compileSarifSchema();
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
  });
});

describe('SOC 2 summary', () => {
  it('has a row per criterion with a status and the evidence file, and claims no compliance', () => {
    const markdown = renderStepSummary(makeRunRecord(), { artifactName: 'soc2-evidence-99-1' });
    for (const criterion of ['CC6.1', 'CC6.6', 'CC6.8', 'CC7.1', 'CC7.2', 'CC7.3', 'CC8.1', 'CC9.2']) {
      expect(markdown).toMatch(
        new RegExp(
          `\\| ${criterion.replace('.', '\\.')} .*\\| (met|attention|not evidenced in this run) \\|`,
        ),
      );
    }
    expect(markdown).toMatch(/\| CC6\.6 .*\| attention \|.*`findings\.json`/);
    expect(markdown).toMatch(/\| CC9\.2 .*\| not evidenced in this run \|/);
    expect(markdown).toContain('It is not a statement of SOC 2 compliance');
  });

  it('lists blocking findings first, then by severity, at most 20', () => {
    const severities = [
      ...Array.from({ length: 30 }, () => 'low' as const),
      'medium' as const,
      'critical' as const,
    ];
    const markdown = renderStepSummary(makeRunRecord({ severities }));
    const rows = markdown.split('\n').filter((line) => /^\| src\/file-/.test(line));
    expect(rows).toHaveLength(20);
    expect(rows[0]).toBe('| src/file-31.js:32 | rule-critical | critical | block | new |');
    expect(rows[1]).toBe('| src/file-30.js:31 | rule-medium | medium | comment | new |');
    expect(markdown).toContain('Top findings (20 of 32, blocking first)');
  });

  it('cuts even an oversized fixed part at a character boundary, under the limit', () => {
    const record = makeRunRecord();
    record.rulesets = Array.from({ length: 400 }, (_, i) => ({
      path: `règles/ünïcode-${i}.yaml`,
      sha256: 'c'.repeat(64),
      ruleCount: 1,
    }));
    const markdown = renderStepSummary(record, { maxBytes: 4000 });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(4000);
    expect(markdown).not.toContain('\uFFFD');
    expect(markdown).toContain('Full list: `findings.json`');
  });

  it('stays under the byte limit by cutting the findings list, pointing at the artifact', () => {
    const record = makeRunRecord({ severities: Array.from({ length: 500 }, () => 'high' as const) });
    const markdown = renderStepSummary(record, { maxBytes: 6000, artifactName: 'soc2-evidence-99-1' });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(6000);
    expect(markdown).toContain('Full list: `findings.json`');
    expect(markdown).toContain('| CC9.2');
  });
});
