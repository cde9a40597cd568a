import { mkdtempSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AuditLog } from './audit-log.js';
import { BundleFile } from './bundle-files.js';
import { stableJson } from './canonical-json.js';
import { manifestSeal, sha256Hex, type Manifest } from './manifest.js';
import { makeRunRecord } from './test-support/run-record-fixture.js';
import { verifyEvidenceBundle } from './verify-bundle.js';
import { writeEvidenceBundle } from './write-bundle.js';
import { SYSTEM_ACTOR } from '../model/index.js';

async function writeBundle() {
  const dir = mkdtempSync(path.join(tmpdir(), 'soc2-verify-'));
  const record = makeRunRecord();
  const log = new AuditLog({ run: { id: '99', attempt: 1 }, previousHash: 'e'.repeat(64) });
  log.record('scan.started', record.context.triggeringActor, 'acme/shop');
  for (const decision of record.decisions)
    log.record('finding.opened', SYSTEM_ACTOR, decision.finding.fingerprint);
  log.record('policy.blocked', SYSTEM_ACTOR, 'acme/shop', { blockingCount: 1 });
  log.record('scan.completed', record.context.triggeringActor, 'acme/shop');
  await writeEvidenceBundle(dir, record, log.events, [
    { name: BundleFile.sbomCycloneDx, content: '{"bomFormat":"CycloneDX"}\n' },
  ]);
  return dir;
}

const read = (dir: string, name: string) => readFileSync(path.join(dir, name));
const logLines = (dir: string) => read(dir, BundleFile.auditLog).toString('utf8').split('\n').filter(Boolean);

/** What someone who edits the log would also do: fix the manifest's hash, size, head and count, and reseal it. */
function rewriteLogAndReseal(dir: string, lines: string[]): void {
  const text = lines.map((line) => `${line}\n`).join('');
  writeFileSync(path.join(dir, BundleFile.auditLog), text);
  const manifest = JSON.parse(read(dir, BundleFile.manifest).toString('utf8')) as Manifest;
  const entry = manifest.files.find((file) => file.name === BundleFile.auditLog)!;
  entry.sha256 = sha256Hex(text);
  entry.size = Buffer.byteLength(text);
  manifest.auditLog = { head: (JSON.parse(lines.at(-1)!) as { hash: string }).hash, events: lines.length };
  manifest.seal = manifestSeal(manifest);
  writeFileSync(path.join(dir, BundleFile.manifest), stableJson(manifest));
}

