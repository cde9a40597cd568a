import type { Severity } from '../model/index.js';
import type { TicketSettings } from './ticket-inputs.js';

/** Everything a run needs, read once from action inputs or CLI flags and validated before any work. */
export interface ScanConfig {
  /** Absolute path of the repository root; finding paths are relative to it. */
  workspace: string;
  /** Paths to scan, relative to `workspace`. */
  paths: string[];
  /** Rule files or directories (absolute). The bundled pack when the user names none. */
  ruleSources: string[];
  /** `scan -e <pattern> --lang <lang>`: one ad-hoc rule instead of rule files (CLI only). */
  commandLinePattern?: { pattern: string; language: string } | null;
  /** Severities whose findings block. */
  failOn: Severity[];
  /** Absolute path of the evidence bundle directory. */
  evidenceDir: string;
  /** Files larger than this are skipped and counted. */
  maxFileBytes: number;
  /** Time one rule may spend on one file; over it the scan is incomplete (a 'timeout' problem). */
  timeoutPerFileMs?: number;
  /** Timeouts are reported but do not fail the run with exit 3 (`allow-partial` / `--allow-partial`). */
  allowPartial?: boolean;
  /**
   * A directory or .zip of OSV JSON records to match dependencies against, `online` for the OSV API,
   * or null: no vulnerability check.
   */
  osvDatabase: string | null;
  /** Base URL of the OSV API for `online`. */
  osvApiUrl: string;
  /**
   * The policy file, relative to `workspace`, when the user named one; otherwise `.soc2-scan.yml` is used
   * if it exists. On pull requests it is read from the base commit, so a PR cannot loosen its own gate.
   */
  policyFile?: string | null;
  /** Other scanners' SARIF 2.1.0 files (absolute) whose results go through the same policy and evidence. */
  importSarif?: string[];
  /** `semgrep --json` output files (absolute) to import the same way. */
  importSemgrep?: string[];
  /** A commit to compare against (CLI `--baseline-commit`); pull-request runs take the PR's base instead. */
  baselineCommit?: string | null;
}

export interface ActionConfig extends ScanConfig {
  uploadEvidence: boolean;
  /** null: the repository's default retention. */
  retentionDays: number | null;
  githubToken: string | null;
  /** Post (and update in place) one pull-request comment per run target. */
  pullRequestComment: boolean;
  /** Where remediation tickets go (Jira or GitHub Issues); null: no tickets. */
  tickets: TicketSettings | null;
}

export const DEFAULT_FAIL_ON: Severity[] = ['critical', 'high'];
export const DEFAULT_EVIDENCE_DIR = 'soc2-evidence';
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
export const DEFAULT_TIMEOUT_SECONDS = 30;

export const DEFAULT_OSV_API_URL = 'https://api.osv.dev';
export const OSV_ONLINE = 'online';
