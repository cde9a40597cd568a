import type * as Sarif from 'sarif';
import type { Decision, Finding, Severity } from '../model/index.js';
import { TOOL_URI } from '../version.js';
import type { RunRecord } from './run-record.js';

/** GitHub code scanning reads `security-severity` (CVSS-like 0-10) to rank security alerts. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

export const SARIF_FINGERPRINT_KEY = 'soc2ScanFingerprint/v1';

function cweTag(cwe: string): string {
  const id = /CWE-\d+/i.exec(cwe)?.[0];
  return id ? `external/cwe/${id.toLowerCase()}` : cwe;
}

function toRule(finding: Finding): Sarif.ReportingDescriptor {
  const firstLine = finding.message.split(/(?<=\.)\s/)[0];
  return {
    id: finding.ruleId,
    name: finding.ruleId,
    shortDescription: { text: firstLine.slice(0, 1000) },
    fullDescription: { text: finding.message },
    help: { text: finding.message, markdown: finding.message },
    defaultConfiguration: { level: LEVEL[finding.severity] },
    properties: {
      tags: ['security', finding.category, ...finding.cwe.map(cweTag), ...finding.owasp],
      precision: finding.confidence === 'high' ? 'high' : finding.confidence === 'low' ? 'low' : 'medium',
      'security-severity': SECURITY_SEVERITY[finding.severity],
    },
  };
}

const isPositiveInteger = (value: number) => Number.isInteger(value) && value >= 1;

/**
 * SARIF regions are 1-based and GitHub rejects the whole upload for one line or column below 1, which an
 * imported finding can carry. Such a value is left out rather than guessed; a region with no usable line
 * falls back to line 1, so the result still points at its file.
 */
function toRegion(finding: Finding): Sarif.Region {
  const { startLine, startColumn, endLine, endColumn } = finding.location;
  const start = isPositiveInteger(startLine) ? startLine : 1;
  const end = isPositiveInteger(endLine) && endLine >= start ? endLine : undefined;
  return {
    startLine: start,
    ...(isPositiveInteger(startColumn) ? { startColumn } : {}),
    ...(end !== undefined ? { endLine: end } : {}),
    ...(end !== undefined && isPositiveInteger(endColumn) ? { endColumn } : {}),
    snippet: { text: finding.snippet },
  };
}

function toResult(decision: Decision, ruleIndex: number): Sarif.Result {
  const { finding } = decision;
  const { location } = finding;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: decision.action === 'block' ? 'error' : LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: location.path, uriBaseId: '%SRCROOT%' },
          region: toRegion(finding),
        },
      },
    ],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: finding.fingerprint },
    ...fixOf(finding),
    ...suppressionOf(decision),
    properties: {
      severity: finding.severity,
      decision: decision.action,
      reason: decision.reason,
      decidedBy: decision.by,
      lifecycle: decision.lifecycle,
      source: `${finding.source.tool} ${finding.source.version}`,
    },
  };
}

/** A rule's `fix` as a SARIF fix: replace the result's region with the fixed text. */
function fixOf(finding: Finding): Pick<Sarif.Result, 'fixes'> {
  if (finding.fix === undefined) return {};
  const { snippet: _shown, ...deleted } = toRegion(finding);
  return {
    fixes: [
      {
        description: { text: `Replace with: ${finding.fix}` },
        artifactChanges: [
          {
            artifactLocation: { uri: finding.location.path, uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: deleted, insertedContent: { text: finding.fix } }],
          },
        ],
      },
    ],
  };
}

/**
 * Suppressed and excepted findings carry a SARIF suppression, so GitHub code scanning shows them as
 * dismissed rather than open. They are recorded as `external`: the decision was made by policy outside
 * the result, and `decidedBy` says which rule, comment or exception made it.
 */
function suppressionOf(decision: Decision): Pick<Sarif.Result, 'suppressions'> {
  if (decision.action !== 'suppressed' && decision.action !== 'excepted') return {};
  return {
    suppressions: [
      {
        kind: 'external',
        status: 'accepted',
        justification: decision.reason,
        properties: { decision: decision.action, decidedBy: decision.by },
      },
    ],
  };
}

/** results.sarif: SARIF 2.1.0 that GitHub code scanning accepts, one run, rules de-duplicated. */
export function toSarif(record: RunRecord): Sarif.Log {
  const rules: Sarif.ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const results = record.decisions.map((decision) => {
    let index = ruleIndex.get(decision.finding.ruleId);
    if (index === undefined) {
      index = rules.push(toRule(decision.finding)) - 1;
      ruleIndex.set(decision.finding.ruleId, index);
    }
    return toResult(decision, index);
  });
  const { context } = record;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: record.tool.name,
            version: record.tool.version,
            semanticVersion: record.tool.version,
            informationUri: TOOL_URI,
            rules,
          },
        },
        automationDetails: {
          id: `${record.tool.name}/${context.workflow ?? 'local'}/${context.job ?? 'scan'}/`,
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        invocations: [
          {
            executionSuccessful: record.outcome.result !== 'failed',
            startTimeUtc: record.startedAt,
            endTimeUtc: record.finishedAt,
            ...(record.outcome.exitCode !== 0 ? { exitCode: record.outcome.exitCode } : {}),
            toolExecutionNotifications: [
              ...record.problems.map((problem): Sarif.Notification => ({
                level: 'error',
                message: { text: problem.message },
                descriptor: { id: problem.kind },
                ...(problem.path
                  ? {
                      locations: [
                        {
                          physicalLocation: {
                            artifactLocation: { uri: problem.path, uriBaseId: '%SRCROOT%' },
                          },
                        },
                      ],
                    }
                  : {}),
              })),
              ...(record.outcome.error && record.problems.length === 0
                ? [{ level: 'error' as const, message: { text: record.outcome.error } }]
                : []),
            ],
          },
        ],
        results,
        ...(context.sha ? { versionControlProvenance: [versionControl(record)] } : {}),
      },
    ],
  };
}

function versionControl(record: RunRecord): Sarif.VersionControlDetails {
  const { context } = record;
  return {
    repositoryUri: `${context.serverUrl}/${context.repository}`,
    revisionId: context.sha ?? undefined,
    ...(context.ref ? { branch: context.ref } : {}),
  };
}
