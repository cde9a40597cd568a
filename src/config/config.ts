import type { Severity } from '../model/index.js';

/** Everything a run needs, read once from action inputs or CLI flags and validated before any work. */
export interface ScanConfig {
  /** Absolute path of the repository root; finding paths are relative to it. */
  workspace: string;
  /** Paths to scan, relative to `workspace`. */
  paths: string[];
  /** Rule files or directories (absolute). The bundled pack when the user names none. */
  ruleSources: string[];
  /** Severities whose findings block. */
  failOn: Severity[];
  /** Absolute path of the evidence bundle directory. */
  evidenceDir: string;
  /** Files larger than this are skipped and counted. */
  maxFileBytes: number;
  /**
   * A directory or .zip of OSV JSON records to match dependencies against, `online` for the OSV API,
   * or null: no vulnerability check.
   */
  osvDatabase: string | null;
  /** Base URL of the OSV API for `online`. */
  osvApiUrl: string;
}

export interface ActionConfig extends ScanConfig {
  uploadEvidence: boolean;
  /** null: the repository's default retention. */
  retentionDays: number | null;
  githubToken: string | null;
}

export const DEFAULT_FAIL_ON: Severity[] = ['critical', 'high'];
export const DEFAULT_EVIDENCE_DIR = 'soc2-evidence';
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

export const DEFAULT_OSV_API_URL = 'https://api.osv.dev';
export const OSV_ONLINE = 'online';
