import type { LockfileInput } from '../lockfile-parser.js';

/** A lockfile input for tests: `siblings` maps names beside the lockfile to their text. */
export function lockfileInput(
  path: string,
  text: string,
  siblings: Record<string, string> = {},
): LockfileInput {
  return { path, text, readSibling: (name) => siblings[name] ?? null };
}
