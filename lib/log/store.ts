/**
 * The activity log's operations: record (validated), read a range, retention,
 * clear. Every write is checked against the strict row schema, so nothing but
 * enumerated values, numbers and booleans reaches the disk. A full disk is an
 * answer (`{ok: false, reason: 'storage full'}`), never a crash.
 */
import type { LogDB } from './db';
import { parseLogRow, type LogRow, type NewLogRow } from './schema';

const DAY_MS = 86_400_000;

/** Every write answers this; `reason` is short and never contains stored values. */
export type LogResult = { ok: true } | { ok: false; reason: string };

/** True for IndexedDB's quota error, bare or wrapped by Dexie. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: unknown; inner?: unknown } | undefined, i = 0; e && i < 5; i++) {
    if (e.name === 'QuotaExceededError') return true;
    e = e.inner as typeof e;
  }
  return false;
}

/** Turns a storage error into a short, private reason. */
function failure(error: unknown): { ok: false; reason: string } {
  if (isQuotaError(error)) return { ok: false, reason: 'storage full' };
  return { ok: false, reason: 'storage unavailable' };
}

/** The log's operations over a LogDB. */
export class EventLog {
  constructor(readonly db: LogDB) {}

  /** Records one row after checking it; unknown keys or free text are refused. */
  async add(row: NewLogRow): Promise<LogResult> {
    const parsed = parseLogRow(row);
    if (!parsed.ok) return parsed;
    try {
      await this.db.events.add(parsed.row);
      return { ok: true };
    } catch (error) {
      return failure(error);
    }
  }

  /** Records many rows at once (each checked); for imports and benchmarks. */
  async addMany(rows: NewLogRow[]): Promise<LogResult> {
    const checked: LogRow[] = [];
    for (const row of rows) {
      const parsed = parseLogRow(row);
      if (!parsed.ok) return parsed;
      checked.push(parsed.row);
    }
    try {
      await this.db.events.bulkAdd(checked);
      return { ok: true };
    } catch (error) {
      return failure(error);
    }
  }

  /** Rows recorded at or after `from` (epoch ms), oldest first. */
  since(from: number): Promise<LogRow[]> {
    return this.db.events.where('at').aboveOrEqual(from).sortBy('at');
  }

  /** Every row, in the order recorded. */
  all(): Promise<LogRow[]> {
    return this.db.events.toArray();
  }

  count(): Promise<number> {
    return this.db.events.count();
  }

  /** Deletes rows older than `days` days before `now`; answers how many went. */
  prune(days: number, now: number): Promise<number> {
    return this.db.events
      .where('at')
      .below(now - days * DAY_MS)
      .delete();
  }

  /** Deletes every row. */
  async clear(): Promise<LogResult> {
    try {
      await this.db.events.clear();
      return { ok: true };
    } catch (error) {
      return failure(error);
    }
  }
}
