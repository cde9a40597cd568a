import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  DEFAULT_POLICY_FILE,
  loadExceptionsFile,
  loadPolicyFile,
  type LoadedExceptions,
  type LoadedPolicy,
} from '../config/index.js';
import { checkoutBaseFiles } from '../integrations/git/index.js';

export interface RunPolicyFiles {
  policy: LoadedPolicy;
  exceptions: LoadedExceptions;
  /** Which commit the files were read from. */
  readFrom: { kind: 'base'; commit: string } | { kind: 'workspace' };
  /** Anything an auditor should know about where the policy came from; null when nothing. */
  note: string | null;
}

/**
 * The policy and exception register that govern this run. For a change with a base (a pull request, or
 * `--baseline-commit`) they are read from the base commit: a pull request must not be able to loosen its
 * own gate or approve its own exception; its edits to them take effect once merged. Without a reachable
 * base they are read from the workspace, and the note says so.
 */
export async function loadRunPolicyFiles(options: {
  workspace: string;
  requestedPath: string | null;
  baseCommit: string | null;
  baseUnreachable?: string | null;
}): Promise<RunPolicyFiles> {
  const { workspace, requestedPath, baseCommit } = options;
  if (!baseCommit || options.baseUnreachable) {
    const policy = await loadPolicyFile(workspace, requestedPath);
    const exceptions = await loadExceptionsFile(workspace, policy.settings.exceptionsFile);
    const note =
      baseCommit && options.baseUnreachable
        ? `policy read from the workspace because the base commit ${baseCommit} could not be reached (${options.baseUnreachable})`
        : null;
    return { policy, exceptions, readFrom: { kind: 'workspace' }, note };
  }

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'soc2-scan-policy-'));
  try {
    const policyPath = requestedPath ?? DEFAULT_POLICY_FILE;
    const { written } = await checkoutBaseFiles(workspace, baseCommit, [policyPath], scratch);
    const policy = await loadPolicyFile(scratch, written.length > 0 ? requestedPath : null);
    await checkoutBaseFiles(workspace, baseCommit, [policy.settings.exceptionsFile], scratch);
    const exceptions = await loadExceptionsFile(scratch, policy.settings.exceptionsFile);
    const notes: string[] = [];
    if (requestedPath && written.length === 0) {
      notes.push(
        `policy file ${requestedPath} does not exist at the base commit; defaults apply until it is merged`,
      );
    }
    const headPolicy = await loadPolicyFile(workspace, requestedPath).catch(() => null);
    if (headPolicy && headPolicy.sha256 !== policy.sha256) {
      notes.push('this change edits the policy file; the edit applies after it is merged');
    }
    return {
      policy,
      exceptions,
      readFrom: { kind: 'base', commit: baseCommit },
      note: notes.length > 0 ? notes.join('; ') : null,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
