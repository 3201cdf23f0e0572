import fc from 'fast-check';
import Holidays from 'date-holidays'; // test-only oracle
import {
  DEFAULT_WORK_HOURS,
  easterSunday,
  isWorkTime,
  localTime,
  nsCivilServiceHolidays,
  parseHHMM,
  workTimeStatus,
  type WorkHours,
  type WorkTimeStatus,
} from '@/lib/worktime';

const DAY = 86_400_000;
/** Plain-Date helpers for the oracles, independent of the module's own day arithmetic. */
const utcDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const dateOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
const addDays = (date: string, n: number) => dateOf(utcDay(date) + n);

const dates = (year: number) => nsCivilServiceHolidays(year).map((h) => (h.observed ? `${h.date}*` : h.date));
const status = (at: Date | string, hours?: WorkHours) => {
  const s = workTimeStatus(at, hours);
  return { inside: s.inside, reason: s.reason };
};
const INVALID: WorkTimeStatus = { inside: false, reason: 'invalid' };

describe('nsCivilServiceHolidays', () => {
  test('2026, with Boxing Day (Saturday) observed on Monday', () => {
    expect(nsCivilServiceHolidays(2026).map((h) => [h.date, h.name.en, h.name.fr, h.observed ?? false])).toEqual([
      ['2026-01-01', "New Year's Day", "Jour de l'An", false],
      ['2026-02-16', 'Heritage Day', 'Jour du patrimoine', false],
      ['2026-04-03', 'Good Friday', 'Vendredi saint', false],
      ['2026-04-06', 'Easter Monday', 'lundi de Pâques', false],
      ['2026-05-18', 'Victoria Day', 'fête de la Reine', false],
      ['2026-07-01', 'Canada Day', 'fête du Canada', false],
      ['2026-08-03', 'Natal Day', 'Congé civique (Natal Day)', false],
      ['2026-09-07', 'Labour Day', 'fête du Travail', false],
      [
        '2026-09-30',
        'National Day for Truth and Reconciliation',
        'Journée nationale de la vérité et de la réconciliation',
        false,
      ],
      ['2026-10-12', 'Thanksgiving', 'Action de grâce', false],
      ['2026-11-11', 'Remembrance Day', 'jour du Souvenir', false],
      ['2026-12-25', 'Christmas Day', 'Noël', false],
      ['2026-12-26', 'Boxing Day', 'lendemain de Noël', false],
      ['2026-12-28', 'Boxing Day', 'lendemain de Noël', true],
    ]);
  });

  test.each([
    // Christmas on Saturday and Boxing Day on Sunday: observed Monday and Tuesday.
    [
      2027,
      '2027-01-01 2027-02-15 2027-03-26 2027-03-29 2027-05-24 2027-07-01 2027-08-02 2027-09-06 2027-09-30 2027-10-11 2027-11-11 2027-12-25 2027-12-26 2027-12-27* 2027-12-28*',
    ],
    // New Year, Canada Day (Saturday), Sep 30 (Saturday), Remembrance Day (Saturday) all move.
    [
      2023,
      '2023-01-01 2023-01-02* 2023-02-20 2023-04-07 2023-04-10 2023-05-22 2023-07-01 2023-07-03* 2023-08-07 2023-09-04 2023-09-30 2023-10-02* 2023-10-09 2023-11-11 2023-11-13* 2023-12-25 2023-12-26',
    ],
    // Christmas on Sunday: Monday is Boxing Day itself, so Christmas is observed Tuesday.
    [
      2022,
      '2022-01-01 2022-01-03* 2022-02-21 2022-04-15 2022-04-18 2022-05-23 2022-07-01 2022-08-01 2022-09-05 2022-09-30 2022-10-10 2022-11-11 2022-12-25 2022-12-26 2022-12-27*',
    ],
    // Before 2021 there is no Truth and Reconciliation Day.
    [
      2020,
      '2020-01-01 2020-02-17 2020-04-10 2020-04-13 2020-05-18 2020-07-01 2020-08-03 2020-09-07 2020-10-12 2020-11-11 2020-12-25 2020-12-26 2020-12-28*',
    ],
  ])('%i', (year, expected) => {
    expect(dates(year)).toEqual(expected.split(' '));
  });

  test('Victoria Day is the Monday on or before May 24', () => {
    expect(nsCivilServiceHolidays(2027).find((h) => h.name.en === 'Victoria Day')?.date).toBe('2027-05-24');
    expect(nsCivilServiceHolidays(2032).find((h) => h.name.en === 'Victoria Day')?.date).toBe('2032-05-24');
    expect(nsCivilServiceHolidays(2033).find((h) => h.name.en === 'Victoria Day')?.date).toBe('2033-05-23');
  });

  test('Truth and Reconciliation Day starts in 2021', () => {
    const truth = (y: number) => nsCivilServiceHolidays(y).filter((h) => h.name.en.includes('Truth'));
    expect(truth(2020)).toEqual([]);
    expect(truth(2021).map((h) => h.date)).toEqual(['2021-09-30']);
  });

  test('is cached but cannot be altered by callers', () => {
    const first = nsCivilServiceHolidays(2026);
    first.pop();
    expect(() => {
      (first[0] as { date: string }).date = 'x';
    }).toThrow(TypeError);
    expect(nsCivilServiceHolidays(2026)).toHaveLength(14);
    expect(nsCivilServiceHolidays(2026)[0]).toBe(first[0]);
  });

  test('rejects non-integer and pre-CE years', () => {
    expect(nsCivilServiceHolidays(2026.5)).toEqual([]);
    expect(nsCivilServiceHolidays(0)).toEqual([]);
    expect(nsCivilServiceHolidays(NaN)).toEqual([]);
  });

  test('property: valid, sorted, 13 actual dates (12 before 2021), one observed weekday per weekend fixed date', () => {
    const FIXED = ['01-01', '07-01', '09-30', '11-11', '12-25', '12-26'];
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const list = nsCivilServiceHolidays(year);
        for (const h of list) {
          expect(h.date).toMatch(new RegExp(`^${year}-\\d{2}-\\d{2}$`));
          expect(dateOf(utcDay(h.date))).toBe(h.date); // a real calendar date
        }
        for (let i = 1; i < list.length; i++) expect(list[i - 1]!.date < list[i]!.date).toBe(true);

        const actual = list.filter((h) => !h.observed);
        const observed = list.filter((h) => h.observed);
        expect(actual).toHaveLength(year >= 2021 ? 13 : 12);
        const weekendFixed = actual.filter((h) => FIXED.includes(h.date.slice(5)) && isoWeekday(h.date) >= 6);
        expect(observed.map((h) => h.name.en)).toEqual(weekendFixed.map((h) => h.name.en));
        observed.forEach((o, i) => {
          expect(isoWeekday(o.date)).toBeLessThanOrEqual(5);
          expect(o.date > weekendFixed[i]!.date).toBe(true);
          expect(utcDay(o.date) - utcDay(weekendFixed[i]!.date)).toBeLessThanOrEqual(3);
        });

        const byName = (en: string) => actual.find((h) => h.name.en === en)!.date;
        for (const en of ['Heritage Day', 'Easter Monday', 'Victoria Day', 'Natal Day', 'Labour Day', 'Thanksgiving']) {
          expect(isoWeekday(byName(en))).toBe(1);
        }
        expect(byName('Victoria Day').slice(5) >= '05-18' && byName('Victoria Day').slice(5) <= '05-24').toBe(true);
        expect(byName('Thanksgiving').slice(5) >= '10-08' && byName('Thanksgiving').slice(5) <= '10-14').toBe(true);
        expect(addDays(byName('Good Friday'), 3)).toBe(byName('Easter Monday'));
      }),
    );
  });

  test('property: agrees with date-holidays (CA/NS) for every date it has', () => {
    const hd = new Holidays('CA', 'NS');
    const ORACLE_NAMES = [
      'Canada Day',
      'Christmas Day',
      'Good Friday',
      'Heritage Day',
      'Labour Day',
      'Natal Day',
      "New Year's Day",
      'Remembrance Day',
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
        const ours = nsCivilServiceHolidays(year).filter((h) => !h.observed);
        const ourDates = new Set(ours.map((h) => h.date));
        const all = hd.getHolidays(year);
        const theirs = all.filter((h) => (h.type === 'public' || h.type === 'optional') && !h.substitute);
        expect(theirs.map((h) => h.name).sort()).toEqual(ORACLE_NAMES);
        for (const h of theirs) expect(ourDates.has(h.date.slice(0, 10)), `${h.name} ${h.date}`).toBe(true);

        // What date-holidays lacks for Nova Scotia, computed by us.
        const goodFriday = theirs.find((h) => h.name === 'Good Friday')!.date.slice(0, 10);
        const ourDate = (en: string) => ours.find((h) => h.name.en === en)?.date;
        expect(ourDate('Easter Monday')).toBe(addDays(goodFriday, 3));
        expect(ourDate('Boxing Day')).toBe(`${year}-12-26`);
        const truth = all.find((h) => h.name.includes('Truth'));
        expect(ourDate('National Day for Truth and Reconciliation')).toBe(year >= 2021 ? `${year}-09-30` : undefined);
        expect(truth?.date.slice(0, 10)).toBe(year >= 2021 ? `${year}-09-30` : undefined);
        expect(ours).toHaveLength(theirs.length + (year >= 2021 ? 5 : 4));
      }),
      { numRuns: 200 },
    );
  });
});

