/**
 * Nova Scotia civil-service holidays, and the calendar arithmetic behind them:
 * day numbers (days since 1970-01-01, proleptic Gregorian), so nothing depends
 * on the host's own time zone. Pure: no DOM, no browser APIs, no libraries.
 */

export interface Holiday {
  /** 'YYYY-MM-DD'. */
  date: string;
  name: { en: string; fr: string };
  /** True on the weekday that replaces a fixed-date holiday falling on a weekend. */
  observed?: boolean;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Inverse of dayNumber: [year, month, day]. */
export function civil(n: number): [number, number, number] {
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
export function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

const pad = (v: number, width: number) => String(v).padStart(width, '0');

/** 'YYYY-MM-DD'; years outside 0-9999 use the ±YYYYYY form of Date#toISOString. */
export function isoDate(n: number): string {
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

export const NAMES = {
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

export function holidaysOf(year: number) {
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
