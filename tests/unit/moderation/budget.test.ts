import { describe, expect, test } from 'vitest';
import { Budget } from '../../../lib/moderation/budget';

/** A clock the test moves by hand. */
function clock(start = 1_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

const OPTS = { share: 0.01, maxMs: 8, startMs: 4 };

describe('main-thread budget', () => {
  test('starts with what it is given and refills at its share of the time, up to its most', () => {
    const c = clock();
    const b = new Budget(c.now, OPTS);
    expect(b.available()).toBe(4);
    c.advance(100); // 1% of 100 ms
    expect(b.available()).toBeCloseTo(5, 9);
    c.advance(100_000);
    expect(b.available()).toBe(8);
  });

  test('work is timed and paid for, also when it throws', () => {
    const c = clock();
    const b = new Budget(c.now, OPTS);
    expect(b.paid(() => (c.advance(3), 'done'))).toBe('done');
    expect(b.available()).toBeCloseTo(4 - 3 + 3 * 0.01, 9);
    expect(() =>
      b.paid(() => {
        c.advance(5);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    // Overran: the budget is in debt until the time refills it.
    expect(b.available()).toBeLessThan(0);
  });

  test('says how long until it holds an amount: at once when it does, else at its share of the time', () => {
    const c = clock();
    const b = new Budget(c.now, OPTS);
    expect(b.waitFor(4)).toBe(0);
    b.paid(() => c.advance(4));
    // About 0.04 ms back from the 4 ms of work; 2 ms more take (2 - 0.04) / 0.01 ms.
    expect(b.waitFor(2)).toBeCloseTo((2 - 0.04) / 0.01, 6);
    c.advance(196);
    expect(b.waitFor(2)).toBeCloseTo(0, 6);
  });

  test('work under way is owed already: asked from inside it, the wait counts its time so far', () => {
    const c = clock();
    const b = new Budget(c.now, OPTS);
    let inside = -1;
    b.paid(() => {
      c.advance(3);
      inside = b.waitFor(4);
    });
    // 4 ms held (plus 0.03 refilled), 3 ms owed: 3 - 0.03 ms to wait for at 1%.
    expect(inside).toBeCloseTo((3 - 0.03) / 0.01, 6);
    // Paid in the end, the same wait from outside.
    expect(b.waitFor(4)).toBeCloseTo(inside, 6);
  });

  test('spends at most its share over a long run, however much work is offered', () => {
    const c = clock();
    const b = new Budget(c.now, OPTS);
    let worked = 0;
    for (let i = 0; i < 1_000; i++) {
      c.advance(b.waitFor(2));
      const slice = Math.min(2, b.available());
      b.paid(() => c.advance(slice));
      worked += slice;
    }
    const elapsed = c.now() - 1_000;
    expect(worked).toBeLessThanOrEqual(OPTS.startMs + OPTS.share * elapsed + 1e-6);
    expect(worked).toBeGreaterThan(0.9 * OPTS.share * elapsed);
  });
});
