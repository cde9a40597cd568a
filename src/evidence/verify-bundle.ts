import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { RunRef } from '../model/index.js';
import { BundleFile, isPlainFileName } from './bundle-files.js';
import { manifestSeal, sha256Hex, type Manifest, type ManifestEntry } from './manifest.js';
import { verifyAuditLog } from './verify-audit-log.js';
import { parseJson, readBytes } from './verify-read.js';
import { verifyConsistency } from './verify-consistency.js';

/** What every bundle holds whatever the run did; SBOMs are only there when a lockfile was read. */
const REQUIRED_FILES = [
  BundleFile.scanRecord,
  BundleFile.findings,
  BundleFile.sarif,
  BundleFile.auditLog,
  BundleFile.summary,
];

export interface VerifyReport {
  ok: boolean;
  checked: { files: number; events: number };
  /** The first problem first; each names the file or the audit event. */
  problems: string[];
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
  for (const required of REQUIRED_FILES) {
    if (!listed.has(required)) problems.push(`${BundleFile.manifest}: does not list ${required}`);
  }

  const run = manifestRun(manifest);
  let log: { head: string | null; events: number } | null = null;
  const logBytes = await readBytes(path.join(dir, BundleFile.auditLog));
  if (logBytes) {
    const events = verifyAuditLog(logBytes.toString('utf8'), run, problems);
    checked.events = events.length;
    const head = events.at(-1)?.hash ?? null;
    log = { head, events: events.length };
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
  await verifyConsistency(dir, { run, log }, problems);
  return done();
}
