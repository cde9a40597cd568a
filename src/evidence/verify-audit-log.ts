import { AUDIT_EVENT_TYPES, type AuditEvent, type RunRef } from '../model/index.js';
import { hashAuditEvent } from './audit-log.js';
import { BundleFile } from './bundle-files.js';

const ISO_UTC_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const EVENT_TYPES: ReadonlySet<string> = new Set(AUDIT_EVENT_TYPES);

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function checkFields(event: AuditEvent, label: string, run: RunRef | null, problems: string[]): void {
  if (typeof event.ts !== 'string' || !ISO_UTC_MS.test(event.ts) || Number.isNaN(Date.parse(event.ts))) {
    problems.push(`${label}: ts is not an ISO-8601 UTC timestamp with milliseconds`);
  }
  if (!isObject(event.actor) || typeof event.actor.login !== 'string' || event.actor.login === '') {
    problems.push(`${label}: no actor login`);
  }
  if (typeof event.type !== 'string' || !EVENT_TYPES.has(event.type)) {
    problems.push(`${label}: unknown event type ${JSON.stringify(event.type)}`);
  }
  if (run && (!isObject(event.run) || event.run.id !== run.id || event.run.attempt !== run.attempt)) {
    problems.push(`${label}: belongs to another run than the manifest's (${run.id} attempt ${run.attempt})`);
  }
}

/**
 * Checks audit-log.jsonl line by line: each parses, `seq` runs 0..n-1, each hash recomputes from its own
 * content and each `prev` is the hash before it. The first event's `prev` points into the previous run,
 * which this bundle cannot see, so it is not checked here. Returns the events that parsed.
 */
export function verifyAuditLog(text: string, run: RunRef | null, problems: string[]): AuditEvent[] {
  const name = BundleFile.auditLog;
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const events: AuditEvent[] = [];
  let previous: AuditEvent | null = null;
  lines.forEach((line, index) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      problems.push(`${name}: line ${index + 1} is not valid JSON`);
      return;
    }
    if (!isObject(parsed)) {
      problems.push(`${name}: line ${index + 1} is not an audit event`);
      return;
    }
    const event = parsed as unknown as AuditEvent;
    const label = `${name}: event seq ${typeof event.seq === 'number' ? event.seq : `? (line ${index + 1})`}`;
    if (event.seq !== index) {
      problems.push(
        `${name}: line ${index + 1} has seq ${JSON.stringify(event.seq)}, expected ${index} (seq ${index} missing or out of order)`,
      );
    }
    if (typeof event.hash !== 'string' || hashAuditEvent(event) !== event.hash) {
      problems.push(`${label}: hash does not match its content`);
    }
    if (previous && event.prev !== previous.hash) {
      problems.push(`${label}: prev does not match the hash of seq ${previous.seq}`);
    }
    checkFields(event, label, run, problems);
    events.push(event);
    previous = event;
  });
  return events;
}
