import type { Finding } from '../../model/index.js';
import { ConfigError } from '../../model/index.js';
import { finaliseFindings, limitSnippet, type DraftFinding } from '../finalise-findings.js';
import { isRecord, readImportFile, recordOf, stringOf } from '../import-file.js';
import type { ImportedFindings, ImportOptions, SkippedResult } from '../imported-findings.js';
import { looksLikeSecretRule, shownSnippet } from '../secret-rules.js';
import { WorkspaceSource, type TextRegion } from '../workspace-source.js';
import { sarifArtifactPath, sarifRegion } from './sarif-location.js';
import { findRule, ruleMessage } from './sarif-rules.js';
import { confidenceOfPrecision, cweOfTags, owaspOfTags, sarifSeverity } from './sarif-severity.js';

/** Results that record a check passing or not applying are not findings (SARIF §3.27.9). */
const NON_FINDING_KINDS = new Set(['pass', 'notApplicable']);

/**
 * Another scanner's SARIF 2.1.0 (CodeQL, Trivy, any tool) as our Findings, category `imported`, one per
 * result. Results the tool marks absent from its baseline, or that are not failures, are skipped and
 * listed; so are results without a location. A malformed file is a ConfigError naming file and field.
 */
export async function importSarif(filePath: string, options: ImportOptions): Promise<ImportedFindings> {
  const { json, sha256 } = await readImportFile(filePath, 'SARIF');
  const fail = (message: string, field: string) => new ConfigError(message, { file: filePath, field });
  if (!isRecord(json)) throw fail('a SARIF log must be a JSON object', '(root)');
  if (json.version !== '2.1.0') {
    throw fail(
      `only SARIF version 2.1.0 is supported, found ${JSON.stringify(json.version ?? null)}`,
      'version',
    );
  }
  if (!Array.isArray(json.runs)) throw fail('a SARIF log must have a "runs" array', 'runs');

  const source = new WorkspaceSource(options.workspace);
  const drafts: DraftFinding[] = [];
  const skipped: SkippedResult[] = [];
  const toolErrors: string[] = [];
  const tools: Array<{ name: string; version: string }> = [];
  for (const [runIndex, run] of json.runs.entries()) {
    const at = `runs[${runIndex}]`;
    if (!isRecord(run)) throw fail('each run must be an object', at);
    const driver = recordOf(recordOf(run.tool).driver);
    const tool = stringOf(driver.name);
    if (!tool) throw fail('each run must name its tool', `${at}.tool.driver.name`);
    const version = stringOf(driver.semanticVersion) ?? stringOf(driver.version) ?? 'unknown';
    tools.push({ name: tool, version });
    toolErrors.push(...runFailures(run, tool));
    if (run.results === undefined || run.results === null) continue;
    if (!Array.isArray(run.results)) throw fail('"results" must be an array', `${at}.results`);
    for (const [resultIndex, result] of run.results.entries()) {
      const resultAt = `${at}.results[${resultIndex}]`;
      if (!isRecord(result)) throw fail('each result must be an object', resultAt);
      const draft = await draftOf(result, run, { name: tool, version }, source);
      if ('skip' in draft) skipped.push({ at: resultAt, reason: draft.skip });
      else drafts.push(draft);
    }
  }
  return {
    source: { ...describeTools(tools), file: filePath, sha256 },
    findings: finaliseFindings(drafts),
    skipped,
    toolErrors,
  };
}

