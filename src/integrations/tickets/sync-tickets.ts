import type { TicketSettings } from '../../config/ticket-inputs.js';
import {
  SYSTEM_ACTOR,
  type AuditEventType,
  type RecordAuditEvent,
  type Decision,
  type RunContext,
  type Severity,
} from '../../model/index.js';
import { plainText } from './document/ticket-document.js';
import { TicketHttpError, scrubSecrets } from './http/ticket-http.js';
import { TimeBudget } from './http/time-budget.js';
import { createTicketSink, ticketSecrets } from './create-ticket-sink.js';
import {
  buildDraft,
  decisionComment,
  decisionNoteMarker,
  fixedComment,
  reopenedComment,
  type RunLinks,
} from './ticket-content.js';
import { fingerprintId } from './ticket-identity.js';
import { isTicketable, planTickets } from './ticket-plan.js';
import type { TicketRef, TicketSink } from './ticket-sink.js';

export type { RecordAuditEvent } from '../../model/index.js';

export interface TicketSyncInput {
  settings: TicketSettings;
  /** Every finding of this run with its action and lifecycle. */
  decisions: readonly Decision[];
  /** True only when this run saw the whole repository on the default branch and completed: only then may missing fingerprints close tickets. */
  authoritative: boolean;
  context: RunContext;
  evidence: { artifactName: string; runUrl: string };
  /** Days to fix per severity, from the policy file. */
  slaDays: Partial<Record<Severity, number>>;
  /** Appends to the run's hash-chained audit log. */
  record: RecordAuditEvent;
  clock?: () => Date;
  /** How retries and pacing wait; tests pass one that advances their clock instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
}

export interface TicketSyncResult {
  created: number;
  updated: number;
  closed: number;
  reopened: number;
  failed: number;
  /** True only when `ticket-failure: block` and some ticket operation failed. */
  blocking: boolean;
  warnings: string[];
}

const NOTED_ACTIONS = new Set(['suppressed', 'excepted', 'overridden']);

/**
 * Brings the ticket system in line with this run: a ticket per new blocking finding (grouped when there
 * are too many), reopened when a fixed finding comes back, closed when an authoritative run no longer sees
 * it, a note when a finding is excepted; then reads each touched ticket's history back into the audit log.
 * Never throws: every failed operation is a `ticket.failed` event.
 */
export async function syncTickets(input: TicketSyncInput): Promise<TicketSyncResult> {
  const sync = new TicketSync(input);
  await sync.run();
  return sync.result();
}

class TicketSync {
  private readonly sink: TicketSink;
  private readonly links: RunLinks;
  private readonly secrets: string[];
  private readonly touched = new Map<string, TicketRef>();
  private readonly counts = { created: 0, updated: 0, closed: 0, reopened: 0, failed: 0 };
  private readonly warnings: string[] = [];

  constructor(private readonly input: TicketSyncInput) {
    const budget = new TimeBudget(input.settings.timeoutMs, input.clock, input.sleep);
    this.sink = createTicketSink(input.settings, input.context.repository, budget);
    this.links = { context: input.context, evidence: input.evidence };
    this.secrets = ticketSecrets(input.settings);
  }

  result(): TicketSyncResult {
    const warnings = [...this.warnings, ...this.sink.warnings].map((text) =>
      scrubSecrets(text, this.secrets),
    );
    return {
      ...this.counts,
      blocking: this.input.settings.failure === 'block' && this.counts.failed > 0,
      warnings,
    };
  }

