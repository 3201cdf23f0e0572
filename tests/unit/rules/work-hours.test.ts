/**
 * work-hours (RULES.md): personal-account writing on any surface at a time inside
 * the configured work hours: `at` converted to the work hours' time zone, from the
 * start time included to the end time excluded, on a work day that is not a
 * holiday. Defaults: Monday to Friday, 08:30-16:30, America/Halifax, Nova Scotia's
 * civil-service holidays. Personal info; never on official accounts; 0/0.
 */
import type { EvalContext, Surface } from '@/lib/types';
import {
  ctx,
  expectFires,
  expectSilent,
  official,
  personal,
  TUE_MORNING,
  settingsSuite,
  type Negative,
  type Positive,
} from './helpers';

const RULE = 'work-hours';
const at = (time: string, over: Partial<EvalContext> = {}): EvalContext => ctx(personal, { at: time, ...over });
const TEXT = 'Lunch walk along the Dartmouth waterfront.';

const positives: Positive[] = [
  { text: TEXT, ctx: at(TUE_MORNING), severity: 'info', words: 'whole' },
  { text: TEXT, ctx: at('2026-11-24T08:30:00-04:00'), severity: 'info', words: 'whole' }, // start included
  { text: TEXT, ctx: at('2026-11-24T16:29:00-04:00'), severity: 'info', words: 'whole' },
  { text: TEXT, ctx: at('2026-11-24T16:15:00Z'), severity: 'info', words: 'whole' }, // 12:15 in Halifax
  { text: TEXT, ctx: at('2026-11-24T12:45:00Z'), severity: 'info', words: 'whole' }, // 08:45 in Halifax
  { text: TEXT, ctx: at('2026-11-24T07:00:00-08:00'), severity: 'info', words: 'whole' }, // 11:00 in Halifax
  { text: TEXT, ctx: at('2026-07-15T09:00:00-03:00'), severity: 'info', words: 'whole' }, // summer time, Wednesday
  { text: TEXT, ctx: at('2026-11-27T15:00:00-04:00', { account: 'unknown' }), severity: 'info', words: 'whole' },
  {
    text: 'Petite marche le long du quai à l’heure du dîner.',
    ctx: at('2026-11-25T12:00:00-04:00'),
    severity: 'info',
    words: 'whole',
  },
  {
    text: 'Entre deux réunions, je regarde Facebook.',
    ctx: at('2026-11-26T14:00:00-04:00', { site: 'facebook' }),
    severity: 'info',
    words: 'whole',
  },
];

const surfaces: Surface[] = ['post', 'reply', 'comment', 'message', 'quote'];

const negatives: Negative[] = [
  { text: TEXT, ctx: at('2026-11-24T16:30:00-04:00') }, // end excluded
  { text: TEXT, ctx: at('2026-11-24T08:29:00-04:00') },
  { text: TEXT, ctx: at('2026-11-28T10:30:00-04:00') }, // Saturday
  { text: TEXT, ctx: at('2026-11-29T10:30:00-04:00') }, // Sunday
  { text: TEXT, ctx: at('2026-11-24T12:00:00Z') }, // 08:00 in Halifax
  { text: TEXT, ctx: at('2026-11-24T14:00:00-08:00') }, // 18:00 in Halifax
  { text: TEXT, ctx: ctx(official, { at: TUE_MORNING }) },
  { text: TEXT, ctx: ctx(personal, { at: undefined }) },
  { text: 'Le premier jour de congé!', ctx: at('2026-11-28T11:00:00-04:00') },
];

const holidays: Array<[string, string]> = [
  ["New Year's Day", '2026-01-01'],
  ['Heritage Day', '2026-02-16'],
  ['Good Friday', '2026-04-03'],
  ['Easter Monday', '2026-04-06'],
  ['Victoria Day', '2026-05-18'],
  ['Canada Day', '2026-07-01'],
  ['Natal Day', '2026-08-03'],
  ['Labour Day', '2026-09-07'],
  ['Truth and Reconciliation Day', '2026-09-30'],
  ['Thanksgiving', '2026-10-12'],
  ['Remembrance Day', '2026-11-11'],
  ['Christmas Day', '2026-12-25'],
];

describe('work-hours', () => {
  test.each(positives)('fires at $ctx.at: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(surfaces)('fires on any surface: %s', (surface) => {
    expectFires(RULE, { text: TEXT, ctx: at(TUE_MORNING, { surface }), severity: 'info', words: 'whole' });
  });

  test.each(negatives)('does not fire at $ctx.at ($ctx.account): $text', (c) => {
    expectSilent(RULE, c);
  });

  test.each(holidays)('does not fire on %s (%s)', (_name, date) => {
    const offset = date >= '2026-03-08' && date < '2026-11-01' ? '-03:00' : '-04:00';
    expectSilent(RULE, { text: TEXT, ctx: at(`${date}T10:30:00${offset}`) });
  });

  test('managers can change the hours and the time zone', () => {
    const workHours = {
      days: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '17:00',
      timeZone: 'America/Toronto',
      holidays: 'ns-civil-service' as const,
      extraHolidays: [],
    };
    // 16:45 in Toronto is 17:45 in Halifax: outside the default hours, inside these.
    const c = at('2026-11-24T16:45:00-05:00');
    expectSilent(RULE, { text: TEXT, ctx: c });
    expectFires(RULE, { text: TEXT, ctx: c, severity: 'info', words: 'whole', settings: { workHours } });
    // 08:45 in Toronto is before these hours start.
    expectSilent(RULE, { text: TEXT, ctx: at('2026-11-24T08:45:00-05:00'), settings: { workHours } });
  });

  test('a manager’s extra holiday is a day off', () => {
    const workHours = {
      days: [1, 2, 3, 4, 5],
      start: '08:30',
      end: '16:30',
      timeZone: 'America/Halifax',
      holidays: 'ns-civil-service' as const,
      extraHolidays: ['2026-11-24'],
    };
    expectSilent(RULE, { text: TEXT, ctx: at(TUE_MORNING), settings: { workHours } });
  });

  settingsSuite(RULE, { text: TEXT, ctx: at(TUE_MORNING), severity: 'info' });
});
