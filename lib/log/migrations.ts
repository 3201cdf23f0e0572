/**
 * The log's schema versions and how a row moves from one to the next. Pure,
 * so each step is tested on its own; lib/log/db.ts applies them in Dexie's
 * `upgrade()`.
 *
 * Version 1: `events: '++id, at'`; rows `{id, at, action, site, account, rules,
 * severities, surface?, minutes?, inWork?}` (activity counted in whole minutes).
 * Version 2: `events: '++id, at, day, action'`; rows gain `day` (the local date in
 * the work-hours time zone, indexed for the dashboard), activity is counted in
 * `seconds`, `inWork` becomes `workTime`, and anything else is dropped.
 * Version 3: the same stores; rows may record that the privacy-breach card was
 * shown (`action: 'breach-card-shown'` with its `origin`). A version-2 row is a
 * version-3 row: the upgrade checks each one again and drops any that is not.
 * Version 4: the same stores; rows may record that a comment was marked for moderation
 * (`action: 'moderation-marked'` with its `reasons`, never its text). A version-3 row is a
 * version-4 row, checked again the same way.
 */
import { localTime } from '../worktime';
import { LOG_ROW, ROW_FIELDS, type LogRow } from './schema';
import * as v from 'valibot';

/** Dexie store definitions of each version. */
export const STORES = {
  1: { events: '++id, at' },
  2: { events: '++id, at, day, action' },
  3: { events: '++id, at, day, action' },
  4: { events: '++id, at, day, action' },
} as const;

/** A version-1 row as it was stored. */
export interface LogRowV1 {
  id?: number;
  at: number;
  action: string;
  site: string;
  account: string;
  rules: string[];
  severities: string[];
  surface?: string;
  /** Activity: whole minutes. */
  minutes?: number;
  inWork?: boolean;
}

/** The local date of an instant in a time zone; UTC when the zone is unknown. */
export function dayOf(at: number, timeZone: string): string {
  try {
    return localTime(new Date(at), timeZone).date;
  } catch {
    return new Date(at).toISOString().slice(0, 10);
  }
}

/**
 * A version-1 row as a version-2 row, or null when it cannot be one (an unknown
 * action or site: such a row is deleted rather than kept unchecked).
 */
export function upgradeRowV1(row: LogRowV1, timeZone: string): LogRow | null {
  const out: Record<string, unknown> = {
    id: row.id,
    at: row.at,
    day: dayOf(row.at, timeZone),
    action: row.action,
    site: row.site,
    account: row.account,
    rules: Array.isArray(row.rules) ? row.rules : [],
    severities: Array.isArray(row.severities) ? row.severities : [],
  };
  if (row.surface !== undefined) out.surface = row.surface;
  if (typeof row.minutes === 'number') out.seconds = Math.min(3600, Math.max(0, row.minutes * 60));
  if (typeof row.inWork === 'boolean') out.workTime = row.inWork;
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  const result = v.safeParse(LOG_ROW, out);
  return result.success ? result.output : null;
}

/**
 * A version-2 row as a version-3 row, and a version-3 row as a version-4 row: the same fields
 * (any other key is dropped), or null when it is not a valid row.
 */
export function upgradeRowV2(row: Record<string, unknown>): LogRow | null {
  const known = Object.fromEntries(ROW_FIELDS.filter((k) => row[k] !== undefined).map((k) => [k, row[k]]));
  const result = v.safeParse(LOG_ROW, known);
  return result.success ? result.output : null;
}

/** Writes `target`'s fields from `next` in place (Dexie's modify() needs the same object). */
export function replaceFields(target: Record<string, unknown>, next: LogRow): void {
  for (const key of Object.keys(target)) if (!(ROW_FIELDS as readonly string[]).includes(key)) delete target[key];
  for (const key of ROW_FIELDS) {
    if (next[key] === undefined) delete target[key];
    else target[key] = next[key];
  }
}

/** A version-3 row as a version-4 row: checked again like a version-2 row (see upgradeRowV2). */
export const upgradeRowV3 = upgradeRowV2;
