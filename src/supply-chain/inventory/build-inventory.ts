import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DependencyInventory, DependencyPackage, ScanProblem } from '../../model/index.js';
import { LockfileError, type LockfileParser } from '../lockfiles/lockfile-parser.js';

export interface InventoryResult {
  inventory: DependencyInventory;
  /** Lockfiles that could not be read: the inventory is incomplete, so the run fails closed. */
  problems: ScanProblem[];
}

function readSiblingOf(workspace: string, lockfile: string) {
  const dir = path.dirname(path.join(workspace, lockfile));
  return (name: string): string | null => {
    try {
      return readFileSync(path.join(dir, name), 'utf8');
    } catch {
      return null;
    }
  };
}

/**
 * Reads every lockfile among `files` (workspace-relative) with the first parser that claims its name.
 * Lockfiles are read, never executed: no package manager runs.
 */
export async function buildInventory(
  workspace: string,
  files: readonly string[],
  parsers: readonly LockfileParser[],
): Promise<InventoryResult> {
  const lockfiles: DependencyInventory['lockfiles'] = [];
  const packages: DependencyPackage[] = [];
  const problems: ScanProblem[] = [];
  for (const file of [...files].sort()) {
    const parser = parsers.find((candidate) => candidate.matches(path.posix.basename(file)));
    if (!parser) continue;
    try {
      const text = await readFile(path.join(workspace, file), 'utf8');
      const found = parser.parse({ path: file, text, readSibling: readSiblingOf(workspace, file) });
      lockfiles.push({ path: file, format: parser.format, packages: found.length });
      packages.push(...found);
    } catch (error) {
      const message = error instanceof LockfileError ? error.message : `${file}: ${String(error)}`;
      problems.push({ kind: 'input-error', message: `lockfile could not be read: ${message}`, path: file });
    }
  }
  return { inventory: { lockfiles, packages }, problems };
}
