import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRules } from '../rule-files/load-rules.js';
import { isPlainData, workerCount } from './scan-pool.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('scan worker pool', () => {
  it('hands workers the compiled rules: the bundled pack is plain data that structured clone copies exactly', async () => {
    const loaded = await loadRules([path.resolve(here, '..', '..', 'rules')]);
    expect(loaded.rules.length).toBeGreaterThan(20);
    expect(isPlainData(loaded.rules)).toBe(true);
    expect(structuredClone(loaded.rules)).toEqual(loaded.rules);
  });

  it('does not clone what would lose its behaviour (functions, class instances)', () => {
    class Matcher {
      match(): boolean {
        return true;
      }
    }
    expect(isPlainData({ a: [1, /x/g, new Map([['k', { b: 'c' }]])] })).toBe(true);
    expect(isPlainData({ a: () => 1 })).toBe(false);
    expect(isPlainData([{ matcher: new Matcher() }])).toBe(false);
  });

  it('uses no workers for a small scan, and SOC2_SCAN_WORKERS=0 keeps every scan in-process', () => {
    expect(workerCount(3)).toBe(0);
    const saved = process.env.SOC2_SCAN_WORKERS;
    try {
      process.env.SOC2_SCAN_WORKERS = '0';
      expect(workerCount(10_000)).toBe(0);
      process.env.SOC2_SCAN_WORKERS = '2';
      expect(workerCount(10_000)).toBe(2);
    } finally {
      if (saved === undefined) delete process.env.SOC2_SCAN_WORKERS;
      else process.env.SOC2_SCAN_WORKERS = saved;
    }
  });
});
