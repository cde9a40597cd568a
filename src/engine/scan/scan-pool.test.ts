import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRules } from '../rule-files/load-rules.js';
import { isPlainData, scanInWorkers, workerCount } from './scan-pool.js';
import type { TargetOutcome } from './scan-target.js';

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

  describe('when a worker fails', () => {
    const files = Array.from({ length: 40 }, (_, i) => `f${i}.js`);
    const setup = {
      workspace: '.',
      rulesets: [],
      ruleIds: [],
      options: { maxFileBytes: 1, timeoutPerFileMs: 1, toolVersion: 't' },
    };
    const scannedHere = (file: string): Promise<TargetOutcome> =>
      new Promise((resolve) =>
        setTimeout(
          () => resolve({ kind: 'skipped', skip: { path: file, reason: 'binary', detail: 'here' } }),
          2,
        ),
      );
    const workerScript = (body: string) => {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'soc2-pool-')), 'worker.mjs');
      writeFileSync(file, `import { parentPort, workerData } from 'node:worker_threads';\n${body}\n`);
      return file;
    };

    it('scans every file on this thread when the worker cannot load the rules', async () => {
      const script = workerScript(`parentPort.postMessage({ type: 'init-failed', message: 'no rules' });`);
      const outcomes = await scanInWorkers(script, setup, files, 1, scannedHere);
      expect(outcomes.map((o) => (o?.kind === 'skipped' ? o.skip.path : undefined))).toEqual(files);
    });

    it('leaves only the file a crashed worker took without an outcome, for the caller to rescan', async () => {
      const script = workerScript(`Atomics.add(workerData.next, 0, 1);\nthrow new Error('crash');`);
      const outcomes = await scanInWorkers(script, setup, files, 1, scannedHere);
      const missing = outcomes.filter((o) => o === undefined).length;
      expect(missing).toBeLessThanOrEqual(1);
      outcomes.forEach((o, i) => {
        if (o) expect(o.kind === 'skipped' && o.skip.path).toBe(files[i]);
      });
    });
  });
});
