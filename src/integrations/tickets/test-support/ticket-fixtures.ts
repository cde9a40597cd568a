import { createHash } from 'node:crypto';
import { AuditLog } from '../../../evidence/audit-log.js';
import { parseTicketInputs, type TicketSettings } from '../../../config/ticket-inputs.js';
import type { Decision, DecisionAction, Lifecycle, RunContext, Severity } from '../../../model/index.js';
import type { TicketSyncInput } from '../sync-tickets.js';

export function fingerprintOf(name: string): string {
  return createHash('sha256').update(name).digest('hex');
}

export function makeDecision(
  name: string,
  options: {
    severity?: Severity;
    action?: DecisionAction;
    lifecycle?: Lifecycle;
    ruleId?: string;
    path?: string;
    line?: number;
    by?: string;
    reason?: string;
  } = {},
): Decision {
  const line = options.line ?? 10;
  return {
    finding: {
      ruleId: options.ruleId ?? `js.${name}`,
      category: 'sast',
      severity: options.severity ?? 'high',
      message: `Untrusted input reaches ${name}; validate it first.`,
      location: {
        path: options.path ?? `src/${name}.js`,
        startLine: line,
        startColumn: 1,
        endLine: line,
        endColumn: 30,
      },
      snippet: `${name}(request.query.value)`,
      fingerprint: fingerprintOf(name),
      cwe: ['CWE-95: Eval Injection'],
      owasp: ['A03:2021 - Injection'],
      confidence: 'high',
      metadata: { references: ['https://owasp.org/Top10/A03_2021-Injection/'] },
      source: { tool: 'soc2-scan', version: '0.1.0' },
    },
    action: options.action ?? 'block',
    reason: options.reason ?? 'fail-on: critical,high',
    by: options.by ?? 'policy fail-on',
    lifecycle: options.lifecycle ?? 'new',
  };
}

export function runContext(sha: string, runId = '4242'): RunContext {
  const actor = { login: 'octocat', id: 583231, type: 'user' as const };
  return {
    repository: 'acme/payments',
    serverUrl: 'https://github.com',
    runId,
    runAttempt: 1,
    runNumber: 7,
    workflow: 'ci',
    job: 'scan',
    eventName: 'push',
    ref: 'refs/heads/main',
    sha,
    baseSha: null,
    pullRequestNumber: null,
    actor,
    triggeringActor: actor,
    runner: { os: 'Linux', arch: 'X64' },
  };
}

export function ticketSettings(inputs: Record<string, string>, githubApiUrl?: string): TicketSettings {
  const settings = parseTicketInputs((name) => inputs[name] ?? '', { githubApiUrl });
  if (!settings) throw new Error('no ticket sink configured');
  return settings;
}

/** A clock that only moves when someone sleeps: retries and pacing cost no real time. */
export class VirtualTime {
  private now: number;
  readonly sleeps: number[] = [];

  constructor(start = Date.parse('2025-03-03T09:00:00.000Z')) {
    this.now = start;
  }

  clock = (): Date => new Date(this.now);

  sleep = async (ms: number): Promise<void> => {
    this.sleeps.push(ms);
    this.now += ms;
  };

  advance(ms: number): void {
    this.now += ms;
  }
}

/** One run's inputs with a real hash-chained audit log. */
export function runInputs(
  settings: TicketSettings,
  decisions: Decision[],
  options: { sha: string; runId?: string; authoritative?: boolean; time?: VirtualTime },
): { input: TicketSyncInput; log: AuditLog } {
  const runId = options.runId ?? '4242';
  const log = new AuditLog({ run: { id: runId, attempt: 1 }, clock: options.time?.clock });
  const input: TicketSyncInput = {
    settings,
    decisions,
    authoritative: options.authoritative ?? true,
    context: runContext(options.sha, runId),
    evidence: {
      artifactName: `soc2-evidence-${runId}-1`,
      runUrl: `https://github.com/acme/payments/actions/runs/${runId}/attempts/1`,
    },
    slaDays: { critical: 7, high: 30, medium: 90 },
    record: (type, actor, subject, data) => {
      log.record(type, actor, subject, data);
    },
    clock: options.time?.clock,
    sleep: options.time?.sleep,
  };
  return { input, log };
}
