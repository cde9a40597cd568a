import type { DependencyPackage } from '../../model/index.js';

export interface LockfileInput {
  /** Repository-relative path of the lockfile, with `/`. */
  path: string;
  text: string;
  /** Reads a file beside the lockfile (e.g. package.json, go.sum, pyproject.toml); null when absent. */
  readSibling(name: string): string | null;
}

/** Reads one lockfile format. Never runs a package manager; never touches the network. */
export interface LockfileParser {
  /** Human-readable format name recorded in the scan record, e.g. `package-lock.json v3`. */
  format: string;
  /** Whether this parser reads a file with this base name. */
  matches(fileName: string): boolean;
  /** Throws LockfileError for a file it cannot read. */
  parse(input: LockfileInput): DependencyPackage[];
}

/** A lockfile that cannot be read: the run fails closed (exit 3) and names the file and line. */
export class LockfileError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line: number | null = null,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'LockfileError';
  }
}
