export { cargoLockParser } from './cargo-lock-parser.js';
