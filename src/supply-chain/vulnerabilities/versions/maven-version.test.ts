import { compareMavenVersions } from './maven-version.js';

// Orderings from Maven's ComparableVersionTest (maven-artifact), each list strictly ascending.
const ascending: string[][] = [
  ['1', '1.1', '1.2', '1.10', '2', '10'],
  [
    '1-alpha-1',
    '1-alpha-2',
    '1-beta-1',
    '1-milestone-1',
    '1-rc-1',
    '1-SNAPSHOT',
    '1',
    '1-sp',
    '1-abc',
    '1-1',
    '1.1',
  ],
  ['1a1', '1b1', '1m1', '1-rc1', '1'],
  ['1.0-alpha-1', '1.0-alpha-2', '1.0-alpha-10', '1.0-beta-1', '1.0-rc1', '1.0'],
  ['2.0-beta8', '2.0-beta9', '2.0-beta10', '2.0-rc1', '2.0', '2.0.1'],
  ['1.0.0-SNAPSHOT', '1.0.0', '1.0.0-1', '1.0.1'],
  ['2.4', '2.5-SNAPSHOT', '2.5'],
];

const equal: Array<[string, string]> = [
  ['1', '1.0'],
  ['1', '1.0.0'],
  ['1.0', '1-0'],
  ['1-ga', '1'],
  ['1.final', '1'],
  ['1-release', '1'],
  ['1cr1', '1rc1'],
  ['1a1', '1-alpha-1'],
  ['1.0-ALPHA-1', '1.0-alpha-1'],
  ['1.0.Final', '1.0'],
];

describe('compareMavenVersions orders like Maven ComparableVersion', () => {
  it.each(ascending.map((list) => [list.join(' < '), list]))('%s', (_label, list) => {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        expect([list[i], list[j], compareMavenVersions(list[i], list[j])]).toEqual([list[i], list[j], -1]);
        expect([list[j], list[i], compareMavenVersions(list[j], list[i])]).toEqual([list[j], list[i], 1]);
      }
    }
  });

  it.each(equal)('%s equals %s', (a, b) => {
    expect(compareMavenVersions(a, b)).toBe(0);
    expect(compareMavenVersions(b, a)).toBe(0);
  });

  it('compares numbers beyond 64 bits', () => {
    expect(compareMavenVersions('1.99999999999999999999', '1.100000000000000000000')).toBe(-1);
  });
});
