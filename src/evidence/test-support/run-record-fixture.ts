import {
  DECISION_ACTIONS,
  SEVERITIES,
  type Decision,
  type DependencyInventory,
  type Finding,
  type Severity,
} from '../../model/index.js';
import type { RunOutcome, RunRecord } from '../run-record.js';

function countBy<K extends string>(keys: readonly K[], values: K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

/**
 * The outcome the pipeline would record. Built here rather than imported from pipeline/, because evidence/
 * sits to the left of the pipeline and must not depend on it, not even in tests.
 */
function outcomeOf(decisions: Decision[], failure: { exitCode: 3; error: string } | null): RunOutcome {
  const blockingCount = decisions.filter((decision) => decision.action === 'block').length;
  const result = failure ? 'failed' : blockingCount > 0 ? 'blocked' : 'passed';
  return {
    result,
    exitCode: failure ? failure.exitCode : blockingCount > 0 ? 1 : 0,
    blockingCount,
    findingsCount: decisions.length,
    countsBySeverity: countBy(
      SEVERITIES,
      decisions.map((decision) => decision.finding.severity),
    ),
    countsByDecision: countBy(
      DECISION_ACTIONS,
      decisions.map((decision) => decision.action),
    ),
    overriddenBy: [],
    error: failure?.error ?? null,
  };
}

export function makeFinding(index: number, severity: Severity): Finding {
  return {
    ruleId: `rule-${severity}`,
    category: 'sast',
    severity,
    message: `Problem ${index} | with a pipe.\nAnd a second line.`,
    location: {
      path: `src/file-${index}.js`,
      startLine: index + 1,
      startColumn: 3,
      endLine: index + 1,
      endColumn: 20,
    },
    snippet: `eval(input${index})`,
    fingerprint: index.toString(16).padStart(64, '0'),
    cwe: ['CWE-95: Eval Injection'],
    owasp: ['A03:2021 - Injection'],
    confidence: 'high',
    metadata: {},
    source: { tool: 'soc2-scan', version: '0.1.0' },
  };
}

export function makeRunRecord(
  options: { severities?: Severity[]; failed?: boolean; inventory?: DependencyInventory } = {},
): RunRecord {
  const decisions: Decision[] = (options.severities ?? ['high', 'medium', 'low']).map((severity, index) => ({
    finding: makeFinding(index, severity),
    action: severity === 'high' || severity === 'critical' ? 'block' : 'comment',
    reason: 'test',
    by: 'fail-on: critical,high',
    lifecycle: 'new',
  }));
  const failure = options.failed
    ? { exitCode: 3 as const, error: 'scan could not complete: disk on fire' }
    : null;
  return {
    tool: { name: 'soc2-scan', version: '0.1.0' },
    context: {
      repository: 'acme/shop',
      serverUrl: 'https://github.com',
      runId: '99',
      runAttempt: 1,
      runNumber: 5,
      workflow: 'security',
      job: 'scan',
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: 'b'.repeat(40),
      baseSha: null,
      pullRequestNumber: null,
      actor: { login: 'octocat', id: 583231, type: 'user' },
      triggeringActor: { login: 'octocat', id: null, type: 'user' },
      runner: { os: 'Linux', arch: 'X64' },
    },
    startedAt: '2026-11-25T10:00:00.000Z',
    finishedAt: '2026-11-25T10:00:02.500Z',
    settings: {
      paths: ['.'],
      failOn: ['critical', 'high'],
      maxFileBytes: 1048576,
      timeoutPerFileMs: 30_000,
      allowPartial: false,
    },
    rulesets: [{ path: 'bundled:javascript/x.yaml', sha256: 'c'.repeat(64), ruleCount: 3 }],
    policy: { path: null, sha256: null },
    scope: options.failed
      ? null
      : {
          languages: { javascript: { files: 3, bytes: 300 } },
          filesScanned: 3,
          bytesScanned: 300,
          skipped: [{ path: 'logo.png', reason: 'binary' }],
          skippedByReason: { binary: 1 },
        },
    problems: options.failed ? [{ kind: 'internal-error', message: 'disk on fire', path: 'src/a.js' }] : [],
    decisions: options.failed ? [] : decisions,
    fixed: [],
    inventory: options.failed ? null : (options.inventory ?? null),
    vulnerabilityDatabase: null,
    outcome: outcomeOf(options.failed ? [] : decisions, failure),
  };
}
