/**
 * Work hours: is a given instant inside someone's working time?
 *
 * Pure TypeScript: no DOM, no browser APIs, no libraries. Time zones go through
 * Intl.DateTimeFormat only. Calendar arithmetic uses day numbers (days since
 * 1970-01-01, proleptic Gregorian) so that it never depends on the host's own
 * time zone, the way `new Date(y, m, d)` would (lib/holidays.ts).
 */
import { civil, dayNumber, holidaysOf, isoDate, NAMES, weekdayOf, type Holiday } from './holidays';

export { easterSunday, nsCivilServiceHolidays, type Holiday } from './holidays';

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
