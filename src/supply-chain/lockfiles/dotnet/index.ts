export { nugetPackagesLockParser } from './packages-lock-parser.js';
