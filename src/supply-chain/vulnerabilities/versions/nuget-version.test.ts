import { compareNuGetVersions } from './nuget-version.js';

describe('compareNuGetVersions orders like NuGet.Versioning', () => {
  const ascending = [
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-alpha.beta',
    '1.0.0-beta',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
    '1.0.0.1',
    '1.0.1',
    '1.10.0',
    '2.0.0',
  ];

  it('sorts a SemVer 2 list with a four-part revision', () => {
    const shuffled = [...ascending].reverse();
    expect(shuffled.sort(compareNuGetVersions)).toEqual(ascending);
  });

  it.each([
    ['1.0', '1.0.0.0'],
    ['1.0.0-BETA', '1.0.0-beta'],
    ['1.0.0+build.1', '1.0.0'],
    ['1.0.0-rc.1+sha.abc', '1.0.0-RC.1'],
  ])('%s equals %s', (a, b) => {
    expect(compareNuGetVersions(a, b)).toBe(0);
  });

  it('rejects a string that is not a version', () => {
    expect(() => compareNuGetVersions('latest', '1.0.0')).toThrow('not a NuGet version');
  });
});
