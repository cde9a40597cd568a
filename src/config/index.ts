export * from './action-inputs.js';
export * from './cli-args.js';
export * from './config.js';
export * from './severity-list.js';
export * from './policy-file/index.js';
export * from './exceptions-file/index.js';
export * from './ticket-inputs.js';
