import { BundleFile } from './bundle-files.js';
import type { RunRecord } from './run-record.js';

export type CriterionStatus = 'met' | 'attention' | 'not evidenced in this run';

export interface CriterionRow {
  criterion: string;
  title: string;
  status: CriterionStatus;
  /** One sentence saying exactly what this run evidences; never a claim of compliance. */
  evidence: string;
  files: string[];
}

/** The SOC 2 rows (AICPA TSC 2017, rev. 2022) this run speaks to, each judged from the run's own record. */
export function soc2Criteria(record: RunRecord): CriterionRow[] {
  const { outcome, scope } = record;
  const failed = outcome.result === 'failed';
  const blocking = outcome.blockingCount;
  const skipped = scope?.skipped.length ?? 0;
  const failOn = record.settings.failOn.join(', ') || 'none';

  return [
    {
      criterion: 'CC6.1',
      title: 'Logical access: preventive controls',
      status: failed ? 'attention' : 'met',
      evidence: failed
        ? `The gate did not complete (${outcome.error ?? 'scan failed'}); the job failed closed.`
        : `The merge gate ran with fail-on ${failOn} and ${blocking > 0 ? `blocked on ${blocking} finding(s)` : 'found nothing that blocks'}.`,
      files: [BundleFile.scanRecord, BundleFile.auditLog],
    },
    {
      criterion: 'CC6.6',
      title: 'Threats from outside the system boundary',
      status: failed || blocking > 0 ? 'attention' : 'met',
      evidence: failed
        ? 'The scan did not complete, so exposure in this change is not established.'
        : blocking > 0
          ? `${blocking} blocking finding(s) of exploitable code were stopped before merge.`
          : `No finding at a blocking severity in ${scope?.filesScanned ?? 0} scanned file(s).`,
      files: [BundleFile.findings, BundleFile.sarif],
    },
    cc68(record),
    {
      criterion: 'CC7.1',
      title: 'Detection of new vulnerabilities',
      status: failed || skipped > 0 ? 'attention' : 'met',
      evidence: failed
        ? 'The change was not fully scanned; see the problems in the scan record.'
        : `${scope?.filesScanned ?? 0} file(s) at ${record.context.sha ?? 'the working tree'} scanned with ${record.rulesets.reduce((n, r) => n + r.ruleCount, 0)} rule(s); ${outcome.findingsCount} finding(s)` +
          (skipped > 0 ? `; ${skipped} file(s) skipped, each with its reason.` : '.'),
      files: [BundleFile.scanRecord, BundleFile.findings],
    },
    {
      criterion: 'CC7.2',
      title: 'Monitoring of system components',
      status: 'met',
      evidence: `This execution is logged start to ${failed ? 'failure' : 'finish'} in a hash-chained audit log with timestamps and actors.`,
      files: [BundleFile.auditLog, BundleFile.manifest],
    },
    {
      criterion: 'CC7.3',
      title: 'Evaluation of security events',
      status: failed ? 'attention' : 'met',
      evidence: `Each of ${outcome.findingsCount} finding(s) has a recorded decision and the reason for it.`,
      files: [BundleFile.findings, BundleFile.auditLog],
    },
    {
      criterion: 'CC8.1',
      title: 'Change management',
      status: failed || blocking > 0 ? 'attention' : 'met',
      evidence:
        blocking > 0
          ? `The change was blocked by ${blocking} finding(s); no override or remediation ticket was recorded in this run.`
          : failed
            ? 'The change was not approved by the gate because the scan did not complete.'
            : 'The change passed the gate; no override was needed.',
      files: [BundleFile.scanRecord, BundleFile.auditLog],
    },
    cc92(record),
  ];
}

function supplyChainFindings(record: RunRecord) {
  return record.decisions.filter((decision) => decision.finding.category === 'supply-chain');
}

function cc68(record: RunRecord): CriterionRow {
  const row = { criterion: 'CC6.8', title: 'Unauthorised or malicious software' };
  const { inventory, vulnerabilityDatabase } = record;
  if (!inventory || !vulnerabilityDatabase) {
    return {
      ...row,
      status: 'not evidenced in this run',
      evidence: inventory
        ? `${inventory.packages.length} component(s) inventoried, but no vulnerability database was configured, so none was checked for known-malicious or vulnerable versions.`
        : 'This run did not inventory dependencies or check them for known-malicious packages.',
      files: inventory ? [BundleFile.sbomCycloneDx] : [],
    };
  }
  const findings = supplyChainFindings(record);
  const malicious = findings.filter((decision) => decision.finding.ruleId.startsWith('MAL-')).length;
  return {
    ...row,
    status: findings.length > 0 ? 'attention' : 'met',
    evidence:
      `${inventory.packages.length} component(s) checked against ${vulnerabilityDatabase.records} OSV record(s) from ${vulnerabilityDatabase.source}: ` +
      `${findings.length} known-vulnerable, ${malicious} known-malicious.`,
    files: [BundleFile.sbomCycloneDx, BundleFile.findings],
  };
}

function cc92(record: RunRecord): CriterionRow {
  const row = { criterion: 'CC9.2', title: 'Vendor and business-partner risk' };
  const { inventory } = record;
  if (!inventory) {
    return {
      ...row,
      status: 'not evidenced in this run',
      evidence: 'This run produced no software bill of materials.',
      files: [],
    };
  }
  const vulnerable = supplyChainFindings(record).length;
  return {
    ...row,
    status:
      inventory.lockfiles.length === 0 ? 'not evidenced in this run' : vulnerable > 0 ? 'attention' : 'met',
    evidence:
      inventory.lockfiles.length === 0
        ? 'No lockfile was found in the scanned paths, so the bill of materials lists no third-party components.'
        : `A bill of materials of ${inventory.packages.length} third-party component(s) from ${inventory.lockfiles.length} lockfile(s)` +
          (record.vulnerabilityDatabase
            ? `; ${vulnerable} with a known vulnerability.`
            : '; not checked for known vulnerabilities.'),
    files: [BundleFile.sbomCycloneDx, BundleFile.sbomSpdx],
  };
}
