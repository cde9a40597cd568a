import type { Actor, Severity } from '../../model/index.js';
import type { TicketDocument } from './document/ticket-document.js';

/** A ticket as a sink reports it. */
export interface TicketRef {
  /** Jira issue key (`SEC-12`) or `owner/repo#12`. */
  key: string;
  url: string;
  /** fingerprintId()s of the findings the ticket tracks (one, or several for a grouped ticket). */
  fingerprintIds: string[];
  /** False once the ticket is in a done status category (Jira) or closed (GitHub). */
  open: boolean;
}

export interface TicketDraft {
  title: string;
  body: TicketDocument;
  /** Full fingerprints; the sink stores what it needs to find the ticket again. */
  fingerprints: string[];
  severity: Severity;
  /** YYYY-MM-DD, or null when the policy sets no SLA for the severity. */
  dueDate: string | null;
  assignee: string | null;
}

/** A status or assignee change read back from the ticket's own history. */
export interface TrailEntry {
  /** The sink's id for the change (changelog id, event id), so repeated reads can be told apart. */
  id: string;
  field: 'status' | 'assignee';
  from: string | null;
  to: string | null;
  /** When the change happened, ISO 8601 UTC, from the sink. */
  at: string;
  actor: Actor;
  /** The sink's own account identifiers for the actor (accountId, name, display name). */
  account: Record<string, string>;
}

/** One ticket system. Every method may throw TicketHttpError; the sync records it as ticket.failed. */
export interface TicketSink {
  readonly name: 'jira' | 'github';
  /** Things the run should tell the user that are not failures (e.g. a field the project refused). */
  readonly warnings: readonly string[];
  /** Tickets tracking any of the fingerprint ids, plus every open ticket of this tool when includeOpen. */
  findTickets(fingerprintIds: readonly string[], includeOpen: boolean): Promise<TicketRef[]>;
  create(draft: TicketDraft): Promise<TicketRef>;
  comment(ticket: TicketRef, body: TicketDocument): Promise<void>;
  /** The text of the ticket's comments, to avoid writing the same note twice. */
  commentTexts(ticket: TicketRef): Promise<string[]>;
  close(ticket: TicketRef): Promise<void>;
  reopen(ticket: TicketRef): Promise<void>;
  trail(ticket: TicketRef): Promise<TrailEntry[]>;
}
