import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RulesetInfo } from '../../model/index.js';
import type { Rule } from '../rule-files/rule.js';
import type { TargetOutcome, TargetScanOptions } from './scan-target.js';

/**
 * What a worker needs to scan like the main thread: the compiled rules themselves when they are plain
 * data (structured clone copies them exactly, and saves each worker compiling every pattern again),
 * else the same rule files, checked by hash and rule ids.
 */
export interface WorkerSetup {
  workspace: string;
  rules?: Rule[];
  /** `text` for a ruleset that is not a file (`-e`); files are read again and checked by hash. */
  rulesets: (Pick<RulesetInfo, 'path' | 'sha256'> & { text?: string })[];
  ruleIds: string[];
  options: TargetScanOptions;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'init-failed'; message: string }
  | { type: 'done'; index: number; outcome: TargetOutcome };

export interface WorkerJob {
  index: number;
  file: string;
}

/** Below this many files a pool costs more to start (a bundle and WASM per worker) than it saves. */
const MIN_FILES_FOR_WORKERS = 64;
/** Files sent ahead to each worker, so it never waits for the main thread between files. */
const IN_FLIGHT_PER_WORKER = 2;

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The worker bundle scripts/build.mjs writes beside the CLI and action bundles (dist/scan-worker/).
 * From TypeScript sources (jest) there is none, and files are scanned in-process.
 */
export function scanWorkerScript(): string | undefined {
  for (const dir of [here, path.dirname(here)]) {
    const candidate = path.join(dir, 'scan-worker', 'index.js');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

const CLONED_EXACTLY = new Set<unknown>([
  Object.prototype,
  Array.prototype,
  RegExp.prototype,
  Map.prototype,
  Set.prototype,
]);

/** Whether `value` survives structured clone unchanged: no functions, no class instances (their methods would be lost). */
export function isPlainData(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value === 'function' || typeof value === 'symbol') return false;
  if (value === null || typeof value !== 'object') return true;
  if (seen.has(value)) return true;
  seen.add(value);
  if (!CLONED_EXACTLY.has(Object.getPrototypeOf(value))) return false;
  if (value instanceof Map) return [...value].every(([k, v]) => isPlainData(k, seen) && isPlainData(v, seen));
  if (value instanceof Set) return [...value].every((v) => isPlainData(v, seen));
  if (value instanceof RegExp) return true;
  return Object.values(value).every((v) => isPlainData(v, seen));
}

/**
 * Worker threads for `files` files: one per core beside the one this thread scans on, none for small
 * scans; SOC2_SCAN_WORKERS overrides (0: in-process only).
 */
export function workerCount(files: number): number {
  const configured = process.env.SOC2_SCAN_WORKERS;
  if (configured !== undefined && /^\d+$/.test(configured.trim())) return Math.min(Number(configured), files);
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  const cores = os.availableParallelism();
  return cores < 2 ? 0 : cores - 1;
}

/**
 * Scans `files` in `count` worker threads and, when `scanHere` is given, on this thread too: both take
 * the next file from one queue, so the thread that already loaded the rules and grammars does a
 * share of the work while the workers start, and one core needs no isolate of its own. Outcomes are
 * returned by file index, so the caller merges them in the same order as a sequential scan. A file
 * left without an outcome (a worker could not load the rules, or died) is undefined: the caller scans
 * it in-process.
 */
export async function scanInWorkers(
  script: string,
  setup: WorkerSetup,
  files: readonly string[],
  count: number,
  scanHere?: (file: string) => Promise<TargetOutcome>,
): Promise<(TargetOutcome | undefined)[]> {
  const outcomes: (TargetOutcome | undefined)[] = new Array(files.length).fill(undefined);
  let next = 0;
  const runHere = async (scan: (file: string) => Promise<TargetOutcome>) => {
    while (next < files.length) {
      const index = next;
      next += 1;
      outcomes[index] = await scan(files[index]);
      // Between files, let the workers' replies in: they wait for their next file from this thread.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(script, { workerData: setup });
      const pending = new Set<number>();
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        void worker.terminate();
        resolve();
      };
      const feed = () => {
        while (pending.size < IN_FLIGHT_PER_WORKER && next < files.length) {
          const job: WorkerJob = { index: next, file: files[next] };
          next += 1;
          pending.add(job.index);
          worker.postMessage(job);
        }
        if (pending.size === 0) finish();
      };
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') feed();
        else if (reply.type === 'init-failed') finish();
        else {
          outcomes[reply.index] = reply.outcome;
          pending.delete(reply.index);
          feed();
        }
      });
      // A worker that fails leaves its files without an outcome; the caller rescans them in-process.
      worker.on('error', finish);
      worker.on('exit', finish);
    });
  await Promise.all([...Array.from({ length: count }, runWorker), ...(scanHere ? [runHere(scanHere)] : [])]);
  return outcomes;
}
