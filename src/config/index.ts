export * from './action-inputs.js';
export * from './cli-args.js';
export * from './config.js';
export * from './severity-list.js';
