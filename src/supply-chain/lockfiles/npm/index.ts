export { packageLockParser } from './package-lock-parser.js';
export { pnpmLockParser } from './pnpm-lock-parser.js';
export { yarnLockParser } from './yarn-lock-parser.js';
