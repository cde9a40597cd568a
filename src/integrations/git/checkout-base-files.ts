import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isSafeRevision, runGit } from './run-git.js';

export interface CheckoutBaseFilesOptions {
  /**
   * Head path → its path at `commit` (from `changedPaths(...).renamedFrom`): the old content is written
   * under the new name, so a finding that only moved with its file keeps its fingerprint.
   */
  renamedFrom?: ReadonlyMap<string, string>;
}

/** Paths per `ls-tree` call, to stay within command-line limits. */
const PATHS_PER_CALL = 500;
const REGULAR_FILE_MODES = new Set(['100644', '100755']);

/**
 * Writes the version at `commit` of each of `paths` (relative to the workspace, '/') into the directory
 * `into`, under the same relative path, byte for byte. Paths that do not exist at that commit, symlinks,
 * submodules and paths escaping `into` are left out. Returns the paths written, sorted.
 */
export async function checkoutBaseFiles(
  workspace: string,
  commit: string,
  paths: Iterable<string>,
  into: string,
  options: CheckoutBaseFilesOptions = {},
): Promise<{ written: string[] }> {
  if (!isSafeRevision(commit)) throw new Error(`'${commit}' is not a valid commit name`);
  const sourceOf = new Map<string, string>();
  for (const target of new Set(paths)) {
    const source = options.renamedFrom?.get(target) ?? target;
    if (isContainedPath(target) && isContainedPath(source)) sourceOf.set(target, source);
  }
  const blobOf = await listBlobs(workspace, commit, [...new Set(sourceOf.values())]);
  const wanted = [...sourceOf].filter(([, source]) => blobOf.has(source));
  const contents = await readBlobs(workspace, [
    ...new Set(wanted.map(([, source]) => blobOf.get(source) as string)),
  ]);

  const written: string[] = [];
  const root = path.resolve(into);
  for (const [target, source] of wanted) {
    const content = contents.get(blobOf.get(source) as string);
    if (!content) continue;
    const destination = path.join(root, ...target.split('/'));
    await mkdir(path.dirname(destination), { recursive: true });
    await writeFile(destination, content);
    written.push(target);
  }
  return { written: written.sort() };
}

/** Regular files among `paths` at `commit`: path → blob id. */
async function listBlobs(workspace: string, commit: string, paths: string[]): Promise<Map<string, string>> {
  const blobs = new Map<string, string>();
  for (let i = 0; i < paths.length; i += PATHS_PER_CALL) {
    const chunk = paths.slice(i, i + PATHS_PER_CALL);
    // Literal pathspecs: a file named `*.js` means that file, not a glob.
    const result = await runGit(workspace, ['--literal-pathspecs', 'ls-tree', '-z', commit, '--', ...chunk]);
    if (!result.ok) throw new Error(`could not list files of ${commit}: ${result.stderr}`);
    for (const entry of result.stdout.toString('utf8').split('\0')) {
      const tab = entry.indexOf('\t');
      if (tab === -1) continue;
      const [mode, type, id] = entry.slice(0, tab).split(' ');
      if (type === 'blob' && REGULAR_FILE_MODES.has(mode)) blobs.set(entry.slice(tab + 1), id);
    }
  }
  return blobs;
}

/** Blob contents through one `git cat-file --batch`, which frames each object by its byte size. */
async function readBlobs(workspace: string, ids: string[]): Promise<Map<string, Buffer>> {
  const contents = new Map<string, Buffer>();
  if (ids.length === 0) return contents;
  const result = await runGit(workspace, ['cat-file', '--batch'], {
    input: ids.map((id) => `${id}\n`).join(''),
  });
  if (!result.ok) throw new Error(`could not read file contents: ${result.stderr}`);
  const out = result.stdout;
  let at = 0;
  while (at < out.length) {
    const newline = out.indexOf(0x0a, at);
    if (newline === -1) break;
    const [id, type, size] = out.subarray(at, newline).toString('utf8').split(' ');
    at = newline + 1;
    if (type === 'missing' || size === undefined) continue;
    const length = Number(size);
    contents.set(id, out.subarray(at, at + length));
    at += length + 1;
  }
  return contents;
}

/** Relative, '/'-separated, and unable to climb out of the directory it is written into. */
function isContainedPath(relative: string): boolean {
  if (relative === '' || relative.includes('\0')) return false;
  // On Windows a backslash would be a separator and could climb out; elsewhere it is an ordinary character.
  if (process.platform === 'win32' && relative.includes('\\')) return false;
  if (path.posix.isAbsolute(relative) || /^[A-Za-z]:/.test(relative)) return false;
  return relative.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
