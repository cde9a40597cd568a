import { decideFindings } from '../policy/index.js';
import { discoverFiles, loadRules, scanRepository } from '../engine/index.js';
import { runSupplyChain, sbomSubjectOf, type SupplyChainResult } from '../supply-chain/index.js';
import { vulnerabilitySource } from './vulnerability-source.js';
import { AuditLog, writeEvidenceBundle, type EvidenceBundle } from '../evidence/index.js';
import type { RunRecord } from '../evidence/run-record.js';
import {
  ConfigError,
  SYSTEM_ACTOR,
  type AuditEvent,
  type PolicyOutcome,
  type RunContext,
  type ScanProblem,
  type ScanResult,
} from '../model/index.js';
import type { ScanConfig } from '../config/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { summariseOutcome, type RunFailure } from './outcome.js';

export interface PipelineInput {
  config: ScanConfig;
  context: RunContext;
  clock?: () => Date;
  /** The last audit-log hash of the previous run, when known, to chain this run to it. */
  previousHash?: string | null;
}

export interface PipelineOutput {
  record: RunRecord;
  events: readonly AuditEvent[];
  bundle: EvidenceBundle;
}

function describeFailure(error: unknown): RunFailure {
  if (error instanceof ConfigError) return { exitCode: 2, error: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: 3, error: `scan could not complete: ${message}` };
}

/**
 * scan → policy → evidence. Never throws for a scan problem: a run that cannot complete is
 * recorded as failed (fail closed) and its evidence is still written.
 */
export async function runScanPipeline(input: PipelineInput): Promise<PipelineOutput> {
  const { config, context } = input;
  const clock = input.clock ?? (() => new Date());
  const startedAt = clock().toISOString();
  const log = new AuditLog({
    run: { id: context.runId, attempt: context.runAttempt },
    previousHash: input.previousHash,
    clock,
  });

  log.record('scan.started', context.triggeringActor, context.repository, {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    event: context.eventName,
    ref: context.ref,
    sha: context.sha,
    paths: config.paths,
    failOn: config.failOn,
  });

  let scan: ScanResult | null = null;
  let supplyChain: SupplyChainResult | null = null;
  let policy: PolicyOutcome | null = null;
  let failure: RunFailure | null = null;
  let problems: ScanProblem[] = [];
  try {
    const rules = await loadRules(config.ruleSources);
    // One walk of the tree serves both the rule scan and the lockfile inventory.
    const discovered = await discoverFiles(config.workspace, config.paths);
    scan = await scanRepository({
      workspace: config.workspace,
      paths: config.paths,
      rules,
      maxFileBytes: config.maxFileBytes,
      toolVersion: TOOL_VERSION,
      discovered,
    });
    supplyChain = await runSupplyChain({
      workspace: config.workspace,
      files: discovered.files,
      vulnerabilities: vulnerabilitySource(config),
      subject: sbomSubjectOf(context, { name: TOOL_NAME, version: TOOL_VERSION }, startedAt),
    });
    problems = [...scan.problems, ...supplyChain.problems];
    policy = decideFindings([...scan.findings, ...supplyChain.findings], { failOn: config.failOn });
    if (problems.length > 0) {
      failure = {
        exitCode: 3,
        error: `scan incomplete: ${problems.length} problem(s), first: ${problems[0].message}`,
      };
    }
  } catch (error) {
    failure = describeFailure(error);
  }

  if (supplyChain) {
    log.record('sbom.generated', SYSTEM_ACTOR, context.repository, {
      components: supplyChain.inventory.packages.length,
      lockfiles: supplyChain.inventory.lockfiles.map((lockfile) => lockfile.path),
      documents: supplyChain.sboms.map(({ name, format, sha256 }) => ({ name, format, sha256 })),
      vulnerabilityDatabase: supplyChain.vulnerabilityDatabase,
    });
  }

  const decisions = policy?.decisions ?? [];
  for (const decision of decisions) {
    const { finding } = decision;
    log.record('finding.opened', context.actor, finding.fingerprint, {
      ruleId: finding.ruleId,
      severity: finding.severity,
      path: finding.location.path,
      line: finding.location.startLine,
      action: decision.action,
      reason: decision.reason,
      lifecycle: decision.lifecycle,
    });
  }
  if (policy && !failure) {
    log.record(
      policy.result === 'blocked' ? 'policy.blocked' : 'policy.passed',
      SYSTEM_ACTOR,
      context.repository,
      {
        blockingCount: policy.blockingCount,
        failOn: config.failOn,
        blocking: decisions.filter((d) => d.action === 'block').map((d) => d.finding.fingerprint),
      },
    );
  }

  const outcome = summariseOutcome(decisions, policy, failure);
  const finishedAt = clock().toISOString();
  if (failure) {
    log.record('scan.failed', context.triggeringActor, context.repository, {
      exitCode: failure.exitCode,
      error: failure.error,
      problems,
    });
  } else {
    log.record('scan.completed', context.triggeringActor, context.repository, {
      result: outcome.result,
      findingsCount: outcome.findingsCount,
      blockingCount: outcome.blockingCount,
      filesScanned: scan?.scope.filesScanned ?? 0,
    });
  }

  const record: RunRecord = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    context,
    startedAt,
    finishedAt,
    settings: { paths: config.paths, failOn: config.failOn, maxFileBytes: config.maxFileBytes },
    rulesets: scan?.rulesets ?? [],
    policy: { path: null, sha256: null },
    scope: scan?.scope ?? null,
    problems,
    decisions,
    fixed: policy?.fixed ?? [],
    inventory: supplyChain?.inventory ?? null,
    vulnerabilityDatabase: supplyChain?.vulnerabilityDatabase ?? null,
    outcome,
  };
  const attachments = (supplyChain?.sboms ?? []).map(({ name, content }) => ({ name, content }));
  const bundle = await writeEvidenceBundle(config.evidenceDir, record, log.events, attachments);
  return { record, events: log.events, bundle };
}
