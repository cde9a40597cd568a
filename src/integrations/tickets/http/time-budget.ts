/**
 * The total time every ticket request and retry of one run may take. Its clock and sleep are injected so
 * tests can run minutes of backoff without waiting for them.
 */
export class TimeBudget {
  private readonly endsAt: number;

  constructor(
    totalMs: number,
    readonly clock: () => Date = () => new Date(),
    private readonly sleeper: (ms: number) => Promise<void> = realSleep,
  ) {
    this.endsAt = clock().getTime() + totalMs;
  }

  now(): number {
    return this.clock().getTime();
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - this.now());
  }

  get exhausted(): boolean {
    return this.remainingMs() <= 0;
  }

  /** Waits `ms`, or answers false at once when the wait would not end before the budget does. */
  async wait(ms: number): Promise<boolean> {
    if (ms >= this.remainingMs()) return false;
    if (ms > 0) await this.sleeper(ms);
    return true;
  }
}

export function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
