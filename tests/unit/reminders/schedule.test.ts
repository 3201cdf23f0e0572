import fc from 'fast-check';
import { nextLocalMidnight } from '@/lib/reminders/schedule';
import { localTime } from '@/lib/worktime';

describe('nextLocalMidnight', () => {
  test('Halifax, on ordinary days and across both daylight-saving changes', () => {
    // Tuesday 24 November 2026, 10:00 AST -> Wednesday 00:00 AST = 04:00 UTC.
    expect(nextLocalMidnight(Date.UTC(2026, 10, 24, 14, 0), 'America/Halifax')).toBe(Date.UTC(2026, 10, 25, 4, 0));
    // Saturday 7 March 2026 (clocks go forward on the 8th at 02:00): midnight is still AST.
    expect(nextLocalMidnight(Date.UTC(2026, 2, 7, 15, 0), 'America/Halifax')).toBe(Date.UTC(2026, 2, 8, 4, 0));
    // Sunday 8 March 2026 after the change: next midnight is ADT (UTC-3).
    expect(nextLocalMidnight(Date.UTC(2026, 2, 8, 15, 0), 'America/Halifax')).toBe(Date.UTC(2026, 2, 9, 3, 0));
    // Sunday 1 November 2026, clocks went back at 02:00: 00:00 AST on the 2nd.
    expect(nextLocalMidnight(Date.UTC(2026, 10, 1, 3, 30), 'America/Halifax')).toBe(Date.UTC(2026, 10, 2, 4, 0));
  });

  test('exactly at midnight, the next one is a day later', () => {
    expect(nextLocalMidnight(Date.UTC(2026, 10, 25, 4, 0), 'America/Halifax')).toBe(Date.UTC(2026, 10, 26, 4, 0));
  });

  test('an unknown zone falls back to UTC midnight', () => {
    expect(nextLocalMidnight(Date.UTC(2026, 10, 24, 14, 0), 'Nowhere/Else')).toBe(Date.UTC(2026, 10, 25));
  });

  test('property: always later, within 25 hours, and at local 00:00', () => {
    const zones = ['America/Halifax', 'America/St_Johns', 'Europe/London', 'Australia/Lord_Howe', 'UTC'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        (now, zone) => {
          const t = nextLocalMidnight(now, zone);
          expect(t).toBeGreaterThan(now);
          expect(t - now).toBeLessThanOrEqual(25 * 3_600_000);
          expect(localTime(new Date(t), zone).minutes).toBe(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
