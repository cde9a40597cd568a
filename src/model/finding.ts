export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = ['sast', 'secrets', 'supply-chain', 'iac', 'imported'] as const;
export type Category = (typeof CATEGORIES)[number];

export type Confidence = 'high' | 'medium' | 'low';

/** 1-based lines and columns; `path` is relative to the repository root with `/` separators. */
export interface SourceLocation {
  path: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  /** 0-based byte offsets, kept for `--json` output shaped like semgrep's. */
  startOffset?: number;
  endOffset?: number;
}

export interface FindingSource {
  /** The scanner that produced the finding, e.g. `soc2-scan` or `CodeQL`. */
  tool: string;
  version: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  location: SourceLocation;
  /** The matched code; already redacted for secrets. */
  snippet: string;
  /** The rule's replacement for the matched code (Semgrep `fix`), metavariables filled in; redacted like `snippet`. */
  fix?: string;
  /** Stable identity across unrelated edits (see fingerprint.ts). */
  fingerprint: string;
  cwe: string[];
  owasp: string[];
  confidence: Confidence;
  metadata: Record<string, unknown>;
  source: FindingSource;
}