describe('easterSunday', () => {
  test.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'], // latest possible
    [2285, '2285-03-22'], // earliest possible
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  test('property: always a Sunday between March 22 and April 25', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const e = easterSunday(year);
        expect(isoWeekday(e)).toBe(7);
        expect(e.slice(5) >= '03-22' && e.slice(5) <= '04-25').toBe(true);
      }),
    );
  });
});

describe('parseHHMM', () => {
  test.each([
    ['00:00', 0],
    ['08:30', 510],
    ['16:30', 990],
    ['23:59', 1439],
  ])('%s → %i', (s, n) => expect(parseHHMM(s)).toBe(n));

  test.each(['', '8:30', '24:00', '12:60', '12:3', '12-30', ' 12:30', '12:30:00', '1230', 'ab:cd'])(
    '%j → null',
    (s) => {
      expect(parseHHMM(s)).toBeNull();
    },
  );
});

describe('localTime', () => {
  test('follows Halifax daylight-saving changes', () => {
    const at = (iso: string) => localTime(new Date(iso), 'America/Halifax');
    expect(at('2026-03-08T05:59:00Z')).toMatchObject({ date: '2026-03-08', minutes: 1 * 60 + 59 }); // AST
    expect(at('2026-03-08T06:00:00Z')).toMatchObject({ date: '2026-03-08', minutes: 3 * 60 }); // ADT
    expect(at('2026-11-01T04:30:00Z')).toMatchObject({ minutes: 90 }); // 01:30 ADT
    expect(at('2026-11-01T05:30:00Z')).toMatchObject({ minutes: 90 }); // 01:30 AST, again
    expect(at('2026-11-24T03:59:00Z')).toEqual({
      year: 2026,
      month: 11,
      day: 23,
      weekday: 1,
      minutes: 23 * 60 + 59,
      date: '2026-11-23',
    });
    expect(at('2026-11-24T04:00:00Z')).toMatchObject({ day: 24, weekday: 2, minutes: 0 }); // midnight is 0, never 24
  });

  test('reads an hour of "24" (older engines, even with h23) as midnight', () => {
    const real = Intl.DateTimeFormat.prototype.formatToParts;
    vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts').mockImplementation(function (
      this: Intl.DateTimeFormat,
      d,
    ) {
      return real.call(this, d).map((p) => (p.type === 'hour' && Number(p.value) === 0 ? { ...p, value: '24' } : p));
    });
    expect(localTime(new Date('2026-11-24T04:05:00Z'), 'America/Halifax')).toMatchObject({
      date: '2026-11-24',
      minutes: 5,
    });
  });

  test('throws RangeError for an unknown zone or an invalid date', () => {
    expect(() => localTime(new Date(0), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => localTime(new Date(0), '')).toThrow(RangeError);
    expect(() => localTime(new Date(NaN), 'UTC')).toThrow(RangeError);
  });

  test('property: matches Date UTC fields in UTC and in a fixed-offset zone, over the whole Date range', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (d) => {
        for (const [zone, offset] of [
          ['UTC', 0],
          ['Etc/GMT+4', -4],
        ] as const) {
          const shifted = new Date(d.getTime() + offset * 3_600_000);
          if (Number.isNaN(shifted.getTime())) continue; // shifted past the edge of the Date range
          const l = localTime(d, zone);
          expect([l.year, l.month, l.day, l.weekday, l.minutes]).toEqual([
            shifted.getUTCFullYear(),
            shifted.getUTCMonth() + 1,
            shifted.getUTCDate(),
            shifted.getUTCDay() || 7,
            shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
          ]);
          expect(l.date).toBe(shifted.toISOString().split('T')[0]);
        }
      }),
    );
  });
});

