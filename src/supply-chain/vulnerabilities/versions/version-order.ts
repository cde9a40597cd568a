import * as pep440 from '@renovatebot/pep440';
import * as rubyGems from '@renovatebot/ruby-semver';
import semver from 'semver';

import type { Ecosystem } from '../../../model/index.js';
import { compareComposerVersions } from './composer-version.js';
import { compareMavenVersions } from './maven-version.js';
import { compareNuGetVersions } from './nuget-version.js';

/** Orders two versions: negative, 0 or positive. Throws when either is not a version of the scheme. */
export type VersionComparator = (a: string, b: string) => number;

export class InvalidVersionError extends Error {
  constructor(version: string, scheme: string) {
    super(`not a ${scheme} version: ${version}`);
    this.name = 'InvalidVersionError';
  }
}

function parseSemver(version: string, scheme: string): semver.SemVer {
  // loose accepts "v1.2.3" and "=1.2.3"; build metadata is parsed but ignored by compare().
  const parsed = semver.parse(version.trim(), { loose: true });
  if (!parsed) throw new InvalidVersionError(version, scheme);
  return parsed;
}

/** SemVer 2.0 ordering (OSV SEMVER ranges, npm, crates.io); build metadata does not take part. */
export const compareSemver: VersionComparator = (a, b) =>
  semver.compare(parseSemver(a, 'SemVer'), parseSemver(b, 'SemVer'));

function goSemver(version: string): string {
  // Go module versions carry "v" and major versions ≥ 2 without go.mod carry "+incompatible";
  // both are spelling, not order (OSV Go events omit the "v").
  return version
    .trim()
    .replace(/^v/, '')
    .replace(/\+incompatible$/, '');
}

/** Go module version ordering: SemVer with the "v" prefix and "+incompatible" set aside. */
export const compareGoVersions: VersionComparator = (a, b) =>
  semver.compare(parseSemver(goSemver(a), 'Go'), parseSemver(goSemver(b), 'Go'));

/** PEP 440 ordering: epochs, pre-, post- and dev-releases, local versions; `1.0-post1` ≡ `1.0.post1`. */
export const comparePep440: VersionComparator = (a, b) => {
  for (const version of [a, b])
    if (pep440.valid(version) === null) throw new InvalidVersionError(version, 'PEP 440');
  return Math.sign(pep440.compare(a, b));
};

/** Gem::Version ordering: numeric segments, and a letter segment makes a pre-release (1.0.pre.1 < 1.0). */
export const compareGemVersions: VersionComparator = (a, b) => {
  for (const version of [a, b])
    if (rubyGems.valid(version) === null) throw new InvalidVersionError(version, 'RubyGems');
  if (rubyGems.eq(a, b)) return 0;
  return rubyGems.lt(a, b) ? -1 : 1;
};

function guarded(scheme: string, compare: VersionComparator): VersionComparator {
  return (a, b) => {
    try {
      return compare(a, b);
    } catch (error) {
      if (error instanceof InvalidVersionError) throw error;
      throw new InvalidVersionError(`${a} / ${b}`, scheme);
    }
  };
}

const ECOSYSTEM_ORDER: Record<Ecosystem, VersionComparator> = {
  npm: compareSemver,
  'crates.io': compareSemver,
  Go: compareGoVersions,
  PyPI: comparePep440,
  RubyGems: compareGemVersions,
  Maven: guarded('Maven', compareMavenVersions),
  NuGet: guarded('NuGet', compareNuGetVersions),
  Packagist: guarded('Composer', compareComposerVersions),
};

/** The ordering an OSV `ECOSYSTEM` range uses for this ecosystem. */
export function ecosystemVersionOrder(ecosystem: Ecosystem): VersionComparator {
  return ECOSYSTEM_ORDER[ecosystem];
}

/** The ordering an OSV `SEMVER` range uses; Go's spelling ("v", "+incompatible") is accepted too. */
export function semverRangeOrder(ecosystem: Ecosystem): VersionComparator {
  return ecosystem === 'Go' ? compareGoVersions : compareSemver;
}
