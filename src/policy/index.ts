export * from './decide-findings.js';
export * from './exception-register.js';
export * from './globs.js';
export * from './inline-suppressions.js';
export * from './override-attempts.js';
export * from './policy-rules.js';
