export { toCycloneDx } from './cyclonedx.js';
export { toSpdx } from './spdx.js';
export { sbomJson } from './sbom-json.js';
export { sbomSubjectOf, type SbomSubject } from './sbom-subject.js';
