import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AuditEvent } from '../model/index.js';
import { hashAuditEvent } from './audit-log.js';
import { BundleFile } from './bundle-files.js';
import { manifestSeal, sha256Hex, type Manifest } from './manifest.js';

export interface VerifyReport {
  ok: boolean;
  checked: { files: number; events: number };
  /** The first problem first; each names the file or the audit event. */
  problems: string[];
}

const ISO_UTC_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

async function readText(file: string): Promise<Buffer | null> {
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

function checkManifestShape(manifest: Manifest, problems: string[]): boolean {
  if (!Array.isArray(manifest.files) || typeof manifest.auditLog !== 'object' || manifest.auditLog === null) {
    problems.push(`${BundleFile.manifest}: missing the files list or the audit-log head`);
    return false;
  }
  return true;
}

/** Checks the audit log's chain; returns the events that parsed. */
function verifyAuditLog(text: string, problems: string[]): AuditEvent[] {
  const name = BundleFile.auditLog;
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const events: AuditEvent[] = [];
  let previous: AuditEvent | null = null;
  lines.forEach((line, index) => {
    let event: AuditEvent;
    try {
      event = JSON.parse(line) as AuditEvent;
    } catch {
      problems.push(`${name}: line ${index + 1} is not valid JSON`);
      return;
    }
    const label = `${name}: event seq ${event.seq}`;
    if (event.seq !== index) {
      problems.push(
        `${name}: line ${index + 1} has seq ${event.seq}, expected ${index} (seq ${index} missing or out of order)`,
      );
    }
    if (hashAuditEvent(event) !== event.hash) problems.push(`${label}: hash does not match its content`);
    if (previous && event.prev !== previous.hash) {
      problems.push(`${label}: prev does not match the hash of seq ${previous.seq}`);
    }
    if (typeof event.ts !== 'string' || !ISO_UTC_MS.test(event.ts)) {
      problems.push(`${label}: ts is not an ISO-8601 UTC timestamp with milliseconds`);
    }
    if (!event.actor || typeof event.actor.login !== 'string' || event.actor.login === '') {
      problems.push(`${label}: no actor`);
    }
    events.push(event);
    previous = event;
  });
  return events;
}

/**
 * Recomputes everything an evidence bundle claims: each file's size and SHA-256 against the manifest,
 * no unlisted files, the audit log's hash chain, and the counts the files repeat.
 */
export async function verifyEvidenceBundle(dir: string): Promise<VerifyReport> {
  const problems: string[] = [];
  const checked = { files: 0, events: 0 };
  const done = () => ({ ok: problems.length === 0, checked, problems });

  const manifestBytes = await readText(path.join(dir, BundleFile.manifest));
  if (!manifestBytes) {
    problems.push(`${BundleFile.manifest}: missing from ${dir}`);
    return done();
  }
  const manifest = parseJson<Manifest>(manifestBytes, BundleFile.manifest, problems);
  if (!manifest || !checkManifestShape(manifest, problems)) return done();
  if (manifest.seal !== manifestSeal(manifest)) {
    problems.push(`${BundleFile.manifest}: seal does not match its content (the manifest was edited)`);
  }

  const listed = new Set(manifest.files.map((entry) => entry.name));
  for (const entry of manifest.files) {
    const bytes = await readText(path.join(dir, entry.name));
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
  for (const name of await readdir(dir)) {
    if (name !== BundleFile.manifest && !listed.has(name))
      problems.push(`${name}: not listed in the manifest`);
  }
  for (const required of [BundleFile.auditLog, BundleFile.scanRecord, BundleFile.findings]) {
    if (!listed.has(required)) problems.push(`${BundleFile.manifest}: does not list ${required}`);
  }

  const logBytes = await readText(path.join(dir, BundleFile.auditLog));
  if (logBytes) {
    const events = verifyAuditLog(logBytes.toString('utf8'), problems);
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

async function verifyCounts(dir: string, problems: string[]): Promise<void> {
  const recordBytes = await readText(path.join(dir, BundleFile.scanRecord));
  const findingsBytes = await readText(path.join(dir, BundleFile.findings));
  if (!recordBytes || !findingsBytes) return;
  const record = parseJson<{ outcome?: { findingsCount?: number } }>(
    recordBytes,
    BundleFile.scanRecord,
    problems,
  );
  const findings = parseJson<{ count?: number; findings?: unknown[] }>(
    findingsBytes,
    BundleFile.findings,
    problems,
  );
  if (!record || !findings) return;
  const listedCount = findings.findings?.length;
  if (findings.count !== listedCount) {
    problems.push(`${BundleFile.findings}: count ${findings.count} but ${listedCount} findings listed`);
  }
  if (record.outcome?.findingsCount !== listedCount) {
    problems.push(
      `${BundleFile.scanRecord}: findingsCount ${record.outcome?.findingsCount} but findings.json lists ${listedCount}`,
    );
  }
}
