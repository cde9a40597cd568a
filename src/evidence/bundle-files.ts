/** The files of an evidence bundle (DESIGN §3); the manifest lists every other one. */
export const BundleFile = {
  scanRecord: 'scan-record.json',
  findings: 'findings.json',
  sarif: 'results.sarif',
  auditLog: 'audit-log.jsonl',
  summary: 'soc2-summary.md',
  sbomCycloneDx: 'sbom.cdx.json',
  sbomSpdx: 'sbom.spdx.json',
  manifest: 'manifest.json',
} as const;

export const EVIDENCE_SCHEMA_VERSION = 1;

/** A bare file name: no directory part, so it stays inside the evidence directory. */
export function isPlainFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}
