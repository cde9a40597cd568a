import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import type { SkippedFile } from '../../model/index.js';
import { WorkspaceIgnores } from './workspace-ignores.js';

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

export interface DiscoveredFiles {
  /** Workspace-relative paths with `/`, sorted. */
  files: string[];
  skipped: SkippedFile[];
}

/**
 * Walks `paths` under `workspace`. Files named explicitly are always scanned; files and directories
 * found by walking honour .git/info/exclude, every .gitignore on the way down and the root
 * .semgrepignore (Semgrep's default when there is none); each ignored path is listed with the file
 * that ignored it. `.git` and `node_modules` are never entered (and not listed as skipped: they are
 * never source under review).
 */
export async function discoverFiles(workspace: string, paths: string[]): Promise<DiscoveredFiles> {
  const root = path.resolve(workspace);
  const rootIgnores = await WorkspaceIgnores.load(root);
  const files = new Set<string>();
  const skipped: SkippedFile[] = [];

  // Synchronous: a walk is thousands of small calls, each a round trip to the thread pool when async,
  // and nothing else runs before the file list is known.
  const walk = async (absolute: string, relative: string, inherited: WorkspaceIgnores): Promise<void> => {
    const entries = readDirectory(absolute);
    if (!entries) {
      skipped.push({ path: relative || '.', reason: 'unreadable', detail: 'directory could not be read' });
      return;
    }
    const ignore = entries.some((entry) => entry.name === '.gitignore')
      ? await inherited.enter(root, relative)
      : inherited;
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      const childRelative = relative ? `${relative}/${entry.name}` : entry.name;
      const isDirectory = entry.isDirectory();
      if (!isDirectory && !entry.isFile()) continue; // symlinks, sockets: not followed
      const ignoredBy = ignore.ignoredBy(childRelative, isDirectory);
      if (ignoredBy) {
        skipped.push({
          path: childRelative,
          reason: 'ignored',
          detail: isDirectory ? `directory, by ${ignoredBy}` : `by ${ignoredBy}`,
        });
      } else if (isDirectory) await walk(path.join(absolute, entry.name), childRelative, ignore);
      else files.add(childRelative);
    }
  };

  for (const requested of paths.length > 0 ? paths : ['.']) {
    const absolute = path.resolve(root, requested);
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      skipped.push({ path: requested, reason: 'unreadable', detail: 'outside the workspace' });
      continue;
    }
    const info = statOrUndefined(absolute);
    if (!info) skipped.push({ path: relative || '.', reason: 'unreadable', detail: 'does not exist' });
    else if (info.isDirectory())
      await walk(absolute, relative, await parentIgnores(rootIgnores, root, relative));
    else if (info.isFile()) files.add(relative);
  }
  return { files: [...files].sort(), skipped };
}

function readDirectory(absolute: string): Dirent[] | undefined {
  try {
    return readdirSync(absolute, { withFileTypes: true });
  } catch {
    return undefined;
  }
}

function statOrUndefined(absolute: string): Stats | undefined {
  try {
    return statSync(absolute);
  } catch {
    return undefined;
  }
}

/** The ignores in force at `relative` when a walk starts below the root: every .gitignore above it. */
async function parentIgnores(
  rootIgnores: WorkspaceIgnores,
  root: string,
  relative: string,
): Promise<WorkspaceIgnores> {
  let ignores = rootIgnores;
  const parts = relative === '' ? [] : relative.split('/');
  for (let depth = 1; depth < parts.length; depth += 1) {
    ignores = await ignores.enter(root, parts.slice(0, depth).join('/'));
  }
  return ignores;
}
