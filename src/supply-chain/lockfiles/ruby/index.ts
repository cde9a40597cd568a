export { gemfileLockParser } from './gemfile-lock-parser.js';
