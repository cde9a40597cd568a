export { pipfileLockParser } from './pipfile-lock-parser.js';
export { poetryLockParser } from './poetry-lock-parser.js';
export { requirementsTxtParser } from './requirements-parser.js';
export { uvLockParser } from './uv-lock-parser.js';
