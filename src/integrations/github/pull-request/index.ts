export { PR_COMMENT_MARKER, pullRequestCommentMarker } from './comment-marker.js';
export { pullRequestFeedbackMode, type FeedbackMode } from './feedback-mode.js';
export {
  collectOverrideAttempts,
  DEFAULT_OVERRIDE_LABEL,
  type CollectedOverrides,
  type CollectOverrideOptions,
} from './override-attempts.js';
export { OVERRIDE_COMMAND, parseOverrideCommand } from './override-command.js';
export {
  fitCommentBody,
  upsertPullRequestComment,
  type CommentUpsertResult,
  type UpsertCommentOptions,
} from './upsert-comment.js';
