import type { Actor } from './actor.js';

export const AUDIT_EVENT_TYPES = [
  'scan.started',
  'scan.completed',
  'scan.failed',
  'finding.opened',
  'finding.fixed',
  'finding.reopened',
  'finding.suppressed',
  'finding.excepted',
  /** An inline suppression that did not apply (no reason given), so the finding stayed. */
  'suppression.refused',
  /** A matching exception that did not apply (expired or unapproved). */
  'exception.refused',
  'policy.passed',
  'policy.blocked',
  'policy.overridden',
  /** An override attempt by someone not allowed to override (or without a reason). */
  'override.refused',
  'ticket.created',
  'ticket.updated',
  'ticket.closed',
  'ticket.failed',
  'sbom.generated',
  'evidence.uploaded',
  'evidence.attested',
] as const;
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

export interface RunRef {
  id: string;
  attempt: number;
}

export interface AuditEvent {
  seq: number;
  /** ISO 8601 UTC with milliseconds. */
  ts: string;
  type: AuditEventType;
  actor: Actor;
  run: RunRef;
  /** What the event is about: a fingerprint, a ticket key, the repository… */
  subject: string;
  data: Record<string, unknown>;
  /** Hash of the previous event, or of the previous run's last event, or null for the very first. */
  prev: string | null;
  /** SHA-256 (hex) of the canonical JSON of this event without `hash`. */
  hash: string;
}

/** Appends one event to a run's hash-chained audit log; stages that record events take this, not the log. */
export type RecordAuditEvent = (
  type: AuditEventType,
  actor: Actor,
  subject: string,
  data: Record<string, unknown>,
) => void;
