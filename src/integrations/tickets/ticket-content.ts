import picomatch from 'picomatch';
import type { AssigneeRule } from '../../config/ticket-inputs.js';
import type { Decision, Finding, RunContext, Severity } from '../../model/index.js';
import {
  code,
  link,
  paragraph,
  text,
  type Block,
  type Inline,
  type TicketDocument,
} from './document/ticket-document.js';
import type { TicketDraft } from './ticket-sink.js';

export interface RunLinks {
  context: RunContext;
  evidence: { artifactName: string; runUrl: string };
}

/** Where a finding is, at the commit that was scanned, so the link still shows the code after it changes. */
export function findingUrl({ context }: RunLinks, finding: Finding): string {
  const { path: file, startLine, endLine } = finding.location;
  const ref = context.sha ?? context.ref ?? 'HEAD';
  const lines = endLine > startLine ? `#L${startLine}-L${endLine}` : `#L${startLine}`;
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return `${context.serverUrl}/${context.repository}/blob/${ref}/${encoded}${lines}`;
}

/** Today (UTC) plus the SLA days for the severity, as YYYY-MM-DD; null when the policy sets none. */
export function dueDate(
  severity: Severity,
  slaDays: Partial<Record<Severity, number>>,
  today: Date,
): string | null {
  const days = slaDays[severity];
  if (days === undefined || !Number.isFinite(days)) return null;
  const due = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days));
  return due.toISOString().slice(0, 10);
}

