import type { TimeBudget } from './time-budget.js';

export interface RateWindow {
  limit: number;
  windowMs: number;
}

/** GitHub's secondary limits for content-creating requests: about 80 a minute and 500 an hour. */
export const GITHUB_CONTENT_LIMITS: readonly RateWindow[] = [
  { limit: 80, windowMs: 60_000 },
  { limit: 500, windowMs: 3_600_000 },
];

/**
 * Paces requests that create content. A sliding window (rather than a refilling token bucket, which lets a
 * full bucket plus its refill through inside one window) guarantees no window ever holds more than its
 * limit. Time comes from the run's TimeBudget, so a test's clock drives it.
 */
export class ContentRateLimiter {
  private readonly sent: number[] = [];

  constructor(
    private readonly budget: TimeBudget,
    private readonly windows: readonly RateWindow[] = GITHUB_CONTENT_LIMITS,
  ) {}

  /** Waits for a free slot; answers false when none frees up within the time budget. */
  async acquire(): Promise<boolean> {
    for (;;) {
      const now = this.budget.now();
      const waitMs = Math.max(0, ...this.windows.map((window) => this.waitFor(window, now)));
      if (waitMs === 0) {
        this.sent.push(now);
        const longest = Math.max(...this.windows.map((window) => window.windowMs));
        while (this.sent.length > 0 && this.sent[0] <= now - longest) this.sent.shift();
        return true;
      }
      if (!(await this.budget.wait(waitMs))) return false;
    }
  }

  private waitFor({ limit, windowMs }: RateWindow, now: number): number {
    const inWindow = this.sent.filter((at) => at > now - windowMs);
    if (inWindow.length < limit) return 0;
    // The slot frees when the oldest request that keeps the window full leaves it.
    return inWindow[inWindow.length - limit] + windowMs - now;
  }
}
