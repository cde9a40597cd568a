import type { DependencyPackage } from '../../../model/index.js';

/**
 * Keeps one package per purl, in first-seen order: a lockfile may list the same component twice
 * (NuGet per target framework, uv per Python marker). The merged copy is direct if any copy is and
 * dev only if every copy is; hashes and edges are united.
 */
export function uniqueByPurl(packages: readonly DependencyPackage[]): DependencyPackage[] {
  const byPurl = new Map<string, DependencyPackage>();
  for (const pkg of packages) {
    const seen = byPurl.get(pkg.purl);
    if (!seen) {
      byPurl.set(pkg.purl, { ...pkg, hashes: { ...pkg.hashes }, dependsOn: [...pkg.dependsOn] });
      continue;
    }
    seen.direct = mergeFlag(seen.direct, pkg.direct, (a, b) => a || b);
    seen.dev = mergeFlag(seen.dev, pkg.dev, (a, b) => a && b);
    seen.license ??= pkg.license;
    seen.hashes = { ...pkg.hashes, ...seen.hashes };
    seen.dependsOn = [...seen.dependsOn, ...pkg.dependsOn];
  }
  for (const pkg of byPurl.values()) {
    pkg.dependsOn = [...new Set(pkg.dependsOn)].filter((purl) => purl !== pkg.purl).sort();
  }
  return [...byPurl.values()];
}

/** Combines a flag seen in two places; a format that cannot say (null) defers to one that can. */
export function mergeFlag(
  a: boolean | null,
  b: boolean | null,
  combine: (a: boolean, b: boolean) => boolean,
): boolean | null {
  if (a === null || b === null) return a ?? b;
  return combine(a, b);
}

/** Hex of a base64 digest (NuGet contentHash, go.sum h1:); null when it is not base64. */
export function base64ToHex(digest: string): string | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(digest)) return null;
  return Buffer.from(digest, 'base64').toString('hex');
}
