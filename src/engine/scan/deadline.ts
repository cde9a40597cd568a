/**
 * A per-file time limit for synchronous matching. The scanner arms a deadline before evaluating a
 * rule on a file; the matcher calls `checkDeadline()` in its loops, which costs a counter increment
 * and, every CHECK_EVERY calls, one clock read. Past the deadline it throws DeadlineExceeded, which
 * the scanner reports as a 'timeout' problem for that rule and file. Matching is single-threaded, so
 * one module-level deadline is enough.
 */
export class DeadlineExceeded extends Error {
  constructor(readonly limitMs: number) {
    super(`exceeded the per-file time limit of ${limitMs} ms`);
  }
}

const CHECK_EVERY = 256;
let deadline = Number.POSITIVE_INFINITY;
let limit = 0;
let calls = 0;

/** Arms the deadline `ms` from now (Infinity: none) and returns how to disarm it. */
export function armDeadline(ms: number): () => void {
  limit = ms;
  deadline = Number.isFinite(ms) ? performance.now() + ms : Number.POSITIVE_INFINITY;
  calls = 0;
  return () => {
    deadline = Number.POSITIVE_INFINITY;
  };
}

/** Called by hot matching loops; throws DeadlineExceeded once the armed deadline has passed. */
export function checkDeadline(): void {
  calls += 1;
  if (calls % CHECK_EVERY === 0 && performance.now() > deadline) throw new DeadlineExceeded(limit);
}

/** Whether the armed deadline has passed (for loops that stop quietly rather than throw). */
export function deadlinePassed(): boolean {
  return performance.now() > deadline;
}
