import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Files bigger than this are not read for snippets: the message stands in. */
const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

/**
 * The repository's files as the importers see them: for repo-relative paths and for reading the code a
 * result points at when the tool did not include it (fingerprints need the matched text, not line numbers).
 */
export class WorkspaceSource {
  readonly root: string;
  private readonly files = new Map<string, Promise<Buffer | undefined>>();

  constructor(workspace: string) {
    this.root = path.resolve(workspace);
  }

  /** A path relative to the workspace with '/', or undefined when `absolute` lies outside it. */
  relativeTo(absolute: string): string | undefined {
    const relative = path.relative(this.root, path.resolve(absolute));
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    return relative.split(path.sep).join('/');
  }

  /** `./a/b`, `a\\b` and absolute paths inside the workspace all become `a/b`. */
  normalise(reported: string): string {
    const slashed = reported.replace(/\\/g, '/');
    if (path.isAbsolute(slashed) || /^[A-Za-z]:\//.test(slashed)) return this.relativeTo(slashed) ?? slashed;
    return path.posix.normalize(slashed).replace(/^(\.\/)+/, '');
  }

  async bytes(relative: string): Promise<Buffer | undefined> {
    let file = this.files.get(relative);
    if (!file) {
      file = this.load(relative);
      this.files.set(relative, file);
    }
    return file;
  }

  async lines(relative: string): Promise<string[] | undefined> {
    const bytes = await this.bytes(relative);
    return bytes?.toString('utf8').split(/\r?\n/);
  }

  /**
   * The text of a 1-based region; columns count UTF-16 code units (SARIF's default, and JavaScript's).
   * Without an end column the region runs to the end of its last line.
   */
  async regionText(relative: string, region: TextRegion): Promise<string | undefined> {
    const lines = await this.lines(relative);
    if (!lines || region.startLine > lines.length) return undefined;
    const picked = lines.slice(region.startLine - 1, Math.min(region.endLine, lines.length));
    if (picked.length === 0) return undefined;
    const lastIndex = picked.length - 1;
    if (region.endColumn !== undefined && region.endLine <= lines.length) {
      picked[lastIndex] = picked[lastIndex].slice(0, Math.max(0, region.endColumn - 1));
    }
    picked[0] = picked[0].slice(Math.max(0, (region.startColumn ?? 1) - 1));
    return picked.join('\n');
  }

  /** Whole lines `startLine`..`endLine`, for snippets shown to people. */
  async lineText(relative: string, startLine: number, endLine: number): Promise<string | undefined> {
    const lines = await this.lines(relative);
    if (!lines || startLine > lines.length) return undefined;
    return lines.slice(startLine - 1, Math.min(endLine, lines.length)).join('\n');
  }

  /** 1-based line and column of a 0-based character offset (SARIF `charOffset` regions). */
  async positionOf(
    relative: string,
    charOffset: number,
  ): Promise<{ line: number; column: number } | undefined> {
    const bytes = await this.bytes(relative);
    if (!bytes) return undefined;
    const before = bytes.toString('utf8').slice(0, charOffset).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
  }

  private async load(relative: string): Promise<Buffer | undefined> {
    const absolute = path.resolve(this.root, relative);
    if (this.relativeTo(absolute) === undefined) return undefined;
    const bytes = await readFile(absolute).catch(() => undefined);
    return bytes && bytes.length <= MAX_SOURCE_BYTES ? bytes : undefined;
  }
}

export interface TextRegion {
  startLine: number;
  startColumn?: number;
  endLine: number;
  endColumn?: number;
}
