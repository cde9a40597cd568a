export { LICENSE_RULES, licenseFindings } from './license-findings.js';
export { hasLicensePolicy, judgeLicense, type LicensePolicy, type LicenseVerdict } from './license-policy.js';
