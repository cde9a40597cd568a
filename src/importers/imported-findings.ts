import type { Finding } from '../model/index.js';

/** The file a set of findings was imported from, as recorded in the evidence. */
export interface ImportSource {
  /** The tool that wrote the file (several runs of different tools: their names joined with ', '). */
  tool: string;
  version: string;
  /** The path as the user gave it. */
  file: string;
  /** SHA-256 of the file's bytes, so an auditor can tie the evidence to the exact input. */
  sha256: string;
}

/** A result in the file that did not become a finding, and why (reported, never silently dropped). */
export interface SkippedResult {
  /** Where in the file, e.g. `runs[0].results[4]`. */
  at: string;
  reason: string;
}

export interface ImportedFindings {
  source: ImportSource;
  findings: Finding[];
  skipped: SkippedResult[];
  /**
   * Failures the other tool reported about its own run (SARIF `executionSuccessful: false` or error
   * notifications; Semgrep `errors[]`): its results may be incomplete, which a fail-closed run must know.
   */
  toolErrors: string[];
}

export interface ImportOptions {
  /** The repository root: locations are made relative to it, and matched source lines are read from it. */
  workspace: string;
}
