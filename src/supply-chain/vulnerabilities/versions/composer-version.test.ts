import { compareComposerVersions, normaliseComposerVersion } from './composer-version.js';

describe('Composer version normalisation (VersionParser::normalize)', () => {
  it.each([
    ['1.0.0', '1.0.0.0'],
    ['v2.1', '2.1.0.0'],
    ['1.2.3.4', '1.2.3.4'],
    ['1.0.0-beta2', '1.0.0.0-beta2'],
    ['1.0.0b2', '1.0.0.0-beta2'],
    ['1.0.0-RC1', '1.0.0.0-RC1'],
    ['1.0.0-alpha.3', '1.0.0.0-alpha3'],
    ['1.0.0-stable', '1.0.0.0'],
    ['1.0.0-pl1', '1.0.0.0-patch1'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseComposerVersion(input)).toBe(expected);
  });
});

describe('compareComposerVersions orders like composer/semver', () => {
  const ascending = [
    '1.0.0-dev',
    '1.0.0-alpha1',
    '1.0.0-alpha2',
    '1.0.0-beta1',
    '1.0.0-RC1',
    '1.0.0-RC2',
    'v1.0.0',
    '1.0.0-p1',
    '1.0.1',
    '1.0.10',
    '1.1',
    '2.0.0.1',
  ];

  it('sorts stability suffixes dev < alpha < beta < RC < stable < patch', () => {
    expect([...ascending].reverse().sort(compareComposerVersions)).toEqual(ascending);
  });

  it.each([
    ['v3.0.3', '3.0.3'],
    ['1.0', '1.0.0.0'],
    ['1.0.0-rc1', '1.0.0-RC1'],
    ['1.0.0+build', '1.0.0'],
  ])('%s equals %s', (a, b) => {
    expect(compareComposerVersions(a, b)).toBe(0);
  });

  it('refuses branch names, which have no place in a range', () => {
    expect(() => compareComposerVersions('dev-main', '1.0.0')).toThrow('not a Composer version');
    expect(() => compareComposerVersions('1.0.x-dev', '1.0.0')).toThrow('not a Composer version');
  });
});
