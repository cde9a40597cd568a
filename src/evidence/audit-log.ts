import { createHash } from 'node:crypto';
import type { Actor, AuditEvent, AuditEventType, RunRef } from '../model/index.js';
import { canonicalJson } from './canonical-json.js';

/** SHA-256 of the canonical JSON of an event without its `hash` field. */
export function hashAuditEvent(event: Omit<AuditEvent, 'hash'> | AuditEvent): string {
  const { hash: _hash, ...unhashed } = event as AuditEvent;
  return createHash('sha256').update(canonicalJson(unhashed)).digest('hex');
}

export interface AuditLogOptions {
  run: RunRef;
  /** The last hash of the previous run's log, when known, so runs chain together. */
  previousHash?: string | null;
  clock?: () => Date;
}

/** An append-only, hash-chained log of what happened in one run. */
export class AuditLog {
  private readonly entries: AuditEvent[] = [];
  private readonly run: RunRef;
  private readonly clock: () => Date;
  private lastHash: string | null;

  constructor(options: AuditLogOptions) {
    this.run = options.run;
    this.clock = options.clock ?? (() => new Date());
    this.lastHash = options.previousHash ?? null;
  }

  record(
    type: AuditEventType,
    actor: Actor,
    subject: string,
    data: Record<string, unknown> = {},
  ): AuditEvent {
    const unhashed: Omit<AuditEvent, 'hash'> = {
      seq: this.entries.length,
      ts: this.clock().toISOString(),
      type,
      actor: { ...actor },
      run: { ...this.run },
      subject,
      data: JSON.parse(JSON.stringify(data)) as Record<string, unknown>,
      prev: this.lastHash,
    };
    const event: AuditEvent = { ...unhashed, hash: hashAuditEvent(unhashed) };
    this.entries.push(event);
    this.lastHash = event.hash;
    return event;
  }

  get events(): readonly AuditEvent[] {
    return this.entries;
  }

  get head(): string | null {
    return this.entries.length > 0 ? this.lastHash : null;
  }
}

/** One event per line, canonical JSON, so each line's hash can be recomputed from its own text. */
export function serialiseAuditLog(events: readonly AuditEvent[]): string {
  return events.map((event) => `${canonicalJson(event)}\n`).join('');
}
