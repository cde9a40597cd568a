/** Subresource Integrity algorithm names as SBOM hash names. */
const ALGORITHMS: Record<string, string> = {
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
};

/**
 * Reads an SRI string (`sha512-<base64>`, possibly several separated by spaces) into hex digests.
 * Unknown algorithms and undecodable digests are left out rather than guessed.
 */
export function integrityToHashes(integrity: unknown): Record<string, string> {
  const hashes: Record<string, string> = {};
  if (typeof integrity !== 'string') return hashes;
  for (const token of integrity.trim().split(/\s+/)) {
    const dash = token.indexOf('-');
    if (dash <= 0) continue;
    const algorithm = ALGORITHMS[token.slice(0, dash).toLowerCase()];
    const digest = token.slice(dash + 1).replace(/\?.*$/, '');
    if (!algorithm || !/^[A-Za-z0-9+/]+={0,2}$/.test(digest)) continue;
    hashes[algorithm] = Buffer.from(digest, 'base64').toString('hex');
  }
  return hashes;
}
