/**
 * The activity log's IndexedDB database (Dexie). Background only: in a content
 * script IndexedDB would belong to the site's origin.
 */
import { Dexie, type Table, type Transaction } from 'dexie';
import { replaceFields, STORES, upgradeRowV1, upgradeRowV2, upgradeRowV3, type LogRowV1 } from './migrations';
import type { LogRow } from './schema';

/** The IndexedDB name (the e2e test reads it raw). */
export const LOG_DB_NAME = 'postwise-log';

/** Options of LogDB. */
export interface LogDBOptions {
  /** Time zone for the `day` of rows migrated from version 1 (default America/Halifax). */
  upgradeTimeZone?: string;
  /** Passed to Dexie (tests give fake-indexeddb's factory here when needed). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** Rewrites every row of `events` with `upgrade`; a row it answers null for is deleted. */
function upgradeRows(tx: Transaction, upgrade: (row: LogRowV1 & Record<string, unknown>) => LogRow | null) {
  return tx
    .table('events')
    .toCollection()
    .modify((row: LogRowV1 & Record<string, unknown>, ref: { value: unknown }) => {
      const next = upgrade(row);
      if (next) replaceFields(row, next);
      else delete (ref as { value?: unknown }).value; // Dexie: deleting ref.value deletes the row
    });
}

/** The log database, at its latest version (4). */
export class LogDB extends Dexie {
  events!: Table<LogRow, number>;

  constructor(name = LOG_DB_NAME, options: LogDBOptions = {}) {
    const { upgradeTimeZone = 'America/Halifax', ...dexieOptions } = options;
    super(name, dexieOptions);
    this.version(1).stores(STORES[1]);
    this.version(2)
      .stores(STORES[2])
      .upgrade((tx) => upgradeRows(tx, (row) => upgradeRowV1(row, upgradeTimeZone)));
    this.version(3)
      .stores(STORES[3])
      .upgrade((tx) => upgradeRows(tx, upgradeRowV2));
    this.version(4)
      .stores(STORES[4])
      .upgrade((tx) => upgradeRows(tx, upgradeRowV3));
  }
}
