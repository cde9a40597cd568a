import { AuditLog, hashAuditEvent } from './audit-log.js';
import { SYSTEM_ACTOR } from '../model/index.js';

describe('AuditLog', () => {
  const clock = () => new Date('2026-11-25T10:00:00.123Z');

  it('chains each event to the previous one, starting from the previous run when known', () => {
    const log = new AuditLog({ run: { id: '1', attempt: 1 }, previousHash: 'f'.repeat(64), clock });
    const first = log.record('scan.started', SYSTEM_ACTOR, 'acme/shop');
    const second = log.record('scan.completed', SYSTEM_ACTOR, 'acme/shop', { result: 'passed' });
    expect(first.prev).toBe('f'.repeat(64));
    expect(second.prev).toBe(first.hash);
    expect(log.head).toBe(second.hash);
    expect(first.ts).toBe('2026-11-25T10:00:00.123Z');
    expect([first.seq, second.seq]).toEqual([0, 1]);
  });

  it('hashes the canonical content, so any changed field changes the hash', () => {
    const log = new AuditLog({ run: { id: '1', attempt: 1 }, clock });
    const event = log.record('finding.opened', SYSTEM_ACTOR, 'fp', { b: 1, a: 2 });
    expect(hashAuditEvent(event)).toBe(event.hash);
    expect(hashAuditEvent({ ...event, data: { a: 2, b: 1 } })).toBe(event.hash);
    expect(hashAuditEvent({ ...event, subject: 'other' })).not.toBe(event.hash);
  });
});
