import { createHash } from 'node:crypto';
import type { RunRef } from '../model/index.js';
import { EVIDENCE_SCHEMA_VERSION } from './bundle-files.js';
import { canonicalJson } from './canonical-json.js';

export interface ManifestEntry {
  name: string;
  sha256: string;
  size: number;
}

export interface Manifest {
  schemaVersion: number;
  generatedAt: string;
  tool: { name: string; version: string };
  run: RunRef;
  files: ManifestEntry[];
  auditLog: { head: string | null; events: number };
  /** Filled when the bundle is attested (a later stage); null means not attested. */
  attestation: null | { type: string; reference: string };
  /**
   * SHA-256 of the canonical JSON of the manifest without `seal`: catches an edited manifest. It is not
   * a signature (whoever rewrites the whole bundle can reseal it); attestation covers that.
   */
  seal: string;
}

export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function manifestEntry(name: string, bytes: Buffer): ManifestEntry {
  return { name, sha256: sha256Hex(bytes), size: bytes.length };
}

export function manifestSeal(manifest: Omit<Manifest, 'seal'> | Manifest): string {
  const { seal: _seal, ...unsealed } = manifest as Manifest;
  return sha256Hex(canonicalJson(unsealed));
}

export function buildManifest(input: Omit<Manifest, 'schemaVersion' | 'attestation' | 'seal'>): Manifest {
  const unsealed = { schemaVersion: EVIDENCE_SCHEMA_VERSION, ...input, attestation: null };
  return { ...unsealed, seal: manifestSeal(unsealed) };
}
