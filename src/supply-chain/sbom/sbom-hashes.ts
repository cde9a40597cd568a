/**
 * Hash algorithms an SBOM may carry, by the name each format spells and the hex length a digest
 * must have. A digest that does not fit is left out rather than written into an invalid document.
 */
interface HashAlgorithm {
  cycloneDx: string;
  spdx: string;
  hexLength: number;
}

const ALGORITHMS: readonly HashAlgorithm[] = [
  { cycloneDx: 'MD5', spdx: 'MD5', hexLength: 32 },
  { cycloneDx: 'SHA-1', spdx: 'SHA1', hexLength: 40 },
  { cycloneDx: 'SHA-256', spdx: 'SHA256', hexLength: 64 },
  { cycloneDx: 'SHA-384', spdx: 'SHA384', hexLength: 96 },
  { cycloneDx: 'SHA-512', spdx: 'SHA512', hexLength: 128 },
  { cycloneDx: 'SHA3-256', spdx: 'SHA3-256', hexLength: 64 },
  { cycloneDx: 'SHA3-384', spdx: 'SHA3-384', hexLength: 96 },
  { cycloneDx: 'SHA3-512', spdx: 'SHA3-512', hexLength: 128 },
  { cycloneDx: 'BLAKE2b-256', spdx: 'BLAKE2b-256', hexLength: 64 },
  { cycloneDx: 'BLAKE2b-384', spdx: 'BLAKE2b-384', hexLength: 96 },
  { cycloneDx: 'BLAKE2b-512', spdx: 'BLAKE2b-512', hexLength: 128 },
];

/** Lockfile parsers may write `SHA-512`, `sha512` or `sha-512`; compare without case or dashes. */
function key(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

const BY_KEY = new Map(ALGORITHMS.map((algorithm) => [key(algorithm.cycloneDx), algorithm]));

export interface SbomHash {
  cycloneDx: string;
  spdx: string;
  /** Lower-case hex. */
  content: string;
}

/** The hashes both formats can express, in a fixed order (strongest first is not needed: sorted by name). */
export function sbomHashes(hashes: Record<string, string>): SbomHash[] {
  const found = new Map<string, SbomHash>();
  for (const [name, value] of Object.entries(hashes)) {
    const algorithm = BY_KEY.get(key(name));
    const content = value.trim().toLowerCase();
    if (!algorithm || content.length !== algorithm.hexLength || !/^[0-9a-f]+$/.test(content)) continue;
    found.set(algorithm.cycloneDx, { cycloneDx: algorithm.cycloneDx, spdx: algorithm.spdx, content });
  }
  return [...found.values()].sort((a, b) => compareText(a.cycloneDx, b.cycloneDx));
}

/** Code-unit order, independent of the host's locale, so output is byte-identical everywhere. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