/** CODEOWNERS semantics: the last matching rule wins. */
export function assigneeFor(path: string, rules: readonly AssigneeRule[]): string | null {
  let account: string | null = null;
  for (const rule of rules) {
    const pattern = rule.pattern.replace(/^\//, '');
    const globs = pattern.endsWith('/') ? [`${pattern}**`] : [pattern, `${pattern}/**`, `**/${pattern}`];
    if (picomatch.isMatch(path, pattern.includes('/') ? globs.slice(0, 2) : globs, { dot: true })) {
      account = rule.account;
    }
  }
  return account;
}

const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

function worstSeverity(findings: readonly Finding[]): Severity {
  return findings
    .map((finding) => finding.severity)
    .sort((a, b) => SEVERITY_ORDER.indexOf(a) - SEVERITY_ORDER.indexOf(b))[0];
}

/** The rule's own guidance: its message, then metadata a rule author uses for the fix. */
function howToFix(finding: Finding): Block[] {
  const blocks: Block[] = [{ kind: 'heading', text: 'How to fix' }, paragraph(text(finding.message))];
  const metadata = finding.metadata ?? {};
  for (const key of ['fix', 'remediation', 'recommendation']) {
    const value = metadata[key];
    if (typeof value === 'string' && value.trim()) blocks.push(paragraph(text(value.trim())));
  }
  const references = [metadata.references, metadata.reference, metadata['source-rule-url']]
    .flat()
    .filter((value): value is string => typeof value === 'string' && /^https?:\/\//.test(value));
  if (references.length > 0)
    blocks.push({ kind: 'list', items: references.map((href) => [link(href, href)]) });
  return blocks;
}

function location(links: RunLinks, finding: Finding): Inline {
  return link(`${finding.location.path}:${finding.location.startLine}`, findingUrl(links, finding));
}

/** One ticket for one finding, or for several findings of one rule (grouped when a run finds many). */
export function buildDraft(
  decisions: readonly Decision[],
  links: RunLinks,
  options: { slaDays: Partial<Record<Severity, number>>; today: Date; assignees: readonly AssigneeRule[] },
): TicketDraft {
  const findings = decisions.map((decision) => decision.finding);
  const first = findings[0];
  const severity = worstSeverity(findings);
  const due = dueDate(severity, options.slaDays, options.today);
  const files = [...new Set(findings.map((finding) => finding.location.path))];
  const where = files.length === 1 ? files[0] : `${files.length} files`;
  const title =
    findings.length === 1
      ? `[soc2-scan] ${severity}: ${first.ruleId} in ${first.location.path}:${first.location.startLine}`
      : `[soc2-scan] ${severity}: ${first.ruleId} — ${findings.length} findings in ${where}`;
  const cwe = [...new Set(findings.flatMap((finding) => finding.cwe))];
  const owasp = [...new Set(findings.flatMap((finding) => finding.owasp))];

  const blocks: Block[] = [
    { kind: 'heading', text: `${first.ruleId} (${severity})` },
    paragraph(
      text(`Rule: `),
      code(first.ruleId),
      text(` · Severity: ${severity} · Category: ${first.category}`),
    ),
  ];
  if (cwe.length > 0 || owasp.length > 0) {
    blocks.push(
      paragraph(
        text(
          [cwe.length ? `CWE: ${cwe.join(', ')}` : '', owasp.length ? `OWASP: ${owasp.join(', ')}` : '']
            .filter(Boolean)
            .join(' · '),
        ),
      ),
    );
  }
  if (findings.length === 1) {
    blocks.push(
      paragraph(
        text('Location: '),
        location(links, first),
        text(` at commit ${links.context.sha ?? 'unknown'}`),
      ),
    );
    // Secrets findings carry an already-redacted snippet; nothing else from the code goes in.
    if (first.snippet) blocks.push({ kind: 'code', text: first.snippet });
  } else {
    blocks.push(paragraph(text(`${findings.length} findings at commit ${links.context.sha ?? 'unknown'}:`)));
    blocks.push({
      kind: 'list',
      items: findings.map((finding) => [
        location(links, finding),
        text(' · fingerprint '),
        code(finding.fingerprint.slice(0, 16)),
      ]),
    });
  }
  blocks.push(...howToFix(first));
  blocks.push({ kind: 'heading', text: 'Evidence' });
  blocks.push(
    paragraph(
      text(
        due
          ? `Due ${due} (SLA ${options.slaDays[severity]} days for ${severity}). `
          : 'No SLA for this severity. ',
      ),
      text('Found by '),
      link(`run ${links.context.runId} attempt ${links.context.runAttempt}`, links.evidence.runUrl),
      text('; evidence artifact '),
      code(links.evidence.artifactName),
      text('.'),
    ),
  );
  if (findings.length === 1) blocks.push(paragraph(text('Fingerprint: '), code(first.fingerprint)));

  return {
    title: title.slice(0, 250),
    body: { blocks },
    fingerprints: findings.map((finding) => finding.fingerprint),
    severity,
    dueDate: due,
    assignee: assigneeFor(first.location.path, options.assignees),
  };
}

export function fixedComment(links: RunLinks): TicketDocument {
  return {
    blocks: [
      paragraph(
        text(`soc2-scan: no longer detected at ${links.context.sha ?? 'the scanned commit'} in `),
        link(links.evidence.runUrl, links.evidence.runUrl),
        text(` (evidence artifact ${links.evidence.artifactName}). Closing as fixed.`),
      ),
    ],
  };
}

export function reopenedComment(links: RunLinks, decisions: readonly Decision[]): TicketDocument {
  return {
    blocks: [
      paragraph(
        text(`soc2-scan: detected again at ${links.context.sha ?? 'the scanned commit'} in `),
        link(links.evidence.runUrl, links.evidence.runUrl),
        text(` (evidence artifact ${links.evidence.artifactName}). Reopening.`),
      ),
      { kind: 'list', items: decisions.map((decision) => [location(links, decision.finding)]) },
    ],
  };
}

/** The marker that makes the same exception note idempotent across runs. */
export function decisionNoteMarker(decision: Decision): string {
  return `soc2-scan decision ${decision.action} by ${decision.by}`;
}

export function decisionComment(links: RunLinks, decision: Decision): TicketDocument {
  return {
    blocks: [
      paragraph(
        text(`${decisionNoteMarker(decision)}: ${decision.reason || 'no reason given'}. Finding `),
        location(links, decision.finding),
        text(' in '),
        link(links.evidence.runUrl, links.evidence.runUrl),
        text('.'),
      ),
    ],
  };
}
