/**
 * Work hours: is a given instant inside someone's working time?
 *
 * Pure TypeScript: no DOM, no browser APIs, no libraries. Time zones go through
 * Intl.DateTimeFormat only. Calendar arithmetic uses day numbers (days since
 * 1970-01-01, proleptic Gregorian) so that it never depends on the host's own
 * time zone, the way `new Date(y, m, d)` would.
 */

export interface WorkHours {
  /** ISO weekdays worked, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** 'HH:MM' 24 h, included. */
  start: string;
  /** 'HH:MM' 24 h, excluded. When end <= start the shift wraps past midnight. */
  end: string;
  /** IANA name, e.g. 'America/Halifax'. */
  timeZone: string;
  holidays: 'ns-civil-service' | 'none';
  /** 'YYYY-MM-DD' local dates a manager adds as days off. */
  extraHolidays?: string[];
}

/** Nova Scotia civil service: Monday-Friday 08:30-16:30, America/Halifax, NS holidays. */
export const DEFAULT_WORK_HOURS: WorkHours = Object.freeze({
  // Frozen so that no caller can change the shared default by accident.
  days: Object.freeze([1, 2, 3, 4, 5]) as number[],
  start: '08:30',
  end: '16:30',
  timeZone: 'America/Halifax',
  holidays: 'ns-civil-service',
});

export interface Holiday {
  /** 'YYYY-MM-DD'. */
  date: string;
  name: { en: string; fr: string };
  /** True on the weekday that replaces a fixed-date holiday falling on a weekend. */
  observed?: boolean;
}

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes since local midnight (seconds are dropped). */
  minutes: number;
  /** 'YYYY-MM-DD'. */
  date: string;
}

export type WorkTimeReason = 'inside' | 'before-start' | 'after-end' | 'day-off' | 'holiday' | 'invalid';

export interface WorkTimeStatus {
  inside: boolean;
  reason: WorkTimeReason;
  local?: LocalTime;
  /** Set when reason is 'holiday'. */
  holiday?: Holiday;
}

// ---------------------------------------------------------------------------
// Calendar arithmetic

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Inverse of dayNumber: [year, month, day]. */
function civil(n: number): [number, number, number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, doy - Math.floor((153 * mp + 2) / 5) + 1];
}

/** ISO weekday of a day number (day 0, 1970-01-01, was a Thursday). */
function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

const pad = (v: number, width: number) => String(v).padStart(width, '0');

