import type { Finding } from '../../model/index.js';
import { ConfigError } from '../../model/index.js';
import { finaliseFindings, limitSnippet, type DraftFinding } from '../finalise-findings.js';
import { isRecord, positiveInteger, readImportFile, recordOf, stringOf } from '../import-file.js';
import type { ImportedFindings, ImportOptions, SkippedResult } from '../imported-findings.js';
import { looksLikeSecretRule, shownSnippet } from '../secret-rules.js';
import { WorkspaceSource } from '../workspace-source.js';
import { semgrepConfidence, semgrepSeverity } from './semgrep-severity.js';

/** What Semgrep CE writes in `extra.lines` instead of the code when not logged in. */
const LINES_WITHHELD = /^requires login$/i;

/**
 * `semgrep --json` output as our Findings, category `imported`. Results missing a rule id, path or start
 * line are skipped and listed; a file that is not Semgrep JSON is a ConfigError naming file and field.
 */
export async function importSemgrepJson(filePath: string, options: ImportOptions): Promise<ImportedFindings> {
  const { json, sha256 } = await readImportFile(filePath, 'Semgrep JSON');
  const fail = (message: string, field: string) => new ConfigError(message, { file: filePath, field });
  if (!isRecord(json)) throw fail('Semgrep JSON output must be a JSON object', '(root)');
  if (!Array.isArray(json.results)) {
    const hint =
      json.version === '2.1.0' && Array.isArray(json.runs)
        ? ' (this looks like SARIF: import it as SARIF)'
        : '';
    throw fail(`Semgrep JSON output must have a "results" array${hint}`, 'results');
  }
  const version = stringOf(json.version) ?? 'unknown';
  const source = new WorkspaceSource(options.workspace);
  const drafts: DraftFinding[] = [];
  const skipped: SkippedResult[] = [];
  for (const [index, result] of json.results.entries()) {
    const at = `results[${index}]`;
    if (!isRecord(result)) throw fail('each result must be an object', at);
    const draft = await draftOf(result, version, source);
    if ('skip' in draft) skipped.push({ at, reason: draft.skip });
    else drafts.push(draft);
  }
  return {
    source: { tool: 'Semgrep', version, file: filePath, sha256 },
    findings: finaliseFindings(drafts),
    skipped,
    toolErrors: semgrepErrors(json.errors),
  };
}

async function draftOf(
  result: Record<string, unknown>,
  version: string,
  source: WorkspaceSource,
): Promise<DraftFinding | { skip: string }> {
  const ruleId = stringOf(result.check_id);
  if (!ruleId) return { skip: 'no check_id' };
  const reportedPath = stringOf(result.path);
  if (!reportedPath) return { skip: 'no path' };
  const start = recordOf(result.start);
  const end = recordOf(result.end);
  const startLine = positiveInteger(start.line);
  if (!startLine) return { skip: 'no start.line' };
  const endLine = Math.max(startLine, positiveInteger(end.line) ?? startLine);
  const startColumn = positiveInteger(start.col) ?? 1;
  const endColumn = positiveInteger(end.col) ?? startColumn;
  const path = source.normalise(reportedPath);

  const extra = recordOf(result.extra);
  const metadata = recordOf(extra.metadata);
  const message = stringOf(extra.message)?.trim() ?? ruleId;
  const reportedLines = stringOf(extra.lines);
  const lines =
    reportedLines && !LINES_WITHHELD.test(reportedLines.trim())
      ? reportedLines.replace(/\n$/, '')
      : await source.lineText(path, startLine, endLine);
  const matched = await matchedText(source, path, start, end, { startLine, startColumn, endLine, endColumn });
  const secret = looksLikeSecretRule(
    metadata.category,
    metadata.subcategory,
    metadata.technology,
    metadata.tags,
    metadata['secret_type'],
  );
  const severity = semgrepSeverity(extra.severity) ?? 'medium';

  const finding: Omit<Finding, 'fingerprint'> = {
    ruleId,
    category: 'imported',
    severity,
    message,
    location: {
      path,
      startLine,
      startColumn,
      endLine,
      endColumn,
      ...(typeof start.offset === 'number' ? { startOffset: start.offset } : {}),
      ...(typeof end.offset === 'number' ? { endOffset: end.offset } : {}),
    },
    snippet: shownSnippet(limitSnippet(lines ?? ''), secret),
    cwe: stringList(metadata.cwe),
    owasp: stringList(metadata.owasp),
    confidence: semgrepConfidence(metadata.confidence),
    metadata: {
      ...metadata,
      importedFrom: 'semgrep-json',
      semgrepSeverity: extra.severity ?? null,
      ...(stringOf(extra.fingerprint) && !LINES_WITHHELD.test(String(extra.fingerprint))
        ? { semgrepFingerprint: extra.fingerprint }
        : {}),
      ...(extra.is_ignored === true ? { suppressedByTool: true } : {}),
      ...(secret ? { secret: true } : {}),
    },
    source: { tool: 'Semgrep', version },
  };
  // Identity from the matched code (the engine's way), else the lines Semgrep showed, else its message.
  return { finding, identityRuleId: `Semgrep:${ruleId}`, identityText: matched ?? lines ?? message };
}

/** The exact matched text: by byte offsets when they agree with the file, else by line and column. */
async function matchedText(
  source: WorkspaceSource,
  path: string,
  start: Record<string, unknown>,
  end: Record<string, unknown>,
  region: { startLine: number; startColumn: number; endLine: number; endColumn: number },
): Promise<string | undefined> {
  const bytes = await source.bytes(path);
  if (!bytes) return undefined;
  if (typeof start.offset === 'number' && typeof end.offset === 'number' && end.offset > start.offset) {
    if (end.offset <= bytes.length) {
      const text = bytes.subarray(start.offset, end.offset).toString('utf8');
      if (text.trim()) return text;
    }
  }
  const text = await source.regionText(path, region);
  return text?.trim() ? text : undefined;
}

function semgrepErrors(errors: unknown): string[] {
  if (!Array.isArray(errors)) return [];
  // Warnings (e.g. a file parsed only partly) are common and do not mean the run failed; errors do.
  const failures = errors.filter(isRecord).filter((error) => (stringOf(error.level) ?? 'error') === 'error');
  return failures.map((error) => {
    const level = 'error';
    const where = stringOf(error.path);
    const text = stringOf(error.message) ?? stringOf(error.type) ?? 'error';
    return `Semgrep ${level}${where ? ` in ${where}` : ''}: ${text.split('\n')[0]}`;
  });
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
