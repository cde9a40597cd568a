import type { Decision, RulesetInfo, ScanProblem } from '../model/index.js';
import type { RunRecord } from '../evidence/run-record.js';

const SEMGREP_SEVERITY = {
  critical: 'CRITICAL',
  high: 'ERROR',
  medium: 'WARNING',
  low: 'INFO',
  info: 'INFO',
} as const;

/** `--json` output shaped like `semgrep --json`, so tools that read Semgrep output read ours. */
export function toSemgrepJson(record: RunRecord): unknown {
  return {
    version: record.tool.version,
    results: record.decisions.map(toResult),
    errors: [...record.problems.map(toError), ...record.rulesets.flatMap(notRunWarnings)],
    paths: {
      // Records written before the scope listed its files only say which files had findings.
      scanned:
        record.scope?.scanned ?? [...new Set(record.decisions.map((d) => d.finding.location.path))].sort(),
      skipped: (record.scope?.skipped ?? []).map((file) => ({ path: file.path, reason: file.reason })),
    },
    soc2_scan: {
      result: record.outcome.result,
      exit_code: record.outcome.exitCode,
      blocking_count: record.outcome.blockingCount,
      files_scanned: record.scope?.filesScanned ?? 0,
    },
  };
}

function toResult({ finding, action, reason, lifecycle }: Decision) {
  const { location } = finding;
  return {
    check_id: finding.ruleId,
    path: location.path,
    start: { line: location.startLine, col: location.startColumn, offset: location.startOffset ?? 0 },
    end: { line: location.endLine, col: location.endColumn, offset: location.endOffset ?? 0 },
    extra: {
      message: finding.message,
      severity: SEMGREP_SEVERITY[finding.severity],
      metadata: {
        ...finding.metadata,
        cwe: finding.cwe,
        owasp: finding.owasp,
        confidence: finding.confidence,
      },
      lines: finding.snippet,
      ...(finding.fix !== undefined ? { fix: finding.fix } : {}),
      fingerprint: finding.fingerprint,
      soc2_scan: { severity: finding.severity, decision: action, reason, lifecycle },
    },
  };
}

/** Rules loaded but not run (a language without a grammar here): warnings, as they fail nothing. */
function notRunWarnings(ruleset: RulesetInfo) {
  return (ruleset.notRun ?? []).map((rule) => ({
    code: 2,
    level: 'warn',
    type: 'rule-not-run',
    message: `rule ${rule.id} in ${ruleset.path}:${rule.line} was not run: ${rule.reason}`,
    rule_id: rule.id,
  }));
}

function toError(problem: ScanProblem) {
  return {
    code: 3,
    level: 'error',
    type: problem.kind,
    message: problem.message,
    ...(problem.path ? { path: problem.path } : {}),
    ...(problem.ruleId ? { rule_id: problem.ruleId } : {}),
  };
}
