import { describeApiFailure, failureStatus, type GitHubClient } from './github-client.js';

export interface AuthorityReading<T> {
  value: T | null;
  warning: string | null;
}

/**
 * The user's role on the repository: `role_name` (admin, maintain, write, triage, read, or a custom role)
 * when GitHub gives it, else the legacy `permission` (admin, write, read, none). 404 means GitHub knows no
 * such collaborator: `none`. Anything else is unknown (null), and the policy refuses an unknown authority.
 */
export async function readRepositoryPermission(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  username: string,
): Promise<AuthorityReading<string>> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repository, username });
    const roleName = typeof data.role_name === 'string' ? data.role_name.trim() : '';
    const permission = roleName || (typeof data.permission === 'string' ? data.permission : '');
    if (!permission) {
      return {
        value: null,
        warning: `The permission of '${username}' came back without a role or permission.`,
      };
    }
    return { value: permission, warning: null };
  } catch (error) {
    if (failureStatus(error) === 404) return { value: 'none', warning: null };
    return {
      value: null,
      warning: `Could not read the repository permission of '${username}': ${describeApiFailure('GET /repos/{owner}/{repo}/collaborators/{username}/permission', error)}.`,
    };
  }
}

/**
 * Whether the override team can be read at all. GitHub answers 404 both for "not a member" and for "this
 * token cannot see the team" (a workflow's GITHUB_TOKEN cannot read organisation teams), so memberships
 * only mean something once the team itself has been seen.
 */
export async function checkTeamVisible(
  client: GitHubClient,
  team: { org: string; slug: string },
): Promise<string | null> {
  try {
    await client.rest.teams.getByName({ org: team.org, team_slug: team.slug });
    return null;
  } catch (error) {
    const why =
      failureStatus(error) === 404
        ? 'it does not exist or the token cannot see it (a workflow GITHUB_TOKEN cannot read organisation teams; use a token with members:read)'
        : describeApiFailure('GET /orgs/{org}/teams/{team_slug}', error);
    return `Could not read the override team '${team.org}/${team.slug}': ${why}. Team membership was not checked.`;
  }
}

/** `active` membership → true; pending or 404 → false; anything else is unknown (null) with a warning. */
export async function readTeamMembership(
  client: GitHubClient,
  team: { org: string; slug: string },
  username: string,
): Promise<AuthorityReading<boolean>> {
  try {
    const { data } = await client.rest.teams.getMembershipForUserInOrg({
      org: team.org,
      team_slug: team.slug,
      username,
    });
    return { value: data.state === 'active', warning: null };
  } catch (error) {
    if (failureStatus(error) === 404) return { value: false, warning: null };
    return {
      value: null,
      warning: `Could not read whether '${username}' is in team '${team.org}/${team.slug}': ${describeApiFailure('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', error)}.`,
    };
  }
}

/** `org/slug` (a leading `@` allowed, as people write teams in CODEOWNERS), or null. */
export function parseTeam(team: string): { org: string; slug: string } | null {
  const match = /^@?([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9][A-Za-z0-9._-]*)$/.exec(team.trim());
  return match ? { org: match[1], slug: match[2] } : null;
}
