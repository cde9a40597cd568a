export { composerLockParser } from './composer-lock-parser.js';
