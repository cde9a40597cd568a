import { ConfigError } from '../../model/index.js';
import { LocatedYaml, parseLocated, readConfigFile } from '../policy-file/index.js';
import { exceptionsFileSchema, type ExceptionEntry } from './exceptions-schema.js';

export interface LoadedExceptions {
  /** Relative to the workspace with `/` separators; null when there is no register file. */
  path: string | null;
  sha256: string | null;
  entries: ExceptionEntry[];
}

/** Reads the exception register; a missing file is an empty register. */
export async function loadExceptionsFile(workspace: string, relativePath: string): Promise<LoadedExceptions> {
  const file = await readConfigFile(workspace, relativePath, 'exceptions-file');
  if (!file) return { path: null, sha256: null, entries: [] };
  return {
    path: file.relativePath,
    sha256: file.sha256,
    entries: parseExceptionsText(file.relativePath, file.text),
  };
}

/** Validates the register's YAML; every problem is a ConfigError naming the file, line and field. */
export function parseExceptionsText(file: string, text: string): ExceptionEntry[] {
  const source = new LocatedYaml(file, text);
  if (source.value === undefined || source.value === null) {
    // An empty file is more likely a mistake than an intent; an empty register is written explicitly.
    throw new ConfigError("the exceptions file is empty; write 'exceptions: []' for an empty register", {
      file,
      line: 1,
      field: 'exceptions',
    });
  }
  if (typeof source.value !== 'object' || Array.isArray(source.value)) {
    source.fail("the exceptions file must be a mapping with an 'exceptions' list", []);
  }
  const parsed = parseLocated(exceptionsFileSchema, source);
  return parsed.exceptions.map((entry, index) => ({
    id: entry.id,
    match:
      entry.match.fingerprint !== undefined
        ? { fingerprint: entry.match.fingerprint }
        : { rule: entry.match.rule ?? '', path: entry.match.path ?? null },
    reason: entry.reason,
    approvedBy: entry['approved-by'],
    expires: entry.expires,
    line: source.lineOf(['exceptions', index]),
  }));
}
