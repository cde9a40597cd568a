import path from 'node:path';
import { commandLineRuleFile, loadRules } from '../engine/index.js';
import { AuditLog, writeEvidenceBundle, type EvidenceBundle } from '../evidence/index.js';
import type { BaselineRecord, ImportRecord, RunRecord } from '../evidence/run-record.js';
import { importSarif, importSemgrepJson } from '../importers/index.js';
import {
  ConfigError,
  SYSTEM_ACTOR,
  type Actor,
  type AuditEvent,
  type Finding,
  type OverrideAttempt,
  type PolicyOutcome,
  type RunContext,
  type ScanProblem,
} from '../model/index.js';
import { DEFAULT_TIMEOUT_SECONDS, type PolicySettings, type ScanConfig } from '../config/index.js';
import { decideFindings, findInlineSuppressions } from '../policy/index.js';
import type { SupplyChainResult } from '../supply-chain/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { diffScope, scanBaseline, type Baseline, type DiffScope } from './baseline.js';
import { withLicenseRules } from './license-rules.js';
import { summariseOutcome, type RunFailure } from './outcome.js';
import { recordDecisions, recordVerdict, type RecordEvent } from './record-decisions.js';
import { loadRunPolicyFiles, type RunPolicyFiles } from './run-policy-files.js';
import { scanWorkspace, type WorkspaceScan } from './scan-stage.js';
import { blameSuppressions } from './suppression-authors.js';

/** Facts about the pull request, gathered from GitHub by the caller before the policy runs. */
export interface PullRequestFacts {
  author: Actor | null;
  overrideAttempts: OverrideAttempt[];
  /** The `org/team` membership was checked against when the attempts were collected; null: none. */
  teamChecked?: string | null;
  /** The label the attempts were collected under (the workspace policy's); label attempts count only when the governing policy names it too. */
  labelChecked?: string;
}

/**
 * Runs once the decisions are made and recorded, before the evidence is written (remediation tickets).
 * Returns why the run must fail (e.g. `ticket-failure: block` and a ticket could not be written), or null.
 */
export type AfterDecisions = (input: {
  policy: PolicyOutcome;
  settings: PolicySettings;
  record: RecordEvent;
  /** True when the run completed over the whole repository: only then may a missing finding count as fixed. */
  complete: boolean;
}) => Promise<string | null>;

