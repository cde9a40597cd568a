import { blameLines } from '../integrations/git/index.js';
import type { PolicyOutcome } from '../model/index.js';
import { suppressionAuthorKey, type SuppressionAuthors } from './record-decisions.js';
import type { LineAuthor } from '../integrations/git/index.js';

/** git blame of every suppression comment the policy saw, applied or refused: who wrote it, and when. */
export async function blameSuppressions(
  workspace: string,
  policy: PolicyOutcome,
): Promise<SuppressionAuthors> {
  const linesByPath = new Map<string, Set<number>>();
  const comments = [
    ...policy.decisions.flatMap((decision) => (decision.suppression ? [decision.suppression] : [])),
    ...(policy.suppressionProblems ?? []).map((problem) => problem.suppression),
  ];
  for (const { path, line } of comments) {
    const lines = linesByPath.get(path) ?? new Set<number>();
    lines.add(line);
    linesByPath.set(path, lines);
  }
  const authors = new Map<string, LineAuthor>();
  for (const [path, lines] of linesByPath) {
    const blamed = await blameLines(workspace, path, [...lines]);
    for (const [line, author] of blamed) authors.set(suppressionAuthorKey(path, line), author);
  }
  return authors;
}
