import { Dexie } from 'dexie';
import { LogDB } from '@/lib/log/db';
import { STORES, upgradeRowV1, type LogRowV1 } from '@/lib/log/migrations';

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

async function createV1(name: string, rows: LogRowV1[]) {
  const v1 = new Dexie(name);
  v1.version(1).stores(STORES[1]);
  await v1.table('events').bulkAdd(rows);
  v1.close();
}

describe('log database versions', () => {
  test('opens a version-1 database with data, upgrades it to version 2 and finds every row', async () => {
    const name = `test-log-${crypto.randomUUID()}`;
    await createV1(name, V1_ROWS);
    const db = new LogDB(name);
    await db.open();
    expect(db.verno).toBe(2);
    const rows = await db.events.orderBy('id').toArray();
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

  test('a version-1 row that cannot be a version-2 row is dropped, and stray fields never survive', async () => {
    const name = `test-log-${crypto.randomUUID()}`;
    const stray = { ...V1_ROWS[0]!, text: 'a draft someone once stored' } as LogRowV1;
    const unknown = { ...V1_ROWS[1]!, action: 'keystroke' };
    await createV1(name, [stray, unknown, V1_ROWS[2]!]);
    const db = new LogDB(name);
    const rows = await db.events.toArray();
    expect(rows.map((r) => r.action)).toEqual(['guidance-shown', 'activity']);
    expect(JSON.stringify(rows)).not.toContain('draft');
    db.close();
  });

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

  test('a new database starts at version 2', async () => {
    const db = new LogDB(`test-log-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.events.schema.indexes.map((i) => i.name).sort()).toEqual(['action', 'at', 'day']);
    db.close();
  });
});
