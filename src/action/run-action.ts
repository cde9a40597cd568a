import * as core from '@actions/core';
import { loadActionConfig, type ActionConfig } from '../config/index.js';
import { bundledRulesDir } from '../engine/index.js';
import { renderStepSummary } from '../evidence/index.js';
import {
  emitAnnotations,
  evidenceArtifactName,
  resolveRunContext,
  uploadEvidenceArtifact,
} from '../integrations/github/index.js';
import { ConfigError } from '../model/index.js';
import { runScanPipeline, type PipelineOutput } from '../pipeline/index.js';

/** The action's whole run; the only place that calls setFailed. */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config: ActionConfig;
  try {
    config = loadActionConfig((name) => core.getInput(name), {
      workspace: env.GITHUB_WORKSPACE || process.cwd(),
      bundledRulesDir: bundledRulesDir(),
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
  if (config.githubToken) core.setSecret(config.githubToken);

  let output: PipelineOutput | null = null;
  const failures: string[] = [];
  let artifact: { id: number; name: string } | null = null;
  try {
    const { context, warnings } = await resolveRunContext(env, { token: config.githubToken });
    warnings.forEach((warning) => core.warning(warning));
    output = await runScanPipeline({ config, context });
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
  } catch (error) {
    failures.push(
      `internal error, failing closed: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await writeSummaryAndOutputs(config, output, artifact, env);
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
  });
  await core.summary.addRaw(markdown, true).write();
}
