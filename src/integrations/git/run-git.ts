import { execFile } from 'node:child_process';

export interface GitResult {
  ok: boolean;
  stdout: Buffer;
  /** Git's own message, with any credentials in URLs masked; never the environment. */
  stderr: string;
}

export interface GitOptions {
  /** Written to git's standard input (e.g. for `cat-file --batch`). */
  input?: Buffer | string;
  /** Network commands get a bound so a hung remote cannot stall the run. */
  timeoutMs?: number;
}

const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

/**
 * Runs `git` without a shell, so paths and commit names from users are plain arguments. Never throws:
 * a missing git binary or a failing command comes back as `ok: false` with a readable reason.
 */
export function runGit(cwd: string, args: string[], options: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolve) => {
    const child = execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: MAX_OUTPUT_BYTES,
        timeout: options.timeoutMs ?? 0,
        windowsHide: true,
        // No prompts (a run must never hang on credentials), English messages, and no index refresh
        // lock taken behind the user's back.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
      },
      (error, stdout, stderr) => {
        const text = maskCredentials(Buffer.from(stderr).toString('utf8').trim());
        if (!error) return resolve({ ok: true, stdout: Buffer.from(stdout), stderr: text });
        const spawnCode = (error as NodeJS.ErrnoException).code;
        const reason =
          spawnCode === 'ENOENT'
            ? 'git is not installed (or not on PATH)'
            : error.killed
              ? `git ${args[0]} did not finish within ${options.timeoutMs} ms`
              : text || `git ${args[0]} failed`;
        resolve({ ok: false, stdout: Buffer.from(stdout ?? ''), stderr: reason });
      },
    );
    // A command that exits before reading all of its input must not crash the process with EPIPE.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input ?? '');
  });
}

/** Remote URLs in git's messages can carry a token (`https://x-access-token:…@github.com`). */
export function maskCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, '$1***@');
}

/** Git's first message line, for reasons shown to people. */
export function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? '';
}

/** A user-supplied revision must not be taken for an option by git. */
export function isSafeRevision(revision: string): boolean {
  return revision.length > 0 && !revision.startsWith('-') && !/[\s\0]/.test(revision);
}