  async run(): Promise<void> {
    const { decisions, settings, authoritative } = this.input;
    const ticketable = decisions.filter((decision) => isTicketable(decision, settings.on));
    const noted = decisions.filter((decision) => NOTED_ACTIONS.has(decision.action));
    const lookup = [
      ...new Set([...ticketable, ...noted].map((decision) => fingerprintId(decision.finding.fingerprint))),
    ];
    if (lookup.length === 0 && !authoritative) return;

    // Without the lookup nothing else is safe: creating blind would duplicate tickets.
    const tickets = await this.attempt('search', this.input.context.repository, () =>
      this.sink.findTickets(lookup, authoritative),
    );
    if (!tickets) return;
    const byId = indexByFingerprint(tickets);

    const pending: Decision[] = [];
    const toReopen = new Map<string, { ticket: TicketRef; decisions: Decision[] }>();
    for (const decision of ticketable) {
      const ticket = byId.get(fingerprintId(decision.finding.fingerprint));
      if (!ticket) pending.push(decision);
      else {
        this.touched.set(ticket.key, ticket);
        if (!ticket.open) {
          const entry = toReopen.get(ticket.key) ?? { ticket, decisions: [] };
          entry.decisions.push(decision);
          toReopen.set(ticket.key, entry);
        }
      }
    }
    for (const { ticket, decisions: back } of toReopen.values()) await this.reopen(ticket, back);
    await this.createTickets(pending);
    for (const decision of noted) {
      const ticket = byId.get(fingerprintId(decision.finding.fingerprint));
      if (ticket) await this.note(ticket, decision);
    }
    if (authoritative) await this.closeFixed(tickets);
    for (const ticket of this.touched.values()) await this.readTrail(ticket);
  }

  private async reopen(ticket: TicketRef, decisions: Decision[]): Promise<void> {
    const done = await this.attempt('reopen', ticket.key, async () => {
      await this.sink.reopen(ticket);
      return true;
    });
    if (!done) return;
    ticket.open = true;
    this.counts.reopened += 1;
    this.recordOwn('ticket.updated', ticket, {
      change: 'reopened',
      fingerprints: decisions.map((decision) => decision.finding.fingerprint),
    });
    await this.attempt('comment', ticket.key, async () => {
      await this.sink.comment(ticket, reopenedComment(this.links, decisions));
      return true;
    });
  }

  private async createTickets(pending: Decision[]): Promise<void> {
    const { settings } = this.input;
    const plan = planTickets(pending, settings.limit, settings.groupBy);
    if (plan.groupedBy) {
      this.warnings.push(
        `${pending.length} findings would open more than ticket-limit ${settings.limit} tickets; grouped them per ${plan.groupedBy === 'rule' ? 'rule' : 'rule and file'} into ${plan.groups.length} tickets.`,
      );
    }
    if (plan.deferred.length > 0) {
      this.warnings.push(
        `${plan.deferred.length} findings got no ticket in this run: even grouped they exceed ticket-limit ${settings.limit}.`,
      );
    }
    const today = (this.input.clock ?? (() => new Date()))();
    for (const group of plan.groups) {
      const draft = buildDraft(group, this.links, {
        slaDays: this.input.slaDays,
        today,
        assignees: settings.assignees,
      });
      const ticket = await this.attempt('create', draft.fingerprints[0], () => this.sink.create(draft), {
        fingerprints: draft.fingerprints,
      });
      if (!ticket) continue;
      this.counts.created += 1;
      this.touched.set(ticket.key, ticket);
      this.recordOwn('ticket.created', ticket, {
        fingerprints: draft.fingerprints,
        ruleId: group[0].finding.ruleId,
        severity: draft.severity,
        dueDate: draft.dueDate,
        assignee: draft.assignee,
        title: draft.title,
        grouped: draft.fingerprints.length > 1,
      });
    }
  }

  /** Who excepted, suppressed or overrode the finding and why, written once per decision. */
  private async note(ticket: TicketRef, decision: Decision): Promise<void> {
    const marker = normaliseMarker(decisionNoteMarker(decision));
    const texts = await this.attempt('read-comments', ticket.key, () => this.sink.commentTexts(ticket));
    if (!texts || texts.some((text) => normaliseMarker(text).includes(marker))) return;
    const comment = decisionComment(this.links, decision);
    const done = await this.attempt('comment', ticket.key, async () => {
      await this.sink.comment(ticket, comment);
      return true;
    });
    if (!done) return;
    this.counts.updated += 1;
    this.touched.set(ticket.key, ticket);
    this.recordOwn('ticket.updated', ticket, {
      change: 'comment',
      decision: decision.action,
      by: decision.by,
      reason: decision.reason,
      fingerprint: decision.finding.fingerprint,
      comment: plainText(comment),
    });
  }