/** 'YYYY-MM-DD'; years outside 0-9999 use the ±YYYYYY form of Date#toISOString. */
function isoDate(n: number): string {
  const [y, m, d] = civil(n);
  const year = y >= 0 && y <= 9999 ? pad(y, 4) : (y < 0 ? '-' : '+') + pad(Math.abs(y), 6);
  return `${year}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Day number of Easter Sunday (anonymous Gregorian computus). */
function easterDayNumber(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** Easter Sunday of a year (1 or later) as 'YYYY-MM-DD'. */
export function easterSunday(year: number): string {
  return isoDate(easterDayNumber(year));
}

/** The n-th given ISO weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = dayNumber(year, month, 1);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
}

// ---------------------------------------------------------------------------
// Nova Scotia civil-service holidays

type Names = Holiday['name'];
const name = (en: string, fr: string): Names => Object.freeze({ en, fr });

const NAMES = {
  newYear: name("New Year's Day", "Jour de l'An"),
  heritage: name('Heritage Day', 'Jour du patrimoine'),
  goodFriday: name('Good Friday', 'Vendredi saint'),
  easterMonday: name('Easter Monday', 'lundi de Pâques'),
  victoria: name('Victoria Day', 'fête de la Reine'),
  canada: name('Canada Day', 'fête du Canada'),
  natal: name('Natal Day', 'Congé civique (Natal Day)'),
  labour: name('Labour Day', 'fête du Travail'),
  truth: name('National Day for Truth and Reconciliation', 'Journée nationale de la vérité et de la réconciliation'),
  thanksgiving: name('Thanksgiving', 'Action de grâce'),
  remembrance: name('Remembrance Day', 'jour du Souvenir'),
  christmas: name('Christmas Day', 'Noël'),
  boxing: name('Boxing Day', 'lendemain de Noël'),
  extra: name('Additional holiday', 'Congé supplémentaire'),
};

/** First year of the National Day for Truth and Reconciliation. */
const TRUTH_AND_RECONCILIATION_SINCE = 2021;

interface Entry {
  n: number;
  name: Names;
  fixed?: boolean;
  observed?: boolean;
}

function computeHolidays(year: number): readonly Holiday[] {
  const fixed = (month: number, day: number, names: Names): Entry => ({
    n: dayNumber(year, month, day),
    name: names,
    fixed: true,
  });
  const easter = easterDayNumber(year);
  const may24 = dayNumber(year, 5, 24);
  // In date order: Christmas must claim its substitute before Boxing Day does.
  const actual: Entry[] = [
    fixed(1, 1, NAMES.newYear),
    { n: nthWeekday(year, 2, 1, 3), name: NAMES.heritage },
    { n: easter - 2, name: NAMES.goodFriday },
    { n: easter + 1, name: NAMES.easterMonday },
    { n: may24 - ((weekdayOf(may24) + 6) % 7), name: NAMES.victoria }, // Monday on or before May 24
    fixed(7, 1, NAMES.canada),
    { n: nthWeekday(year, 8, 1, 1), name: NAMES.natal },
    { n: nthWeekday(year, 9, 1, 1), name: NAMES.labour },
    ...(year >= TRUTH_AND_RECONCILIATION_SINCE ? [fixed(9, 30, NAMES.truth)] : []),
    { n: nthWeekday(year, 10, 1, 2), name: NAMES.thanksgiving },
    fixed(11, 11, NAMES.remembrance),
    fixed(12, 25, NAMES.christmas),
    fixed(12, 26, NAMES.boxing),
  ];
  // A fixed-date holiday on a weekend moves to the next weekday that is not already a
  // holiday; the actual date stays in the list too (it is a weekend day anyway).
  const taken = new Set(actual.map((h) => h.n));
  const all = [...actual];
  for (const h of actual) {
    if (!h.fixed || weekdayOf(h.n) <= 5) continue;
    let n = h.n + 1;
    while (weekdayOf(n) > 5 || taken.has(n)) n++;
    taken.add(n);
    all.push({ n, name: h.name, observed: true });
  }
  all.sort((a, b) => a.n - b.n);
  return Object.freeze(
    all.map((h) =>
      Object.freeze<Holiday>(
        h.observed ? { date: isoDate(h.n), name: h.name, observed: true } : { date: isoDate(h.n), name: h.name },
      ),
    ),
  );
}

const holidayCache = new Map<number, { list: readonly Holiday[]; byDate: Map<string, Holiday> }>();

function holidaysOf(year: number) {
  let entry = holidayCache.get(year);
  if (!entry) {
    const list = computeHolidays(year);
    entry = { list, byDate: new Map(list.map((h) => [h.date, h])) };
    holidayCache.set(year, entry);
  }
  return entry;
}

/**
 * Nova Scotia civil-service holidays of a year, sorted by date: the 13 actual dates
 * (12 before 2021, when Truth and Reconciliation Day did not exist yet) plus an
 * `observed: true` weekday for each fixed-date holiday falling on a weekend.
 * Computed once per year; returns [] for anything but an integer year >= 1.
 */
export function nsCivilServiceHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1) return [];
  return holidaysOf(year).list.slice(); // a copy, so callers cannot alter the cache
}

// ---------------------------------------------------------------------------
// Local time

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError on an unknown zone, so only valid zones are cached.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      era: 'short', // years before 1 CE come back as "n BC"
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Wall-clock date and time of an instant in an IANA time zone.
 * Throws RangeError for an invalid Date or an unknown time zone.
 */
export function localTime(at: Date, timeZone: string): LocalTime {
  // Without this check Intl would silently fall back to the host's zone.
  if (typeof timeZone !== 'string' || timeZone === '') throw new RangeError(`Invalid time zone: ${String(timeZone)}`);
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of formatterFor(timeZone).formatToParts(at)) parts[p.type] = p.value;
  const yearOfEra = Number(parts.year);
  const year = parts.era === 'BC' ? 1 - yearOfEra : yearOfEra;
  const month = Number(parts.month);
  const day = Number(parts.day);
  // Some engines write midnight as "24" even with hourCycle h23.
  const hour = Number(parts.hour) % 24;
  const n = dayNumber(year, month, day);
  return { year, month, day, weekday: weekdayOf(n), minutes: hour * 60 + Number(parts.minute), date: isoDate(n) };
}

// ---------------------------------------------------------------------------
// Parsing

/** Minutes since midnight of a strict 'HH:MM' (00:00-23:59), or null when malformed. */
export function parseHHMM(s: string): number | null {
  const m = typeof s === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(s) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/**
 * Epoch milliseconds of an ISO-8601 date-time with an offset, or NaN.
 * Done by hand because Date.parse rolls 02-30 over into March and reads a string
 * without an offset in the host's zone, which would make the answer machine-dependent.
 */
function parseInstant(s: string): number {
  const m = ISO_INSTANT.exec(s);
  if (!m) return NaN;
  type Fields = [number, number, number, number, number, number, number, number];
  const [y, mo, d, h, mi, sec, offH, offM] = [1, 2, 3, 4, 5, 6, 10, 11].map((i) => Number(m[i] ?? 0)) as Fields;
  const ms = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const n = dayNumber(y, mo, d);
  // civil(n) differs from the input when the day does not exist (e.g. 02-30).
  if (mo < 1 || mo > 12 || d < 1 || civil(n)[2] !== d || h > 23 || mi > 59 || sec > 59 || offH > 23 || offM > 59)
    return NaN;
  const offset = (m[9] === '-' ? -1 : 1) * (offH * 60 + offM);
  return ((n * 1440 + h * 60 + mi - offset) * 60 + sec) * 1000 + ms;
}

// ---------------------------------------------------------------------------
// Work time

const invalid = (): WorkTimeStatus => ({ inside: false, reason: 'invalid' });

function holidayOn(n: number, hours: WorkHours): Holiday | undefined {
  const date = isoDate(n);
  const year = civil(n)[0];
  const ns = hours.holidays === 'ns-civil-service' && year >= 1 ? holidaysOf(year).byDate.get(date) : undefined;
  if (ns) return ns;
  if (Array.isArray(hours.extraHolidays) && hours.extraHolidays.includes(date)) return { date, name: NAMES.extra };
  return undefined;
}

/**
 * Where an instant falls relative to a work schedule (Nova Scotia civil service by default).
 *
 * `at` is a Date or an ISO-8601 string with an offset ('Z', ±HH:MM or ±HHMM). Start is included
 * and end excluded; when end <= start the shift runs past midnight and belongs to the day it
 * started. Reasons are checked in order: holiday (also on a weekend), day-off, then the time of
 * day; in a night shift's daytime gap the reason is 'before-start'. An invalid date,
 * string, time zone or schedule gives `{ inside: false, reason: 'invalid' }`; it never throws.
 */
export function workTimeStatus(at: Date | string, hours: WorkHours = DEFAULT_WORK_HOURS): WorkTimeStatus {
  const instant = typeof at === 'string' ? parseInstant(at) : at instanceof Date ? at.getTime() : NaN;
  if (!Number.isFinite(instant) || hours === null || typeof hours !== 'object') return invalid();
  const start = parseHHMM(hours.start);
  const end = parseHHMM(hours.end);
  if (start === null || end === null || !Array.isArray(hours.days)) return invalid();
  if (hours.holidays !== 'ns-civil-service' && hours.holidays !== 'none') return invalid();

  let local: LocalTime;
  try {
    local = localTime(new Date(instant), hours.timeZone);
  } catch {
    return invalid();
  }

  const m = local.minutes;
  let shiftDay = dayNumber(local.year, local.month, local.day);
  let position: 'inside' | 'before-start' | 'after-end';
  if (start < end) position = m < start ? 'before-start' : m >= end ? 'after-end' : 'inside';
  else if (m >= start) position = 'inside';
  else if (m < end) {
    shiftDay -= 1; // the small hours of last night's shift
    position = 'inside';
  } else position = 'before-start'; // between this morning's end and tonight's start

  const holiday = holidayOn(shiftDay, hours);
  if (holiday) return { inside: false, reason: 'holiday', local, holiday };
  if (!hours.days.includes(weekdayOf(shiftDay))) return { inside: false, reason: 'day-off', local };
  return { inside: position === 'inside', reason: position, local };
}

/** True when `at` is inside the work hours; false otherwise, including for invalid input. */
export function isWorkTime(at: Date | string, hours?: WorkHours): boolean {
  return workTimeStatus(at, hours).inside;
}
