import type { PackageManifest } from './package-manifest.js';
import { splitDescriptor } from './yarn-descriptor.js';

/**
 * Yarn's `resolutions` in the root package.json force a package to one range everywhere, so the
 * lockfile stores the forced descriptor while dependents still list their own range. Returns the
 * forced range per package name (`**\/a`, `parent/a`, `a@^1` and scoped names all reduce to the name).
 */
export function forcedRanges(manifest: PackageManifest | null): Map<string, string> {
  const forced = new Map<string, string>();
  const resolutions = (manifest as { resolutions?: unknown } | null)?.resolutions;
  if (!resolutions || typeof resolutions !== 'object') return forced;
  for (const [pattern, range] of Object.entries(resolutions as Record<string, unknown>)) {
    const segments = pattern.split('/');
    const scoped = segments.length >= 2 && segments[segments.length - 2].startsWith('@');
    const last = scoped ? segments.slice(-2).join('/') : segments[segments.length - 1];
    forced.set(splitDescriptor(last).name, String(range));
  }
  return forced;
}

/** Finds the lock entry for `name@range`, trying the forced range when the declared one is absent. */
export function lookupDescriptor<T>(
  byDescriptor: ReadonlyMap<string, T>,
  forced: ReadonlyMap<string, string>,
  name: string,
  range: string,
): T | undefined {
  const exact = byDescriptor.get(`${name}@${range}`);
  if (exact) return exact;
  const override = forced.get(name);
  if (override === undefined) return undefined;
  // Berry writes registry ranges with an explicit `npm:` protocol; v1 writes them bare.
  return byDescriptor.get(`${name}@${override}`) ?? byDescriptor.get(`${name}@npm:${override}`);
}
