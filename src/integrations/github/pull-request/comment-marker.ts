/** The hidden first line by which a run finds its own pull-request comment again. */
export const PR_COMMENT_MARKER = '<!-- soc2-scan:pr-comment -->';

/**
 * The marker for one run target, so two jobs scanning different paths of the same pull request each keep
 * their own comment: `<!-- soc2-scan:pr-comment:<key> -->`. The key is reduced to characters that cannot
 * end the HTML comment early; no key (or an empty one) gives the default marker.
 */
export function pullRequestCommentMarker(targetKey?: string | null): string {
  const key = (targetKey ?? '')
    .trim()
    .replace(/[^A-Za-z0-9._/:@+=-]+/g, '_')
    .replace(/-{2,}/g, '-');
  return key ? `<!-- soc2-scan:pr-comment:${key} -->` : PR_COMMENT_MARKER;
}
