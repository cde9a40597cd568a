import { GITHUB_COMMENT_MAX_CHARS } from '../../../evidence/pr-comment-markdown.js';
import { PR_COMMENT_MARKER } from './comment-marker.js';
import {
  createGitHubClient,
  describeApiFailure,
  failureMessage,
  failureStatus,
  splitRepository,
  type GitHubClient,
} from './github-client.js';

export interface UpsertCommentOptions {
  token: string;
  apiUrl: string;
  /** `owner/repo`. */
  repository: string;
  pullRequestNumber: number;
  /** The comment; the marker is put first when it is missing, so the next run finds it. */
  body: string;
  /** `PR_COMMENT_MARKER` by default; see pullRequestCommentMarker for one comment per run target. */
  marker?: string;
}

export type CommentUpsertResult =
  | { action: 'created' | 'updated'; commentId: number; url: string; reason: null }
  /** The token may not write here (fork pull request, Dependabot, `pull-requests: read`): the gate still runs. */
  | { action: 'read-only'; reason: string }
  /** Any other API failure. Feedback is not the gate, so this is reported, not thrown. */
  | { action: 'failed'; reason: string };

const TRUNCATED =
  '\n\n_This comment was cut to fit GitHub’s size limit; the full report is in the evidence artifact._';

/** Within GitHub's limit, cut at a character boundary with a pointer to the evidence. */
export function fitCommentBody(body: string, maxChars = GITHUB_COMMENT_MAX_CHARS): string {
  if (body.length <= maxChars) return body;
  const cut = body.slice(0, maxChars - TRUNCATED.length).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut}${TRUNCATED}`;
}

/** A refused write, as GitHub words it for a token without write access to pull requests or issues. */
function isReadOnlyRefusal(error: unknown): boolean {
  return (
    failureStatus(error) === 403 &&
    /not accessible by integration|must have .*(write|push)/i.test(failureMessage(error))
  );
}

function refusal(route: string, error: unknown): CommentUpsertResult {
  const described = describeApiFailure(route, error);
  return isReadOnlyRefusal(error)
    ? {
        action: 'read-only',
        reason: `The token may not comment on this pull request (${described}); no comment was left.`,
      }
    : { action: 'failed', reason: `The pull-request comment could not be written: ${described}.` };
}

async function findMarkedComment(
  client: GitHubClient,
  issue: { owner: string; repo: string; issue_number: number },
  marker: string,
): Promise<{ id: number } | null> {
  const comments = await client.paginate(client.rest.issues.listComments, { ...issue, per_page: 100 });
  return comments.find((comment) => (comment.body ?? '').includes(marker)) ?? null;
}

/**
 * Writes this run's pull-request comment: updates the one carrying the marker (oldest first) or creates it.
 * Never throws; a token that may not write gives `read-only` with GitHub's reason.
 */
export async function upsertPullRequestComment(options: UpsertCommentOptions): Promise<CommentUpsertResult> {
  const repository = splitRepository(options.repository);
  if (!repository || !Number.isInteger(options.pullRequestNumber) || options.pullRequestNumber < 1) {
    return {
      action: 'failed',
      reason: `No pull-request comment: '${options.repository}' #${options.pullRequestNumber} is not a pull request of an owner/repo.`,
    };
  }
  const marker = options.marker ?? PR_COMMENT_MARKER;
  const body = fitCommentBody(options.body.includes(marker) ? options.body : `${marker}\n${options.body}`);
  const client = createGitHubClient(options.token, options.apiUrl);
  const issue = { ...repository, issue_number: options.pullRequestNumber };

  let existing: { id: number } | null;
  try {
    existing = await findMarkedComment(client, issue, marker);
  } catch (error) {
    return refusal('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', error);
  }
  if (existing) {
    try {
      const { data } = await client.rest.issues.updateComment({
        ...repository,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', commentId: data.id, url: data.html_url, reason: null };
    } catch (error) {
      // Deleted by someone between our read and our write: fall through and create a new one.
      if (failureStatus(error) !== 404)
        return refusal('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', error);
    }
  }
  try {
    const { data } = await client.rest.issues.createComment({ ...issue, body });
    return { action: 'created', commentId: data.id, url: data.html_url, reason: null };
  } catch (error) {
    return refusal('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', error);
  }
}
