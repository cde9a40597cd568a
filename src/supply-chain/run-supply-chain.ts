import { createHash } from 'node:crypto';
import type { DependencyInventory, DependencyPackage, Finding, ScanProblem } from '../model/index.js';
import { buildInventory } from './inventory/build-inventory.js';
import { licenseFindings, type LicensePolicy } from './licenses/index.js';
import { ALL_LOCKFILE_PARSERS } from './lockfiles/all-parsers.js';
import { sbomJson, toCycloneDx, toSpdx, type SbomSubject } from './sbom/index.js';
import { matchVulnerabilities, vulnerabilityFindings, type OsvDatabase } from './vulnerabilities/index.js';

export interface SupplyChainRequest {
  workspace: string;
  /** Workspace-relative files found in the scanned paths; lockfiles among them are read. */
  files: readonly string[];
  /** Where known vulnerabilities come from (an OSV export or the OSV API); null: not checked. */
  vulnerabilities: VulnerabilitySource | null;
  subject: SbomSubject;
  /** The policy file's licence lists; none given or empty lists → no licence findings. */
  licenses?: LicensePolicy;
}

export interface VulnerabilitySource {
  /** Recorded in the evidence, e.g. `examples/osv-db` or `OSV API https://api.osv.dev`. */
  description: string;
  load(packages: readonly DependencyPackage[]): Promise<OsvDatabase>;
}

export interface GeneratedSbom {
  name: 'sbom.cdx.json' | 'sbom.spdx.json';
  format: 'CycloneDX 1.6' | 'SPDX 2.3';
  content: string;
  sha256: string;
}

export interface SupplyChainResult {
  inventory: DependencyInventory;
  sboms: GeneratedSbom[];
  findings: Finding[];
  vulnerabilityDatabase: { source: string; records: number } | null;
  problems: ScanProblem[];
}

function sbomFile(
  name: GeneratedSbom['name'],
  format: GeneratedSbom['format'],
  document: object,
): GeneratedSbom {
  const content = sbomJson(document);
  return { name, format, content, sha256: createHash('sha256').update(content).digest('hex') };
}

/** Dependency inventory → SBOMs (CycloneDX and SPDX) → known-vulnerable and malicious packages. */
export async function runSupplyChain(request: SupplyChainRequest): Promise<SupplyChainResult> {
  const { inventory, problems } = await buildInventory(
    request.workspace,
    request.files,
    ALL_LOCKFILE_PARSERS,
  );
  const sboms = [
    sbomFile('sbom.cdx.json', 'CycloneDX 1.6', toCycloneDx(inventory, request.subject)),
    sbomFile('sbom.spdx.json', 'SPDX 2.3', toSpdx(inventory, request.subject)),
  ];
  const licenses = licenseFindings(
    inventory.packages,
    request.licenses ?? { deny: [], allow: [] },
    request.subject.toolVersion,
  );
  if (!request.vulnerabilities)
    return { inventory, sboms, findings: licenses, vulnerabilityDatabase: null, problems };
  const database = await request.vulnerabilities.load(inventory.packages);
  const matches = matchVulnerabilities(inventory.packages, database);
  return {
    inventory,
    sboms,
    findings: [...vulnerabilityFindings(matches, request.subject.toolVersion), ...licenses],
    vulnerabilityDatabase: { source: request.vulnerabilities.description, records: database.size },
    problems,
  };
}
