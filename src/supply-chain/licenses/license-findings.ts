import type { DependencyPackage, Finding } from '../../model/index.js';
import { fingerprintFinding, OccurrenceCounter } from '../../model/index.js';
import { hasLicensePolicy, judgeLicense, type LicensePolicy } from './license-policy.js';

/** Rule ids of licence findings; the policy file's `licenses.action` / `licenses.unknown` decide them. */
export const LICENSE_RULES = {
  denied: 'soc2-scan.license.denied',
  notAllowed: 'soc2-scan.license.not-allowed',
  unknown: 'soc2-scan.license.unknown',
} as const;

/**
 * One finding per package whose licence the policy denies or does not allow, and one per lockfile listing
 * the packages whose licence is unknown (a lockfile without licence data would otherwise flood the run).
 * No policy lists → no findings: nothing was asked.
 */
export function licenseFindings(
  packages: readonly DependencyPackage[],
  policy: LicensePolicy,
  toolVersion: string,
): Finding[] {
  if (!hasLicensePolicy(policy)) return [];
  const findings: Finding[] = [];
  const occurrences = new OccurrenceCounter();
  const unknownByLockfile = new Map<string, DependencyPackage[]>();
  for (const pkg of packages) {
    const verdict = judgeLicense(pkg.license, policy);
    if (verdict.kind === 'acceptable') continue;
    if (verdict.kind === 'unknown') {
      const list = unknownByLockfile.get(pkg.source.file) ?? [];
      list.push(pkg);
      unknownByLockfile.set(pkg.source.file, list);
      continue;
    }
    const ruleId = verdict.kind === 'denied' ? LICENSE_RULES.denied : LICENSE_RULES.notAllowed;
    const why =
      verdict.kind === 'denied'
        ? `its licence ${pkg.license} includes ${verdict.licenses.join(', ')}, which the policy denies`
        : `its licence ${pkg.license} is not in the policy's allow list`;
    const matchedText = `${pkg.name}@${pkg.version}`;
    const occurrence = occurrences.next(ruleId, pkg.source.file, matchedText);
    findings.push(
      finding(ruleId, pkg.source.file, pkg.source.line ?? 1, matchedText, occurrence, {
        severity: 'medium',
        message: `${pkg.name}@${pkg.version}: ${why}`,
        metadata: { purl: pkg.purl, license: pkg.license, offending: verdict.licenses },
        toolVersion,
      }),
    );
  }
  for (const [lockfile, unknown] of unknownByLockfile) {
    const names = unknown.map((pkg) => `${pkg.name}@${pkg.version}`);
    findings.push(
      finding(LICENSE_RULES.unknown, lockfile, 1, lockfile, 0, {
        severity: 'low',
        message: `${unknown.length} package(s) in ${lockfile} have no SPDX licence the lockfile records; their licences are unknown, not assumed acceptable`,
        metadata: { packages: names, purls: unknown.map((pkg) => pkg.purl) },
        toolVersion,
      }),
    );
  }
  return findings;
}

function finding(
  ruleId: string,
  path: string,
  line: number,
  matchedText: string,
  occurrence: number,
  details: {
    severity: Finding['severity'];
    message: string;
    metadata: Record<string, unknown>;
    toolVersion: string;
  },
): Finding {
  return {
    ruleId,
    category: 'supply-chain',
    severity: details.severity,
    message: details.message,
    location: { path, startLine: line, startColumn: 1, endLine: line, endColumn: 1 },
    snippet: matchedText,
    fingerprint: fingerprintFinding({ ruleId, path, matchedText, occurrence }),
    cwe: [],
    owasp: [],
    confidence: 'high',
    metadata: { ...details.metadata, soc2Controls: ['CC9.2'] },
    source: { tool: 'soc2-scan', version: details.toolVersion },
  };
}
