import type { AuditEvent, SkipReason } from '../model/index.js';
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

/**
 * Skips that leave code unexamined. Binary files, files no rule applies to and files the user ignored are
 * out of scope by design, so they are counted but do not call for attention.
 */
const COVERAGE_GAPS: ReadonlySet<SkipReason> = new Set([
  'too-large',
  'not-utf8',
  'parse-error',
  'unreadable',
]);

/**
 * The SOC 2 rows (AICPA TSC 2017, rev. 2022) this run speaks to, each judged from the run's own record.
 * `events` is the run's audit log; CC7.2 is judged from it when given.
 */
export function soc2Criteria(record: RunRecord, events?: readonly AuditEvent[]): CriterionRow[] {
  const { outcome } = record;
  const failed = outcome.result === 'failed';
  const blocking = outcome.blockingCount;
  const failOn = record.settings.failOn.join(', ') || 'none';

  return [
    {
      criterion: 'CC6.1',
      title: 'Logical access: preventive controls',
      status: failed ? 'attention' : 'met',
      evidence: failed
        ? `The gate could not evaluate this change (${outcome.error ?? 'scan failed'}); the job failed closed (exit ${outcome.exitCode}).`
        : `The merge gate ran with fail-on ${failOn} and ${gateVerdict(record)}.`,
      files: [BundleFile.scanRecord, BundleFile.auditLog],
    },
    {
      criterion: 'CC6.6',
      title: 'Threats from outside the system boundary',
      status: failed || blocking > 0 ? 'attention' : 'met',
      evidence: failed
        ? 'The scan did not complete, so exposure in this change is not established.'
        : blocking > 0
          ? `${blocking} blocking finding(s) failed the gate ${whereStopped(record)}.`
          : `No finding at a blocking severity in ${record.scope?.filesScanned ?? 0} scanned file(s).`,
      files: [BundleFile.findings, BundleFile.sarif],
    },
    cc68(record),
    cc71(record),
    cc72(record, events),
    {
      criterion: 'CC7.3',
      title: 'Evaluation of security events',
      status: failed ? 'attention' : 'met',
      evidence: failed
        ? `The scan did not complete: the ${outcome.findingsCount} finding(s) it produced each have a recorded decision and reason, but code it did not reach was not evaluated.`
        : `Each of ${outcome.findingsCount} finding(s) has a recorded decision, who or what decided it, and the reason.`,
      files: [BundleFile.findings, BundleFile.auditLog],
    },
    cc81(record, events),
    cc92(record),
  ];
}

/** Only a pull request's gate stops code before it merges; on a push the code has already landed. */
function whereStopped(record: RunRecord): string {
  const { eventName, pullRequestNumber } = record.context;
  if (eventName?.startsWith('pull_request')) {
    return `before merge${pullRequestNumber === null ? '' : ` of pull request #${pullRequestNumber}`}`;
  }
  return `of this ${eventName ?? 'local'} run`;
}

function gateVerdict(record: RunRecord): string {
  const { outcome } = record;
  if (outcome.result === 'overridden') {
    return `blocked on ${outcome.countsByDecision.overridden} finding(s), overridden by ${overriders(record)}`;
  }
  return outcome.blockingCount > 0
    ? `blocked on ${outcome.blockingCount} finding(s)`
    : 'found nothing that blocks';
}

function overriders(record: RunRecord): string {
  const logins = record.outcome.overriddenBy.map((actor) => actor.login);
  return logins.length > 0 ? logins.join(', ') : 'an actor the record does not name';
}

