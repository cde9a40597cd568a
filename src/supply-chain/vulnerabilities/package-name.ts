import type { Ecosystem } from '../../model/index.js';

const ECOSYSTEMS: readonly Ecosystem[] = [
  'npm',
  'PyPI',
  'Go',
  'crates.io',
  'RubyGems',
  'Packagist',
  'Maven',
  'NuGet',
];

/** The ecosystem an OSV `affected.package.ecosystem` names, or null for one this scanner does not read. */
export function osvEcosystem(name: string): Ecosystem | null {
  return (ECOSYSTEMS as readonly string[]).includes(name) ? (name as Ecosystem) : null;
}

/**
 * The form in which two names of one ecosystem are the same package: PyPI per PEP 503 (case, runs
 * of "-", "_", "." folded), NuGet and Packagist case-insensitive; npm, Go module paths, Maven
 * group:artifact, crates and gems compare exactly.
 */
export function normalisePackageName(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case 'PyPI':
      return name
        .trim()
        .toLowerCase()
        .replace(/[-_.]+/g, '-');
    case 'NuGet':
    case 'Packagist':
      return name.trim().toLowerCase();
    default:
      return name.trim();
  }
}
