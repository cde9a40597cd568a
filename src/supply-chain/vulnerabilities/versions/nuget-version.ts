// NuGet's version ordering (NuGet.Versioning VersionComparer.Default): up to four numeric parts,
// then a release sorts after its pre-releases, whose dot-separated labels compare numerically when
// both are numbers and otherwise ordinally ignoring case; build metadata is ignored. No npm library
// implements NuGet.Versioning, so it is written here with tests beside it.

const NUGET_VERSION =
  /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]*)?$/;

interface NuGetVersion {
  parts: bigint[];
  labels: string[];
}

function parseNuGetVersion(version: string): NuGetVersion {
  const match = NUGET_VERSION.exec(version.trim());
  if (!match) throw new Error(`not a NuGet version: ${version}`);
  const parts = match.slice(1, 5).map((part) => BigInt(part ?? '0'));
  return { parts, labels: match[5] ? match[5].split('.') : [] };
}

const NUMERIC = /^\d+$/;

function compareLabel(a: string, b: string): number {
  const aNumeric = NUMERIC.test(a);
  const bNumeric = NUMERIC.test(b);
  if (aNumeric && bNumeric) return Math.sign(Number(BigInt(a) - BigInt(b)));
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1; // numeric labels sort first, as in SemVer 2
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  return left === right ? 0 : left < right ? -1 : 1;
}

/** Orders two NuGet versions: negative, 0 or positive. Throws for a string that is not a version. */
export function compareNuGetVersions(a: string, b: string): number {
  const left = parseNuGetVersion(a);
  const right = parseNuGetVersion(b);
  for (let i = 0; i < 4; i++) {
    if (left.parts[i] !== right.parts[i]) return left.parts[i] < right.parts[i] ? -1 : 1;
  }
  // A release sorts after its pre-releases: 1.0.0-rc.1 < 1.0.0.
  if (left.labels.length === 0 || right.labels.length === 0) {
    return left.labels.length === right.labels.length ? 0 : left.labels.length === 0 ? 1 : -1;
  }
  const length = Math.max(left.labels.length, right.labels.length);
  for (let i = 0; i < length; i++) {
    if (i >= left.labels.length) return -1; // fewer labels sort first: 1.0.0-beta < 1.0.0-beta.1
    if (i >= right.labels.length) return 1;
    const result = compareLabel(left.labels[i], right.labels[i]);
    if (result !== 0) return result;
  }
  return 0;
}
