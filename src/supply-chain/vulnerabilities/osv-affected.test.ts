import type { Ecosystem } from '../../model/index.js';
import { isAffected } from './osv-affected.js';
import type { OsvEvent, OsvRange, OsvRecord } from './osv-record.js';

// Hand-made records, each exercising one part of OSV's evaluation rules.
function record(
  ecosystem: string,
  name: string,
  ranges: OsvRange[],
  extra: { versions?: string[]; withdrawn?: string } = {},
): OsvRecord {
  return {
    id: `TEST-${ecosystem}-${name}`,
    modified: '2024-01-01T00:00:00Z',
    ...(extra.withdrawn ? { withdrawn: extra.withdrawn } : {}),
    affected: [
      { package: { ecosystem, name }, ranges, ...(extra.versions ? { versions: extra.versions } : {}) },
    ],
  };
}

const eco = (...events: OsvEvent[]): OsvRange => ({ type: 'ECOSYSTEM', events });
const sem = (...events: OsvEvent[]): OsvRange => ({ type: 'SEMVER', events });

const npmSimple = record('npm', 'left-pad', [eco({ introduced: '1.0.0' }, { fixed: '1.3.0' })]);
const npmFromStart = record('npm', 'lodash', [sem({ introduced: '0' }, { fixed: '4.17.21' })]);
const npmUnsorted = record('npm', 'minimist', [
  eco({ fixed: '1.2.6' }, { introduced: '1.0.0' }, { fixed: '0.2.4' }, { introduced: '0' }),
]);
const npmLastAffected = record('npm', 'request', [eco({ introduced: '0' }, { last_affected: '2.88.2' })]);
const npmLimit = record('npm', 'qs', [eco({ introduced: '0' }, { limit: '7.0.0' }, { fixed: '6.10.3' })]);
const npmLimitOpen = record('npm', 'ws', [
  sem({ introduced: '5.0.0' }, { limit: '6.0.0' }, { introduced: '8.0.0' }),
]);
const npmMultiRange = record('npm', 'semver', [
  eco({ introduced: '7.0.0' }, { fixed: '7.5.2' }),
  eco({ introduced: '6.0.0' }, { fixed: '6.3.1' }),
]);
const npmWithdrawn = record('npm', 'axios', [eco({ introduced: '0' })], {
  withdrawn: '2024-02-01T00:00:00Z',
});
const npmVersions = record('npm', 'event-stream', [], { versions: ['3.3.6'] });
const npmScoped = record('npm', '@babel/traverse', [eco({ introduced: '0' }, { fixed: '7.23.2' })]);
const npmGit: OsvRecord = record('npm', 'tar', [
  { type: 'GIT', repo: 'https://x/y', events: [{ introduced: '0' }] },
]);

const pypi = record('PyPI', 'Django_Rest.framework', [eco({ introduced: '1.0' }, { fixed: '1.5.post1' })]);
const pypiRc = record('PyPI', 'ansible', [eco({ introduced: '2.8.0' }, { fixed: '2.8.16rc1' })]);
const pypiEpoch = record('PyPI', 'pkg-epoch', [eco({ introduced: '0' }, { fixed: '1!1.0' })]);
const pypiDev = record('PyPI', 'pkg-dev', [eco({ introduced: '2.0.dev1' }, { last_affected: '2.0' })], {
  versions: ['1.0-alpha2'],
});

const goRec = record('Go', 'github.com/evanphx/json-patch', [
  sem(
    { introduced: '0' },
    { fixed: '0.5.2' },
    { introduced: '3.0.0+incompatible' },
    { fixed: '4.0.0+incompatible' },
  ),
]);
const goPseudo = record('Go', 'golang.org/x/net', [
  sem({ introduced: '0' }, { fixed: '0.0.0-20220906165146-f3363e06e74c' }),
]);

const maven = record('Maven', 'org.apache.logging.log4j:log4j-core', [
  eco({ introduced: '2.0-beta9' }, { fixed: '2.3.1' }, { introduced: '2.4' }, { fixed: '2.12.2' }),
]);
const mavenQualifiers = record('Maven', 'com.example:lib', [
  eco({ introduced: '1.0-alpha-1' }, { fixed: '1.0-rc2' }),
]);
const mavenSp = record('Maven', 'com.example:sp', [eco({ introduced: '0' }, { fixed: '2.0.Final' })]);

const gems = record('RubyGems', 'bundler', [eco({ introduced: '1.14.0' }, { fixed: '2.1.0' })]);
const gemsPre = record('RubyGems', 'rails', [eco({ introduced: '6.0.0.beta1' }, { fixed: '6.0.3.1' })]);

