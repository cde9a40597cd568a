import { PackageURL } from 'packageurl-js';
import type { DependencyPackage } from '../../../model/index.js';
import { mergeFlag } from '../common/package-list.js';

/** purl of an npm package; the scope becomes the purl namespace (`pkg:npm/%40types/node@20.1.0`). */
export function npmPurl(name: string, version: string): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  const namespace = slash > 0 ? name.slice(0, slash) : undefined;
  const bare = slash > 0 ? name.slice(slash + 1) : name;
  return new PackageURL('npm', namespace, bare, version, undefined, undefined).toString();
}

/** What a JavaScript lockfile reader knows about one installed package before it is merged. */
export interface NpmPackageRecord {
  name: string;
  version: string;
  direct: boolean | null;
  dev: boolean | null;
  license: string | null;
  hashes: Record<string, string>;
  line: number | null;
  dependsOn: string[];
}

/**
 * Turns records into packages, one per name@version: the same version installed at several paths
 * (npm nested copies) or resolved from several specifiers (yarn, pnpm peer variants) is one component.
 * It is direct if any copy is, and dev only if every copy is.
 */
export function mergeNpmPackages(file: string, records: readonly NpmPackageRecord[]): DependencyPackage[] {
  const byPurl = new Map<string, DependencyPackage>();
  for (const record of records) {
    const purl = npmPurl(record.name, record.version);
    const seen = byPurl.get(purl);
    if (!seen) {
      byPurl.set(purl, {
        ecosystem: 'npm',
        name: record.name,
        version: record.version,
        purl,
        direct: record.direct,
        dev: record.dev,
        license: record.license,
        hashes: { ...record.hashes },
        source: { file, line: record.line },
        dependsOn: [...new Set(record.dependsOn)],
      });
      continue;
    }
    seen.direct = mergeFlag(seen.direct, record.direct, (a, b) => a || b);
    seen.dev = mergeFlag(seen.dev, record.dev, (a, b) => a && b);
    seen.license ??= record.license;
    seen.hashes = { ...record.hashes, ...seen.hashes };
    if (seen.source.line === null || (record.line !== null && record.line < seen.source.line)) {
      seen.source.line = record.line;
    }
    seen.dependsOn = [...new Set([...seen.dependsOn, ...record.dependsOn])];
  }
  for (const pkg of byPurl.values()) pkg.dependsOn = pkg.dependsOn.filter((purl) => purl !== pkg.purl).sort();
  return [...byPurl.values()];
}