describe('workTimeStatus with the default (Nova Scotia) hours', () => {
  test('the default schedule', () => {
    expect(DEFAULT_WORK_HOURS).toEqual({
      days: [1, 2, 3, 4, 5],
      start: '08:30',
      end: '16:30',
      timeZone: 'America/Halifax',
      holidays: 'ns-civil-service',
    });
    expect(Object.isFrozen(DEFAULT_WORK_HOURS)).toBe(true);
  });

  test.each([
    ['2026-11-24T16:15:00Z', true, 'inside'], // 12:15 AST
    ['2026-07-06T15:30:00Z', true, 'inside'], // 12:30 ADT
    ['2026-11-24T12:29:00Z', false, 'before-start'], // 08:29 AST
    ['2026-11-24T12:30:00Z', true, 'inside'], // 08:30 AST, start included
    ['2026-07-06T11:30:00Z', true, 'inside'], // 08:30 ADT
    ['2026-07-06T11:29:59Z', false, 'before-start'],
    ['2026-11-24T16:29:59-04:00', true, 'inside'],
    ['2026-11-24T16:30:00-04:00', false, 'after-end'], // end excluded
    ['2026-11-24T20:30:00Z', false, 'after-end'], // 16:30 AST
    ['2026-07-06T19:29:59Z', true, 'inside'], // 16:29:59 ADT
    ['2026-07-06T19:30:00Z', false, 'after-end'], // 16:30 ADT
    // Around the spring change (Sunday 2026-03-08): Friday in AST, Monday in ADT.
    ['2026-03-06T12:30:00Z', true, 'inside'],
    ['2026-03-06T12:29:00Z', false, 'before-start'],
    ['2026-03-09T11:30:00Z', true, 'inside'],
    ['2026-03-09T11:29:00Z', false, 'before-start'],
    ['2026-03-09T12:30:00-03:00', true, 'inside'],
    // Around the fall change (Sunday 2026-11-01): Friday in ADT, Monday in AST.
    ['2026-10-30T19:29:00Z', true, 'inside'], // 16:29 ADT
    ['2026-10-30T19:30:00Z', false, 'after-end'],
    ['2026-11-02T20:29:00Z', true, 'inside'], // 16:29 AST
    ['2026-11-02T20:30:00Z', false, 'after-end'],
    ['2026-11-02T12:29:00Z', false, 'before-start'], // 08:29 AST
    ['2026-03-08T12:00:00Z', false, 'day-off'], // Sunday of the change
    ['2026-11-01T05:30:00Z', false, 'day-off'],
    ['2026-11-28T12:00:00-04:00', false, 'day-off'], // Saturday
    ['2026-11-29T12:00:00-04:00', false, 'day-off'], // Sunday
    ['2026-11-11T11:00:00-04:00', false, 'holiday'], // Remembrance Day
    ['2026-12-28T10:00:00-04:00', false, 'holiday'], // Boxing Day observed
    ['2026-12-29T10:00:00-04:00', true, 'inside'],
    ['2026-12-26T10:00:00-04:00', false, 'holiday'], // actual Boxing Day, a Saturday
    ['2026-11-11T07:00:00-04:00', false, 'holiday'], // a holiday wins over before-start
    ['2026-11-24T12:15:00.999+00:00', false, 'before-start'],
    ['2026-11-24 16:15:00z', true, 'inside'],
  ])('%s → %s %s', (at, inside, reason) => {
    expect(status(at)).toEqual({ inside, reason });
    expect(isWorkTime(at)).toBe(inside);
    expect(status(new Date(at.replace(' ', 'T').toUpperCase()))).toEqual({ inside, reason });
  });

  test('reports the local time and the holiday', () => {
    expect(workTimeStatus('2026-11-24T16:15:00Z').local).toEqual({
      year: 2026,
      month: 11,
      day: 24,
      weekday: 2,
      minutes: 12 * 60 + 15,
      date: '2026-11-24',
    });
    expect(workTimeStatus('2026-12-28T10:00:00-04:00').holiday).toEqual({
      date: '2026-12-28',
      name: { en: 'Boxing Day', fr: 'lendemain de Noël' },
      observed: true,
    });
    expect(workTimeStatus('2026-11-24T16:15:00Z').holiday).toBeUndefined();
  });
});

