import { getOctokit } from '@actions/github';
import { DEFAULT_GITHUB_API_URL } from '../run-context.js';
import { TOOL_NAME, TOOL_VERSION } from '../../../version.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Created per call, never at import time, so tests point it at a local server and nothing leaks between runs. */
export function createGitHubClient(token: string, apiUrl: string): GitHubClient {
  return getOctokit(token, {
    baseUrl: apiUrl || DEFAULT_GITHUB_API_URL,
    userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
    // Octokit logs some failures itself; callers report each one once, as a warning.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}

/** The HTTP status of an Octokit RequestError, or null for network failures and anything else. */
export function failureStatus(error: unknown): number | null {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
    return error.status;
  }
  return null;
}

/** GitHub's own message, without the documentation URL Octokit appends. */
export function failureMessage(error: unknown): string {
  const message =
    typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
      ? error.message
      : String(error);
  return message.split(' - ')[0].trim();
}

/**
 * `<route> answered <status> <message>`: status and message only. Octokit errors also carry the request,
 * whose headers hold the token, so nothing else of the error may reach a log or the evidence.
 */
export function describeApiFailure(route: string, error: unknown): string {
  const status = failureStatus(error);
  const message = failureMessage(error);
  return status === null
    ? `${route} failed: ${message}`
    : `${route} answered ${status}${message ? ` ${message}` : ''}`;
}

/** `owner/repo` split, or null when it is not exactly two non-empty parts. */
export function splitRepository(repository: string): { owner: string; repo: string } | null {
  const parts = repository.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return { owner: parts[0], repo: parts[1] };
}
