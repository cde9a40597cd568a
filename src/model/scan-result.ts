import type { Finding } from './finding.js';

/** One loaded rule file (or the `-e` pattern), as recorded in the scan record. */
export interface RulesetInfo {
  path: string;
  sha256: string;
  /** Rules that run. */
  ruleCount: number;
  /** Rules of the file that were loaded but not run, with why (a language without a grammar here). */
  notRun?: RuleNotRun[];
}

export interface RuleNotRun {
  id: string;
  line: number;
  reason: string;
}

export type SkipReason =
  | 'binary'
  | 'too-large'
  | 'minified'
  | 'not-utf8'
  | 'parse-error'
  | 'unsupported-language'
  | 'unreadable'
  | 'ignored';

export interface LanguageScope {
  files: number;
  bytes: number;
}

export interface SkippedFile {
  path: string;
  reason: SkipReason;
  detail?: string;
}

export interface ScanScope {
  /** Files actually matched against rules, per language. */
  languages: Record<string, LanguageScope>;
  filesScanned: number;
  /** The files matched against rules (workspace-relative, sorted): what this run's findings can come from. */
  scanned?: string[];
  bytesScanned: number;
  skipped: SkippedFile[];
  /** Counts of skipped files per reason, for the summary. */
  skippedByReason: Partial<Record<SkipReason, number>>;
}

/** A problem that made part of the requested scan impossible; any such error fails the run closed. */
export interface ScanProblem {
  kind: 'rule-error' | 'internal-error' | 'timeout' | 'input-error';
  message: string;
  path?: string;
  ruleId?: string;
}

export interface ScanResult {
  findings: Finding[];
  rulesets: RulesetInfo[];
  scope: ScanScope;
  problems: ScanProblem[];
}