describe('workTimeStatus with custom hours', () => {
  const base: WorkHours = { ...DEFAULT_WORK_HOURS };

  test('another time zone (America/Toronto)', () => {
    const toronto: WorkHours = { ...base, start: '09:00', end: '17:00', timeZone: 'America/Toronto' };
    expect(status('2026-11-24T13:59:00Z', toronto)).toEqual({ inside: false, reason: 'before-start' }); // 08:59 EST
    expect(status('2026-11-24T14:00:00Z', toronto)).toEqual({ inside: true, reason: 'inside' });
    expect(status('2026-07-06T13:00:00Z', toronto)).toEqual({ inside: true, reason: 'inside' }); // 09:00 EDT
    expect(status('2026-11-24T22:00:00Z', toronto)).toEqual({ inside: false, reason: 'after-end' }); // 17:00 EST
    // 16:45 in Halifax is 15:45 in Toronto.
    expect(isWorkTime('2026-11-24T20:45:00Z')).toBe(false);
    expect(isWorkTime('2026-11-24T20:45:00Z', { ...base, timeZone: 'America/Toronto' })).toBe(true);
    // 23:30 on Tuesday in Toronto is already Wednesday in Halifax.
    expect(workTimeStatus('2026-11-25T04:30:00Z', toronto).local?.date).toBe('2026-11-24');
  });

  test('custom days', () => {
    const tueSat: WorkHours = { ...base, days: [2, 3, 4, 5, 6] };
    expect(status('2026-11-28T12:00:00-04:00', tueSat)).toEqual({ inside: true, reason: 'inside' });
    expect(status('2026-11-30T12:00:00-04:00', tueSat)).toEqual({ inside: false, reason: 'day-off' });
    expect(status('2026-11-28T12:00:00-04:00', { ...base, days: [] })).toEqual({ inside: false, reason: 'day-off' });
  });

  test('extra holidays and holidays: none', () => {
    const extra: WorkHours = { ...base, extraHolidays: ['2026-11-24'] };
    expect(workTimeStatus('2026-11-24T16:15:00Z', extra)).toMatchObject({
      inside: false,
      reason: 'holiday',
      holiday: { date: '2026-11-24' },
    });
    expect(isWorkTime('2026-11-25T16:15:00Z', extra)).toBe(true);
    const none: WorkHours = { ...base, holidays: 'none' };
    expect(status('2026-11-11T11:00:00-04:00', none)).toEqual({ inside: true, reason: 'inside' });
    expect(status('2026-12-28T10:00:00-04:00', none)).toEqual({ inside: true, reason: 'inside' });
    expect(status('2026-11-24T12:00:00-04:00', { ...none, extraHolidays: ['2026-11-24'] })).toEqual({
      inside: false,
      reason: 'holiday',
    });
  });

  test('a night shift belongs to the day it started', () => {
    const night: WorkHours = { ...base, start: '22:00', end: '06:00' };
    const at = (iso: string) => status(`${iso}-04:00`, night);
    expect(at('2026-11-27T22:00:00')).toEqual({ inside: true, reason: 'inside' }); // Friday night
    expect(at('2026-11-27T21:59:00')).toEqual({ inside: false, reason: 'before-start' });
    expect(at('2026-11-28T03:00:00')).toEqual({ inside: true, reason: 'inside' }); // Saturday morning, Friday's shift
    expect(at('2026-11-28T05:59:00')).toEqual({ inside: true, reason: 'inside' });
    expect(at('2026-11-28T06:00:00')).toEqual({ inside: false, reason: 'day-off' }); // Saturday's (absent) shift
    expect(at('2026-11-30T02:00:00')).toEqual({ inside: false, reason: 'day-off' }); // Monday 02:00 is Sunday's shift
    expect(at('2026-11-30T12:00:00')).toEqual({ inside: false, reason: 'before-start' });
    expect(at('2026-11-30T23:00:00')).toEqual({ inside: true, reason: 'inside' });
    expect(at('2026-11-11T02:00:00')).toEqual({ inside: true, reason: 'inside' }); // Tuesday's shift, before the holiday
    expect(at('2026-11-11T22:00:00')).toEqual({ inside: false, reason: 'holiday' });
    expect(at('2026-11-12T02:00:00')).toEqual({ inside: false, reason: 'holiday' }); // started on Remembrance Day
    // Over the fall change: Saturday's shift (with Saturday worked) ends at 06:00 AST on Sunday.
    const weekend: WorkHours = { ...night, days: [1, 2, 3, 4, 5, 6, 7] };
    expect(status('2026-11-01T09:59:00Z', weekend)).toEqual({ inside: true, reason: 'inside' }); // 05:59 AST
    expect(status('2026-11-01T10:00:00Z', weekend)).toEqual({ inside: false, reason: 'before-start' }); // 06:00 AST
    // start == end is a 24-hour shift.
    const allDay: WorkHours = { ...base, start: '08:00', end: '08:00' };
    expect(status('2026-11-25T07:59:00-04:00', allDay)).toEqual({ inside: true, reason: 'inside' }); // Tuesday's shift
    expect(status('2026-11-28T07:59:00-04:00', allDay)).toEqual({ inside: true, reason: 'inside' }); // Friday's shift
    expect(status('2026-11-28T08:00:00-04:00', allDay)).toEqual({ inside: false, reason: 'day-off' });
  });

  test.each<[string, Date | string, Partial<WorkHours>]>([
    ['an empty string', '', {}],
    ['text', 'tomorrow', {}],
    ['a date without a time', '2026-11-24', {}],
    ['a time without an offset', '2026-11-24T12:00:00', {}],
    ['a day that does not exist', '2026-02-30T10:00:00Z', {}],
    ['hour 25', '2026-11-24T25:00:00Z', {}],
    ['a leap second', '2026-11-24T12:00:60Z', {}],
    ['an offset of 24 hours', '2026-11-24T12:00:00+24:00', {}],
    ['an invalid Date', new Date('nope'), {}],
    ['an unknown time zone', '2026-11-24T16:15:00Z', { timeZone: 'Mars/Olympus' }],
    ['an empty time zone', '2026-11-24T16:15:00Z', { timeZone: '' }],
    ['a time zone with a space', '2026-11-24T16:15:00Z', { timeZone: 'America/Halifax ' }],
    ['a missing time zone', '2026-11-24T16:15:00Z', { timeZone: undefined as unknown as string }],
    ['a malformed start', '2026-11-24T16:15:00Z', { start: '8:30' }],
    ['a malformed end', '2026-11-24T16:15:00Z', { end: '24:00' }],
    ['an unknown holiday set', '2026-11-24T16:15:00Z', { holidays: 'ca' as 'none' }],
  ])('%s is invalid and does not throw', (_label, at, patch) => {
    expect(workTimeStatus(at, { ...DEFAULT_WORK_HOURS, ...patch })).toEqual(INVALID);
    expect(isWorkTime(at, { ...DEFAULT_WORK_HOURS, ...patch })).toBe(false);
  });

  test('non-string, non-Date input is invalid', () => {
    expect(workTimeStatus(12345 as unknown as string)).toEqual(INVALID);
    expect(workTimeStatus(null as unknown as string)).toEqual(INVALID);
    expect(workTimeStatus('2026-11-24T16:15:00Z', null as unknown as WorkHours)).toEqual(INVALID);
  });
});

