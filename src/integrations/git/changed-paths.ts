import { isGitRepository, isShallowRepository, resolveCommit } from './repository.js';
import { firstLine, isSafeRevision, runGit } from './run-git.js';

export type ChangedPaths =
  | {
      ok: true;
      mergeBase: string;
      /** Added, modified, type-changed, copied or renamed-to paths at the head, relative to the workspace with '/'. */
      paths: Set<string>;
      /** Renamed (or copied) head path → its path at the merge base, so old findings keep their identity. */
      renamedFrom: Map<string, string>;
      /** What was fetched to make the base reachable, for the scan record; empty when nothing was needed. */
      fetched: string[];
    }
  | { ok: false; reason: string };

export interface ChangedPathsOptions {
  /** Remote to fetch missing history from. Default `origin`. */
  remote?: string;
  /** Commits fetched with the base when it is missing from a shallow clone. Default 50. */
  initialDepth?: number;
  /** How many times to deepen (doubling each time) before giving up. Default 6 (50 → 3,200 commits). */
  deepenRounds?: number;
  /** Per fetch. Default 120 s. */
  fetchTimeoutMs?: number;
}

/**
 * The files a pull request changes: those that differ between the merge base of `baseSha` and
 * `headSha`, and `headSha`. A shallow clone is deepened from the remote until the merge base is found;
 * when that cannot work the result says why, and the run is then not diff-aware.
 */
export async function changedPaths(
  workspace: string,
  baseSha: string,
  headSha: string,
  options: ChangedPathsOptions = {},
): Promise<ChangedPaths> {
  const remote = options.remote ?? 'origin';
  for (const [name, revision] of [
    ['base', baseSha],
    ['head', headSha],
  ] as const) {
    if (!isSafeRevision(revision))
      return { ok: false, reason: `the ${name} commit '${revision}' is not a valid revision` };
  }
  if (!isSafeRevision(remote))
    return { ok: false, reason: `the remote '${remote}' is not a valid remote name` };
  if (!(await isGitRepository(workspace))) {
    return { ok: false, reason: `${workspace} is not a git repository (or git is not installed)` };
  }

  const fetched: string[] = [];
  let mergeBase = await findMergeBase(workspace, baseSha, headSha);
  if (!mergeBase.ok) {
    const reachable = await makeMergeBaseReachable(workspace, baseSha, headSha, remote, options, fetched);
    if (!reachable.ok) return reachable;
    mergeBase = reachable;
  }
  const diff = await runGit(workspace, [
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--relative',
    '--no-ext-diff',
    '--no-textconv',
    mergeBase.commit,
    headSha,
  ]);
  if (!diff.ok)
    return {
      ok: false,
      reason: `could not list the files changed since ${short(mergeBase.commit)}: ${firstLine(diff.stderr)}`,
    };
  return { ok: true, mergeBase: mergeBase.commit, ...parseNameStatus(diff.stdout.toString('utf8')), fetched };
}

type MergeBase = { ok: true; commit: string } | { ok: false; reason: string };

async function findMergeBase(workspace: string, base: string, head: string): Promise<MergeBase> {
  const result = await runGit(workspace, ['merge-base', base, head]);
  if (result.ok) return { ok: true, commit: result.stdout.toString('utf8').trim() };
  // Exit 1 without a message means git looked and found no common ancestor.
  return { ok: false, reason: firstLine(result.stderr) || 'no common ancestor' };
}

/**
 * Fetches what a shallow or partial clone lacks: first any missing commit, then deeper history of both
 * sides, doubling each round, until the merge base is found or the rounds run out.
 */
async function makeMergeBaseReachable(
  workspace: string,
  base: string,
  head: string,
  remote: string,
  options: ChangedPathsOptions,
  fetched: string[],
): Promise<MergeBase> {
  const timeoutMs = options.fetchTimeoutMs ?? 120_000;
  let depth = Math.max(1, options.initialDepth ?? 50);
  const rounds = Math.max(0, options.deepenRounds ?? 6);
  const shallow = await isShallowRepository(workspace);
  const missing: string[] = [];
  for (const revision of [base, head])
    if (!(await resolveCommit(workspace, revision))) missing.push(revision);
  if (!shallow && missing.length === 0) {
    return {
      ok: false,
      reason: `${short(base)} and ${short(head)} have no common ancestor (unrelated histories)`,
    };
  }

  if (missing.length > 0) {
    // On a full clone a --depth would make it shallow; only a shallow clone fetches a bounded history.
    const args = [
      'fetch',
      '--no-tags',
      '--quiet',
      ...(shallow ? [`--depth=${depth}`] : []),
      remote,
      ...missing,
    ];
    const result = await runGit(workspace, args, { timeoutMs });
    if (!result.ok) {
      return {
        ok: false,
        reason:
          `the ${missing.map((r) => (r === base ? 'base' : 'head')).join(' and ')} commit ${missing.map(short).join(', ')} ` +
          `is not in this ${shallow ? 'shallow ' : ''}clone, and fetching it from '${remote}' failed: ${firstLine(result.stderr)}`,
      };
    }
    fetched.push(`git fetch ${args.slice(1).join(' ')}`);
    const found = await findMergeBase(workspace, base, head);
    if (found.ok || !shallow) {
      return found.ok
        ? found
        : { ok: false, reason: `${short(base)} and ${short(head)} have no common ancestor` };
    }
  }

  for (let round = 0; round < rounds; round++) {
    const args = ['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, remote, base, head];
    const result = await runGit(workspace, args, { timeoutMs });
    if (!result.ok) {
      return {
        ok: false,
        reason: `no merge base of ${short(base)} and ${short(head)} in this shallow clone, and deepening it from '${remote}' failed: ${firstLine(result.stderr)}`,
      };
    }
    fetched.push(`git fetch ${args.slice(1).join(' ')}`);
    const found = await findMergeBase(workspace, base, head);
    if (found.ok) return found;
    if (!(await isShallowRepository(workspace))) break;
    depth *= 2;
  }
  return {
    ok: false,
    reason:
      `no merge base of ${short(base)} and ${short(head)} after deepening this shallow clone ${fetched.length} time(s); ` +
      `check out with full history (actions/checkout with fetch-depth: 0)`,
  };
}

/** `git diff --name-status -z`: status, path, and for renames and copies a second path. */
function parseNameStatus(output: string): { paths: Set<string>; renamedFrom: Map<string, string> } {
  const fields = output.split('\0');
  const paths = new Set<string>();
  const renamedFrom = new Map<string, string>();
  for (let i = 0; i + 1 < fields.length;) {
    const status = fields[i];
    const kind = status[0];
    if (kind === 'R' || kind === 'C') {
      const [from, to] = [fields[i + 1], fields[i + 2]];
      paths.add(to);
      renamedFrom.set(to, from);
      i += 3;
      continue;
    }
    if (kind === 'A' || kind === 'M' || kind === 'T') paths.add(fields[i + 1]);
    i += 2;
  }
  return { paths, renamedFrom };
}

function short(revision: string): string {
  return /^[0-9a-f]{40,64}$/.test(revision) ? revision.slice(0, 12) : revision;
}
