import { createHash } from 'node:crypto';
import type { DependencyInventory } from '../../model/index.js';
import type { SbomComponentGraph } from './sbom-components.js';
import { sbomJson } from './sbom-json.js';
import type { SbomSubject } from './sbom-subject.js';

/** Fixed namespace for soc2-scan's name-based UUIDs (RFC 9562 §5.5), chosen once at random. */
const SOC2_SCAN_SBOM_NAMESPACE = '6f0c3c2e-5b7a-4f4e-9d53-2a8e1c7b9f10';

/**
 * A UUID (version 5) named by the subject and the merged SBOM content: the same repository,
 * commit, tool, timestamp and packages give the same serial number / namespace, and any change
 * to them gives a new one. The order of packages in the inventory does not count.
 */
export function sbomUuid(
  format: 'cyclonedx' | 'spdx',
  subject: SbomSubject,
  inventory: DependencyInventory,
  graph: SbomComponentGraph,
): string {
  const lockfiles = [...inventory.lockfiles].map((lockfile) => ({ ...lockfile }));
  lockfiles.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const content = sbomJson({ format, subject, lockfiles, graph });
  return uuidV5(SOC2_SCAN_SBOM_NAMESPACE, createHash('sha256').update(content).digest('hex'));
}

function uuidV5(namespace: string, name: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
