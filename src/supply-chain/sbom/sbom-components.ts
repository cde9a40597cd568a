import { PackageURL } from 'packageurl-js';
import type { DependencyInventory, DependencyPackage, Ecosystem } from '../../model/index.js';
import { compareText, sbomHashes, type SbomHash } from './sbom-hashes.js';

/** One component as both SBOM formats write it: the inventory's packages merged by purl. */
export interface SbomComponent {
  /** Canonical purl (as packageurl-js prints it): the component's identity in both formats. */
  purl: string;
  ecosystem: Ecosystem;
  /** As the ecosystem spells it (`@types/node`, `org.slf4j:slf4j-api`). */
  name: string;
  /** purl namespace (npm scope, Maven groupId, Composer vendor, Go module path prefix), decoded. */
  group: string | null;
  /** purl name without the namespace. */
  shortName: string;
  version: string;
  /** True when any lockfile says direct; false only when every lockfile says transitive. */
  direct: boolean | null;
  /** Prod wins: false when any lockfile says prod; true only when every lockfile says dev. */
  dev: boolean | null;
  /** The first licence a lockfile records, in source order; null when none does. */
  license: string | null;
  hashes: SbomHash[];
  /** Every lockfile line it was read from, sorted. */
  sources: Array<{ file: string; line: number | null }>;
  /** Canonical purls of components in this SBOM that it depends on, sorted; unknown purls dropped. */
  dependsOn: string[];
}

export interface SbomComponentGraph {
  /** Sorted by purl. */
  components: SbomComponent[];
  /** purls the repository itself depends on, sorted. */
  rootDependsOn: string[];
}

function canonicalPurl(pkg: DependencyPackage): string {
  try {
    return PackageURL.fromString(pkg.purl).toString();
  } catch (error) {
    const where = `${pkg.source.file}${pkg.source.line ? `:${pkg.source.line}` : ''}`;
    throw new Error(
      `${where}: package ${pkg.name}@${pkg.version} has an invalid purl ${JSON.stringify(pkg.purl)}`,
      {
        cause: error,
      },
    );
  }
}

/** purls a dependsOn list names may be spelled differently (e.g. `@` vs `%40`); an unparsable one is skipped. */
function canonicalOrNull(purl: string): string | null {
  try {
    return PackageURL.fromString(purl).toString();
  } catch {
    return null;
  }
}

function mergeDirect(a: boolean | null, b: boolean | null): boolean | null {
  if (a === true || b === true) return true;
  if (a === null || b === null) return null;
  return false;
}

function mergeDev(a: boolean | null, b: boolean | null): boolean | null {
  if (a === false || b === false) return false;
  if (a === null || b === null) return null;
  return true;
}

function compareSource(a: SbomComponent['sources'][number], b: SbomComponent['sources'][number]): number {
  return compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/**
 * Merges the inventory into SBOM components: one per purl however many lockfiles list it, with
 * every source kept, and a dependency graph whose every reference is a component of the SBOM.
 */
export function sbomComponentGraph(inventory: DependencyInventory): SbomComponentGraph {
  const byPurl = new Map<
    string,
    { component: SbomComponent; rawDependsOn: Set<string>; rawHashes: Record<string, string> }
  >();
  // Source order decides which licence wins when lockfiles disagree; sort so input order cannot.
  const packages = [...inventory.packages].sort(
    (a, b) => compareText(a.source.file, b.source.file) || (a.source.line ?? 0) - (b.source.line ?? 0),
  );
  for (const pkg of packages) {
    const purl = canonicalPurl(pkg);
    const entry = byPurl.get(purl);
    if (entry) {
      const merged = entry.component;
      merged.direct = mergeDirect(merged.direct, pkg.direct);
      merged.dev = mergeDev(merged.dev, pkg.dev);
      merged.license ??= pkg.license;
      merged.sources.push({ ...pkg.source });
      entry.rawHashes = { ...pkg.hashes, ...entry.rawHashes };
      pkg.dependsOn.forEach((target) => entry.rawDependsOn.add(target));
      continue;
    }
    const parsed = PackageURL.fromString(purl);
    byPurl.set(purl, {
      component: {
        purl,
        ecosystem: pkg.ecosystem,
        name: pkg.name,
        group: parsed.namespace ?? null,
        shortName: parsed.name,
        version: pkg.version,
        direct: pkg.direct,
        dev: pkg.dev,
        license: pkg.license,
        hashes: [],
        sources: [{ ...pkg.source }],
        dependsOn: [],
      },
      rawDependsOn: new Set(pkg.dependsOn),
      rawHashes: { ...pkg.hashes },
    });
  }

  const dependedOn = new Set<string>();
  for (const [purl, entry] of byPurl) {
    const targets = new Set<string>();
    for (const raw of entry.rawDependsOn) {
      const target = canonicalOrNull(raw);
      if (target && target !== purl && byPurl.has(target)) targets.add(target);
    }
    entry.component.dependsOn = [...targets].sort(compareText);
    entry.component.hashes = sbomHashes(entry.rawHashes);
    entry.component.sources.sort(compareSource);
    targets.forEach((target) => dependedOn.add(target));
  }

  const components = [...byPurl.values()]
    .map((entry) => entry.component)
    .sort((a, b) => compareText(a.purl, b.purl));
  // Direct packages hang from the repository. Where a format cannot say (direct null), a package
  // no other package depends on can only have been put there by the project, so it hangs from
  // the repository too; otherwise it would be unreachable in the graph.
  const rootDependsOn = components
    .filter(
      (component) =>
        component.direct === true || (component.direct === null && !dependedOn.has(component.purl)),
    )
    .map((component) => component.purl);
  return { components, rootDependsOn };
}