  /** Open tickets none of whose findings this authoritative run saw: fixed. */
  private async closeFixed(tickets: readonly TicketRef[]): Promise<void> {
    const present = new Set(
      this.input.decisions.map((decision) => fingerprintId(decision.finding.fingerprint)),
    );
    for (const ticket of tickets) {
      if (!ticket.open || ticket.fingerprintIds.length === 0) continue;
      if (ticket.fingerprintIds.some((id) => present.has(id))) continue;
      const commented = await this.attempt('comment', ticket.key, async () => {
        await this.sink.comment(ticket, fixedComment(this.links));
        return true;
      });
      if (!commented) continue;
      const closed = await this.attempt('close', ticket.key, async () => {
        await this.sink.close(ticket);
        return true;
      });
      if (!closed) continue;
      ticket.open = false;
      this.counts.closed += 1;
      this.touched.set(ticket.key, ticket);
      this.recordOwn('ticket.closed', ticket, {
        reason: 'no longer detected',
        fingerprintIds: ticket.fingerprintIds,
      });
    }
  }

  /** The ticket's own history (status and assignee changes, by whom, when) copied into the evidence. */
  private async readTrail(ticket: TicketRef): Promise<void> {
    const entries = await this.attempt('read-trail', ticket.key, () => this.sink.trail(ticket));
    for (const entry of entries ?? []) {
      this.input.record('ticket.updated', entry.actor, ticket.key, {
        sink: this.sink.name,
        key: ticket.key,
        url: ticket.url,
        change: 'history',
        changeId: entry.id,
        field: entry.field,
        from: entry.from,
        to: entry.to,
        at: entry.at,
        account: entry.account,
      });
    }
  }

  private recordOwn(type: AuditEventType, ticket: TicketRef, data: Record<string, unknown>): void {
    this.input.record(type, SYSTEM_ACTOR, ticket.key, {
      sink: this.sink.name,
      key: ticket.key,
      url: ticket.url,
      sha: this.input.context.sha,
      runUrl: this.input.evidence.runUrl,
      ...data,
    });
  }

  /** Runs one ticket operation; a failure becomes a `ticket.failed` event and a warning, never a throw. */
  private async attempt<T>(
    operation: string,
    subject: string,
    action: () => Promise<T>,
    extra: Record<string, unknown> = {},
  ): Promise<T | undefined> {
    try {
      return await action();
    } catch (error) {
      const message = scrubSecrets(error instanceof Error ? error.message : String(error), this.secrets);
      const status = error instanceof TicketHttpError ? error.status : null;
      this.counts.failed += 1;
      this.input.record('ticket.failed', SYSTEM_ACTOR, subject, {
        sink: this.sink.name,
        operation,
        status,
        message,
        ...extra,
      });
      this.warnings.push(`Ticket ${operation} for ${subject} failed: ${message}`);
      return undefined;
    }
  }
}

/** Open tickets win over closed ones when a fingerprint somehow has both (e.g. a ticket re-filed by hand). */
function indexByFingerprint(tickets: readonly TicketRef[]): Map<string, TicketRef> {
  const byId = new Map<string, TicketRef>();
  for (const ticket of tickets) {
    for (const id of ticket.fingerprintIds) {
      const known = byId.get(id);
      if (!known || (!known.open && ticket.open)) byId.set(id, ticket);
    }
  }
  return byId;
}

/** Renderers escape punctuation differently (wiki `\_`, Markdown `\*`); compare without the escapes. */
function normaliseMarker(text: string): string {
  return text.replace(/\\/g, '').replace(/\u200b/g, '');
}
