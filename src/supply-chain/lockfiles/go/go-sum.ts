import { base64ToHex } from '../common/package-list.js';

/**
 * Module zip hashes from go.sum, by `path@version`. `h1:` is base64 SHA-256 (of the module's file
 * list digest), written as hex SHA-256 like other SBOM tools do. `/go.mod`-only lines hash the
 * go.mod file alone and are skipped: they are not the module's content.
 */
export function readGoSum(text: string | null): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const line of (text ?? '').split(/\r?\n/)) {
    const [path, version, hash] = line.trim().split(/\s+/);
    if (!path || !version || !hash || version.endsWith('/go.mod') || !hash.startsWith('h1:')) continue;
    const hex = base64ToHex(hash.slice(3));
    if (hex && hex.length === 64) hashes.set(`${path}@${version}`, hex);
  }
  return hashes;
}
