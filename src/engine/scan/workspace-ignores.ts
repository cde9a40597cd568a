import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { IgnoreList } from './ignore-file.js';

/**
 * Semgrep's default .semgrepignore, used only when the workspace has none of its own (an empty
 * .semgrepignore turns these off). Tests and vendored code are skipped by Semgrep too; each skip is
 * listed in the scan record with this file as its reason.
 */
export const DEFAULT_SEMGREPIGNORE = `
node_modules/
build/
dist/
vendor/
.env/
.venv/
.tox/
*.min.js
.npm/
.yarn/
test/
tests/
*_test.go
.semgrep
.semgrep_logs/
`;

interface ScopedList {
  /** Directory of the ignore file, relative to the workspace ('' for the root). */
  base: string;
  list: IgnoreList;
}

/**
 * Every ignore file that applies while walking a workspace, with git's precedence: .git/info/exclude,
 * then .gitignore files from the root down (a deeper file overrides a shallower one), then the root
 * .semgrepignore (or Semgrep's default), which overrides them all. Within and across files, the last
 * matching pattern decides.
 */
export class WorkspaceIgnores {
  private constructor(
    private readonly gitLists: ScopedList[],
    private readonly semgrep: IgnoreList,
  ) {}

  static async load(workspace: string): Promise<WorkspaceIgnores> {
    const read = (name: string) => readFile(path.join(workspace, name), 'utf8').catch(() => undefined);
    const [exclude, gitignore, semgrepignore] = await Promise.all([
      read(path.join('.git', 'info', 'exclude')),
      read('.gitignore'),
      read('.semgrepignore'),
    ]);
    const gitLists: ScopedList[] = [];
    if (exclude !== undefined)
      gitLists.push({ base: '', list: IgnoreList.fromText(exclude, '.git/info/exclude') });
    if (gitignore !== undefined)
      gitLists.push({ base: '', list: IgnoreList.fromText(gitignore, '.gitignore') });
    const semgrep =
      semgrepignore !== undefined
        ? IgnoreList.fromText(await expandIncludes(semgrepignore, read), '.semgrepignore')
        : IgnoreList.fromText(DEFAULT_SEMGREPIGNORE, 'default .semgrepignore');
    return new WorkspaceIgnores(gitLists, semgrep);
  }

  /** The ignores inside `directory` (workspace-relative), adding its own .gitignore when it has one. */
  async enter(workspace: string, directory: string): Promise<WorkspaceIgnores> {
    if (directory === '') return this;
    const text = await readFile(path.join(workspace, directory, '.gitignore'), 'utf8').catch(() => undefined);
    if (text === undefined) return this;
    const list = IgnoreList.fromText(text, `${directory}/.gitignore`);
    return new WorkspaceIgnores([...this.gitLists, { base: directory, list }], this.semgrep);
  }

  /** The ignore file that excludes `relativePath` (workspace-relative, `/`), or undefined when it is in scope. */
  ignoredBy(relativePath: string, isDirectory: boolean): string | undefined {
    let by: string | undefined;
    for (const { base, list } of this.gitLists) {
      if (base !== '' && !relativePath.startsWith(`${base}/`)) continue;
      const verdict = list.verdict(
        base === '' ? relativePath : relativePath.slice(base.length + 1),
        isDirectory,
      );
      if (verdict !== undefined) by = verdict ? list.source : undefined;
    }
    const verdict = this.semgrep.verdict(relativePath, isDirectory);
    if (verdict !== undefined) by = verdict ? this.semgrep.source : undefined;
    return by;
  }
}

/**
 * Semgrep's `:include <file>` line in a .semgrepignore stands for that file's patterns (commonly
 * `:include .gitignore`). Paths are relative to the workspace root; a file that is missing adds nothing,
 * and a file is included once, so include cycles end.
 */
async function expandIncludes(
  text: string,
  read: (name: string) => Promise<string | undefined>,
  seen = new Set<string>(['.semgrepignore']),
): Promise<string> {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const include = /^:include\s+(.+?)\s*$/.exec(line);
    if (!include) {
      lines.push(line);
      continue;
    }
    const name = path.posix.normalize(include[1].replace(/^\.\//, ''));
    if (seen.has(name) || name.startsWith('..')) continue;
    seen.add(name);
    const included = await read(name);
    if (included !== undefined) lines.push(await expandIncludes(included, read, seen));
  }
  return lines.join('\n');
}
