import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AuditEvent } from '../model/index.js';
import { serialiseAuditLog } from './audit-log.js';
import { BundleFile } from './bundle-files.js';
import { stableJson } from './canonical-json.js';
import { buildManifest, manifestEntry } from './manifest.js';
import type { RunRecord } from './run-record.js';
import { toSarif } from './sarif.js';
import { buildFindingsFile, buildScanRecord } from './scan-record.js';
import { renderStepSummary } from './summary-markdown.js';

export interface EvidenceBundle {
  dir: string;
  /** Absolute paths of every file written, the manifest last. */
  files: string[];
  sarifFile: string;
  summaryMarkdown: string;
  auditLogHead: string | null;
}

/** Writes the evidence bundle (DESIGN §3); bundle files an earlier run left in the directory are replaced. */
/** A file another stage produced for the bundle (the SBOMs), listed in the manifest like the rest. */
export interface BundleAttachment {
  name: string;
  content: string;
}

export async function writeEvidenceBundle(
  dir: string,
  record: RunRecord,
  events: readonly AuditEvent[],
  attachments: readonly BundleAttachment[] = [],
): Promise<EvidenceBundle> {
  await mkdir(dir, { recursive: true });
  // Only the bundle's own names are removed: the directory may be one the user also keeps other files in.
  await Promise.all(Object.values(BundleFile).map((name) => rm(path.join(dir, name), { force: true })));
  const summaryMarkdown = renderStepSummary(record);
  const contents: Array<[string, Buffer]> = [
    [BundleFile.scanRecord, Buffer.from(stableJson(buildScanRecord(record)))],
    [BundleFile.findings, Buffer.from(stableJson(buildFindingsFile(record)))],
    [BundleFile.sarif, Buffer.from(`${JSON.stringify(toSarif(record), null, 2)}\n`)],
    [BundleFile.auditLog, Buffer.from(serialiseAuditLog(events))],
    [BundleFile.summary, Buffer.from(summaryMarkdown)],
    ...attachments.map(({ name, content }): [string, Buffer] => [name, Buffer.from(content)]),
  ];
  const auditLogHead = events.at(-1)?.hash ?? null;
  const manifest = buildManifest({
    generatedAt: record.finishedAt,
    tool: record.tool,
    run: { id: record.context.runId, attempt: record.context.runAttempt },
    files: contents.map(([name, bytes]) => manifestEntry(name, bytes)),
    auditLog: { head: auditLogHead, events: events.length },
  });
  contents.push([BundleFile.manifest, Buffer.from(stableJson(manifest))]);
  const files: string[] = [];
  for (const [name, bytes] of contents) {
    const file = path.join(dir, name);
    await writeFile(file, bytes);
    files.push(file);
  }
  return { dir, files, sarifFile: path.join(dir, BundleFile.sarif), summaryMarkdown, auditLogHead };
}
