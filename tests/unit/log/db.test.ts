import { Dexie } from 'dexie';
import { LogDB } from '@/lib/log/db';
import { STORES, upgradeRowV1, upgradeRowV2, upgradeRowV3, type LogRowV1 } from '@/lib/log/migrations';
import type { LogRow } from '@/lib/log/schema';

/** Version-1 rows as an older Postwise stored them. */
const V1_ROWS: LogRowV1[] = [
  {
    at: Date.UTC(2026, 0, 5, 14, 0),
    action: 'guidance-shown',
    site: 'x',
    account: 'personal',
    rules: ['partisan', 'disclaimer'],
    severities: ['high', 'info'],
    surface: 'post',
  },
  {
    at: Date.UTC(2026, 0, 5, 15, 0),
    action: 'fix-applied',
    site: 'x',
    account: 'personal',
    rules: ['disclaimer'],
    severities: ['info'],
  },
  // 02:30 UTC on the 6th is still the 5th in Halifax.
  {
    at: Date.UTC(2026, 0, 6, 2, 30),
    action: 'activity',
    site: 'facebook',
    account: 'personal',
    rules: [],
    severities: [],
    minutes: 3,
    inWork: false,
  },
  {
    at: Date.UTC(2026, 0, 6, 13, 0),
    action: 'review-posted-anyway',
    site: 'youtube',
    account: 'official',
    rules: ['records'],
    severities: ['warning'],
    surface: 'comment',
  },
];

/** Version-2 rows as Postwise stored them before version 3. */
const V2_ROWS: LogRow[] = [
  {
    at: Date.UTC(2026, 0, 5, 14, 0),
    day: '2026-01-05',
    action: 'guidance-shown',
    site: 'x',
    account: 'personal',
    surface: 'post',
    rules: ['personal-info'],
    severities: ['high'],
    workTime: true,
  },
  {
    at: Date.UTC(2026, 0, 5, 15, 0),
    day: '2026-01-05',
    action: 'activity',
    site: 'facebook',
    account: 'personal',
    rules: [],
    severities: [],
    seconds: 60,
    workTime: false,
    typing: true,
  },
];

/** A database as an older Postwise left it, at `version`, holding `rows`. */
async function createAt(version: 1 | 2 | 3, name: string, rows: unknown[]) {
  const old = new Dexie(name);
  old.version(version).stores(STORES[version]);
  await old.table('events').bulkAdd(rows);
  old.close();
}

/** Such a database, opened (so upgraded) by LogDB, with its rows in the order they were added. */
async function upgraded(version: 1 | 2 | 3, rows: LogRowV1[] | LogRow[]) {
  const name = `test-log-${crypto.randomUUID()}`;
  await createAt(version, name, rows);
  const db = new LogDB(name);
  await db.open();
  return { db, rows: await db.events.orderBy('id').toArray() };
}

