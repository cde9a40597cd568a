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
  /** The files of the scan, by index; every thread takes the next one from `next`. */
  files: readonly string[];
  /** One Int32 on shared memory: the index of the next file nobody has taken yet. */
  next: Int32Array;
}

export type WorkerReply =
  | { type: 'init-failed'; message: string }
  | { type: 'done'; index: number; outcome: TargetOutcome }
  | { type: 'finished' };

/** Takes the next file index for the calling thread (atomically: threads never take the same file). */
export function takeNextFile(next: Int32Array): number {
  return Atomics.add(next, 0, 1);
}

/** Below this many files a pool costs more to start (a bundle and WASM per worker) than it saves. */
const MIN_FILES_FOR_WORKERS = 64;

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
 * Scans `files` in `count` worker threads and, when `scanHere` is given, on this thread too. Each
 * thread takes the next file from a counter in shared memory, so no thread waits for another to hand
 * it work: this thread, which already loaded the rules and grammars, scans while the workers start.
 * Outcomes are returned by file index, so the caller merges them in the same order as a sequential
 * scan. A file left without an outcome (a worker could not load the rules, or died while scanning
 * it) is undefined: the caller scans it in-process.
 */
export async function scanInWorkers(
  script: string,
  setup: Omit<WorkerSetup, 'files' | 'next'>,
  files: readonly string[],
  count: number,
  scanHere?: (file: string) => Promise<TargetOutcome>,
): Promise<(TargetOutcome | undefined)[]> {
  const outcomes: (TargetOutcome | undefined)[] = new Array(files.length).fill(undefined);
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const runHere = async (scan: (file: string) => Promise<TargetOutcome>) => {
    for (let index = takeNextFile(next); index < files.length; index = takeNextFile(next)) {
      outcomes[index] = await scan(files[index]);
      // Between files, take in the workers' outcomes, so they do not pile up in the message queue.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(script, { workerData: { ...setup, files, next } satisfies WorkerSetup });
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        void worker.terminate();
        resolve();
      };
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'done') outcomes[reply.index] = reply.outcome;
        else finish();
      });
      // A worker that fails leaves the file it was scanning without an outcome; the caller rescans it in-process.
      worker.on('error', finish);
      worker.on('exit', finish);
    });
  await Promise.all([...Array.from({ length: count }, runWorker), ...(scanHere ? [runHere(scanHere)] : [])]);
  return outcomes;
}
