/** Package ecosystems as OSV names them (https://ossf.github.io/osv-schema/#affectedpackage-field). */
export type Ecosystem = 'npm' | 'PyPI' | 'Go' | 'crates.io' | 'RubyGems' | 'Packagist' | 'Maven' | 'NuGet';

/** One third-party component found in a lockfile or manifest. */
export interface DependencyPackage {
  ecosystem: Ecosystem;
  /** As the ecosystem spells it (npm scope included: `@types/node`; Maven `group:artifact`). */
  name: string;
  version: string;
  /** Package URL (https://github.com/package-url/purl-spec), built with a purl library. */
  purl: string;
  /** Declared by the project itself, not pulled in by another package; null when the format cannot say. */
  direct: boolean | null;
  /** Development-only (devDependencies, dev groups); null when the format cannot say. */
  dev: boolean | null;
  /** SPDX expression when the lockfile records one; never guessed. */
  license: string | null;
  /** Integrity hashes the lockfile records, e.g. { 'SHA-512': '<hex>' }. */
  hashes: Record<string, string>;
  /** Where it came from: repository-relative lockfile path and 1-based line. */
  source: { file: string; line: number | null };
  /** purls of the packages this one depends on, when the lockfile records the graph. */
  dependsOn: string[];
}

/** The lockfiles read in one run and what they held. */
export interface DependencyInventory {
  lockfiles: Array<{ path: string; format: string; packages: number }>;
  packages: DependencyPackage[];
}
