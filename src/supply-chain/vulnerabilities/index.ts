export type { OsvAffected, OsvEvent, OsvRange, OsvRecord, OsvSeverity } from './osv-record.js';
export { toOsvRecord } from './osv-record.js';
export { loadOsvDatabase, OsvDatabase, OsvDatabaseError } from './osv-database.js';
export { isAffected } from './osv-affected.js';
export { matchVulnerabilities, type VulnerabilityMatch } from './vulnerability-match.js';
export { vulnerabilityFindings } from './vulnerability-findings.js';
