import type { RunRecord } from './run-record.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/**
 * What the policy stage decided beyond the findings: where the policy came from, whether the run was
 * diff-aware, overrides applied or refused, suppressions and exceptions that did not apply, exceptions
 * about to expire, imported results, and anything the run skipped (`notes`, e.g. a PR comment a read-only
 * token could not post).
 */
export function policySection(record: RunRecord, notes: readonly string[] = []): string[] {
  const lines: string[] = ['', '### Policy', ''];
  const { policy, baseline, policyReport } = record;
  lines.push(
    policy.path
      ? `- Policy \`${policy.path}\` (sha256 \`${policy.sha256?.slice(0, 16)}…\`), read from ${policy.readFrom ?? 'workspace'}.`
      : `- No policy file: the fail-on gate decided (read from ${policy.readFrom ?? 'workspace'}).`,
  );
  if (policy.note) lines.push(`- ${cell(policy.note)}.`);
  if (baseline) {
    lines.push(
      baseline.diffAware
        ? `- Diff-aware: compared with base \`${baseline.baseCommit.slice(0, 12)}\` (merge base \`${baseline.mergeBase?.slice(0, 12)}\`, ${baseline.changedFiles} changed file(s)); only new findings block.`
        : `- Not diff-aware: ${cell(baseline.reason ?? 'no base')}; every finding is treated as new.`,
    );
  }
  const report = policyReport;
  if (report?.appliedOverride) {
    const o = report.appliedOverride;
    lines.push(
      `- **Overridden** by \`${o.actor.login}\`${o.actor.id === null ? '' : ` (id ${o.actor.id})`} via ${o.via} at ${o.at}: ${cell(o.reason ?? '')} — covers ${o.covered.length} blocking finding(s).`,
    );
  }
  for (const attempt of report?.overrideAttempts ?? []) {
    if (attempt.outcome !== 'refused') continue;
    lines.push(
      `- Override attempt by \`${attempt.attempt.actor.login}\` via ${attempt.attempt.via} refused: ${cell(attempt.refusedBecause ?? '')}.`,
    );
  }
  for (const problem of report?.suppressionProblems ?? []) {
    lines.push(
      `- Suppression at \`${problem.suppression.path}:${problem.suppression.line}\` did not apply: ${cell(problem.problem)}.`,
    );
  }
  for (const status of report?.exceptionStatus ?? []) {
    if (status.status === 'expired' || status.status === 'unapproved') {
      lines.push(
        `- Exception \`${status.id}\` is ${status.status} and does not apply (expires ${status.expires}).`,
      );
    }
  }
  const soon = report?.exceptionsExpiringSoon ?? [];
  if (soon.length > 0) {
    lines.push(
      '',
      '| exception expiring within 14 days | expires | days left | approved by |',
      '| --- | --- | --- | --- |',
    );
    for (const status of soon) {
      lines.push(
        `| ${cell(status.id)} | ${status.expires} | ${status.daysLeft} | ${cell(status.approvedBy ?? '—')} |`,
      );
    }
  }
  for (const imported of record.imports ?? []) {
    lines.push(
      `- Imported ${imported.findings} result(s) from ${cell(imported.tool)} ${cell(imported.version)} (\`${cell(imported.file)}\`)${imported.skipped > 0 ? `, ${imported.skipped} skipped` : ''}.`,
    );
  }
  for (const note of notes) lines.push(`- ${cell(note)}`);
  return lines;
}
