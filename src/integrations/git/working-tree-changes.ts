import { runGit } from './run-git.js';

/**
 * Paths the working tree changes relative to HEAD: modified or deleted tracked files and untracked files
 * git does not ignore. A local run compares the working tree, not only commits, with its baseline, so an
 * uncommitted new finding is new rather than taken for an old one. Empty outside a repository.
 */
export async function workingTreeChanges(workspace: string): Promise<Set<string>> {
  const changed = new Set<string>();
  const tracked = await runGit(workspace, ['diff', '--name-only', '-z', 'HEAD', '--']);
  const untracked = await runGit(workspace, ['ls-files', '--others', '--exclude-standard', '-z']);
  for (const result of [tracked, untracked]) {
    if (!result.ok) continue;
    for (const entry of result.stdout.toString('utf8').split('\0')) if (entry) changed.add(entry);
  }
  return changed;
}
