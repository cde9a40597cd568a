import { fingerprintFinding, OccurrenceCounter, type Finding } from '../model/index.js';

/** A finding before its identity is known: occurrences can only be counted once all results are in. */
export interface DraftFinding {
  finding: Omit<Finding, 'fingerprint'>;
  /** Rule id qualified by the tool, so two tools' equal rule ids never share an identity. */
  identityRuleId: string;
  /** The code (or, failing that, the message) the identity is computed over. */
  identityText: string;
}

const SNIPPET_MAX_LINES = 10;

/**
 * Orders findings by location and fingerprints them with the engine's function, counting repeats of the
 * same text in file order, so re-importing the same (or a reordered) file gives the same identities.
 */
export function finaliseFindings(drafts: DraftFinding[]): Finding[] {
  const ordered = [...drafts].sort(
    (a, b) =>
      compare(a.finding.location.path, b.finding.location.path) ||
      a.finding.location.startLine - b.finding.location.startLine ||
      a.finding.location.startColumn - b.finding.location.startColumn ||
      compare(a.identityRuleId, b.identityRuleId) ||
      compare(a.identityText, b.identityText) ||
      compare(a.finding.message, b.finding.message),
  );
  const occurrences = new OccurrenceCounter();
  return ordered.map(({ finding, identityRuleId, identityText }) => {
    const path = finding.location.path;
    return {
      ...finding,
      fingerprint: fingerprintFinding({
        ruleId: identityRuleId,
        path,
        matchedText: identityText,
        occurrence: occurrences.next(identityRuleId, path, identityText),
      }),
    };
  });
}

export function limitSnippet(text: string): string {
  return text.split('\n').slice(0, SNIPPET_MAX_LINES).join('\n');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