describe('log database versions', () => {
  test('opens a version-1 database with data, upgrades it to the latest version and finds every row', async () => {
    const { db, rows } = await upgraded(1, V1_ROWS);
    expect(db.verno).toBe(4);
    expect(rows).toHaveLength(V1_ROWS.length);
    expect(rows.map((r) => r.action)).toEqual(V1_ROWS.map((r) => r.action));
    expect(rows.map((r) => r.day)).toEqual(['2026-01-05', '2026-01-05', '2026-01-05', '2026-01-06']);
    expect(rows[2]).toMatchObject({ seconds: 180, workTime: false });
    expect(rows[2]).not.toHaveProperty('minutes');
    expect(rows[2]).not.toHaveProperty('inWork');
    expect(rows[3]).toMatchObject({ account: 'official', surface: 'comment', rules: ['records'] });
    // The new indexes work on the migrated rows.
    expect(await db.events.where('day').equals('2026-01-05').count()).toBe(3);
    expect(await db.events.where('action').equals('activity').count()).toBe(1);
    db.close();
  });

  test.each([
    [1, [{ ...V1_ROWS[0]!, text: 'a draft' }, { ...V1_ROWS[1]!, action: 'keystroke' }, V1_ROWS[2]!]],
    [2, [{ ...V2_ROWS[0]!, text: 'a draft' }, { ...V2_ROWS[1]!, action: 'keystroke' }, V2_ROWS[1]!]],
  ] as const)(
    'a version-%i row that cannot be upgraded is dropped, and stray fields never survive',
    async (version, rows) => {
      const name = `test-log-${crypto.randomUUID()}`;
      await createAt(version, name, [...rows]);
      const db = new LogDB(name);
      const kept = await db.events.toArray();
      expect(kept.map((r) => r.action)).toEqual(['guidance-shown', 'activity']);
      expect(JSON.stringify(kept)).not.toContain('draft');
      db.close();
    },
  );

  test('upgradeRowV1 uses the time zone for the day, and clamps minutes', () => {
    const at = Date.UTC(2026, 6, 1, 3, 0);
    const base: LogRowV1 = {
      at,
      action: 'activity',
      site: 'x',
      account: 'personal',
      rules: [],
      severities: [],
      minutes: 500,
    };
    expect(upgradeRowV1(base, 'America/Halifax')).toMatchObject({ day: '2026-07-01', seconds: 3600 });
    expect(upgradeRowV1(base, 'America/Vancouver')?.day).toBe('2026-06-30');
    expect(upgradeRowV1(base, 'Not/AZone')?.day).toBe('2026-07-01');
  });

  test('opens a version-2 database with data, upgrades it to version 4 and keeps every row as it was', async () => {
    const { db, rows } = await upgraded(2, V2_ROWS);
    expect(db.verno).toBe(4);
    expect(rows.map(({ id: _id, ...r }) => r)).toEqual(V2_ROWS);
    expect(await db.events.where('action').equals('activity').count()).toBe(1);
    // Version 3 holds the breach card's row, which version 2 did not know.
    await db.events.add({ ...V2_ROWS[0]!, action: 'breach-card-shown', origin: 'posted-anyway' });
    expect(await db.events.where('action').equals('breach-card-shown').count()).toBe(1);
    db.close();
  });

  test('upgradeRowV2 keeps a valid row whole and refuses an unknown origin', () => {
    expect(upgradeRowV2({ ...V2_ROWS[1]! })).toEqual(V2_ROWS[1]);
    expect(upgradeRowV2({ ...V2_ROWS[0]!, action: 'breach-card-shown', origin: 'elsewhere' })).toBeNull();
  });

  test('opens a version-3 database with data, upgrades it to version 4: rows kept, stray fields and bad rows dropped', async () => {
    const breach = { ...V2_ROWS[0]!, action: 'breach-card-shown', origin: 'moderation' } as LogRow;
    const { db, rows } = await upgraded(3, [
      ...V2_ROWS,
      breach,
      { ...V2_ROWS[1]!, text: 'a comment' } as LogRow,
      { ...V2_ROWS[0]!, action: 'moderation-marked', reasons: ['gossip'] } as unknown as LogRow,
    ]);
    expect(db.verno).toBe(4);
    expect(rows.map(({ id: _id, ...r }) => r)).toEqual([...V2_ROWS, breach, V2_ROWS[1]]);
    // Version 4 holds a marked comment's reasons, which version 3 did not know.
    await db.events.add({ ...V2_ROWS[0]!, action: 'moderation-marked', reasons: ['threat', 'profanity'] });
    expect(await db.events.where('action').equals('moderation-marked').count()).toBe(1);
    db.close();
  });

  test('upgradeRowV3 keeps a valid moderation row and refuses an unknown reason', () => {
    const marked = { ...V2_ROWS[0]!, action: 'moderation-marked' as const, reasons: ['spam' as const] };
    expect(upgradeRowV3({ ...marked })).toEqual(marked);
    expect(upgradeRowV3({ ...marked, reasons: ['off-topic'] })).toBeNull();
  });

  test('a new database starts at version 4', async () => {
    const db = new LogDB(`test-log-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.events.schema.indexes.map((i) => i.name).sort()).toEqual(['action', 'at', 'day']);
    db.close();
  });
});
