import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunRef } from '../model/index.js';
import { BundleFile, isPlainFileName } from './bundle-files.js';
import { manifestSeal, sha256Hex, type Manifest, type ManifestEntry } from './manifest.js';
import { verifyAuditLog } from './verify-audit-log.js';

export interface VerifyReport {
  ok: boolean;
  checked: { files: number; events: number };
  /** The first problem first; each names the file or the audit event. */
  problems: string[];
}

async function readBytes(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

function parseJson<T>(bytes: Buffer, name: string, problems: string[]): T | null {
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch (error) {
    problems.push(`${name}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}

function isEntry(value: unknown): value is ManifestEntry {
  const entry = value as ManifestEntry;
  return (
    entry !== null &&
    typeof entry === 'object' &&
    typeof entry.name === 'string' &&
    typeof entry.sha256 === 'string' &&
    Number.isInteger(entry.size)
  );
}

/**
 * The manifest's own shape. Entry names must be bare file names, so a crafted manifest cannot make
 * `verify` read files outside the bundle directory. Returns the entries that can be checked.
 */
function checkManifestShape(manifest: Manifest, problems: string[]): ManifestEntry[] | null {
  const name = BundleFile.manifest;
  if (
    manifest === null ||
    typeof manifest !== 'object' ||
    !Array.isArray(manifest.files) ||
    typeof manifest.auditLog !== 'object' ||
    manifest.auditLog === null
  ) {
    problems.push(`${name}: missing the files list or the audit-log head`);
    return null;
  }
  if (manifest.seal !== manifestSeal(manifest)) {
    problems.push(`${name}: seal does not match its content (the manifest was edited)`);
  }
  const entries: ManifestEntry[] = [];
  const seen = new Set<string>();
  manifest.files.forEach((entry: unknown, index) => {
    if (!isEntry(entry)) {
      problems.push(`${name}: files[${index}] is not a {name, sha256, size} entry`);
    } else if (!isPlainFileName(entry.name) || entry.name === BundleFile.manifest) {
      problems.push(`${name}: files[${index}] names ${JSON.stringify(entry.name)}, not a file of the bundle`);
    } else if (seen.has(entry.name)) {
      problems.push(`${name}: lists ${entry.name} twice`);
    } else {
      seen.add(entry.name);
      entries.push(entry);
    }
  });
  return entries;
}

function manifestRun(manifest: Manifest): RunRef | null {
  const run = manifest.run as RunRef | undefined;
  return run && typeof run.id === 'string' && typeof run.attempt === 'number' ? run : null;
}

/**
 * Recomputes everything an evidence bundle claims: each file's size and SHA-256 against the manifest,
 * no unlisted files, the audit log's hash chain, and the counts the files repeat.
 */
export async function verifyEvidenceBundle(dir: string): Promise<VerifyReport> {
  const problems: string[] = [];
  const checked = { files: 0, events: 0 };
  const done = () => ({ ok: problems.length === 0, checked, problems });

  const manifestBytes = await readBytes(path.join(dir, BundleFile.manifest));
  if (!manifestBytes) {
    problems.push(`${BundleFile.manifest}: missing from ${dir}`);
    return done();
  }
  const manifest = parseJson<Manifest>(manifestBytes, BundleFile.manifest, problems);
  const entries = manifest && checkManifestShape(manifest, problems);
  if (!manifest || !entries) return done();

  const listed = new Set(entries.map((entry) => entry.name));
  for (const entry of entries) {
    const bytes = await readBytes(path.join(dir, entry.name));
    if (!bytes) {
      problems.push(`${entry.name}: listed in the manifest but missing`);
      continue;
    }
    checked.files += 1;
    if (bytes.length !== entry.size) {
      problems.push(`${entry.name}: size ${bytes.length} bytes, ${BundleFile.manifest} says ${entry.size}`);
    }
    const actual = sha256Hex(bytes);
    if (actual !== entry.sha256) {
      problems.push(
        `${entry.name}: sha256 ${actual} does not match ${BundleFile.manifest} (${entry.sha256})`,
      );
    }
  }
  for (const name of (await readdir(dir)).sort()) {
    if (name !== BundleFile.manifest && !listed.has(name))
      problems.push(`${name}: not listed in the manifest`);
  }
  for (const required of [BundleFile.auditLog, BundleFile.scanRecord, BundleFile.findings]) {
    if (!listed.has(required)) problems.push(`${BundleFile.manifest}: does not list ${required}`);
  }

  const logBytes = await readBytes(path.join(dir, BundleFile.auditLog));
  if (logBytes) {
    const events = verifyAuditLog(logBytes.toString('utf8'), manifestRun(manifest), problems);
    checked.events = events.length;
    const head = events.at(-1)?.hash ?? null;
    if (manifest.auditLog.head !== head) {
      problems.push(
        `${BundleFile.manifest}: audit-log head ${manifest.auditLog.head} does not match the log's last hash ${head}`,
      );
    }
    if (manifest.auditLog.events !== events.length) {
      problems.push(
        `${BundleFile.manifest}: says ${manifest.auditLog.events} audit events, the log has ${events.length}`,
      );
    }
  }
  await verifyCounts(dir, problems);
  return done();
}

interface CountsOf {
  count?: number;
  countsBySeverity?: Record<string, number>;
  findings?: unknown[];
  outcome?: { findingsCount?: number; countsBySeverity?: Record<string, number> };
}

/** scan-record.json and findings.json each state the counts; they must agree with the listed findings. */
async function verifyCounts(dir: string, problems: string[]): Promise<void> {
  const recordBytes = await readBytes(path.join(dir, BundleFile.scanRecord));
  const findingsBytes = await readBytes(path.join(dir, BundleFile.findings));
  if (!recordBytes || !findingsBytes) return;
  const record = parseJson<CountsOf>(recordBytes, BundleFile.scanRecord, problems);
  const findings = parseJson<CountsOf>(findingsBytes, BundleFile.findings, problems);
  if (!record || !findings || typeof record !== 'object' || typeof findings !== 'object') return;
  const listedCount = Array.isArray(findings.findings) ? findings.findings.length : undefined;
  if (findings.count !== listedCount) {
    problems.push(`${BundleFile.findings}: count ${findings.count} but ${listedCount} findings listed`);
  }
  if (record.outcome?.findingsCount !== listedCount) {
    problems.push(
      `${BundleFile.scanRecord}: findingsCount ${record.outcome?.findingsCount} but findings.json lists ${listedCount}`,
    );
  }
  const bySeverity = (counts: Record<string, number> | undefined) => JSON.stringify(counts ?? null, null, 0);
  if (bySeverity(record.outcome?.countsBySeverity) !== bySeverity(findings.countsBySeverity)) {
    problems.push(`${BundleFile.scanRecord}: counts by severity differ from ${BundleFile.findings}`);
  }
}
