import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';

export interface EvidenceUploadInput {
  /** The evidence directory; it becomes the root of the archive. */
  dir: string;
  /** The files to upload, absolute or relative to `dir`; each must lie inside `dir`. */
  files: string[];
  runId: string;
  attempt: number;
  /** Days to keep the artifact; null keeps the repository's default. */
  retentionDays: number | null;
}

export interface UploadedArtifact {
  id: number;
  name: string;
  size: number;
  /** SHA-256 (hex) of the uploaded zip, as the artifact service records it. */
  digest?: string;
}

/** One name per run attempt, so a re-run adds evidence instead of colliding with the first attempt's. */
export function evidenceArtifactName(runId: string, attempt: number): string {
  return `soc2-evidence-${runId}-${attempt}`;
}

/** Uploads the evidence bundle as one artifact. Throws when it fails: the caller fails the run closed. */
export async function uploadEvidenceArtifact(input: EvidenceUploadInput): Promise<UploadedArtifact> {
  const root = path.resolve(input.dir);
  const files = input.files.map((file) => path.resolve(root, file));
  const outside = files.filter(
    (file) => path.relative(root, file).startsWith('..') || path.isAbsolute(path.relative(root, file)),
  );
  if (outside.length > 0) {
    throw new Error(`evidence files must be inside ${root}: ${outside.join(', ')}`);
  }
  if (files.length === 0) throw new Error(`no evidence files to upload from ${root}`);
  const name = evidenceArtifactName(input.runId, input.attempt);
  const client = new DefaultArtifactClient();
  const result = await client.uploadArtifact(name, files, root, {
    ...(input.retentionDays !== null ? { retentionDays: input.retentionDays } : {}),
  });
  if (result.id === undefined) throw new Error(`the artifact service returned no id for ${name}`);
  return { id: result.id, name, size: result.size ?? 0, ...(result.digest ? { digest: result.digest } : {}) };
}
