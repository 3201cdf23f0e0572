import { lastDays, summarize } from '@/lib/log/dashboard';
import { row } from './helpers';

describe('lastDays', () => {
  test('28 days ending today, across a month and a year', () => {
    const days = lastDays('2027-01-03', 28);
    expect(days).toHaveLength(28);
    expect(days[0]).toBe('2026-12-07');
    expect(days.at(-1)).toBe('2027-01-03');
    expect(lastDays('2028-03-01', 2)).toEqual(['2028-02-29', '2028-03-01']);
    expect(lastDays('not a day', 3)).toEqual([]);
  });
});

describe('summarize', () => {
  const today = '2026-11-24';
  const activity = (day: string, seconds: number, workTime: boolean, account: 'personal' | 'official' = 'personal') =>
    row({ day, action: 'activity', rules: [], severities: [], seconds, workTime, account });

  test('minutes of personal use per day, in and out of work hours; official use is not counted', () => {
    const data = summarize(
      [
        activity(today, 60, true),
        activity(today, 90, true),
        activity(today, 600, false),
        activity(today, 600, true, 'official'),
        activity('2026-11-20', 1200, true),
        activity('2026-10-01', 6000, true), // outside the four weeks
      ],
      today,
    );
    expect(data.days).toHaveLength(28);
    expect(data.from).toBe('2026-10-28');
    expect(data.to).toBe(today);
    expect(data.days.at(-1)).toEqual({ day: today, workMinutes: 2.5, otherMinutes: 10 });
    expect(data.days.find((d) => d.day === '2026-11-20')?.workMinutes).toBe(20);
    expect(data.days.reduce((n, d) => n + d.workMinutes, 0)).toBe(22.5);
    expect(data.events).toBe(5);
  });

  test('guidance by rule, most frequent first, and what happened after', () => {
    const data = summarize(
      [
        row({ rules: ['partisan', 'disclaimer'], severities: ['high', 'info'] }),
        row({ rules: ['partisan'] }),
        row({ rules: ['personal-info', 'personal-info'] }), // one guidance, counted once per rule
        row({ action: 'fix-applied', rules: ['disclaimer'] }),
        row({ action: 'review-edited', rules: ['partisan'] }),
        row({ action: 'review-posted-anyway', rules: ['partisan'] }),
        row({ action: 'post-made', rules: [] }),
        row({ action: 'reminder-shown', rules: [] }),
        row({ action: 'reminder-snoozed', rules: [] }),
      ],
      today,
    );
    expect(data.rules).toEqual([
      { rule: 'partisan', count: 2 },
      { rule: 'disclaimer', count: 1 },
      { rule: 'personal-info', count: 1 },
    ]);
    expect(data.outcomes).toEqual({ guidance: 3, edited: 1, fixed: 1, postedAnyway: 1, posts: 1 });
    expect(data.reminders).toEqual({ shown: 1, snoozed: 1 });
  });

  test('an empty log gives 28 empty days', () => {
    const data = summarize([], today);
    expect(data.days.every((d) => d.workMinutes === 0 && d.otherMinutes === 0)).toBe(true);
    expect(data.rules).toEqual([]);
    expect(data.generic).toEqual([]);
    expect(data.events).toBe(0);
  });

  test('pages where the generic layer took over, by site, the most recent first', () => {
    const takeover = (site: 'x' | 'youtube', day: string) =>
      row({ action: 'generic-takeover', site, day, rules: [], severities: [] });
    const data = summarize(
      [takeover('x', '2026-11-20'), takeover('youtube', '2026-11-10'), takeover('x', '2026-11-22'), row({})],
      today,
    );
    expect(data.generic).toEqual([
      { site: 'x', count: 2, last: '2026-11-22' },
      { site: 'youtube', count: 1, last: '2026-11-10' },
    ]);
    expect(data.outcomes.guidance).toBe(1); // a takeover is not guidance
  });
});

describe('moderation summary', () => {
  const today = '2026-11-24';
  const marked = (day: string, reasons: NonNullable<Parameters<typeof row>[0]>['reasons'], workTime = true) =>
    row({ day, action: 'moderation-marked', account: 'official', rules: [], severities: [], reasons, workTime });

  test('comments marked by reason (shared order) and by day, inside the period only', () => {
    const data = summarize(
      [
        marked(today, ['profanity', 'threat']),
        marked(today, ['profanity']),
        marked('2026-11-20', ['personal-info'], false),
        marked('2026-10-01', ['spam']), // outside the four weeks
        row({ day: today }),
      ],
      today,
    );
    expect(data.moderation.total).toBe(3);
    expect(data.moderation.inWorkHours).toBe(2);
    expect(data.moderation.reasons).toEqual([
      { reason: 'threat', count: 1 },
      { reason: 'personal-info', count: 1 },
      { reason: 'profanity', count: 2 },
    ]);
    expect(data.moderation.days).toHaveLength(28);
    expect(data.moderation.days.at(-1)).toEqual({ day: today, count: 2 });
    expect(data.moderation.days.find((d) => d.day === '2026-11-20')?.count).toBe(1);
    expect(data.events).toBe(4);
  });

  test('none: zero, no reasons, every day at zero', () => {
    const { moderation } = summarize([], today);
    expect(moderation.total).toBe(0);
    expect(moderation.reasons).toEqual([]);
    expect(moderation.days.every((d) => d.count === 0)).toBe(true);
  });
});
