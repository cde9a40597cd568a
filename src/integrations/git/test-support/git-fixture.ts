import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Author {
  name: string;
  email: string;
}

export const ALICE: Author = { name: 'Alice Example', email: 'alice@example.com' };
export const BOB: Author = { name: 'Bob Example', email: 'bob@example.com' };

/** Git for fixtures: no user or system configuration (hooks, signing), fixed identities and dates. */
export function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...env },
  }).trim();
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `soc2-git-${prefix}-`));
}

/** A fresh repository on branch `main`. */
export function initRepository(dir = tempDir('repo')): string {
  git(dir, ['init', '-q']);
  git(dir, ['symbolic-ref', 'HEAD', 'refs/heads/main']);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/** Stages everything and commits as `author` at `date` (ISO 8601); returns the commit id. */
export function commitAll(dir: string, message: string, author: Author, date: string): string {
  const env = {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
    GIT_COMMITTER_DATE: date,
  };
  git(dir, ['add', '--all']);
  git(dir, ['commit', '-q', '--no-verify', '-m', message], env);
  return git(dir, ['rev-parse', 'HEAD']);
}

export function removeFiles(dir: string, names: string[]): void {
  for (const name of names) rmSync(path.join(dir, name));
}
