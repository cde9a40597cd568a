export { teardown as default } from './jest-scratch-dir.mjs';
