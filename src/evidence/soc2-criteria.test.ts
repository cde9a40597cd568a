import { AuditLog } from './audit-log.js';
import type { RunRecord } from './run-record.js';
import { soc2Criteria, type CriterionRow } from './soc2-criteria.js';
import { makeRunRecord } from './test-support/run-record-fixture.js';
import { SYSTEM_ACTOR, type AuditEventType } from '../model/index.js';

function byCriterion(rows: CriterionRow[]): Record<string, CriterionRow> {
  return Object.fromEntries(rows.map((row) => [row.criterion, row]));
}

function statuses(record: RunRecord, events?: AuditEventType[]): Record<string, string> {
  const log = new AuditLog({ run: { id: '99', attempt: 1 } });
  for (const type of events ?? []) log.record(type, SYSTEM_ACTOR, 'acme/shop');
  const rows = soc2Criteria(record, events ? log.events : undefined);
  return Object.fromEntries(rows.map((row) => [row.criterion, row.status]));
}

describe('soc2Criteria', () => {
  it('names the eight criteria, vendor risk as CC9.2, each with evidence files and one sentence', () => {
    const rows = soc2Criteria(makeRunRecord());
    expect(rows.map((row) => row.criterion)).toEqual([
      'CC6.1',
      'CC6.6',
      'CC6.8',
      'CC7.1',
      'CC7.2',
      'CC7.3',
      'CC8.1',
      'CC9.2',
    ]);
    for (const row of rows) {
      expect(row.evidence).not.toMatch(/complian/i);
      expect(row.evidence.trim()).toMatch(/[.…]$/);
      if (row.status !== 'not evidenced in this run') expect(row.files.length).toBeGreaterThan(0);
    }
  });

  it('a clean run: the gate, scanning, logging, decisions and the change are met; no dependency evidence yet', () => {
    expect(statuses(makeRunRecord({ severities: ['low'] }), ['scan.started', 'scan.completed'])).toEqual({
      'CC6.1': 'met',
      'CC6.6': 'met',
      'CC6.8': 'not evidenced in this run',
      'CC7.1': 'met',
      'CC7.2': 'met',
      'CC7.3': 'met',
      'CC8.1': 'met',
      'CC9.2': 'not evidenced in this run',
    });
  });

  it('a blocked run: the gate operated (met) but the threats and the change need attention', () => {
    const record = makeRunRecord({ severities: ['critical', 'low'] });
    expect(statuses(record)).toMatchObject({ 'CC6.1': 'met', 'CC6.6': 'attention', 'CC8.1': 'attention' });
    const rows = byCriterion(soc2Criteria(record));
    expect(rows['CC6.1'].evidence).toBe(
      'The merge gate ran with fail-on critical, high and blocked on 1 finding(s).',
    );
    expect(rows['CC8.1'].evidence).toContain(
      'no override was recorded; no remediation ticket was recorded in this run',
    );
    expect(rows['CC6.6'].evidence).toBe('1 blocking finding(s) failed the gate of this push run.');
    record.context = { ...record.context, eventName: 'pull_request', pullRequestNumber: 7 };
    expect(byCriterion(soc2Criteria(record))['CC6.6'].evidence).toBe(
      '1 blocking finding(s) failed the gate before merge of pull request #7.',
    );
  });

  it('a failed run is still evidenced in the log (CC7.2 met) while the gate and scan coverage need attention', () => {
    const record = makeRunRecord({ failed: true });
    expect(statuses(record, ['scan.started', 'scan.failed'])).toMatchObject({
      'CC6.1': 'attention',
      'CC7.1': 'attention',
      'CC7.2': 'met',
      'CC7.3': 'attention',
    });
    const log = new AuditLog({ run: { id: '99', attempt: 1 } });
    log.record('scan.started', SYSTEM_ACTOR, 'acme/shop');
    log.record('scan.failed', SYSTEM_ACTOR, 'acme/shop');
    const rows = byCriterion(soc2Criteria(record, log.events));
    expect(rows['CC7.2'].evidence).toMatch(
      /^2 audit event\(s\) from scan\.started to scan\.failed, .*the failure itself is logged\.$/,
    );
    expect(rows['CC6.1'].evidence).toContain('disk on fire');
  });

  it('CC7.2 needs attention when the log does not show the execution start to end', () => {
    expect(statuses(makeRunRecord(), ['scan.started'])['CC7.2']).toBe('attention');
    const log = new AuditLog({ run: { id: '99', attempt: 1 } });
    log.record('scan.completed', SYSTEM_ACTOR, 'acme/shop');
    expect(byCriterion(soc2Criteria(makeRunRecord(), log.events))['CC7.2'].evidence).toBe(
      'The audit log has 1 event(s) but no scan.started, so this execution is not logged start to end.',
    );
  });

  it('CC7.1 calls for attention only when code went unscanned, not for binaries or files no rule covers', () => {
    const record = makeRunRecord({ severities: [] });
    record.scope!.skipped.push({ path: 'README.md', reason: 'unsupported-language' });
    expect(statuses(record)['CC7.1']).toBe('met');
    expect(byCriterion(soc2Criteria(record))['CC7.1'].evidence).toContain('2 out of scope by design');
    record.scope!.skipped.push({ path: 'src/broken.js', reason: 'parse-error' });
    expect(statuses(record)['CC7.1']).toBe('attention');
    expect(byCriterion(soc2Criteria(record))['CC7.1'].evidence).toContain('1 file(s) could not be scanned');
  });

  it('an overridden block names who overrode it', () => {
    const record = makeRunRecord({ severities: ['high'] });
    record.outcome = {
      ...record.outcome,
      result: 'overridden',
      exitCode: 0,
      overriddenBy: [{ login: 'security-lead', id: 42, type: 'user' }],
    };
    const rows = byCriterion(soc2Criteria(record));
    expect(rows['CC8.1']).toMatchObject({ status: 'attention' });
    expect(rows['CC8.1'].evidence).toContain('security-lead overrode it');
    expect(rows['CC6.1'].evidence).toContain('overridden by security-lead');
  });
});
