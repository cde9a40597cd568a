import type { LockfileParser } from '../lockfile-parser.js';
import { readYarnBerry } from './yarn-berry.js';
import { readYarnV1 } from './yarn-v1.js';

/** Berry lockfiles are YAML and always carry a `__metadata` block; v1 lockfiles never do. */
function isBerry(text: string): boolean {
  return /^__metadata:/m.test(text);
}

/** yarn.lock, both the classic v1 format and Yarn Berry (v2+, YAML). */
export const yarnLockParser: LockfileParser = {
  format: 'yarn.lock',
  matches: (fileName) => fileName === 'yarn.lock',
  parse: (input) => (isBerry(input.text) ? readYarnBerry(input) : readYarnV1(input)),
};
