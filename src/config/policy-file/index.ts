export * from './load-policy-file.js';
export * from './located-yaml.js';
export * from './policy-schema.js';
export * from './read-config-file.js';
export * from './schema-problem.js';
