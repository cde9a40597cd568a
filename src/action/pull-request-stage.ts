import { createHash } from 'node:crypto';
import type { ActionConfig } from '../config/index.js';
import type { RunRecord } from '../evidence/run-record.js';
import { renderPullRequestComment } from '../evidence/pr-comment-markdown.js';
import { headCommit } from '../integrations/git/index.js';
import {
  collectOverrideAttempts,
  fetchPullRequestDetails,
  pullRequestCommentMarker,
  pullRequestDetailsFromPayload,
  pullRequestFeedbackMode,
  upsertPullRequestComment,
  type FeedbackMode,
  type PullRequestDetails,
} from '../integrations/github/index.js';
import type { RunContext } from '../model/index.js';
import type { PullRequestFacts } from '../pipeline/index.js';

export interface PullRequestStage {
  /** The run context, with the base and head commits of the pull request filled in for comment events. */
  context: RunContext;
  facts: PullRequestFacts | null;
  feedback: FeedbackMode;
  details: PullRequestDetails | null;
  warnings: string[];
}

/**
 * Before the scan: who opened the pull request and who asked to override its block. Comment and label
 * events (`issue_comment`, `pull_request` labeled) re-run the gate; an `issue_comment` payload has no
 * commits, so they come from the API. Never throws: without the facts no override can apply (fail closed).
 */
export async function preparePullRequest(
  config: ActionConfig,
  context: RunContext,
  event: unknown,
  apiUrl: string,
  overrideSettings: { label: string; team: string | null },
): Promise<PullRequestStage> {
  const warnings: string[] = [];
  const feedback = pullRequestFeedbackMode(event, context.eventName, context.triggeringActor.login);
  if (context.pullRequestNumber === null) return { context, facts: null, feedback, details: null, warnings };

  let details = pullRequestDetailsFromPayload(event);
  if (!details && config.githubToken) {
    try {
      details = await fetchPullRequestDetails({
        token: config.githubToken,
        apiUrl,
        repository: context.repository,
        pullRequestNumber: context.pullRequestNumber,
      });
    } catch (error) {
      warnings.push(`${error instanceof Error ? error.message : String(error)}; the run is not diff-aware.`);
    }
  }
  let resolved = context;
  if (details && context.eventName === 'issue_comment') {
    // The workflow runs on the default branch; the job must check out the pull request's head.
    const head = await headCommit(config.workspace);
    if (head && head !== details.headSha) {
      warnings.push(
        `The workspace is at ${head.slice(0, 12)}, not the pull request head ${details.headSha.slice(0, 12)}: check out refs/pull/${details.number}/head before soc2-scan on issue_comment events.`,
      );
    }
    resolved = { ...context, sha: head ?? details.headSha, baseSha: details.baseSha };
  }

  if (!config.githubToken) {
    warnings.push('No github-token: override comments and labels were not read, so no override can apply.');
    return {
      context: resolved,
      facts: { author: details?.author ?? null, overrideAttempts: [] },
      feedback,
      details,
      warnings,
    };
  }
  const collected = await collectOverrideAttempts({
    token: config.githubToken,
    apiUrl,
    repository: context.repository,
    pullRequestNumber: context.pullRequestNumber,
    label: overrideSettings.label,
    team: overrideSettings.team,
  });
  warnings.push(...collected.warnings);
  return {
    context: resolved,
    facts: {
      author: details?.author ?? null,
      overrideAttempts: collected.attempts,
      teamChecked: overrideSettings.team,
      labelChecked: overrideSettings.label,
    },
    feedback,
    details,
    warnings,
  };
}

/**
 * After the evidence is uploaded: one comment per run target on the pull request, updated in place. Returns
 * what the summary should say about it (posted, updated, skipped and why).
 */
export async function publishPullRequestComment(options: {
  config: ActionConfig;
  stage: PullRequestStage;
  record: RunRecord;
  apiUrl: string;
  artifact: { name: string; url: string } | null;
  runUrl: string;
  overrideLabel: string;
}): Promise<string> {
  const { config, stage, record } = options;
  const number = stage.context.pullRequestNumber;
  if (number === null) return '';
  if (!config.pullRequestComment) return 'Pull-request comment turned off (pr-comment: false).';
  if (stage.feedback.mode === 'read-only') return stage.feedback.reason ?? 'Pull-request comment skipped.';
  if (!config.githubToken) return 'No pull-request comment: no github-token was given.';
  const marker = pullRequestCommentMarker(runTargetKey(record));
  const body = renderPullRequestComment(record, {
    marker,
    artifactName: options.artifact?.name,
    artifactUrl: options.artifact?.url,
    runUrl: options.runUrl,
    overrideLabel: options.overrideLabel,
  });
  const result = await upsertPullRequestComment({
    token: config.githubToken,
    apiUrl: options.apiUrl,
    repository: record.context.repository,
    pullRequestNumber: number,
    body,
    marker,
  });
  if (result.action === 'created' || result.action === 'updated') {
    return `Pull-request comment ${result.action}: ${result.url}`;
  }
  return result.reason ?? `Pull-request comment ${result.action}.`;
}

/** Two jobs scanning different paths of one pull request keep separate comments. */
function runTargetKey(record: RunRecord): string | null {
  const target = [record.context.workflow ?? '', record.context.job ?? '', ...record.settings.paths].join(
    '\0',
  );
  if (record.settings.paths.length === 1 && record.settings.paths[0] === '.') return null;
  return createHash('sha256').update(target).digest('hex').slice(0, 12);
}