describe('workTimeStatus properties', () => {
  const ZONES = [
    'America/Halifax',
    'America/Toronto',
    'America/St_Johns',
    'UTC',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'Pacific/Kiritimati',
  ];
  const hhmm = fc
    .integer({ min: 0, max: 1439 })
    .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  const localDate = fc.integer({ min: utcDay('1990-01-01'), max: utcDay('2100-12-31') }).map(dateOf);
  const schedule: fc.Arbitrary<WorkHours> = fc.record({
    days: fc.subarray([1, 2, 3, 4, 5, 6, 7]),
    start: fc.oneof(hhmm, fc.constantFrom('08:30', '22:00', '00:00')),
    end: fc.oneof(hhmm, fc.constantFrom('16:30', '06:00', '00:00')),
    timeZone: fc.constantFrom(...ZONES),
    holidays: fc.constantFrom('ns-civil-service' as const, 'none' as const),
    extraHolidays: fc.array(localDate, { maxLength: 3 }),
  });
  const MIN = Date.parse('1990-01-01T00:00:00Z');
  const MAX = Date.parse('2100-12-31T00:00:00Z');
  const anyInstant = fc.integer({ min: MIN, max: MAX });
  // Instants within two days of a holiday, so that the holiday branches are exercised often.
  const nearHoliday = fc
    .tuple(fc.integer({ min: 1990, max: 2100 }), fc.nat(), fc.integer({ min: -2 * DAY, max: 2 * DAY }))
    .map(([year, i, delta]) => {
      const list = nsCivilServiceHolidays(year);
      return Date.parse(`${list[i % list.length]!.date}T12:00:00Z`) + delta;
    });

  /** Brute force: which shift windows, laid out on a wall-clock timeline, contain the instant? */
  function reference(at: Date, h: WorkHours): { inside: boolean; reason: string; holiday?: string } {
    const local = localTime(at, h.timeZone);
    const start = parseHHMM(h.start)!;
    const end = parseHHMM(h.end)!;
    const length = end > start ? end - start : end + 1440 - start;
    const today = utcDay(local.date);
    const now = today * 1440 + local.minutes;
    const holidayOn = (date: string) =>
      (h.holidays === 'ns-civil-service' &&
        nsCivilServiceHolidays(Number(date.slice(0, 4))).some((x) => x.date === date)) ||
      (h.extraHolidays ?? []).includes(date);
    const shift = [today - 1, today].find((d) => d * 1440 + start <= now && now < d * 1440 + start + length);
    const shiftDate = dateOf(shift ?? today);
    if (holidayOn(shiftDate)) return { inside: false, reason: 'holiday', holiday: shiftDate };
    if (!h.days.includes(isoWeekday(shiftDate))) return { inside: false, reason: 'day-off' };
    if (shift !== undefined) return { inside: true, reason: 'inside' };
    return { inside: false, reason: now < today * 1440 + start ? 'before-start' : 'after-end' };
  }

  test('property: agrees with the brute-force reference', () => {
    fc.assert(
      fc.property(fc.oneof(anyInstant, nearHoliday), schedule, fc.boolean(), (ms, hours, asString) => {
        const at = new Date(ms);
        const got = workTimeStatus(asString ? at.toISOString() : at, hours);
        const want = reference(at, hours);
        expect({ inside: got.inside, reason: got.reason, holiday: got.holiday?.date }).toEqual(want);
        expect(got.local).toEqual(localTime(at, hours.timeZone));
      }),
      { numRuns: 2000 },
    );
  });

  test('property: never throws for arbitrary strings', () => {
    // ISO-looking strings with fields a little out of range reach the parser's checks.
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const isoish = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        two(13),
        two(32),
        fc.constantFrom('T', 't', ' ', '_'),
        two(25),
        two(61),
        two(61),
        fc.constantFrom('', '.5', '.123456', ','),
        fc.constantFrom('Z', 'z', '', '+05:30', '-0330', '+24:00', '-04:60', '+5'),
      )
      .map(
        ([y, mo, d, t, h, mi, s, frac, off]) =>
          `${String(y).padStart(4, '0')}-${mo}-${d}${t}${h}:${mi}:${s}${frac}${off}`,
      );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), isoish), (s) => {
        const got = workTimeStatus(s);
        expect(typeof got.inside).toBe('boolean');
        // Whatever we accept is an instant that the platform reads the same way once the string is
        // put in the strict form (its fallback parser reads "0000-01-01 00:00Z" as the year 2000).
        const strict = s
          .replace(/^(.{10})[ t]/, '$1T')
          .replace(/z$/, 'Z')
          .replace(',', '.')
          .replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
        if (got.reason !== 'invalid') expect(got.local).toEqual(localTime(new Date(strict), 'America/Halifax'));
      }),
      { numRuns: 2000 },
    );
  });

  test('property: never throws for arbitrary Dates (including invalid ones) and schedules', () => {
    const anyHours = fc.record({
      days: fc.oneof(fc.array(fc.integer()), fc.constant(undefined)),
      start: fc.oneof(hhmm, fc.string()),
      end: fc.oneof(hhmm, fc.string()),
      timeZone: fc.oneof(fc.constantFrom(...ZONES), fc.string()),
      holidays: fc.constantFrom('ns-civil-service', 'none', 'other'),
      extraHolidays: fc.oneof(fc.array(fc.string()), fc.constant(undefined)),
    }) as unknown as fc.Arbitrary<WorkHours>;
    fc.assert(
      fc.property(fc.date(), fc.oneof(fc.constant(DEFAULT_WORK_HOURS), anyHours), (d, hours) => {
        const got = workTimeStatus(d, hours);
        expect(['inside', 'before-start', 'after-end', 'day-off', 'holiday', 'invalid']).toContain(got.reason);
        if (Number.isNaN(d.getTime())) expect(got).toEqual(INVALID);
        expect(got.inside).toBe(got.reason === 'inside');
      }),
      { numRuns: 2000 },
    );
  });
});
