export { setup as default } from './jest-scratch-dir.mjs';
