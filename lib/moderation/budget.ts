/**
 * A main-thread budget: the milliseconds a piece of page work may spend now. It refills at
 * `share` of the wall-clock time that passes and holds `maxMs` at most; work is timed and paid
 * from it (`paid`), so the work takes `share` of the main thread on average however much of it
 * there is. `waitFor` says how long until the budget holds a given amount, counting what the work
 * under way already owes. The clock comes in from outside, so all of it runs on a test's clock.
 */
export interface BudgetOptions {
  /** The share of wall-clock time that refills the budget (0.01 = 1%). */
  share: number;
  /** The most the budget holds. */
  maxMs: number;
  /** What it holds at the start. */
  startMs: number;
}

export class Budget {
  private credit: number;
  private at: number;
  /** When the work being paid for began (null between two). */
  private paying: number | null = null;

  constructor(
    private readonly now: () => number,
    private readonly opts: BudgetOptions,
  ) {
    this.credit = opts.startMs;
    this.at = now();
  }

  private refill(t: number): void {
    this.credit = Math.min(this.opts.maxMs, this.credit + (t - this.at) * this.opts.share);
    this.at = t;
  }

  /** What may be spent now (negative after work that overran it). */
  available(): number {
    this.refill(this.now());
    return this.credit;
  }

  /** Runs `work`, paying its time from the budget (also when it throws). */
  paid<T>(work: () => T): T {
    const t0 = (this.paying = this.now());
    try {
      return work();
    } finally {
      this.paying = null;
      const t1 = this.now();
      this.refill(t1);
      this.credit -= t1 - t0;
    }
  }

  /** Milliseconds of wall-clock time until the budget holds `ms`, the work under way paid for (0: now). */
  waitFor(ms: number): number {
    const t = this.now();
    this.refill(t);
    const owed = this.paying === null ? 0 : t - this.paying;
    return Math.max(0, (ms - this.credit + owed) / this.opts.share);
  }
}
