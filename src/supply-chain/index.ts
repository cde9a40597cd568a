export { ALL_LOCKFILE_PARSERS } from './lockfiles/all-parsers.js';
export { LockfileError, type LockfileParser } from './lockfiles/lockfile-parser.js';
export { buildInventory } from './inventory/build-inventory.js';
export {
  runSupplyChain,
  type GeneratedSbom,
  type SupplyChainResult,
  type VulnerabilitySource,
} from './run-supply-chain.js';
export { loadOsvDatabase } from './vulnerabilities/index.js';
export { sbomSubjectOf, type SbomSubject } from './sbom/index.js';
export { LICENSE_RULES, type LicensePolicy } from './licenses/index.js';
