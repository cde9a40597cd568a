import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { changedPaths, checkoutBaseFiles } from '../integrations/git/index.js';
import { workingTreeChanges } from '../integrations/git/working-tree-changes.js';
import type { Finding } from '../model/index.js';

/** What a change touches relative to its base, or why that could not be established. */
export type DiffScope =
  | {
      ok: true;
      baseCommit: string;
      mergeBase: string;
      /** Paths the change touches; findings elsewhere exist on the base by construction. */
      changedPaths: Set<string>;
      renamedFrom: ReadonlyMap<string, string>;
      /** What was fetched to reach the base in a shallow clone. */
      fetched: string[];
    }
  | { ok: false; baseCommit: string; reason: string };

/** What this run's findings are compared with, so only what the change introduces blocks. */
export type Baseline =
  | { diffAware: true; scope: Extract<DiffScope, { ok: true }>; fingerprints: Set<string> }
  | { diffAware: false; reason: string };

/**
 * The paths between the base and the commit under scan (`headCommit` null: a local run, whose uncommitted
 * changes count too). A shallow clone is deepened as needed; when that fails the scope says why.
 */
export async function diffScope(
  workspace: string,
  baseCommit: string,
  headCommit: string | null,
): Promise<DiffScope> {
  const changes = await changedPaths(workspace, baseCommit, headCommit ?? 'HEAD');
  if (!changes.ok) return { ok: false, baseCommit, reason: changes.reason };
  const paths = new Set(changes.paths);
  if (headCommit === null) for (const file of await workingTreeChanges(workspace)) paths.add(file);
  return {
    ok: true,
    baseCommit,
    mergeBase: changes.mergeBase,
    changedPaths: paths,
    renamedFrom: changes.renamedFrom,
    fetched: changes.fetched,
  };
}

/**
 * Scans only what is needed: the base version of each changed file, written to a scratch directory under
 * its own path (fingerprints depend on the path and the matched text, not on line numbers), so a finding
 * that merely moved keeps its identity.
 */
export async function scanBaseline(
  workspace: string,
  scope: DiffScope,
  scanBase: (dir: string, files: string[]) => Promise<Finding[]>,
): Promise<Baseline> {
  if (!scope.ok) return { diffAware: false, reason: scope.reason };
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'soc2-scan-base-'));
  try {
    const { written } = await checkoutBaseFiles(workspace, scope.mergeBase, scope.changedPaths, scratch, {
      renamedFrom: scope.renamedFrom,
    });
    const findings = written.length > 0 ? await scanBase(scratch, written) : [];
    return { diffAware: true, scope, fingerprints: new Set(findings.map((finding) => finding.fingerprint)) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
