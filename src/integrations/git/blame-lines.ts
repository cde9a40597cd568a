import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseBlamePorcelain } from './blame-porcelain.js';
import { gitConfigValue, isGitRepository, resolveCommit, shallowBoundaryCommits } from './repository.js';
import { runGit } from './run-git.js';

export interface LineAuthor {
  commit: string;
  authorName: string;
  authorEmail: string;
  /** ISO 8601 UTC. For uncommitted lines: when the file was last modified. */
  authoredAt: string;
  uncommitted: boolean;
  /**
   * The commit is where a shallow clone's history stops: the line may be older and written by someone
   * else, so the attribution is a lower bound, not a fact.
   */
  shallowBoundary?: boolean;
}

const UNCOMMITTED_COMMIT = '0'.repeat(40);
/** Ranges per git call, so a file with thousands of suppressions stays within argument limits. */
const RANGES_PER_CALL = 200;

/**
 * Who last changed each of `lines` (1-based) of `relativePath` in the working tree. Never throws: outside
 * a repository, without git, or for a missing file the map is empty; lines past the end are left out.
 */
export async function blameLines(
  workspace: string,
  relativePath: string,
  lines: number[],
): Promise<Map<number, LineAuthor>> {
  const authors = new Map<number, LineAuthor>();
  const file = path.resolve(workspace, relativePath);
  const content = await readFile(file).catch(() => undefined);
  if (!content || !(await isGitRepository(workspace))) return authors;
  const total = countLines(content);
  const wanted = [...new Set(lines)]
    .filter((n) => Number.isInteger(n) && n >= 1 && n <= total)
    .sort((a, b) => a - b);
  if (wanted.length === 0) return authors;
  const wantedSet = new Set(wanted);

  const uncommitted = lazy(() => uncommittedAuthor(workspace, file));
  const ranges = contiguousRanges(wanted);
  const boundaries = await shallowBoundaryCommits(workspace);
  for (let i = 0; i < ranges.length; i += RANGES_PER_CALL) {
    const chunk = ranges.slice(i, i + RANGES_PER_CALL);
    const args = [
      'blame',
      '--porcelain',
      ...chunk.flatMap(([from, to]) => ['-L', `${from},${to}`]),
      '--',
      relativePath,
    ];
    const result = await runGit(workspace, args);
    if (!result.ok) {
      // An untracked file, or a repository without a first commit: every line is the author's own work.
      if (await isUntracked(workspace, relativePath)) {
        const author = await uncommitted();
        for (const line of wanted) authors.set(line, { ...author, commit: UNCOMMITTED_COMMIT });
        return authors;
      }
      continue;
    }
    for (const blamed of parseBlamePorcelain(result.stdout.toString('utf8'))) {
      if (!wantedSet.has(blamed.finalLine)) continue;
      if (/^0+$/.test(blamed.commit)) {
        authors.set(blamed.finalLine, { ...(await uncommitted()), commit: blamed.commit });
        continue;
      }
      authors.set(blamed.finalLine, {
        commit: blamed.commit,
        authorName: blamed.author,
        authorEmail: blamed.authorMail,
        authoredAt: new Date(blamed.authorTime * 1000).toISOString(),
        uncommitted: false,
        ...(boundaries.has(blamed.commit) ? { shallowBoundary: true } : {}),
      });
    }
  }
  return authors;
}

/** Uncommitted lines belong to whoever is working in this checkout, as git would record them. */
async function uncommittedAuthor(workspace: string, file: string): Promise<LineAuthor> {
  const [name, email, modified] = await Promise.all([
    gitConfigValue(workspace, 'user.name'),
    gitConfigValue(workspace, 'user.email'),
    stat(file).then((s) => s.mtime.toISOString()),
  ]);
  return {
    commit: UNCOMMITTED_COMMIT,
    authorName: name ?? 'unknown',
    authorEmail: email ?? 'unknown',
    authoredAt: modified,
    uncommitted: true,
  };
}

async function isUntracked(workspace: string, relativePath: string): Promise<boolean> {
  if (!(await resolveCommit(workspace, 'HEAD'))) return true;
  const listed = await runGit(workspace, [
    '--literal-pathspecs',
    'ls-files',
    '--error-unmatch',
    '--',
    relativePath,
  ]);
  return !listed.ok;
}

function countLines(content: Buffer): number {
  if (content.length === 0) return 0;
  let count = 0;
  for (const byte of content) if (byte === 0x0a) count++;
  return content[content.length - 1] === 0x0a ? count : count + 1;
}

/** [from, to] pairs covering sorted line numbers, so adjacent lines share one `-L`. */
function contiguousRanges(sorted: number[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const line of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && line === last[1] + 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}

function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}