function cc71(record: RunRecord): CriterionRow {
  const row = {
    criterion: 'CC7.1',
    title: 'Detection of new vulnerabilities',
    files: [BundleFile.scanRecord, BundleFile.findings],
  };
  const { scope, outcome } = record;
  if (outcome.result === 'failed' || !scope) {
    return {
      ...row,
      status: 'attention',
      evidence: 'The change was not fully scanned; the problems are listed in the scan record.',
    };
  }
  const gaps = scope.skipped.filter((file) => COVERAGE_GAPS.has(file.reason)).length;
  const byDesign = scope.skipped.length - gaps;
  const rules = record.rulesets.reduce((sum, ruleset) => sum + ruleset.ruleCount, 0);
  const lifecycle = { new: 0, existing: 0, reopened: 0 };
  for (const decision of record.decisions) lifecycle[decision.lifecycle] += 1;
  const skippedText = [
    gaps > 0 ? `${gaps} file(s) could not be scanned (too large, unreadable, not UTF-8 or unparsable)` : null,
    byDesign > 0 ? `${byDesign} out of scope by design (binary, no applicable rule, or ignored)` : null,
  ].filter(Boolean);
  return {
    ...row,
    status: gaps > 0 ? 'attention' : 'met',
    evidence:
      `${scope.filesScanned} file(s) at ${record.context.sha ?? 'the working tree'} scanned with ${rules} rule(s): ` +
      `${outcome.findingsCount} finding(s), ${lifecycle.new} new, ${lifecycle.existing} existing, ${lifecycle.reopened} reopened` +
      (skippedText.length > 0 ? `; ${skippedText.join(', ')}, each listed with its reason.` : '.'),
  };
}

function cc72(record: RunRecord, events: readonly AuditEvent[] | undefined): CriterionRow {
  const row = {
    criterion: 'CC7.2',
    title: 'Monitoring of system components',
    files: [BundleFile.auditLog, BundleFile.manifest],
  };
  const failed = record.outcome.result === 'failed';
  if (!events) {
    return {
      ...row,
      status: 'met',
      evidence: `This execution is logged start to ${failed ? 'failure' : 'finish'} in the bundle's hash-chained audit log, with timestamps and actors.`,
    };
  }
  const started = events.some((event) => event.type === 'scan.started');
  const ended = events.find((event) => event.type === 'scan.completed' || event.type === 'scan.failed');
  if (!started || !ended) {
    const missing = [started ? null : 'scan.started', ended ? null : 'scan.completed or scan.failed'];
    return {
      ...row,
      status: 'attention',
      evidence: `The audit log has ${events.length} event(s) but no ${missing.filter(Boolean).join(' and no ')}, so this execution is not logged start to end.`,
    };
  }
  const head = events.at(-1)?.hash.slice(0, 12) ?? '';
  return {
    ...row,
    status: 'met',
    evidence:
      `${events.length} audit event(s) from scan.started to ${ended.type}, each with a UTC timestamp and actor and hash-chained to the one before (head ${head}…)` +
      (ended.type === 'scan.failed' ? '; the failure itself is logged.' : '.'),
  };
}

function ticketNote(events: readonly AuditEvent[] | undefined): string {
  const count = (type: string) => (events ?? []).filter((event) => event.type === type).length;
  const created = count('ticket.created');
  const updated = count('ticket.updated');
  const closed = count('ticket.closed');
  const failed = count('ticket.failed');
  if (created + updated + closed + failed === 0) return 'no remediation ticket was recorded in this run';
  return `remediation tickets: ${created} created, ${updated} update(s), ${closed} closed${failed > 0 ? `, ${failed} operation(s) failed` : ''}`;
}

function cc81(record: RunRecord, events?: readonly AuditEvent[]): CriterionRow {
  const row = {
    criterion: 'CC8.1',
    title: 'Change management',
    files: [BundleFile.scanRecord, BundleFile.auditLog],
  };
  const { outcome } = record;
  if (outcome.result === 'overridden') {
    return {
      ...row,
      status: 'attention',
      evidence: `The gate blocked on ${outcome.countsByDecision.overridden} finding(s) and ${overriders(record)} overrode it; the override is recorded with who, when and why; ${ticketNote(events)}.`,
    };
  }
  if (outcome.blockingCount > 0) {
    return {
      ...row,
      status: 'attention',
      evidence: `The change was blocked by ${outcome.blockingCount} finding(s); no override was recorded; ${ticketNote(events)}.`,
    };
  }
  return outcome.result === 'failed'
    ? {
        ...row,
        status: 'attention',
        evidence: 'The gate did not pass the change because the scan did not complete.',
      }
    : { ...row, status: 'met', evidence: 'The change passed the gate; no override was needed.' };
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
