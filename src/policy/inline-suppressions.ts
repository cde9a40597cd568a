import { readFile as readFileFromDisk } from 'node:fs/promises';
import path from 'node:path';
import type { Finding, InlineSuppression } from '../model/index.js';

/** Reads a source file as text; injectable so callers can serve files from a git tree. */
export type ReadSourceFile = (absolutePath: string) => Promise<string>;

interface SuppressionComment {
  syntax: InlineSuppression['syntax'];
  /** Rule ids named by the comment; empty for a bare `nosemgrep` (every rule on that line). */
  ruleIds: string[];
  reason: string | null;
}

const OWN_MARKER = /soc2-scan-ignore\s*:(.*)$/;
// Semgrep accepts `nosem` as a short form, case-insensitively.
const SEMGREP_MARKER = /\bnosem(?:grep)?\b(.*)$/i;
const REASON_SEPARATOR = /\s--(?:\s|$)/;
// A reason written inside `/* … */`, `<!-- … -->` or a template comment should not keep the closer.
const COMMENT_CLOSER = /\s*(?:\*\/|-->|%>|#}|--}}|\*\))\s*$/;
const RULE_ID_TOKEN = /^[\w.\-/:@]+$/;

function splitReason(rest: string): { ids: string; reason: string | null } {
  const separator = REASON_SEPARATOR.exec(rest);
  if (!separator) return { ids: rest.replace(COMMENT_CLOSER, ''), reason: null };
  const reason = rest
    .slice(separator.index + separator[0].length)
    .replace(COMMENT_CLOSER, '')
    .trim();
  return { ids: rest.slice(0, separator.index), reason: reason || null };
}

function ruleIdsIn(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((token) => token.trim())
    .filter((token) => token && RULE_ID_TOKEN.test(token));
}

/** The suppression comments written on one line of source. */
export function parseSuppressionComments(line: string): SuppressionComment[] {
  const comments: SuppressionComment[] = [];
  const own = OWN_MARKER.exec(line);
  if (own) {
    const { ids, reason } = splitReason(own[1]);
    comments.push({ syntax: 'soc2-scan-ignore', ruleIds: ruleIdsIn(ids), reason });
  }
  // Text after our own marker is its reason; a `nosemgrep` there is prose, not a second comment.
  const semgrep = SEMGREP_MARKER.exec(own ? line.slice(0, own.index) : line);
  if (semgrep) {
    const rest = semgrep[1];
    const named = /^\s*:/.exec(rest);
    const { ids, reason } = splitReason(named ? rest.slice(named[0].length) : rest);
    comments.push({ syntax: 'nosemgrep', ruleIds: named ? ruleIdsIn(ids) : [], reason });
  }
  return comments;
}

/** Semgrep's ids are the full dotted id; people also write just the last segment(s). Accept both. */
function namesRule(comment: SuppressionComment, ruleId: string): boolean {
  if (comment.syntax === 'nosemgrep' && comment.ruleIds.length === 0) return true;
  return comment.ruleIds.some((id) => id === ruleId || ruleId.endsWith(`.${id}`));
}

/**
 * Finds suppression comments on each finding's first line or the line above it. Every matching
 * comment is returned (the finding's own line first); the policy stage decides which one counts.
 * Files that cannot be read, or that lie outside the workspace, are skipped.
 */
export async function findInlineSuppressions(
  workspace: string,
  findings: readonly Finding[],
  readFile: ReadSourceFile = (file) => readFileFromDisk(file, 'utf8'),
): Promise<InlineSuppression[]> {
  const files = new Map<string, Promise<string[] | null>>();
  const linesOf = (relative: string): Promise<string[] | null> => {
    let lines = files.get(relative);
    if (!lines) {
      const absolute = path.resolve(workspace, relative);
      const inside = path.relative(workspace, absolute);
      lines =
        inside.startsWith('..') || path.isAbsolute(inside)
          ? Promise.resolve(null)
          : readFile(absolute).then(
              (text) => text.split(/\r?\n/),
              () => null,
            );
      files.set(relative, lines);
    }
    return lines;
  };

  // Every file is asked for at once: one read after another would leave the thread waiting on each.
  await Promise.all([...new Set(findings.map((finding) => finding.location.path))].map(linesOf));
  const suppressions: InlineSuppression[] = [];
  for (const finding of findings) {
    const { path: relative, startLine } = finding.location;
    const lines = await linesOf(relative);
    if (!lines) continue;
    for (const line of [startLine, startLine - 1]) {
      if (line < 1 || line > lines.length) continue;
      for (const comment of parseSuppressionComments(lines[line - 1])) {
        if (!namesRule(comment, finding.ruleId)) continue;
        suppressions.push({
          fingerprint: finding.fingerprint,
          ruleId: finding.ruleId,
          path: relative,
          line,
          syntax: comment.syntax,
          reason: comment.reason,
        });
      }
    }
  }
  return suppressions;
}
