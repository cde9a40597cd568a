export interface FeedbackMode {
  /** `comment`: write the pull-request comment. `read-only`: do not try; the gate and evidence still run. */
  mode: 'comment' | 'read-only';
  /** Why the run is read-only, for the job summary; null in comment mode. */
  reason: string | null;
}

const DEPENDABOT = 'dependabot[bot]';

// Events whose GITHUB_TOKEN is read-only when the pull request comes from a fork (GitHub's rule for
// workflows from forks). pull_request_target and issue_comment run in the base repository with its token.
const FORK_READ_ONLY_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

function repoName(side: unknown): { fullName: string | null; fork: boolean | null; present: boolean } {
  const repo = record(record(side)?.repo);
  if (!repo) return { fullName: null, fork: null, present: false };
  return {
    fullName: typeof repo.full_name === 'string' ? repo.full_name : null,
    fork: typeof repo.fork === 'boolean' ? repo.fork : null,
    present: true,
  };
}

function isPullRequestRun(payload: Record<string, unknown> | null): boolean {
  if (record(payload?.pull_request)) return true;
  // issue_comment on a pull request: the issue carries a pull_request link.
  return record(record(payload?.issue)?.pull_request) !== null;
}

/**
 * Whether this run can leave a pull-request comment. Fork pull requests and Dependabot runs get a
 * read-only token: trying would fail with 403, so they are read-only from the start, with the reason the
 * summary gives. A PR opened inside a fork (head and base both the fork) is not a fork PR.
 */
export function pullRequestFeedbackMode(
  payload: unknown,
  eventName: string | null,
  actorLogin: string | null,
): FeedbackMode {
  const event = record(payload);
  if (!isPullRequestRun(event)) {
    return {
      mode: 'read-only',
      reason: 'This run is not for a pull request, so there is no pull request to comment on.',
    };
  }
  if (actorLogin?.toLowerCase() === DEPENDABOT) {
    return {
      mode: 'read-only',
      reason:
        'Dependabot runs get a read-only token: no pull-request comment was written; the gate and the evidence are unaffected.',
    };
  }
  const pullRequest = record(event?.pull_request);
  if (pullRequest && eventName !== null && FORK_READ_ONLY_EVENTS.has(eventName)) {
    const head = repoName(pullRequest.head);
    const base = repoName(pullRequest.base);
    // A deleted fork leaves head.repo null; its PR still runs with a read-only token.
    const fromFork =
      (head.present === false && base.present) ||
      (head.fullName !== null && base.fullName !== null
        ? head.fullName.toLowerCase() !== base.fullName.toLowerCase()
        : head.fork === true);
    if (fromFork) {
      return {
        mode: 'read-only',
        reason: `Pull requests from forks${head.fullName ? ` (${head.fullName})` : ''} get a read-only token: no pull-request comment was written; the gate and the evidence are unaffected.`,
      };
    }
  }
  return { mode: 'comment', reason: null };
}
