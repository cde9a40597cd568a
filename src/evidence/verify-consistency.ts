import path from 'node:path';
import type { RunRef } from '../model/index.js';
import { BundleFile } from './bundle-files.js';
import { parseJson, readBytes } from './verify-read.js';

interface ScanRecordClaims {
  run?: { id?: unknown; attempt?: unknown };
  outcome?: { findingsCount?: unknown; countsBySeverity?: unknown; countsByDecision?: unknown };
}

interface FindingsClaims {
  run?: { id?: unknown; attempt?: unknown };
  count?: unknown;
  countsBySeverity?: unknown;
  countsByDecision?: unknown;
  findings?: unknown;
  auditLog?: { head?: unknown; events?: unknown };
}

/** What the manifest and the audit log established, for the other files to agree with. */
export interface EstablishedFacts {
  run: RunRef | null;
  log: { head: string | null; events: number } | null;
}

const shown = (value: unknown) => JSON.stringify(value ?? null);
const sameRun = (claimed: ScanRecordClaims['run'], run: RunRef) =>
  claimed?.id === run.id && claimed?.attempt === run.attempt;

/**
 * scan-record.json and findings.json repeat facts stated elsewhere: the run, the counts, the audit-log head.
 * Each file's hash only proves it is the file that was sealed; these checks catch a bundle sealed from
 * files that never belonged together (one run's findings beside another run's record).
 */
export async function verifyConsistency(dir: string, facts: EstablishedFacts, problems: string[]) {
  const recordBytes = await readBytes(path.join(dir, BundleFile.scanRecord));
  const findingsBytes = await readBytes(path.join(dir, BundleFile.findings));
  if (!recordBytes || !findingsBytes) return;
  const record = parseJson<ScanRecordClaims>(recordBytes, BundleFile.scanRecord, problems);
  const findings = parseJson<FindingsClaims>(findingsBytes, BundleFile.findings, problems);
  if (!record || !findings || typeof record !== 'object' || typeof findings !== 'object') return;

  const { run, log } = facts;
  if (run) {
    for (const [name, claims] of [
      [BundleFile.scanRecord, record],
      [BundleFile.findings, findings],
    ] as const) {
      if (!sameRun(claims.run, run)) {
        problems.push(
          `${name}: run ${shown(claims.run?.id)} attempt ${shown(claims.run?.attempt)}, ${BundleFile.manifest} says run "${run.id}" attempt ${run.attempt}`,
        );
      }
    }
  }

  const listedCount = Array.isArray(findings.findings) ? findings.findings.length : undefined;
  if (findings.count !== listedCount) {
    problems.push(
      `${BundleFile.findings}: count ${shown(findings.count)} but ${listedCount} findings listed`,
    );
  }
  if (record.outcome?.findingsCount !== listedCount) {
    problems.push(
      `${BundleFile.scanRecord}: findingsCount ${shown(record.outcome?.findingsCount)} but ${BundleFile.findings} lists ${listedCount}`,
    );
  }
  // Both files are written with sorted keys, so equal counts serialise equally.
  if (shown(record.outcome?.countsBySeverity) !== shown(findings.countsBySeverity)) {
    problems.push(`${BundleFile.scanRecord}: counts by severity differ from ${BundleFile.findings}`);
  }
  if (shown(record.outcome?.countsByDecision) !== shown(findings.countsByDecision)) {
    problems.push(`${BundleFile.scanRecord}: counts by decision differ from ${BundleFile.findings}`);
  }

  if (log && (findings.auditLog?.head !== log.head || findings.auditLog?.events !== log.events)) {
    problems.push(
      `${BundleFile.findings}: states audit-log head ${shown(findings.auditLog?.head)} and ${shown(findings.auditLog?.events)} events, the log has ${shown(log.head)} and ${log.events}`,
    );
  }
}