const nuget = record('NuGet', 'Newtonsoft.Json', [eco({ introduced: '0' }, { fixed: '13.0.1' })]);
const nugetPre = record('NuGet', 'System.Text.Json', [
  eco({ introduced: '8.0.0-preview.1' }, { fixed: '8.0.4' }),
]);
const nugetFour = record('NuGet', 'Legacy.Pkg', [eco({ introduced: '1.0.0.0' }, { fixed: '1.0.0.5' })]);

const composer = record('Packagist', 'symfony/http-kernel', [
  eco({ introduced: '5.0.0' }, { fixed: '5.4.20' }),
]);
const composerStability = record('Packagist', 'guzzlehttp/guzzle', [
  eco({ introduced: '7.0.0-beta1' }, { fixed: '7.4.5' }),
]);

const crates = record('crates.io', 'smallvec', [sem({ fixed: '0.6.3' }, { introduced: '0.6.0-0' })]);

type Case = [string, OsvRecord, Ecosystem, string, string, boolean];

const cases: Case[] = [
  // introduced / fixed (fixed is exclusive)
  ['below introduced', npmSimple, 'npm', 'left-pad', '0.9.9', false],
  ['at introduced', npmSimple, 'npm', 'left-pad', '1.0.0', true],
  ['inside range', npmSimple, 'npm', 'left-pad', '1.2.9', true],
  ['at fixed', npmSimple, 'npm', 'left-pad', '1.3.0', false],
  ['above fixed', npmSimple, 'npm', 'left-pad', '2.0.0', false],
  ['pre-release of introduced is below it', npmSimple, 'npm', 'left-pad', '1.0.0-beta.1', false],
  ['pre-release of fixed is still affected', npmSimple, 'npm', 'left-pad', '1.3.0-rc.1', true],
  ['build metadata is ignored', npmSimple, 'npm', 'left-pad', '1.3.0+build.5', false],
  ['loose "v" spelling', npmSimple, 'npm', 'left-pad', 'v1.1.0', true],
  ['introduced "0" covers the first version', npmFromStart, 'npm', 'lodash', '0.0.1', true],
  ['introduced "0" up to the fix', npmFromStart, 'npm', 'lodash', '4.17.20', true],
  ['introduced "0", at the fix', npmFromStart, 'npm', 'lodash', '4.17.21', false],
  // events out of order in the file
  ['unsorted: first interval', npmUnsorted, 'npm', 'minimist', '0.2.3', true],
  ['unsorted: gap between intervals', npmUnsorted, 'npm', 'minimist', '0.2.4', false],
  ['unsorted: second interval', npmUnsorted, 'npm', 'minimist', '1.2.5', true],
  ['unsorted: above the last fix', npmUnsorted, 'npm', 'minimist', '1.2.6', false],
  // last_affected is inclusive
  ['last_affected itself', npmLastAffected, 'npm', 'request', '2.88.2', true],
  ['above last_affected', npmLastAffected, 'npm', 'request', '2.88.3', false],
  // limit
  ['below limit and fix', npmLimit, 'npm', 'qs', '6.10.2', true],
  ['below limit, fixed', npmLimit, 'npm', 'qs', '6.11.0', false],
  ['open range capped by limit: below', npmLimitOpen, 'npm', 'ws', '5.2.0', true],
  ['open range capped by limit: at limit', npmLimitOpen, 'npm', 'ws', '6.0.0', false],
  [
    'open range capped by limit: later introduced is above every limit',
    npmLimitOpen,
    'npm',
    'ws',
    '8.1.0',
    false,
  ],
  // several ranges in one affected entry
  ['second range', npmMultiRange, 'npm', 'semver', '6.3.0', true],
  ['first range', npmMultiRange, 'npm', 'semver', '7.5.1', true],
  ['between ranges', npmMultiRange, 'npm', 'semver', '6.3.1', false],
  ['withdrawn records affect nothing', npmWithdrawn, 'npm', 'axios', '1.0.0', false],
  ['listed in versions', npmVersions, 'npm', 'event-stream', '3.3.6', true],
  ['a versions list is not a range', npmVersions, 'npm', 'event-stream', '3.3.5', false],
  ['scoped npm name', npmScoped, 'npm', '@babel/traverse', '7.23.0', true],
  ['npm names are exact', npmScoped, 'npm', '@Babel/traverse', '7.23.0', false],
  ['other ecosystem, same name', npmScoped, 'PyPI', '@babel/traverse', '7.23.0', false],
  ['GIT ranges are not evaluated', npmGit, 'npm', 'tar', '1.0.0', false],
  ['unparseable version is not placed in a range', npmSimple, 'npm', 'left-pad', 'github:x/y#abc', false],
  // PyPI: PEP 440 and PEP 503 names
  ['PEP 503 name normalisation', pypi, 'PyPI', 'django-rest-framework', '1.2', true],
  ['release below its post-release fix', pypi, 'PyPI', 'Django.Rest_Framework', '1.5', true],
  ['post0 below post1', pypi, 'PyPI', 'django-rest-framework', '1.5.post0', true],
  ['post-release fix, "-post1" spelling', pypi, 'PyPI', 'django-rest-framework', '1.5-post1', false],
  ['1.10 above 1.5 numerically', pypi, 'PyPI', 'django-rest-framework', '1.10', false],
  ['1.0 == 1.0.0 at introduced', pypi, 'PyPI', 'django-rest-framework', '1.0.0', true],
  ['b1 below rc1 fix', pypiRc, 'PyPI', 'ansible', '2.8.16b1', true],
  ['final above rc1 fix', pypiRc, 'PyPI', 'ansible', '2.8.16', false],
  ['dev release below its rc', pypiRc, 'PyPI', 'ansible', '2.8.16rc1.dev0', true],
  ['epoch 0 below epoch 1 fix', pypiEpoch, 'PyPI', 'pkg-epoch', '2024.1', true],
  ['epoch 1 version at fix', pypiEpoch, 'PyPI', 'pkg-epoch', '1!1.0', false],
  ['dev introduced, final last_affected', pypiDev, 'PyPI', 'pkg-dev', '2.0rc1', true],
  ['post-release above last_affected', pypiDev, 'PyPI', 'pkg-dev', '2.0.post1', false],
  ['versions list compared after PEP 440 normalisation', pypiDev, 'PyPI', 'pkg-dev', '1.0a2', true],
  // Go
  ['Go query with "v"', goRec, 'Go', 'github.com/evanphx/json-patch', 'v0.5.1', true],
  ['Go at fix', goRec, 'Go', 'github.com/evanphx/json-patch', 'v0.5.2', false],
  ['Go +incompatible introduced', goRec, 'Go', 'github.com/evanphx/json-patch', 'v3.0.0+incompatible', true],
  ['Go +incompatible vs plain spelling', goRec, 'Go', 'github.com/evanphx/json-patch', 'v3.5.0', true],
  ['Go +incompatible at fix', goRec, 'Go', 'github.com/evanphx/json-patch', 'v4.0.0+incompatible', false],
  [
    'Go major-version path is another module',
    goRec,
    'Go',
    'github.com/evanphx/json-patch/v5',
    'v5.0.0',
    false,
  ],
  [
    'Go pseudo-version before the fix',
    goPseudo,
    'Go',
    'golang.org/x/net',
    'v0.0.0-20220722155237-a158d28d115b',
    true,
  ],
  [
    'Go pseudo-version at the fix',
    goPseudo,
    'Go',
    'golang.org/x/net',
    'v0.0.0-20220906165146-f3363e06e74c',
    false,
  ],
  ['Go release above pseudo-version fix', goPseudo, 'Go', 'golang.org/x/net', 'v0.1.0', false],
  // Maven
  ['Maven beta9 at introduced', maven, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.0-beta9', true],
  ['Maven beta8 below beta9', maven, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.0-beta8', false],
  ['Maven rc above beta', maven, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.0-rc1', true],
  ['Maven 2.3 below 2.3.1', maven, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.3', true],
  ['Maven 2.3.2 in gap', maven, 'Maven', 'org.apache.logging.log4j:log4j-core', '2.3.2', false],
  [
    'Maven 2.12.1 numerically above 2.4',
    maven,
    'Maven',
    'org.apache.logging.log4j:log4j-core',
    '2.12.1',
    true,
  ],
  ['Maven group:artifact must match', maven, 'Maven', 'org.apache.logging.log4j:log4j-api', '2.12.1', false],
  ['Maven milestone between alpha and rc', mavenQualifiers, 'Maven', 'com.example:lib', '1.0-M3', true],
  ['Maven cr = rc', mavenQualifiers, 'Maven', 'com.example:lib', '1.0-cr2', false],
  ['Maven snapshot above rc', mavenQualifiers, 'Maven', 'com.example:lib', '1.0-SNAPSHOT', false],
  ['Maven .Final = release', mavenSp, 'Maven', 'com.example:sp', '2.0', false],
  ['Maven SNAPSHOT below release', mavenSp, 'Maven', 'com.example:sp', '2.0-SNAPSHOT', true],
  ['Maven sp above release', mavenSp, 'Maven', 'com.example:sp', '2.0-sp1', false],
  // RubyGems
  ['gem prerelease below introduced', gems, 'RubyGems', 'bundler', '1.14.0.pre.1', false],
  ['gem at introduced', gems, 'RubyGems', 'bundler', '1.14.0', true],
  ['gem prerelease below fix', gems, 'RubyGems', 'bundler', '2.1.0.pre.3', true],
  ['gem at fix', gems, 'RubyGems', 'bundler', '2.1.0', false],
  ['gem 4-segment fix', gemsPre, 'RubyGems', 'rails', '6.0.3', true],
  ['gem 4-segment at fix', gemsPre, 'RubyGems', 'rails', '6.0.3.1', false],
  ['gem beta2 above beta1', gemsPre, 'RubyGems', 'rails', '6.0.0.beta2', true],
  ['gem rc above beta introduced', gemsPre, 'RubyGems', 'rails', '6.0.0.rc1', true],
  // NuGet
  ['NuGet name case-insensitive', nuget, 'NuGet', 'newtonsoft.json', '12.0.3', true],
  ['NuGet at fix', nuget, 'NuGet', 'Newtonsoft.Json', '13.0.1', false],
  [
    'NuGet prerelease labels case-insensitive',
    nugetPre,
    'NuGet',
    'System.Text.Json',
    '8.0.0-PREVIEW.1',
    true,
  ],
  ['NuGet prerelease below introduced', nugetPre, 'NuGet', 'System.Text.Json', '8.0.0-alpha.1', false],
  ['NuGet release above its previews', nugetPre, 'NuGet', 'System.Text.Json', '8.0.0', true],
  ['NuGet 4-part revision', nugetFour, 'NuGet', 'Legacy.Pkg', '1.0.0.4', true],
  ['NuGet 3 parts equal 4 parts', nugetFour, 'NuGet', 'Legacy.Pkg', '1.0.0', true],
  ['NuGet 4-part at fix', nugetFour, 'NuGet', 'Legacy.Pkg', '1.0.0.5', false],
  // Packagist (Composer)
  ['Composer "v" prefix', composer, 'Packagist', 'symfony/http-kernel', 'v5.4.19', true],
  ['Composer at fix with "v"', composer, 'Packagist', 'symfony/http-kernel', 'v5.4.20', false],
  ['Composer short version padded', composer, 'Packagist', 'symfony/http-kernel', '5.4', true],
  ['Composer names case-insensitive', composer, 'Packagist', 'Symfony/Http-Kernel', '5.1.0', true],
  [
    'Composer beta above introduced beta',
    composerStability,
    'Packagist',
    'guzzlehttp/guzzle',
    '7.0.0-beta2',
    true,
  ],
  [
    'Composer alpha below introduced beta',
    composerStability,
    'Packagist',
    'guzzlehttp/guzzle',
    '7.0.0-alpha3',
    false,
  ],
  ['Composer RC below release', composerStability, 'Packagist', 'guzzlehttp/guzzle', '7.4.5-RC1', true],
  [
    'Composer patch release above fix',
    composerStability,
    'Packagist',
    'guzzlehttp/guzzle',
    '7.4.5-p1',
    false,
  ],
  [
    'Composer branch name cannot be placed',
    composerStability,
    'Packagist',
    'guzzlehttp/guzzle',
    'dev-master',
    false,
  ],
  // crates.io, unsorted SEMVER
  ['crate pre-release lower bound', crates, 'crates.io', 'smallvec', '0.6.0-alpha', true],
  ['crate below fix', crates, 'crates.io', 'smallvec', '0.6.2', true],
  ['crate at fix', crates, 'crates.io', 'smallvec', '0.6.3', false],
  ['crate below range', crates, 'crates.io', 'smallvec', '0.5.9', false],
];

describe('isAffected follows OSV evaluation rules', () => {
  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)('%s', (_why, osv, ecosystem, name, version, expected) => {
    expect(isAffected(osv, ecosystem, name, version)).toBe(expected);
  });

  it('matches any of several affected entries for the same package', () => {
    const osv: OsvRecord = {
      id: 'GHSA-test',
      affected: [
        {
          package: { ecosystem: 'npm', name: 'ansi-regex' },
          ranges: [eco({ introduced: '3.0.0' }, { fixed: '3.0.1' })],
        },
        {
          package: { ecosystem: 'npm', name: 'ansi-regex' },
          ranges: [eco({ introduced: '5.0.0' }, { fixed: '5.0.1' })],
        },
      ],
    };
    expect(isAffected(osv, 'npm', 'ansi-regex', '5.0.0')).toBe(true);
    expect(isAffected(osv, 'npm', 'ansi-regex', '4.0.0')).toBe(false);
  });
});
