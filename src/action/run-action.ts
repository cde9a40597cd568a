import * as core from '@actions/core';
import { loadActionConfig, loadPolicyFile, type ActionConfig } from '../config/index.js';
import { bundledRulesDir } from '../engine/index.js';
import { renderStepSummary } from '../evidence/index.js';
import {
  DEFAULT_GITHUB_API_URL,
  emitAnnotations,
  evidenceArtifactName,
  readEventPayload,
  resolveRunContext,
  uploadEvidenceArtifact,
} from '../integrations/github/index.js';
import { ConfigError } from '../model/index.js';
import { runScanPipeline, type PipelineOutput } from '../pipeline/index.js';
import {
  preparePullRequest,
  publishPullRequestComment,
  type PullRequestStage,
} from './pull-request-stage.js';
import { ticketHook } from './ticket-stage.js';

/** The action's whole run; the only place that calls setFailed. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config: ActionConfig;
  try {
    config = loadActionConfig((name) => core.getInput(name), {
      workspace: env.GITHUB_WORKSPACE || process.cwd(),
      bundledRulesDir: bundledRulesDir(),
      githubApiUrl: env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL,
    });
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : String(error);
    core.setOutput('result', 'failed');
    if (env.GITHUB_STEP_SUMMARY) {
      await core.summary
        .addHeading('soc2-scan: configuration error', 2)
        .addRaw(`No scan ran, so this run evidences nothing. Fix the input and re-run.\n\n`)
        .addCodeBlock(message)
        .write();
    }
    core.setFailed(`soc2-scan configuration error: ${message}`);
    return;
  }
  const ticketToken = config.tickets?.sink === 'jira' ? config.tickets.jira.token : null;
  for (const secret of [config.githubToken, ticketToken]) if (secret) core.setSecret(secret);

  let output: PipelineOutput | null = null;
  const failures: string[] = [];
  const notes: string[] = [];
  let artifact: { id: number; name: string } | null = null;
  const apiUrl = env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL;
  try {
    const resolved = await resolveRunContext(env, { token: config.githubToken });
    resolved.warnings.forEach((warning) => core.warning(warning));
    // The override label and team come from the policy; the pipeline reads it again from the base commit,
    // which decides. A policy that cannot be read here fails the run there, with its file and line.
    const overrides = await loadPolicyFile(config.workspace, config.policyFile ?? null)
      .then((policy) => policy.settings.overrides)
      .catch(() => null);
    const stage: PullRequestStage = await preparePullRequest(
      config,
      resolved.context,
      readEventPayload(env),
      apiUrl,
      { label: overrides?.label ?? 'soc2-override', team: overrides?.team ?? null },
    );
    stage.warnings.forEach((warning) => core.warning(warning));
    const { context } = stage;
    const runUrl = `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
    const artifactName = evidenceArtifactName(context.runId, context.runAttempt);

    output = await runScanPipeline({
      config,
      context,
      pullRequest: stage.facts,
      afterDecisions: ticketHook(config, context, env, { artifactName, runUrl }, notes),
    });
    const { record, bundle } = output;

    // Monitored, suppressed and excepted findings are in the evidence, not in the PR's annotations.
    emitAnnotations(
      record.decisions
        .filter((decision) => decision.action === 'block' || decision.action === 'comment')
        .map((decision) => ({ finding: decision.finding, blocking: decision.action === 'block' })),
    );
    if (config.uploadEvidence) {
      try {
        artifact = await uploadEvidenceArtifact({
          dir: bundle.dir,
          files: bundle.files,
          runId: context.runId,
          attempt: context.runAttempt,
          retentionDays: config.retentionDays,
        });
        core.info(`Uploaded evidence artifact ${artifact.name} (id ${artifact.id})`);
      } catch (error) {
        // Evidence that did not reach the artifact store is evidence lost: fail closed.
        failures.push(`evidence upload failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const commentNote = await publishPullRequestComment({
      config,
      stage,
      record,
      apiUrl,
      artifact: artifact ? { name: artifact.name, url: `${runUrl}/artifacts/${artifact.id}` } : null,
      runUrl,
      overrideLabel: overrides?.label ?? 'soc2-override',
    });
    if (commentNote) {
      notes.push(commentNote);
      core.info(commentNote);
    }
  } catch (error) {
    failures.push(
      `internal error, failing closed: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await writeSummaryAndOutputs(config, output, artifact, env, notes);
  }

  const outcome = output?.record.outcome;
  if (failures.length > 0) {
    core.setOutput('result', 'failed');
    core.setFailed(`soc2-scan: ${failures.join('; ')}`);
  } else if (outcome && outcome.exitCode !== 0) {
    core.setFailed(
      outcome.result === 'blocked'
        ? `soc2-scan: ${outcome.blockingCount} blocking finding(s) (fail-on: ${config.failOn.join(',') || 'none'})`
        : `soc2-scan: ${outcome.error ?? outcome.result}`,
    );
  }
}

async function writeSummaryAndOutputs(
  config: ActionConfig,
  output: PipelineOutput | null,
  artifact: { id: number; name: string } | null,
  env: NodeJS.ProcessEnv,
  notes: string[],
): Promise<void> {
  core.setOutput('evidence-dir', config.evidenceDir);
  if (!output) return;
  const { record, bundle } = output;
  core.setOutput('result', record.outcome.result);
  core.setOutput('blocking-count', String(record.outcome.blockingCount));
  core.setOutput('findings-count', String(record.outcome.findingsCount));
  core.setOutput('sarif-file', bundle.sarifFile);
  core.setOutput('evidence-artifact-id', artifact ? String(artifact.id) : '');
  if (!env.GITHUB_STEP_SUMMARY) return;
  const artifactName = evidenceArtifactName(record.context.runId, record.context.runAttempt);
  const runUrl = `${record.context.serverUrl}/${record.context.repository}/actions/runs/${record.context.runId}`;
  const markdown = renderStepSummary(record, {
    events: output.events,
    artifactName: artifact ? artifactName : undefined,
    artifactUrl: artifact ? `${runUrl}/artifacts/${artifact.id}` : undefined,
    maxBytes: 1024 * 1024 - 1024,
    notes,
  });
  await core.summary.addRaw(markdown, true).write();
}
