import { nugetPackagesLockParser } from './dotnet/index.js';
import { goModParser } from './go/index.js';
import { gradleLockfileParser, pomXmlParser } from './java/index.js';
import type { LockfileParser } from './lockfile-parser.js';
import { packageLockParser, pnpmLockParser, yarnLockParser } from './npm/index.js';
import { composerLockParser } from './php/index.js';
import { pipfileLockParser, poetryLockParser, requirementsTxtParser, uvLockParser } from './python/index.js';
import { gemfileLockParser } from './ruby/index.js';
import { cargoLockParser } from './rust/index.js';

/** Every lockfile format soc2-scan reads; the first parser that claims a file name reads it. */
export const ALL_LOCKFILE_PARSERS: readonly LockfileParser[] = [
  packageLockParser,
  yarnLockParser,
  pnpmLockParser,
  requirementsTxtParser,
  poetryLockParser,
  uvLockParser,
  pipfileLockParser,
  goModParser,
  cargoLockParser,
  gemfileLockParser,
  composerLockParser,
  gradleLockfileParser,
  pomXmlParser,
  nugetPackagesLockParser,
];
