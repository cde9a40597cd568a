import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AuditEvent } from '../model/index.js';
import { serialiseAuditLog } from './audit-log.js';
import { BundleFile, isPlainFileName } from './bundle-files.js';
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

/** A file another stage produced for the bundle (the SBOMs), listed in the manifest like the rest. */
export interface BundleAttachment {
  name: string;
  content: string;
}

const OWN_FILES = new Set<string>([
  BundleFile.scanRecord,
  BundleFile.findings,
  BundleFile.sarif,
  BundleFile.auditLog,
  BundleFile.summary,
  BundleFile.manifest,
]);

/** Attachments are written inside the evidence directory only, and never over a file the bundle owns. */
function checkAttachments(attachments: readonly BundleAttachment[]): void {
  const seen = new Set<string>();
  for (const { name } of attachments) {
    if (!isPlainFileName(name)) throw new Error(`evidence attachment '${name}' is not a plain file name`);
    if (OWN_FILES.has(name)) throw new Error(`evidence attachment '${name}' would replace a bundle file`);
    if (seen.has(name)) throw new Error(`evidence attachment '${name}' is given twice`);
    seen.add(name);
  }
}

/**
 * Writes the evidence bundle (DESIGN §3). Bundle files an earlier run left in the directory are removed
 * first, so the manifest and `verify` describe exactly this run.
 */
export async function writeEvidenceBundle(
  dir: string,
  record: RunRecord,
  events: readonly AuditEvent[],
  attachments: readonly BundleAttachment[] = [],
): Promise<EvidenceBundle> {
  checkAttachments(attachments);
  await mkdir(dir, { recursive: true });
  // Only the bundle's own names are removed: the directory may be one the user also keeps other files in.
  const stale = new Set<string>([...Object.values(BundleFile), ...attachments.map(({ name }) => name)]);
  await Promise.all([...stale].map((name) => rm(path.join(dir, name), { force: true })));
  const auditLogHead = events.at(-1)?.hash ?? null;
  const auditLog = { head: auditLogHead, events: events.length };
  const summaryMarkdown = renderStepSummary(record, { events });
  const contents: Array<[string, Buffer]> = [
    [BundleFile.scanRecord, Buffer.from(stableJson(buildScanRecord(record)))],
    [BundleFile.findings, Buffer.from(stableJson(buildFindingsFile(record, auditLog)))],
    [BundleFile.sarif, Buffer.from(`${JSON.stringify(toSarif(record), null, 2)}\n`)],
    [BundleFile.auditLog, Buffer.from(serialiseAuditLog(events))],
    [BundleFile.summary, Buffer.from(summaryMarkdown)],
    ...attachments.map(({ name, content }): [string, Buffer] => [name, Buffer.from(content)]),
  ];
  const manifest = buildManifest({
    generatedAt: record.finishedAt,
    tool: record.tool,
    run: { id: record.context.runId, attempt: record.context.runAttempt },
    files: contents.map(([name, bytes]) => manifestEntry(name, bytes)),
    auditLog,
  });
  contents.push([BundleFile.manifest, Buffer.from(stableJson(manifest))]);
  const files = contents.map(([name]) => path.resolve(dir, name));
  // The manifest last, once every file it lists is written; those all at once.
  const last = contents.length - 1;
  await Promise.all(contents.slice(0, last).map(([, bytes], index) => writeFile(files[index], bytes)));
  await writeFile(files[last], contents[last][1]);
  return { dir, files, sarifFile: path.resolve(dir, BundleFile.sarif), summaryMarkdown, auditLogHead };
}
