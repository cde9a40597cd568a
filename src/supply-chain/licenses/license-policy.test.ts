import type { DependencyPackage } from '../../model/index.js';
import { LICENSE_RULES, licenseFindings } from './license-findings.js';
import { judgeLicense } from './license-policy.js';

describe('judgeLicense', () => {
  const deny = { deny: ['GPL-3.0-only', 'AGPL-3.0-only'], allow: [] };
  const allow = { deny: [], allow: ['MIT', 'Apache-2.0', 'BSD-3-Clause'] };

  it.each([
    ['MIT', deny, 'acceptable'],
    ['GPL-3.0-only', deny, 'denied'],
    ['GPL-3.0-or-later', { deny: ['gpl-3.0-or-later'], allow: [] }, 'denied'],
    ['MIT OR GPL-3.0-only', deny, 'acceptable'],
    ['MIT AND GPL-3.0-only', deny, 'denied'],
    ['(MIT OR AGPL-3.0-only) AND GPL-3.0-only', deny, 'denied'],
    ['Apache-2.0 WITH LLVM-exception', deny, 'acceptable'],
    ['MIT', allow, 'acceptable'],
    ['ISC', allow, 'not-allowed'],
    ['ISC OR MIT', allow, 'acceptable'],
    ['ISC AND MIT', allow, 'not-allowed'],
    [null, allow, 'unknown'],
    ['SEE LICENSE IN LICENSE.md', deny, 'unknown'],
  ] as const)('%s under %j is %s', (expression, policy, expected) => {
    expect(judgeLicense(expression, policy).kind).toBe(expected);
  });

  it('names the denied licences, not the acceptable ones beside them', () => {
    expect(judgeLicense('MIT AND GPL-3.0-only', deny)).toEqual({
      kind: 'denied',
      licenses: ['GPL-3.0-only'],
    });
  });
});

describe('licenseFindings', () => {
  const pkg = (
    name: string,
    license: string | null,
    file = 'package-lock.json',
    line = 10,
  ): DependencyPackage => ({
    ecosystem: 'npm',
    name,
    version: '1.0.0',
    purl: `pkg:npm/${name}@1.0.0`,
    direct: true,
    dev: false,
    license,
    hashes: {},
    source: { file, line },
    dependsOn: [],
  });

  it('reports nothing when the policy lists no licences', () => {
    expect(licenseFindings([pkg('a', 'GPL-3.0-only'), pkg('b', null)], { deny: [], allow: [] }, '0')).toEqual(
      [],
    );
  });

  it('reports each denied package at its lockfile line and one unknown-licence finding per lockfile', () => {
    const findings = licenseFindings(
      [
        pkg('gpl-lib', 'GPL-3.0-only', 'a/package-lock.json', 42),
        pkg('x', null),
        pkg('y', 'UNLICENSED'),
        pkg('ok', 'MIT'),
      ],
      { deny: ['GPL-3.0-only'], allow: [] },
      '0.1.0',
    );
    expect(findings.map((f) => [f.ruleId, f.location.path, f.location.startLine])).toEqual([
      [LICENSE_RULES.denied, 'a/package-lock.json', 42],
      [LICENSE_RULES.unknown, 'package-lock.json', 1],
    ]);
    expect(findings[0].message).toContain('gpl-lib@1.0.0');
    expect(findings[1].metadata.packages).toEqual(['x@1.0.0', 'y@1.0.0']);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
  });
});
