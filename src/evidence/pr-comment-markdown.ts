import { SEVERITIES, type Actor, type Decision } from '../model/index.js';
import { BundleFile } from './bundle-files.js';
import type { RunRecord, RunResult } from './run-record.js';

/** GitHub refuses issue and pull-request comment bodies longer than this many characters. */
export const GITHUB_COMMENT_MAX_CHARS = 65536;

export interface PullRequestCommentOptions {
  /** The hidden marker the comment is found by again; it is the first line. */
  marker: string;
  artifactName?: string;
  artifactUrl?: string;
  runUrl?: string;
  overrideLabel: string;
  /** At most this many characters (GitHub's limit by default). */
  maxChars?: number;
  /** Repository roles that may override; `admin, maintain` by default. */
  overridePermissions?: readonly string[];
  overrideTeam?: string | null;
  allowSelfOverride?: boolean;
}

const HEADLINE: Record<RunResult, string> = {
  blocked: ':no_entry: soc2-scan: blocked',
  passed: ':white_check_mark: soc2-scan: passed',
  overridden: ':warning: soc2-scan: overridden',
  failed: ':x: soc2-scan: failed',
};
const MESSAGE_CHARS = 300;

/**
 * Text from the repository or from people (paths, messages, override reasons) as inert Markdown: no table
 * breaks, no HTML (which could also end the hidden marker), no @-mentions that would ping on every update.
 */
function plain(text: string, limit = MESSAGE_CHARS): string {
  const flat = text.replace(/\s*\r?\n\s*/g, ' ').trim();
  const cut = flat.length > limit ? `${flat.slice(0, limit - 1).replace(/[\uD800-\uDBFF]$/, '')}…` : flat;
  return cut
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/@/g, '&#64;');
}

/** A code span that survives backticks and pipes in its content (GFM splits table cells before code). */
function code(text: string): string {
  const flat = text.replace(/\s*\r?\n\s*/g, ' ').replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function who(actor: Actor): string {
  return `${code(actor.login)}${actor.id === null ? '' : ` (id ${actor.id})`}`;
}

/** `${serverUrl}/${repository}/blob/${sha}/${path}#L${line}`, each path segment encoded; null without a commit. */
export function blobUrl(record: RunRecord, path: string, line: number): string | null {
  const { serverUrl, repository, sha } = record.context;
  if (!sha) return null;
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/\(/g, '%28').replace(/\)/g, '%29'))
    .join('/');
  return `${serverUrl.replace(/\/+$/, '')}/${repository}/blob/${sha}/${encoded}#L${line}`;
}

function isBlocking(decision: Decision): boolean {
  return decision.action === 'block' || decision.action === 'overridden';
}

/** New and reopened first (what this change brings), then by severity; stable, so ties keep file order. */
function rank(decision: Decision): number {
  return (
    (decision.lifecycle === 'existing' ? SEVERITIES.length : 0) +
    SEVERITIES.indexOf(decision.finding.severity)
  );
}

// A secret's value never reaches the comment: rows are built from the rule, location and message only,
// never from the snippet, whatever the category.
function findingRow(record: RunRecord, decision: Decision): string {
  const { finding } = decision;
  const where = `${finding.location.path}:${finding.location.startLine}`;
  const url = blobUrl(record, finding.location.path, finding.location.startLine);
  const location = url ? `[${code(where)}](${url})` : code(where);
  return `| ${decision.lifecycle} | ${code(finding.ruleId)} | ${finding.severity} | ${location} | ${plain(finding.message)} |`;
}

function headline(record: RunRecord, blocking: Decision[]): string[] {
  const { outcome, context } = record;
  const newCount = blocking.filter((decision) => decision.lifecycle !== 'existing').length;
  const commit = context.sha ? ` on commit ${code(context.sha.slice(0, 12))}` : '';
  const failOn = record.settings.failOn.join(', ') || 'none';
  const lines = [`### ${HEADLINE[outcome.result]}`, ''];
  if (outcome.result === 'failed') {
    lines.push(
      `The scan could not complete${commit}, so the gate fails closed: an incomplete scan never passes.` +
        (outcome.error ? ` ${plain(outcome.error, 1000)}` : ''),
    );
  } else if (outcome.result === 'passed') {
    lines.push(`No blocking findings${commit} (fail-on: ${failOn}).`);
  } else {
    const verb = outcome.result === 'overridden' ? 'were overridden' : 'block this pull request';
    lines.push(
      `**${blocking.length} blocking finding(s)** (${newCount} new)${commit} ${verb} (fail-on: ${failOn}).`,
    );
  }
  const baseline = record.baseline;
  if (baseline?.diffAware) {
    lines.push(
      '',
      `Compared with the base commit ${code(baseline.baseCommit.slice(0, 12))}: findings already there do not block.`,
    );
  } else if (baseline?.reason) {
    lines.push('', `Not compared with the base branch: ${plain(baseline.reason)}.`);
  }
  const paths = record.settings.paths;
  if (paths.length > 0 && !(paths.length === 1 && paths[0] === '.')) {
    lines.push('', `Scanned paths: ${paths.map(code).join(', ')}.`);
  }
  return lines;
}

