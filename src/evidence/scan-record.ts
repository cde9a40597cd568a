import type { Actor } from '../model/index.js';
import { EVIDENCE_SCHEMA_VERSION } from './bundle-files.js';
import type { RunRecord } from './run-record.js';

function describeActor(actor: Actor) {
  return {
    login: actor.login,
    id: actor.id,
    idStatus: actor.id === null ? 'unknown' : 'known',
    type: actor.type,
  };
}

/** scan-record.json: who ran what, where, when, with which rules, over what scope, and the outcome. */
export function buildScanRecord(record: RunRecord) {
  const { context, outcome } = record;
  return {
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    tool: record.tool,
    repository: context.repository,
    serverUrl: context.serverUrl,
    run: {
      id: context.runId,
      attempt: context.runAttempt,
      number: context.runNumber,
      workflow: context.workflow,
      job: context.job,
      event: context.eventName,
      ref: context.ref,
      sha: context.sha,
      baseSha: context.baseSha,
      pullRequest: context.pullRequestNumber,
    },
    actor: describeActor(context.actor),
    triggeringActor: describeActor(context.triggeringActor),
    runner: context.runner,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
    durationMs: Date.parse(record.finishedAt) - Date.parse(record.startedAt),
    settings: record.settings,
    rulesets: record.rulesets,
    policy: record.policy,
    baseline: record.baseline ?? null,
    imports: record.imports ?? [],
    policyReport: record.policyReport ?? null,
    scope: record.scope,
    problems: record.problems,
    inventory: record.inventory && {
      lockfiles: record.inventory.lockfiles,
      components: record.inventory.packages.length,
    },
    vulnerabilityDatabase: record.vulnerabilityDatabase,
    outcome: {
      result: outcome.result,
      exitCode: outcome.exitCode,
      findingsCount: outcome.findingsCount,
      blockingCount: outcome.blockingCount,
      countsBySeverity: outcome.countsBySeverity,
      countsByDecision: outcome.countsByDecision,
      overriddenBy: outcome.overriddenBy.map(describeActor),
      error: outcome.error,
    },
  };
}

/**
 * findings.json: every finding with what was decided about it and why. As a system-generated report
 * (AT-C 205) it says what it selected, when and by what version it was made, how many records it holds
 * and the audit-log head, so an auditor can re-perform completeness and accuracy.
 */
export function buildFindingsFile(record: RunRecord, auditLog: { head: string | null; events: number }) {
  return {
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    run: { id: record.context.runId, attempt: record.context.runAttempt },
    generatedAt: record.finishedAt,
    generatedBy: record.tool,
    filter: 'every finding this run produced, whatever its decision; none left out',
    auditLog,
    count: record.decisions.length,
    countsBySeverity: record.outcome.countsBySeverity,
    countsByDecision: record.outcome.countsByDecision,
    findings: record.decisions.map(({ finding, action, reason, by, lifecycle }) => ({
      ...finding,
      decision: { action, reason, by, lifecycle },
    })),
    fixed: record.fixed,
  };
}
