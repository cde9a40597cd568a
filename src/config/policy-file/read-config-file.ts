import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../model/index.js';

export interface ConfigFileBytes {
  /** Relative to the workspace, `/` separators (what messages and evidence show). */
  relativePath: string;
  sha256: string;
  text: string;
}

/** Resolves a user-given path against the workspace and names it as the user would. */
export function resolveInWorkspace(
  workspace: string,
  requested: string,
): { absolute: string; relative: string } {
  const absolute = path.resolve(workspace, requested);
  const relative = path.relative(workspace, absolute).split(path.sep).join('/');
  return { absolute, relative: relative === '' ? '.' : relative };
}

/** Reads a configuration file; null when it does not exist. The hash is of the raw bytes, for the scan record. */
export async function readConfigFile(
  workspace: string,
  requested: string,
  field: string,
): Promise<ConfigFileBytes | null> {
  const { absolute, relative } = resolveInWorkspace(workspace, requested);
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
    throw new ConfigError(`cannot read ${relative}: ${error.code ?? error.message}`, {
      file: relative,
      field,
    });
  });
  if (!info) return null;
  if (!info.isFile()) throw new ConfigError(`${relative} is not a file`, { file: relative, field });
  const bytes = await readFile(absolute).catch((error: NodeJS.ErrnoException) => {
    throw new ConfigError(`cannot read ${relative}: ${error.code ?? error.message}`, {
      file: relative,
      field,
    });
  });
  return {
    relativePath: relative,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text: bytes.toString('utf8'),
  };
}
