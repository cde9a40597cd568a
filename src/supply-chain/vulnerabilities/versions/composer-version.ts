// Composer's version ordering: composer/semver normalises a version (VersionParser::normalize:
// leading "v" dropped, four numeric parts, stability suffixes spelled out) and then compares with
// PHP's version_compare(). Both steps are written out here (there is no npm port of composer/semver)
// and tested in composer-version.test.ts.

const STABILITY_ALIASES: Record<string, string> = {
  a: 'alpha',
  alpha: 'alpha',
  b: 'beta',
  beta: 'beta',
  rc: 'RC',
  p: 'patch',
  pl: 'patch',
  patch: 'patch',
  stable: '',
};

// VersionParser's classical-version pattern (major[.minor[.patch[.build]]][-stability[N]][-dev]).
const CLASSICAL =
  /^v?(\d{1,5})(\.\d+)?(\.\d+)?(\.\d+)?[._-]?(?:(stable|beta|b|rc|alpha|a|patch|pl|p)((?:[.-]?\d+)*)?)?([.-]?dev)?$/i;
// Date-based versions (20240101, 2024.01.01) are kept as they are, padded like Composer does.
const DATE =
  /^v?(\d{4}(?:[.:-]?\d{2}){1,6}(?:[.:-]?\d{1,3}){0,2})[._-]?(?:(stable|beta|b|rc|alpha|a|patch|pl|p)((?:[.-]?\d+)*)?)?([.-]?dev)?$/i;

/** Composer's normalised form of a version, e.g. `v2.1` → `2.1.0.0`, `1.0.0-beta2` → `1.0.0.0-beta2`. */
export function normaliseComposerVersion(version: string): string {
  const text = version.trim().replace(/\+.*$/, ''); // build metadata takes no part in ordering
  const classical = CLASSICAL.exec(text);
  if (classical) {
    const numbers = [classical[1], ...[2, 3, 4].map((i) => classical[i]?.slice(1) ?? '0')];
    return numbers.join('.') + suffix(classical[5], classical[6], classical[7]);
  }
  const date = DATE.exec(text);
  if (date) return date[1].replace(/\D+/g, '.') + suffix(date[2], date[3], date[4]);
  throw new Error(`not a Composer version: ${version}`);
}

function suffix(stability: string | undefined, number: string | undefined, dev: string | undefined): string {
  let result = '';
  if (stability) {
    const expanded = STABILITY_ALIASES[stability.toLowerCase()];
    if (expanded) result += `-${expanded}${(number ?? '').replace(/^[.-]/, '')}`;
  }
  if (dev) result += '-dev';
  return result;
}

// PHP's version_compare(): special forms ranked; any other word ranks below "dev".
const SPECIAL_FORMS: Array<[string, number]> = [
  ['dev', 0],
  ['alpha', 1],
  ['a', 1],
  ['beta', 2],
  ['b', 2],
  ['RC', 3],
  ['rc', 3],
  ['#', 4],
  ['pl', 5],
  ['p', 5],
];

function specialFormRank(form: string): number {
  // PHP matches by prefix: "patch" is "p", "alpha1" never reaches here (digits were split off).
  for (const [name, rank] of SPECIAL_FORMS) if (form.startsWith(name)) return rank;
  return -6;
}

function canonicalParts(version: string): string[] {
  // PHP inserts a "." between a digit and a non-digit and treats "-", "_" and "+" as ".".
  const canonical = version
    .replace(/[-_+]/g, '.')
    .replace(/(\d)(?=[^\d.])/g, '$1.')
    .replace(/([^\d.])(?=\d)/g, '$1.');
  return canonical.split('.').filter((part) => part !== '');
}

const DIGITS = /^\d+$/;

function comparePart(a: string, b: string): number {
  if (DIGITS.test(a) && DIGITS.test(b)) {
    const left = BigInt(a);
    const right = BigInt(b);
    return left === right ? 0 : left < right ? -1 : 1;
  }
  if (!DIGITS.test(a) && !DIGITS.test(b)) return Math.sign(specialFormRank(a) - specialFormRank(b));
  // number vs word: the number is "#"
  return DIGITS.test(a)
    ? Math.sign(specialFormRank('#') - specialFormRank(b))
    : Math.sign(specialFormRank(a) - specialFormRank('#'));
}

/** PHP version_compare() on two already-normalised versions. */
export function phpVersionCompare(a: string, b: string): number {
  const left = canonicalParts(a);
  const right = canonicalParts(b);
  const shared = Math.min(left.length, right.length);
  for (let i = 0; i < shared; i++) {
    const result = comparePart(left[i], right[i]);
    if (result !== 0) return result;
  }
  if (left.length > shared) return DIGITS.test(left[shared]) ? 1 : comparePart(left[shared], '#');
  if (right.length > shared) return DIGITS.test(right[shared]) ? -1 : comparePart('#', right[shared]);
  return 0;
}

/** Orders two Composer (Packagist) versions: negative, 0 or positive. Throws for branch names (dev-main). */
export function compareComposerVersions(a: string, b: string): number {
  return phpVersionCompare(normaliseComposerVersion(a), normaliseComposerVersion(b));
}
