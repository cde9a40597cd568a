export * from './decide-findings.js';
