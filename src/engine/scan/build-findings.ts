import { fingerprintFinding, OccurrenceCounter, type Finding } from '../../model/index.js';
import { redactSecretText } from '../../secrets/redaction.js';
import { stringList } from '../rule-files/rule-metadata.js';
import type { Bindings } from '../patterns/match-pattern.js';
import type { RuleMatch } from './scan-file.js';
import { SourcePositions } from './source-positions.js';

const SNIPPET_MAX_LINES = 10;

export interface FileMatches {
  path: string;
  source: string;
  matches: RuleMatch[];
  /** File bytes before `source` (a UTF-8 BOM), added to reported byte offsets. */
  byteOffsetBias?: number;
}

/** Turns raw matches into Findings: deduplicated per rule and range, sorted, fingerprinted in file order. */
export function buildFindings(files: FileMatches[], toolVersion: string): Finding[] {
  return sortFindings(files.flatMap((file) => buildFileFindings(file, toolVersion)));
}

/**
 * One file's findings. Occurrences are counted per path, so files can be turned into findings one at a
 * time (and their source dropped) with the same fingerprints as all together.
 */
export function buildFileFindings(
  { path, source, matches, byteOffsetBias }: FileMatches,
  toolVersion: string,
): Finding[] {
  const findings: Finding[] = [];
  const occurrences = new OccurrenceCounter();
  const positions = new SourcePositions(source, byteOffsetBias);
  const seen = new Set<string>();
  const ordered = [...matches].sort(
    (a, b) => a.start - b.start || a.end - b.end || compareText(a.rule.id, b.rule.id),
  );
  for (const match of ordered) {
    const key = `${match.rule.id}\0${match.start}\0${match.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const matchedText = source.slice(match.start, match.end);
    const start = positions.position(match.start);
    const end = positions.position(match.end);
    const { rule } = match;
    // Secret values are masked here, where the finding is born, so no output format can leak them.
    const shown = rule.category === 'secrets' ? redactSecretText : (text: string) => text;
    findings.push({
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      message: interpolate(rule.message, match.bindings, shown).trim(),
      location: {
        path,
        startLine: start.line,
        startColumn: start.column,
        endLine: end.line,
        endColumn: end.column,
        startOffset: start.offset,
        endOffset: end.offset,
      },
      snippet: shown(matchedText.split('\n').slice(0, SNIPPET_MAX_LINES).join('\n')),
      ...(rule.fix !== undefined ? { fix: interpolate(rule.fix, match.bindings, shown) } : {}),
      fingerprint: fingerprintFinding({
        ruleId: rule.id,
        path,
        matchedText,
        occurrence: occurrences.next(rule.id, path, matchedText),
      }),
      cwe: stringList(rule.metadata.cwe),
      owasp: stringList(rule.metadata.owasp),
      confidence: rule.confidence,
      metadata: rule.metadata,
      source: { tool: 'soc2-scan', version: toolVersion },
    });
  }
  return findings;
}

/** The report order: by path, position and rule; ties keep each file's own order (the sort is stable). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      compareText(a.location.path, b.location.path) ||
      a.location.startLine - b.location.startLine ||
      a.location.startColumn - b.location.startColumn ||
      compareText(a.ruleId, b.ruleId),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `$X` (and `$...X`) in a message or fix becomes the code it matched; unknown names stay as written (as in Semgrep). */
function interpolate(message: string, bindings: Bindings, shown: (text: string) => string): string {
  return message.replace(/\$(?:\.\.\.)?[A-Z_][A-Z0-9_]*/g, (name) => {
    const bound = bindings[name]?.text;
    return bound === undefined ? name : shown(bound);
  });
}