async function draftOf(
  result: Record<string, unknown>,
  run: Record<string, unknown>,
  tool: { name: string; version: string },
  source: WorkspaceSource,
): Promise<DraftFinding | { skip: string }> {
  const baselineState = stringOf(result.baselineState);
  if (baselineState === 'absent') return { skip: 'baselineState is absent (the tool reports it as fixed)' };
  const kind = stringOf(result.kind);
  if (kind && NON_FINDING_KINDS.has(kind)) return { skip: `kind is ${kind}, not a finding` };
  const rule = findRule(result, run);
  const ruleId = stringOf(result.ruleId) ?? stringOf(recordOf(result.rule).id) ?? stringOf(rule.id);
  if (!ruleId) return { skip: 'no ruleId' };

  const location = Array.isArray(result.locations) ? recordOf(result.locations[0]) : {};
  const physical = recordOf(location.physicalLocation);
  const artifact = sarifArtifactPath(recordOf(physical.artifactLocation), run, source);
  if (!artifact) return { skip: 'no physical location (artifactLocation.uri)' };
  const regionObject = recordOf(physical.region);
  const region = sarifRegion(regionObject) ?? (await offsetRegion(regionObject, artifact.path, source));
  const place: TextRegion = region ?? { startLine: 1, startColumn: 1, endLine: 1 };

  const ruleProperties = recordOf(rule.properties);
  const resultProperties = recordOf(result.properties);
  const tags = [...stringList(ruleProperties.tags), ...stringList(resultProperties.tags)];
  const { severity, basis } = sarifSeverity({
    resultProperties,
    ruleProperties,
    resultLevel: result.level,
    ruleDefaultLevel: recordOf(rule.defaultConfiguration).level,
    resultKind: result.kind,
  });
  const message = ruleMessage(result, rule) ?? ruleId;
  const secret = looksLikeSecretRule(tags, ruleProperties.category, stringOf(rule.name));

  const regionSnippet = stringOf(recordOf(regionObject.snippet).text);
  const exact = region ? await source.regionText(artifact.path, region) : undefined;
  const lines = region ? await source.lineText(artifact.path, region.startLine, region.endLine) : undefined;
  // The code matched, as precisely as the file allows: the region itself, else its whole lines
  // (Trivy's regions are 1:1-1:1 for a whole package entry), else the tool's message.
  const identityText = regionSnippet ?? (exact?.trim() ? exact : undefined) ?? lines ?? message;
  const endColumn = place.endColumn ?? endOfLine(lines) ?? place.startColumn ?? 1;

  const finding: Omit<Finding, 'fingerprint'> = {
    ruleId,
    category: 'imported',
    severity,
    message,
    location: {
      path: artifact.path,
      startLine: place.startLine,
      startColumn: place.startColumn ?? 1,
      endLine: place.endLine,
      endColumn,
    },
    snippet: shownSnippet(limitSnippet(regionSnippet ?? lines ?? ''), secret),
    cwe: cweOfTags(tags),
    owasp: owaspOfTags(tags),
    confidence: confidenceOfPrecision(ruleProperties.precision),
    metadata: {
      importedFrom: 'sarif',
      severityBasis: basis,
      ...(stringOf(rule.name) ? { ruleName: rule.name } : {}),
      ...(tags.length > 0 ? { tags } : {}),
      ...(stringOf(rule.helpUri) ? { helpUri: rule.helpUri } : {}),
      ...(isRecord(result.partialFingerprints) ? { partialFingerprints: result.partialFingerprints } : {}),
      ...(isRecord(result.fingerprints) ? { sarifFingerprints: result.fingerprints } : {}),
      ...(baselineState ? { baselineState } : {}),
      ...(kind ? { kind } : {}),
      ...(secret ? { secret: true } : {}),
      ...(region ? {} : { wholeFile: true }),
      ...(artifact.outsideWorkspace ? { outsideWorkspace: true } : {}),
      ...suppressionOf(result),
    },
    source: { tool: tool.name, version: tool.version },
  };
  return { finding, identityRuleId: `${tool.name}:${ruleId}`, identityText };
}

/**
 * A suppression the other tool recorded (e.g. CodeQL's in-source `lgtm`/`codeql` comments) is kept as a
 * finding and described in metadata: whether it applies is our policy's decision, which must see it.
 * A suppression without a status counts as accepted, as GitHub code scanning treats it.
 */
function suppressionOf(result: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(result.suppressions) || result.suppressions.length === 0) return {};
  const suppressions = result.suppressions.filter(isRecord).map((s) => ({
    kind: stringOf(s.kind) ?? 'unknown',
    status: stringOf(s.status) ?? 'accepted',
    ...(stringOf(s.justification) ? { justification: s.justification } : {}),
  }));
  return {
    toolSuppressions: suppressions,
    suppressedByTool: suppressions.some((s) => s.status === 'accepted'),
  };
}

async function offsetRegion(
  region: Record<string, unknown>,
  path: string,
  source: WorkspaceSource,
): Promise<TextRegion | undefined> {
  if (typeof region.charOffset !== 'number' || region.charOffset < 0) return undefined;
  const start = await source.positionOf(path, region.charOffset);
  if (!start) return undefined;
  const length = typeof region.charLength === 'number' && region.charLength >= 0 ? region.charLength : 0;
  const end = (await source.positionOf(path, region.charOffset + length)) ?? start;
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

function endOfLine(lines: string | undefined): number | undefined {
  if (lines === undefined) return undefined;
  const all = lines.split('\n');
  return all[all.length - 1].length + 1;
}

/** The tool said its run failed or raised errors: the results may be incomplete. */
function runFailures(run: Record<string, unknown>, tool: string): string[] {
  const failures: string[] = [];
  for (const invocation of Array.isArray(run.invocations) ? run.invocations.filter(isRecord) : []) {
    if (invocation.executionSuccessful === false)
      failures.push(`${tool}: the run did not complete successfully`);
    const notes = Array.isArray(invocation.toolExecutionNotifications)
      ? invocation.toolExecutionNotifications
      : [];
    for (const note of notes.filter(isRecord)) {
      if (note.level === 'error')
        failures.push(`${tool}: ${stringOf(recordOf(note.message).text) ?? 'error'}`);
    }
  }
  return failures;
}

function describeTools(tools: Array<{ name: string; version: string }>): { tool: string; version: string } {
  const unique = [...new Map(tools.map((t) => [`${t.name}\0${t.version}`, t])).values()];
  if (unique.length === 0) return { tool: 'unknown', version: 'unknown' };
  return { tool: unique.map((t) => t.name).join(', '), version: unique.map((t) => t.version).join(', ') };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
