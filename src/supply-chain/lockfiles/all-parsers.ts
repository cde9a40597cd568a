import type { LockfileParser } from './lockfile-parser.js';
import { packageLockParser, pnpmLockParser, yarnLockParser } from './npm/index.js';

/** Every lockfile format soc2-scan reads; the first parser that claims a file name reads it. */
export const ALL_LOCKFILE_PARSERS: readonly LockfileParser[] = [
  packageLockParser,
  yarnLockParser,
  pnpmLockParser,
];
