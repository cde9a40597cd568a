import { getOctokit } from '@actions/github';
import type { Actor } from '../../model/index.js';
import { actorTypeFromGitHubType, actorTypeFromLogin } from './actor-type.js';
import { DEFAULT_GITHUB_API_URL } from './run-context.js';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';

export interface ActorLookup {
  actor: Actor;
  /** Why the id could not be established, for the job log; null when it was. */
  warning: string | null;
}

/**
 * Resolves a login to GitHub's numeric user id, which survives renames (logins do not), so the evidence
 * names the same person a year later. Never throws: without the id the run still records the login.
 * Masking the token in the job log is the caller's job (run-action calls core.setSecret): printing
 * `::add-mask::<token>` from here would show the token on a terminal outside Actions.
 */
export async function lookupActor(
  login: string,
  options: { token: string | null; apiUrl: string },
): Promise<ActorLookup> {
  const unresolved = (reason: string): ActorLookup => ({
    actor: { login, id: null, type: actorTypeFromLogin(login) },
    warning: `Could not establish the numeric GitHub id of '${login}' (${reason}); the evidence records the login only.`,
  });
  if (!options.token) return unresolved('no token was given');
  try {
    const octokit = getOctokit(options.token, {
      baseUrl: options.apiUrl || DEFAULT_GITHUB_API_URL,
      userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
      // Octokit logs some failures itself; we report them once, as a warning, below.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    });
    const { data } = await octokit.rest.users.getByUsername({ username: login });
    if (typeof data.id !== 'number') return unresolved('the API answered without an id');
    return {
      actor: { login: data.login, id: data.id, type: actorTypeFromGitHubType(data.type, data.login) },
      warning: null,
    };
  } catch (error) {
    return unresolved(describeFailure(error));
  }
}

/** Status and message only: Octokit errors also carry the request, whose headers hold the token. */
function describeFailure(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
    const message =
      'message' in error && typeof error.message === 'string' ? error.message.split(' - ')[0] : '';
    return `GET /users/{login} answered ${error.status}${message ? ` ${message}` : ''}`;
  }
  return `GET /users/{login} failed: ${error instanceof Error ? error.message : String(error)}`;
}
