export type { ImportedFindings, ImportOptions, ImportSource, SkippedResult } from './imported-findings.js';
export { importSarif } from './sarif/import-sarif.js';
export { importSemgrepJson } from './semgrep/import-semgrep-json.js';
