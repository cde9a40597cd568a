import { PackageURL } from 'packageurl-js';

/** PEP 503 normalised project name: lower case, runs of `-`, `_`, `.` become one `-`. */
export function normalisePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** purl of a PyPI release; the name is PEP 503-normalised as the purl spec asks. */
export function pypiPurl(name: string, version: string): string {
  return new PackageURL('pypi', undefined, normalisePypiName(name), version, undefined, undefined).toString();
}

/**
 * The one SHA-256 a component carries when the lockfile lists a digest per distribution file:
 * the source distribution's if there is one (the canonical artefact), else the first file's.
 */
export function pickDistributionHash(
  files: ReadonlyArray<{ file: string; hash: string }>,
): Record<string, string> {
  const sdist = files.find((f) => /\.(tar\.gz|zip|tar\.bz2|tgz)$/i.test(f.file));
  const chosen = sdist ?? files[0];
  if (!chosen) return {};
  const match = /^sha256:([0-9a-f]{64})$/i.exec(chosen.hash.trim());
  return match ? { 'SHA-256': match[1].toLowerCase() } : {};
}
