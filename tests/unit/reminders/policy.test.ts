import {
  decide,
  INITIAL_STATE,
  readState,
  snooze,
  type ActivityInput,
  type ReminderState,
} from '@/lib/reminders/policy';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import type { WorkHours } from '@/lib/worktime';

const HOURS: WorkHours = DEFAULT_SETTINGS.workHours;
const ON = DEFAULT_SETTINGS.reminders; // 20 minutes, one per 60 minutes
const MIN = 60_000;
/** Tuesday 24 November 2026, 10:00 in Halifax (UTC-4). */
const TUE_10 = Date.UTC(2026, 10, 24, 14, 0);

/** Feeds `n` one-minute reports from `start`; answers the decisions. */
function run(n: number, start = TUE_10, state: ReminderState = INITIAL_STATE, over: Partial<ActivityInput> = {}) {
  const decisions = [];
  for (let i = 0; i < n; i++) {
    const d = decide(state, { at: start + i * MIN, seconds: 60, account: 'personal', ...over }, ON, HOURS);
    state = d.state;
    decisions.push(d);
  }
  return { decisions, state };
}

describe('reminder decisions', () => {
  test('one reminder when personal use in work hours reaches 20 minutes', () => {
    const { decisions } = run(25);
    const shown = decisions.filter((d) => d.remind);
    expect(shown).toHaveLength(1);
    expect(decisions.findIndex((d) => d.remind)).toBe(19);
    expect(decisions[19]).toMatchObject({ why: 'threshold', minutes: 20, workTime: true, day: '2026-11-24' });
    expect(decisions[18]?.why).toBe('below-threshold');
    expect(decisions[20]?.why).toBe('capped');
  });

  test('the threshold is configurable', () => {
    let state = INITIAL_STATE;
    const at = (i: number) => TUE_10 + i * MIN;
    const five = { ...ON, afterMinutes: 5 };
    const seen = [];
    for (let i = 0; i < 6; i++) {
      const d = decide(state, { at: at(i), seconds: 60, account: 'personal' }, five, HOURS);
      state = d.state;
      seen.push(d.remind);
    }
    expect(seen).toEqual([false, false, false, false, true, false]);
  });

  test('at most one reminder per 60 minutes, then another while use goes on', () => {
    const { decisions } = run(140);
    const shownAt = decisions.flatMap((d, i) => (d.remind ? [i] : []));
    expect(shownAt).toEqual([19, 79, 139]);
  });

  test('a post in work hours reminds at once, within the cap', () => {
    const first = decide(INITIAL_STATE, { at: TUE_10, seconds: 5, account: 'personal', posted: true }, ON, HOURS);
    expect(first).toMatchObject({ remind: true, why: 'post' });
    const again = decide(
      first.state,
      { at: TUE_10 + 30 * MIN, seconds: 5, account: 'personal', posted: true },
      ON,
      HOURS,
    );
    expect(again).toMatchObject({ remind: false, why: 'capped' });
    const later = decide(
      again.state,
      { at: TUE_10 + 61 * MIN, seconds: 5, account: 'personal', posted: true },
      ON,
      HOURS,
    );
    expect(later.remind).toBe(true);
  });

  test('"Snooze for today" silences the rest of the day, not the next', () => {
    const { state } = run(5);
    const snoozed = snooze(state, TUE_10 + 5 * MIN, HOURS);
    const today = run(60, TUE_10 + 6 * MIN, snoozed);
    expect(today.decisions.some((d) => d.remind)).toBe(false);
    expect(today.decisions.at(-1)?.why).toBe('snoozed');
    const tomorrow = run(20, TUE_10 + 24 * 60 * MIN, today.state);
    expect(tomorrow.decisions.filter((d) => d.remind)).toHaveLength(1);
  });

  test('a new day starts the counter again', () => {
    const monday = run(15, TUE_10 - 24 * 60 * MIN);
    const tuesday = run(15, TUE_10, monday.state);
    expect(tuesday.decisions.some((d) => d.remind)).toBe(false);
    expect(tuesday.state.workSeconds).toBe(15 * 60);
  });

  test('none outside work hours, on weekends or on holidays, and none of it counts', () => {
    const evening = run(90, Date.UTC(2026, 10, 24, 22, 0)); // 18:00
    expect(evening.decisions.every((d) => !d.remind && d.why === 'outside-work-hours' && !d.workTime)).toBe(true);
    expect(evening.state.workSeconds).toBe(0);
    const saturday = run(90, Date.UTC(2026, 10, 28, 14, 0));
    expect(saturday.decisions.every((d) => d.why === 'outside-work-hours')).toBe(true);
    const remembrance = run(90, Date.UTC(2026, 10, 11, 14, 0)); // Wednesday 11 November
    expect(remembrance.decisions.every((d) => !d.remind && d.why === 'holiday')).toBe(true);
    expect(remembrance.state.workSeconds).toBe(0);
    const post = decide(
      INITIAL_STATE,
      { at: Date.UTC(2026, 11, 25, 15, 0), seconds: 1, account: 'personal', posted: true },
      ON,
      HOURS,
    );
    expect(post).toMatchObject({ remind: false, why: 'holiday' });
  });

  test('a day the manager adds as a holiday counts as one', () => {
    const hours = { ...HOURS, extraHolidays: ['2026-11-24'] };
    const d = decide(INITIAL_STATE, { at: TUE_10, seconds: 60, account: 'personal', posted: true }, ON, hours);
    expect(d).toMatchObject({ remind: false, why: 'holiday' });
  });

  test('none for official accounts, whose time is not counted', () => {
    const { decisions, state } = run(90, TUE_10, INITIAL_STATE, { account: 'official' });
    expect(decisions.every((d) => !d.remind && d.why === 'official' && d.workTime)).toBe(true);
    expect(state.workSeconds).toBe(0);
  });

  test('none when reminders are off (but the time still counts)', () => {
    let state = INITIAL_STATE;
    for (let i = 0; i < 30; i++) {
      const d = decide(
        state,
        { at: TUE_10 + i * MIN, seconds: 60, account: 'personal' },
        { ...ON, enabled: false },
        HOURS,
      );
      expect(d.remind).toBe(false);
      expect(d.why).toBe('off');
      state = d.state;
    }
    expect(state.workSeconds).toBe(30 * 60);
  });

  test('a report counts for at most two minutes, and nonsense for nothing', () => {
    const big = decide(INITIAL_STATE, { at: TUE_10, seconds: 100_000, account: 'personal' }, ON, HOURS);
    expect(big.state.workSeconds).toBe(120);
    const nan = decide(INITIAL_STATE, { at: TUE_10, seconds: Number.NaN, account: 'personal' }, ON, HOURS);
    expect(nan.state.workSeconds).toBe(0);
  });

  test('a stored state is read defensively', () => {
    expect(readState(undefined)).toEqual(INITIAL_STATE);
    expect(readState({ day: 'x', workSeconds: -5, lastShownAt: 'soon', snoozedDay: '2026-11-24' })).toEqual({
      ...INITIAL_STATE,
      snoozedDay: '2026-11-24',
    });
  });
});