describe('verifyEvidenceBundle', () => {
  it('accepts an untouched bundle whose log chains to a previous run', async () => {
    const dir = await writeBundle();
    expect(await verifyEvidenceBundle(dir)).toEqual({
      ok: true,
      checked: { files: 6, events: 6 },
      problems: [],
    });
  });

  it('catches one flipped bit at the start, middle and end of every bundle file, naming the file', async () => {
    const dir = await writeBundle();
    const names = readdirSync(dir);
    expect(names).toContain(BundleFile.manifest);
    for (const name of names) {
      const original = read(dir, name);
      for (const at of [0, Math.floor(original.length / 2), original.length - 1]) {
        const tampered = Buffer.from(original);
        tampered[at] ^= 0x01;
        writeFileSync(path.join(dir, name), tampered);
        const report = await verifyEvidenceBundle(dir);
        expect({ name, at, ok: report.ok }).toEqual({ name, at, ok: false });
        expect(report.problems[0]).toContain(name);
        writeFileSync(path.join(dir, name), original);
      }
    }
    expect((await verifyEvidenceBundle(dir)).ok).toBe(true);
  });

  it('catches a flipped bit anywhere in manifest.json', async () => {
    const dir = await writeBundle();
    const original = read(dir, BundleFile.manifest);
    const missed: number[] = [];
    for (let at = 0; at < original.length; at += 1) {
      const tampered = Buffer.from(original);
      tampered[at] ^= 0x01;
      writeFileSync(path.join(dir, BundleFile.manifest), tampered);
      const report = await verifyEvidenceBundle(dir);
      if (report.ok || !report.problems[0].startsWith(`${BundleFile.manifest}:`)) missed.push(at);
    }
    expect(missed).toEqual([]);
  });

  it('catches the deletion of any one audit event', async () => {
    const dir = await writeBundle();
    const lines = logLines(dir);
    for (let index = 0; index < lines.length; index += 1) {
      writeFileSync(
        path.join(dir, BundleFile.auditLog),
        lines
          .filter((_, i) => i !== index)
          .map((line) => `${line}\n`)
          .join(''),
      );
      const report = await verifyEvidenceBundle(dir);
      expect(report.ok).toBe(false);
      expect(report.problems[0]).toMatch(/^audit-log\.jsonl: size /);
      // Beyond the manifest's hash: a gap in seq, or (for the last event) a head that no longer matches.
      expect(report.problems.join('\n')).toMatch(
        index < lines.length - 1
          ? new RegExp(`audit-log\\.jsonl: line ${index + 1} has seq ${index + 1}, expected ${index}`)
          : /manifest\.json: audit-log head [0-9a-f]{64} does not match the log's last hash/,
      );
    }
  });

  it('catches a deleted event by the chain alone, even when the manifest was rewritten to match', async () => {
    const dir = await writeBundle();
    const lines = logLines(dir);
    rewriteLogAndReseal(dir, [...lines.slice(0, 2), ...lines.slice(3)]);
    const report = await verifyEvidenceBundle(dir);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        'audit-log.jsonl: line 3 has seq 3, expected 2 (seq 2 missing or out of order)',
        'audit-log.jsonl: event seq 3: prev does not match the hash of seq 1',
      ]),
    );
  });

  it('catches an edited event whose hash was left alone, naming its seq', async () => {
    const dir = await writeBundle();
    const lines = logLines(dir);
    const event = JSON.parse(lines[1]) as { data: Record<string, unknown> };
    event.data = { note: 'nothing to see' };
    lines[1] = JSON.stringify(event);
    rewriteLogAndReseal(dir, lines);
    expect((await verifyEvidenceBundle(dir)).problems).toEqual([
      'audit-log.jsonl: event seq 1: hash does not match its content',
    ]);
  });

  it('reports events that are not events, or that lack a timestamp or actor, without throwing', async () => {
    const dir = await writeBundle();
    const lines = logLines(dir);
    const last = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
    rewriteLogAndReseal(dir, [
      ...lines,
      'null',
      JSON.stringify({ ...last, seq: lines.length + 1, ts: 'yesterday', actor: {} }),
    ]);
    const problems = (await verifyEvidenceBundle(dir)).problems.join('\n');
    expect(problems).toContain(`audit-log.jsonl: line ${lines.length + 1} is not an audit event`);
    expect(problems).toContain(
      `event seq ${lines.length + 1}: ts is not an ISO-8601 UTC timestamp with milliseconds`,
    );
    expect(problems).toContain(`event seq ${lines.length + 1}: no actor login`);
  });

  it('refuses manifest entries that point outside the bundle directory', async () => {
    const dir = await writeBundle();
    const manifest = JSON.parse(read(dir, BundleFile.manifest).toString('utf8')) as Manifest;
    manifest.files.push({ name: '../../etc/passwd', sha256: '0'.repeat(64), size: 1 });
    manifest.seal = manifestSeal(manifest);
    writeFileSync(path.join(dir, BundleFile.manifest), stableJson(manifest));
    expect((await verifyEvidenceBundle(dir)).problems).toEqual([
      'manifest.json: files[6] names "../../etc/passwd", not a file of the bundle',
    ]);
  });

  it('catches a required file removed together with its manifest entry, even when resealed', async () => {
    const dir = await writeBundle();
    unlinkSync(path.join(dir, BundleFile.sarif));
    const manifest = JSON.parse(read(dir, BundleFile.manifest).toString('utf8')) as Manifest;
    manifest.files = manifest.files.filter((file) => file.name !== BundleFile.sarif);
    manifest.seal = manifestSeal(manifest);
    writeFileSync(path.join(dir, BundleFile.manifest), stableJson(manifest));
    expect((await verifyEvidenceBundle(dir)).problems).toEqual([
      'manifest.json: does not list results.sarif',
    ]);
  });

  it('catches findings.json from another run sealed into this bundle', async () => {
    const dir = await writeBundle();
    const other = mkdtempSync(path.join(tmpdir(), 'soc2-verify-other-'));
    const record = makeRunRecord({ severities: ['low'] });
    record.context = { ...record.context, runId: '100' };
    await writeEvidenceBundle(other, record, []);
    const swapped = read(other, BundleFile.findings);
    writeFileSync(path.join(dir, BundleFile.findings), swapped);
    const manifest = JSON.parse(read(dir, BundleFile.manifest).toString('utf8')) as Manifest;
    const entry = manifest.files.find((file) => file.name === BundleFile.findings)!;
    entry.sha256 = sha256Hex(swapped);
    entry.size = swapped.length;
    manifest.seal = manifestSeal(manifest);
    writeFileSync(path.join(dir, BundleFile.manifest), stableJson(manifest));
    const problems = (await verifyEvidenceBundle(dir)).problems;
    expect(problems[0]).toBe('findings.json: run "100" attempt 1, manifest.json says run "99" attempt 1');
    expect(problems).toEqual(
      expect.arrayContaining([
        'scan-record.json: findingsCount 3 but findings.json lists 1',
        'scan-record.json: counts by severity differ from findings.json',
        expect.stringMatching(
          /^findings\.json: states audit-log head null and 0 events, the log has "[0-9a-f]{64}" and 6$/,
        ),
      ]),
    );
  });

  it('names a file added to the bundle after it was sealed', async () => {
    const dir = await writeBundle();
    writeFileSync(path.join(dir, 'extra.json'), '{}');
    expect((await verifyEvidenceBundle(dir)).problems).toEqual(['extra.json: not listed in the manifest']);
  });
});
