export * from './actor.js';
export * from './audit-event.js';
export * from './decision.js';
export * from './errors.js';
export * from './finding.js';
export * from './fingerprint.js';
export * from './run-context.js';
export * from './scan-result.js';
