import type { Actor } from '../../model/index.js';
import { actorTypeFromGitHubType } from './actor-type.js';
import { createGitHubClient, describeApiFailure } from './pull-request/github-client.js';

/** What the gate needs to know about the pull request a run is for. */
export interface PullRequestDetails {
  number: number;
  /** Who opened it: the one person who may never override its block unless the policy allows it. */
  author: Actor;
  baseSha: string;
  headSha: string;
  /** `owner/repo` of the head branch; differs from the base repository for fork pull requests. */
  headRepository: string | null;
  baseRepository: string | null;
}

/**
 * The pull request as a `pull_request*` payload describes it. Comment events (`issue_comment`) carry only
 * the issue, so their details come from the API instead (see fetchPullRequestDetails).
 */
export function pullRequestDetailsFromPayload(event: unknown): PullRequestDetails | null {
  return detailsOf(field(event, 'pull_request'));
}

export async function fetchPullRequestDetails(options: {
  token: string;
  apiUrl: string;
  repository: string;
  pullRequestNumber: number;
}): Promise<PullRequestDetails> {
  const [owner, repo] = options.repository.split('/');
  const octokit = createGitHubClient(options.token, options.apiUrl);
  try {
    const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: options.pullRequestNumber });
    const details = detailsOf(data);
    if (!details) throw new Error('the API answered without the base and head commits');
    return details;
  } catch (error) {
    throw new Error(
      `could not read pull request #${options.pullRequestNumber} of ${options.repository}: ${describeApiFailure('GET /pulls', error)}`,
    );
  }
}

function detailsOf(pullRequest: unknown): PullRequestDetails | null {
  const number = field(pullRequest, 'number');
  const user = field(pullRequest, 'user');
  const login = field(user, 'login');
  const id = field(user, 'id');
  const baseSha = field(field(pullRequest, 'base'), 'sha');
  const headSha = field(field(pullRequest, 'head'), 'sha');
  if (typeof number !== 'number' || typeof login !== 'string') return null;
  if (typeof baseSha !== 'string' || typeof headSha !== 'string') return null;
  const repositoryOf = (side: string): string | null => {
    const name = field(field(field(pullRequest, side), 'repo'), 'full_name');
    return typeof name === 'string' ? name : null;
  };
  return {
    number,
    author: {
      login,
      id: typeof id === 'number' ? id : null,
      type: actorTypeFromGitHubType(field(user, 'type'), login),
    },
    baseSha,
    headSha,
    headRepository: repositoryOf('head'),
    baseRepository: repositoryOf('base'),
  };
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
