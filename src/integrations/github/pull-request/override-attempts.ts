import type { Actor, OverrideAttempt } from '../../../model/index.js';
import { actorTypeFromGitHubType } from '../actor-type.js';
import {
  createGitHubClient,
  describeApiFailure,
  splitRepository,
  type GitHubClient,
} from './github-client.js';
import { standingLabelEvent } from './label-events.js';
import { parseOverrideCommand } from './override-command.js';
import {
  checkTeamVisible,
  parseTeam,
  readRepositoryPermission,
  readTeamMembership,
} from './override-authority.js';

export const DEFAULT_OVERRIDE_LABEL = 'soc2-override';

export interface CollectOverrideOptions {
  token: string;
  apiUrl: string;
  /** `owner/repo`. */
  repository: string;
  pullRequestNumber: number;
  /** The override label, `soc2-override` by default. */
  label: string;
  /** `org/team-slug` whose members may override, or null. */
  team: string | null;
}

export interface CollectedOverrides {
  /** Oldest first. */
  attempts: OverrideAttempt[];
  /** What could not be read, for the job log and the evidence: status and message only, never headers. */
  warnings: string[];
}

type Draft = Omit<OverrideAttempt, 'permission' | 'inTeam'>;

function actorOf(user: { login: string; id: number; type?: string }): Actor {
  return { login: user.login, id: user.id, type: actorTypeFromGitHubType(user.type, user.login) };
}

async function commentAttempts(
  client: GitHubClient,
  issue: { owner: string; repo: string; issue_number: number },
  warnings: string[],
): Promise<Draft[]> {
  try {
    const comments = await client.paginate(client.rest.issues.listComments, { ...issue, per_page: 100 });
    const drafts: Draft[] = [];
    for (const comment of comments) {
      const command = parseOverrideCommand(comment.body ?? '');
      if (!command) continue;
      if (!comment.user) {
        warnings.push(`Override comment ${comment.id} has no author (deleted account); it was not counted.`);
        continue;
      }
      drafts.push({
        via: 'comment',
        actor: actorOf(comment.user),
        at: comment.created_at,
        reason: command.reason,
        sourceId: String(comment.id),
      });
    }
    return drafts;
  } catch (error) {
    warnings.push(
      `Could not read the pull request's comments: ${describeApiFailure('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', error)}.`,
    );
    return [];
  }
}

async function labelAttempt(
  client: GitHubClient,
  issue: { owner: string; repo: string; issue_number: number },
  label: string,
  warnings: string[],
): Promise<Draft | null> {
  try {
    const labels = await client.paginate(client.rest.issues.listLabelsOnIssue, { ...issue, per_page: 100 });
    if (!labels.some((candidate) => candidate.name.toLowerCase() === label.toLowerCase())) return null;
  } catch (error) {
    warnings.push(
      `Could not read the pull request's labels: ${describeApiFailure('GET /repos/{owner}/{repo}/issues/{issue_number}/labels', error)}.`,
    );
    return null;
  }
  let standing;
  try {
    const events = await client.paginate(client.rest.issues.listEvents, { ...issue, per_page: 100 });
    standing = standingLabelEvent(
      events.map((event) => ({
        ...event,
        label: 'label' in event && event.label ? { name: event.label.name } : undefined,
      })),
      label,
    );
  } catch (error) {
    warnings.push(
      `The label '${label}' is on the pull request, but who added it could not be read: ${describeApiFailure('GET /repos/{owner}/{repo}/issues/{issue_number}/events', error)}. It was not counted as an override.`,
    );
    return null;
  }
  if (!standing?.actor) {
    warnings.push(
      `The label '${label}' is on the pull request, but the issue events do not say who added it; it was not counted as an override.`,
    );
    return null;
  }
  return {
    via: 'label',
    actor: actorOf(standing.actor),
    at: standing.created_at,
    reason: `label '${standing.label?.name ?? label}' added`,
    sourceId: String(standing.id),
  };
}

/**
 * Reads every override attempt on a pull request (`/soc2-scan override <reason>` comments and the override
 * label, attributed to whoever added it) and each attempting person's authority. Never throws: what cannot
 * be read becomes a warning, and an attempt whose permission is unknown carries null, which the policy
 * refuses (fail closed).
 */
export async function collectOverrideAttempts(options: CollectOverrideOptions): Promise<CollectedOverrides> {
  const warnings: string[] = [];
  const repository = splitRepository(options.repository);
  if (!repository || !Number.isInteger(options.pullRequestNumber) || options.pullRequestNumber < 1) {
    warnings.push(
      `Override attempts were not read: '${options.repository}' #${options.pullRequestNumber} is not a pull request of an owner/repo.`,
    );
    return { attempts: [], warnings };
  }
  const client = createGitHubClient(options.token, options.apiUrl);
  const issue = { ...repository, issue_number: options.pullRequestNumber };

  const drafts = await commentAttempts(client, issue, warnings);
  const fromLabel = await labelAttempt(client, issue, options.label || DEFAULT_OVERRIDE_LABEL, warnings);
  if (fromLabel) drafts.push(fromLabel);
  drafts.sort((a, b) => a.at.localeCompare(b.at));
  if (drafts.length === 0) return { attempts: [], warnings };

  let team = options.team ? parseTeam(options.team) : null;
  if (options.team && !team) {
    warnings.push(
      `The override team '${options.team}' is not of the form org/team-slug; membership was not checked.`,
    );
  }
  if (team) {
    const invisible = await checkTeamVisible(client, team);
    if (invisible) {
      warnings.push(invisible);
      team = null;
    }
  }

  // One lookup per person, however many times they asked.
  const authority = new Map<string, { permission: string | null; inTeam: boolean | null }>();
  for (const draft of drafts) {
    const key = draft.actor.login.toLowerCase();
    if (authority.has(key)) continue;
    const permission = await readRepositoryPermission(client, repository, draft.actor.login);
    const membership = team ? await readTeamMembership(client, team, draft.actor.login) : null;
    for (const warning of [permission.warning, membership?.warning]) if (warning) warnings.push(warning);
    authority.set(key, { permission: permission.value, inTeam: membership?.value ?? null });
  }
  const attempts = drafts.map((draft) => ({ ...draft, ...authority.get(draft.actor.login.toLowerCase())! }));
  return { attempts, warnings };
}