export interface PipelineInput {
  config: ScanConfig;
  context: RunContext;
  clock?: () => Date;
  /** The last audit-log hash of the previous run, when known, to chain this run to it. */
  previousHash?: string | null;
  pullRequest?: PullRequestFacts | null;
  afterDecisions?: AfterDecisions;
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

/** The commit this run's findings are compared with: the pull request's base, or `--baseline-commit`. */
function baseCommitOf(config: ScanConfig, context: RunContext): string | null {
  return context.baseSha ?? config.baselineCommit ?? null;
}

/**
 * config → scan → policy → evidence. Never throws for a scan problem: a run that cannot complete is
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
  const record: RecordEvent = (type, actor, subject, data) => {
    log.record(type, actor, subject, data);
  };

  record('scan.started', context.triggeringActor, context.repository, {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    event: context.eventName,
    ref: context.ref,
    sha: context.sha,
    baseSha: baseCommitOf(config, context),
    paths: config.paths,
    failOn: config.failOn,
  });

  let workspaceScan: WorkspaceScan | null = null;
  let policyFiles: RunPolicyFiles | null = null;
  let baseline: Baseline | null = null;
  let scope: DiffScope | null = null;
  let policy: PolicyOutcome | null = null;
  let failure: RunFailure | null = null;
  let problems: ScanProblem[] = [];
  let violation: string | null = null;
  const imports: ImportRecord[] = [];
  try {
    const rules = config.commandLinePattern
      ? await loadRules([], [commandLineRuleFile(config.commandLinePattern)])
      : await loadRules(config.ruleSources);
    const baseCommit = baseCommitOf(config, context);
    // The base is reached first (a shallow clone may need a fetch): the policy is read from it.
    scope = baseCommit ? await diffScope(config.workspace, baseCommit, context.sha) : null;
    policyFiles = await loadRunPolicyFiles({
      workspace: config.workspace,
      requestedPath: config.policyFile ?? null,
      baseCommit,
      baseUnreachable: scope && !scope.ok ? scope.reason : null,
    });
    const settings = withLicenseRules(policyFiles.policy.settings);
    const licenses = settings.licenses;
    workspaceScan = await scanWorkspace({ config, rules, context, startedAt, licenses });
    const imported = await importFindings(config, imports);
    const findings = [...workspaceScan.findings, ...imported];
    problems = workspaceScan.problems;

    if (scope) {
      baseline = await scanBaseline(config.workspace, scope, async (root) => {
        const base = await scanWorkspace({ config, rules, context, startedAt, licenses, root });
        return base.findings;
      });
    }
    const suppressions = await findInlineSuppressions(config.workspace, findings);
    policy = decideFindings({
      findings,
      failOn: config.failOn,
      settings,
      exceptions: policyFiles.exceptions.entries,
      suppressions,
      baseline: baseline?.diffAware ? baseline.fingerprints : null,
      changedPaths: baseline?.diffAware ? baseline.scope.changedPaths : null,
      overrideAttempts: attemptsUnder(settings, input.pullRequest),
      pullRequestAuthor: input.pullRequest?.author ?? null,
      today: clock(),
    });
    // Timeouts are still recorded (errors[], scan record); the user may accept them as a partial scan.
    const blocking = problems.filter((problem) => !(config.allowPartial && problem.kind === 'timeout'));
    if (blocking.length > 0) {
      failure = {
        exitCode: 3,
        error: `scan incomplete: ${blocking.length} problem(s), first: ${blocking[0].message}`,
      };
    }
  } catch (error) {
    failure = describeFailure(error);
  }

  const supplyChain: SupplyChainResult | null = workspaceScan?.supplyChain ?? null;
  if (supplyChain) {
    record('sbom.generated', SYSTEM_ACTOR, context.repository, {
      components: supplyChain.inventory.packages.length,
      lockfiles: supplyChain.inventory.lockfiles.map((lockfile) => lockfile.path),
      documents: supplyChain.sboms.map(({ name, format, sha256 }) => ({ name, format, sha256 })),
      vulnerabilityDatabase: supplyChain.vulnerabilityDatabase,
    });
  }

  if (policy) {
    const authors = await blameSuppressions(config.workspace, policy);
    recordDecisions(record, policy, context, authors);
    if (!failure) recordVerdict(record, policy, context);
    if (input.afterDecisions && policyFiles) {
      violation = await input.afterDecisions({
        policy,
        settings: policyFiles.policy.settings,
        record,
        complete: !failure && config.paths.length === 1 && config.paths[0] === '.',
      });
    }
  }

  const decisions = policy?.decisions ?? [];
  const outcome = summariseOutcome(decisions, policy, failure, violation);
  const finishedAt = clock().toISOString();
  if (failure) {
    record('scan.failed', context.triggeringActor, context.repository, {
      exitCode: failure.exitCode,
      error: failure.error,
      problems,
    });
  } else {
    record('scan.completed', context.triggeringActor, context.repository, {
      result: outcome.result,
      findingsCount: outcome.findingsCount,
      blockingCount: outcome.blockingCount,
      filesScanned: workspaceScan?.scan.scope.filesScanned ?? 0,
    });
  }

  const runRecord: RunRecord = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    context,
    startedAt,
    finishedAt,
    settings: {
      paths: config.paths,
      failOn: config.failOn,
      maxFileBytes: config.maxFileBytes,
      timeoutPerFileMs: config.timeoutPerFileMs ?? DEFAULT_TIMEOUT_SECONDS * 1000,
      allowPartial: config.allowPartial ?? false,
    },
    rulesets: workspaceScan?.scan.rulesets ?? [],
    policy: {
      path: policyFiles?.policy.path ?? null,
      sha256: policyFiles?.policy.sha256 ?? null,
      readFrom: policyFiles?.readFrom.kind === 'base' ? `base ${policyFiles.readFrom.commit}` : 'workspace',
      note: policyFiles?.note ?? null,
      exceptionsFile: policyFiles?.exceptions.path ?? null,
      exceptionsSha256: policyFiles?.exceptions.sha256 ?? null,
    },
    baseline: baselineRecord(scope, baseline),
    imports,
    policyReport: policy && {
      suppressionProblems: policy.suppressionProblems ?? [],
      exceptionStatus: policy.exceptionStatus ?? [],
      exceptionsExpiringSoon: policy.exceptionsExpiringSoon ?? [],
      overrideAttempts: policy.overrideAttempts ?? [],
      appliedOverride: policy.appliedOverride ?? null,
    },
    scope: workspaceScan?.scan.scope ?? null,
    problems,
    decisions,
    fixed: policy?.fixed ?? [],
    inventory: supplyChain?.inventory ?? null,
    vulnerabilityDatabase: supplyChain?.vulnerabilityDatabase ?? null,
    outcome,
  };
  const attachments = (supplyChain?.sboms ?? []).map(({ name, content }) => ({ name, content }));
  const bundle = await writeEvidenceBundle(config.evidenceDir, runRecord, log.events, attachments);
  return { record: runRecord, events: log.events, bundle };
}

async function importFindings(config: ScanConfig, imports: ImportRecord[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  const sources = [
    ...(config.importSarif ?? []).map((file) => ({ file, read: importSarif })),
    ...(config.importSemgrep ?? []).map((file) => ({ file, read: importSemgrepJson })),
  ];
  for (const { file, read } of sources) {
    const imported = await read(file, { workspace: config.workspace });
    findings.push(...imported.findings);
    imports.push({
      tool: imported.source.tool,
      version: imported.source.version,
      // Relative to the workspace when inside it: the evidence names no runner directories.
      file: workspaceRelative(config.workspace, imported.source.file),
      sha256: imported.source.sha256,
      findings: imported.findings.length,
      skipped: imported.skipped?.length ?? 0,
    });
  }
  return findings;
}

/**
 * Team membership counts only for the team the governing policy (the base's, on a pull request) names:
 * attempts collected under another team, e.g. one a pull request wrote into its own policy file, lose it.
 */
function attemptsUnder(
  settings: PolicySettings,
  facts: PullRequestFacts | null | undefined,
): OverrideAttempt[] {
  if (!facts) return [];
  // A change may rename the label in its own policy: a label it names is no override attempt under the
  // policy that governs (GitHub compares label names without case).
  const sameLabel =
    facts.labelChecked === undefined ||
    facts.labelChecked.toLowerCase() === settings.overrides.label.toLowerCase();
  const attempts = sameLabel
    ? facts.overrideAttempts
    : facts.overrideAttempts.filter((attempt) => attempt.via !== 'label');
  if ((facts.teamChecked ?? null) === settings.overrides.team) return attempts;
  return attempts.map((attempt) => ({ ...attempt, inTeam: null }));
}

function workspaceRelative(workspace: string, file: string): string {
  const relative = path.relative(workspace, file);
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? path.basename(file)
    : relative.split(path.sep).join('/');
}

function baselineRecord(scope: DiffScope | null, baseline: Baseline | null): BaselineRecord | null {
  if (!scope) return null;
  if (!scope.ok) {
    return {
      diffAware: false,
      baseCommit: scope.baseCommit,
      mergeBase: null,
      changedFiles: 0,
      baseFindings: 0,
      fetched: [],
      reason: scope.reason,
    };
  }
  return {
    diffAware: baseline?.diffAware ?? false,
    baseCommit: scope.baseCommit,
    mergeBase: scope.mergeBase,
    changedFiles: scope.changedPaths.size,
    baseFindings: baseline?.diffAware ? baseline.fingerprints.size : 0,
    fetched: scope.fetched,
    reason: baseline && !baseline.diffAware ? baseline.reason : null,
  };
}
