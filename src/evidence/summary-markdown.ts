import { SEVERITIES, type AuditEvent, type Decision } from '../model/index.js';
import { BundleFile } from './bundle-files.js';
import type { RunRecord } from './run-record.js';
import { soc2Criteria } from './soc2-criteria.js';
import { policySection } from './summary-policy-section.js';

export interface SummaryOptions {
  artifactName?: string;
  artifactUrl?: string;
  /** The rendered text stays below this many bytes (GitHub's step summary limit is 1 MiB). */
  maxBytes?: number;
  /** The run's audit log, so the CC7.2 row is judged from the events themselves. */
  events?: readonly AuditEvent[];
  /** What this run skipped or degraded and why (e.g. no PR comment with a read-only token). */
  notes?: readonly string[];
}

const TOP_FINDINGS = 20;
const DEFAULT_MAX_BYTES = 1024 * 1024 - 1024;

/** Markdown table cells cannot hold pipes or newlines. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function findingRow({ finding, action, lifecycle }: Decision): string {
  const { location } = finding;
  return `| ${cell(`${location.path}:${location.startLine}`)} | ${cell(finding.ruleId)} | ${finding.severity} | ${action} | ${lifecycle} |`;
}

function runLine(record: RunRecord): string {
  const { context } = record;
  return [
    `Repository \`${context.repository}\``,
    context.sha ? `commit \`${context.sha.slice(0, 12)}\`` : null,
    context.ref ? `ref \`${context.ref}\`` : null,
    context.eventName ? `event \`${context.eventName}\`` : null,
    `run ${context.runId} attempt ${context.runAttempt}`,
    `actor \`${context.actor.login}\`${context.actor.id === null ? ' (id unknown)' : ` (id ${context.actor.id})`}`,
  ]
    .filter(Boolean)
    .join(', ');
}

function head(record: RunRecord, options: SummaryOptions): string[] {
  const { outcome } = record;
  const lines = [
    `## soc2-scan: ${outcome.result}`,
    '',
    `${runLine(record)}.`,
    `${record.tool.name} ${record.tool.version}, ${record.startedAt} to ${record.finishedAt}.`,
    '',
    `**Result: ${outcome.result}** — ${outcome.findingsCount} finding(s), ${outcome.blockingCount} blocking (fail-on: ${record.settings.failOn.join(', ') || 'none'}).` +
      (outcome.error ? ` ${outcome.error}` : ''),
  ];
  if (options.artifactName) {
    const name = options.artifactUrl
      ? `[${options.artifactName}](${options.artifactUrl})`
      : `\`${options.artifactName}\``;
    lines.push('', `Evidence artifact: ${name}.`);
  }
  lines.push('', '### SOC 2 criteria: what this run evidences', '');
  lines.push('| criterion | status | what this run evidences | evidence |', '| --- | --- | --- | --- |');
  for (const row of soc2Criteria(record, options.events)) {
    const files = row.files.length > 0 ? row.files.map((file) => `\`${file}\``).join(', ') : '—';
    lines.push(`| ${row.criterion} ${cell(row.title)} | ${row.status} | ${cell(row.evidence)} | ${files} |`);
  }
  const counts = SEVERITIES.map((severity) => `${severity} ${outcome.countsBySeverity[severity]}`).join(', ');
  const decisions = Object.entries(outcome.countsByDecision)
    .filter(([, count]) => count > 0)
    .map(([action, count]) => `${action} ${count}`)
    .join(', ');
  lines.push('', `Findings by severity: ${counts}. By decision: ${decisions || 'none'}.`);
  lines.push(...policySection(record, options.notes));
  return lines;
}

function tail(record: RunRecord): string[] {
  const lines: string[] = [];
  const { scope } = record;
  if (scope) {
    lines.push('', '### Scope', '', '| language | files | bytes |', '| --- | --- | --- |');
    for (const [language, { files, bytes }] of Object.entries(scope.languages).sort()) {
      lines.push(`| ${language} | ${files} | ${bytes} |`);
    }
    const skipped = Object.entries(scope.skippedByReason)
      .map(([reason, count]) => `${reason} ${count}`)
      .join(', ');
    lines.push(
      '',
      `Skipped files: ${skipped || 'none'} (each listed with its reason in \`${BundleFile.scanRecord}\`).`,
    );
  }
  if (record.problems.length > 0) {
    lines.push('', '### Problems (the scan fails closed)', '');
    for (const problem of record.problems.slice(0, 20)) {
      lines.push(
        `- ${problem.kind}${problem.path ? ` in \`${problem.path}\`` : ''}: ${cell(problem.message)}`,
      );
    }
  }
  if (record.rulesets.length > 0) {
    lines.push('', '### Rulesets', '', '| ruleset | rules | sha256 |', '| --- | --- | --- |');
    for (const ruleset of record.rulesets) {
      const notRun = ruleset.notRun?.length
        ? ` (${ruleset.notRun.length} more not run: no grammar here)`
        : '';
      lines.push(`| ${cell(ruleset.path)} | ${ruleset.ruleCount}${notRun} | \`${ruleset.sha256}\` |`);
    }
  }
  lines.push(
    '',
    '_This report states what this run evidences. It is not a statement of SOC 2 compliance; an auditor ' +
      `can re-perform it from the evidence bundle (\`${BundleFile.manifest}\`, \`${BundleFile.auditLog}\`)._`,
    '',
  );
  return lines;
}

/**
 * The SOC 2 summary, for soc2-summary.md and $GITHUB_STEP_SUMMARY. The findings list is cut to fit
 * `maxBytes`, with a pointer to the full list in the evidence bundle.
 */
export function renderStepSummary(record: RunRecord, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const top = head(record, options);
  const bottom = tail(record);
  // Blocking first, then by severity; sort is stable, so ties keep the scan's file order.
  const rank = (decision: Decision) =>
    (decision.action === 'block' ? 0 : SEVERITIES.length) + SEVERITIES.indexOf(decision.finding.severity);
  const ordered = [...record.decisions].sort((a, b) => rank(a) - rank(b));
  const shown = ordered.slice(0, TOP_FINDINGS);
  const findingLines =
    shown.length === 0
      ? []
      : [
          '',
          `### Top findings (${shown.length} of ${ordered.length}, blocking first)`,
          '',
          '| location | rule | severity | decision | lifecycle |',
          '| --- | --- | --- | --- | --- |',
        ];
  const pointer = `\n_Full list: \`${BundleFile.findings}\` in the evidence bundle${options.artifactName ? ` \`${options.artifactName}\`` : ''}._`;
  const size = (lines: string[]) => Buffer.byteLength(lines.join('\n'));
  const budget = maxBytes - size(top) - size(bottom) - Buffer.byteLength(pointer) - 16;
  let used = size(findingLines);
  let truncated = shown.length < ordered.length;
  for (const decision of shown) {
    const row = findingRow(decision);
    if (used + Buffer.byteLength(row) + 1 > budget) {
      truncated = true;
      break;
    }
    findingLines.push(row);
    used += Buffer.byteLength(row) + 1;
  }
  const body = [
    ...top,
    ...findingLines,
    ...(truncated || ordered.length > 0 ? [pointer] : []),
    ...bottom,
  ].join('\n');
  if (Buffer.byteLength(body) <= maxBytes) return body;
  // Even the fixed parts are too large (a huge ruleset list): cut at a character boundary.
  const cut = Buffer.from(body)
    .subarray(0, Math.max(0, maxBytes - Buffer.byteLength(pointer) - 4))
    .toString('utf8')
    .replace(/\uFFFD+$/, '');
  return `${cut}${pointer}`;
}