function otherCounts(record: RunRecord): string[] {
  const { countsByDecision } = record.outcome;
  const existing = record.decisions.filter((decision) => decision.lifecycle === 'existing').length;
  const parts = [
    `${existing} existing (already on the base branch)`,
    `${countsByDecision.comment} comment`,
    `${countsByDecision.monitor} monitor`,
    `${countsByDecision.suppressed} suppressed`,
    `${countsByDecision.excepted} excepted`,
    `${record.fixed.length} fixed since the previous run`,
  ];
  return ['', `All findings: ${parts.join(', ')}.`];
}

// Who overrode and who tried comes from the policy stage's report, so the comment and the evidence agree.
function overrideLines(record: RunRecord, options: PullRequestCommentOptions): string[] {
  const lines: string[] = [];
  const applied = record.policyReport?.appliedOverride ?? null;
  if (record.outcome.result === 'overridden') {
    lines.push('', '**Overridden by**', '');
    if (applied) {
      const how = applied.via === 'label' ? `the label ${code(options.overrideLabel)}` : 'a comment';
      lines.push(
        `- ${who(applied.actor)} with ${how} at ${applied.at}: ${applied.reason ? plain(applied.reason) : '_no reason given_'}`,
      );
    } else {
      for (const actor of record.outcome.overriddenBy) lines.push(`- ${who(actor)}`);
    }
  }
  const refused = (record.policyReport?.overrideAttempts ?? []).filter(
    (report) => report.outcome === 'refused',
  );
  if (refused.length > 0) {
    lines.push('', '**Override attempts refused** (recorded in the audit log)', '');
    for (const report of refused) {
      lines.push(
        `- ${who(report.attempt.actor)}: ${plain(report.refusedBecause ?? 'refused by the policy')}`,
      );
    }
  }
  return lines;
}

function howToProceed(record: RunRecord, options: PullRequestCommentOptions): string[] {
  if (record.outcome.result !== 'blocked') return [];
  const roles = (options.overridePermissions ?? ['admin', 'maintain']).join(' or ');
  const team = options.overrideTeam ? ` or a member of the team ${code(options.overrideTeam)}` : '';
  const author = options.allowSelfOverride ? '' : ' (not the pull request’s author)';
  // The command is quoted inside sentences, never alone on a line, so this comment is not itself a request.
  return [
    '',
    '**How to proceed**',
    '',
    '- Fix the findings and push: this comment is updated by the next run.',
    '- For a false positive, add `soc2-scan-ignore: <rule-id> -- <reason>` in a comment on the line; a suppression without a reason does not count.',
    `- To accept the risk, someone with ${roles} permission${team}${author} comments \`/soc2-scan override <reason>\` or adds the label ${code(options.overrideLabel)}, and re-runs the check if it does not re-run by itself. Who overrode, when and why is recorded in the audit log.`,
  ];
}

function footer(record: RunRecord, options: PullRequestCommentOptions): string[] {
  const parts: string[] = [];
  if (options.artifactName) {
    parts.push(
      options.artifactUrl
        ? `evidence [${code(options.artifactName)}](${options.artifactUrl})`
        : `evidence artifact ${code(options.artifactName)}`,
    );
  }
  if (options.runUrl) parts.push(`[workflow run ${record.context.runId}](${options.runUrl})`);
  parts.push(`${record.tool.name} ${record.tool.version}`, record.finishedAt);
  return ['', '---', `<sub>${parts.join(' · ')}</sub>`, ''];
}

function morePointer(hidden: number, options: PullRequestCommentOptions): string {
  const where = options.artifactName
    ? `the evidence artifact ${code(options.artifactName)}`
    : 'the evidence artifact';
  return `_${hidden} more in ${where} (\`${BundleFile.findings}\`)._`;
}

/**
 * The pull-request comment for one run: result, the blocking findings (new first) linked at the commit,
 * the other counts, how to fix or override, who overrode, and where the evidence is. Stays within
 * `maxChars` by cutting table rows, with a pointer to the evidence artifact for the rest.
 */
export function renderPullRequestComment(record: RunRecord, options: PullRequestCommentOptions): string {
  const maxChars = options.maxChars ?? GITHUB_COMMENT_MAX_CHARS;
  const blocking = record.decisions.filter(isBlocking).sort((a, b) => rank(a) - rank(b));
  const top = [options.marker, ...headline(record, blocking)];
  const bottom = [
    ...otherCounts(record),
    ...overrideLines(record, options),
    ...howToProceed(record, options),
    ...footer(record, options),
  ];
  const table: string[] = [];
  if (blocking.length > 0) {
    table.push('', '| status | rule | severity | location | message |', '| --- | --- | --- | --- | --- |');
  }
  const size = (lines: string[]) => lines.join('\n').length + 1;
  const budget =
    maxChars - size(top) - size(bottom) - size(table) - morePointer(blocking.length, options).length - 8;
  let used = 0;
  let shown = 0;
  for (const decision of blocking) {
    const row = findingRow(record, decision);
    if (used + row.length + 1 > budget) break;
    table.push(row);
    used += row.length + 1;
    shown += 1;
  }
  if (shown < blocking.length) table.push('', morePointer(blocking.length - shown, options));
  const body = [...top, ...table, ...bottom].join('\n');
  if (body.length <= maxChars) return body;
  // Even the fixed parts do not fit (a tiny maxChars): cut at a character boundary, keeping a pointer.
  const pointer = `\n\n${morePointer(blocking.length - shown, options)}`;
  const cut = body.slice(0, Math.max(0, maxChars - pointer.length)).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut}${pointer}`.slice(0, maxChars);
}
