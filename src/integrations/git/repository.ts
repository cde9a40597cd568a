import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isSafeRevision, runGit } from './run-git.js';

/** True when `workspace` is inside a git work tree and git can be run. */
export async function isGitRepository(workspace: string): Promise<boolean> {
  const result = await runGit(workspace, ['rev-parse', '--is-inside-work-tree']);
  return result.ok && result.stdout.toString('utf8').trim() === 'true';
}

/** The commit checked out in `workspace`, or undefined (not a repository, or no commit yet). */
export async function headCommit(workspace: string): Promise<string | undefined> {
  return resolveCommit(workspace, 'HEAD');
}

/** The full object name of a commit, or undefined when it is not in the local object store. */
export async function resolveCommit(workspace: string, revision: string): Promise<string | undefined> {
  if (!isSafeRevision(revision)) return undefined;
  const result = await runGit(workspace, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  return result.ok ? result.stdout.toString('utf8').trim() : undefined;
}

export async function isShallowRepository(workspace: string): Promise<boolean> {
  const result = await runGit(workspace, ['rev-parse', '--is-shallow-repository']);
  return result.ok && result.stdout.toString('utf8').trim() === 'true';
}

/** Commits whose parents a shallow clone does not have: blame stops at them. */
export async function shallowBoundaryCommits(workspace: string): Promise<Set<string>> {
  if (!(await isShallowRepository(workspace))) return new Set();
  const where = await runGit(workspace, ['rev-parse', '--git-path', 'shallow']);
  if (!where.ok) return new Set();
  const file = path.resolve(workspace, where.stdout.toString('utf8').trim());
  const text = await readFile(file, 'utf8').catch(() => '');
  return new Set(text.split('\n').filter((line) => line.trim() !== ''));
}

/** A `git config` value as git resolves it for this repository, or undefined when unset. */
export async function gitConfigValue(workspace: string, key: string): Promise<string | undefined> {
  const result = await runGit(workspace, ['config', '--get', key]);
  const value = result.ok ? result.stdout.toString('utf8').trim() : '';
  return value === '' ? undefined : value;
}
