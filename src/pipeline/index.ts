export * from './run-scan-pipeline.js';
export * from './outcome.js';
