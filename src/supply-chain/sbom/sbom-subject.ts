import type { RunContext } from '../../model/index.js';
import { PackageURL } from 'packageurl-js';

/** What an SBOM describes (the repository at one commit) and which tool wrote it, and when. */
export interface SbomSubject {
  /** `owner/repo`. */
  repository: string;
  /** e.g. `https://github.com`; decides whether the repository gets a `pkg:github` purl. */
  serverUrl: string;
  sha: string | null;
  ref: string | null;
  toolName: string;
  toolVersion: string;
  /** ISO 8601. */
  timestamp: string;
}

/**
 * `pkg:github/owner/repo@sha` for a repository on github.com; null elsewhere, because the `github`
 * purl type names github.com and would misidentify a GitHub Enterprise Server repository.
 */
export function repositoryPurl(subject: SbomSubject): string | null {
  let host: string;
  try {
    host = new URL(subject.serverUrl).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (host !== 'github.com' && host !== 'www.github.com') return null;
  const [owner, name, ...rest] = subject.repository.split('/');
  if (!owner || !name || rest.length > 0) return null;
  return new PackageURL('github', owner, name, subject.sha ?? undefined, undefined, undefined).toString();
}

/** Where the repository's source can be fetched at this commit, in SPDX downloadLocation syntax. */
export function repositoryDownloadLocation(subject: SbomSubject): string | null {
  if (!subject.sha || !/^https?:\/\//.test(subject.serverUrl)) return null;
  const base = subject.serverUrl.replace(/\/+$/, '');
  return `git+${base}/${subject.repository}.git@${subject.sha}`;
}

/**
 * The subject's timestamp in UTC as `YYYY-MM-DDThh:mm:ssZ`: the form SPDX 2.3 requires for
 * `created`, and a valid CycloneDX date-time. A timestamp that is not a date is a caller's bug.
 */
export function sbomTimestamp(subject: SbomSubject): string {
  const date = new Date(subject.timestamp);
  if (Number.isNaN(date.getTime()))
    throw new Error(`SBOM timestamp is not a date: ${JSON.stringify(subject.timestamp)}`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The subject of the run's SBOM: the repository at the commit the run scanned. */
export function sbomSubjectOf(
  context: Pick<RunContext, 'repository' | 'serverUrl' | 'sha' | 'ref'>,
  tool: { name: string; version: string },
  timestamp: string,
): SbomSubject {
  const { repository, serverUrl, sha, ref } = context;
  return { repository, serverUrl, sha, ref, toolName: tool.name, toolVersion: tool.version, timestamp };
}
