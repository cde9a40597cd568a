export * from './exceptions-schema.js';
export * from './load-exceptions-file.js';
