import { isQuotaError } from '@/lib/log/store';
import { csvCell, EXPORT_FORMAT, toCsv, toJson } from '@/lib/log/export';
import { DAY, freshLog, row } from './helpers';
import type { NewLogRow } from '@/lib/log/schema';

const NOW = Date.UTC(2026, 10, 24, 15, 0);

describe('EventLog', () => {
  test('records valid rows and refuses rows with text', async () => {
    const log = freshLog();
    expect(await log.add(row())).toEqual({ ok: true });
    const bad = await log.add({ ...row(), text: 'my draft' } as never);
    expect(bad.ok).toBe(false);
    expect(await log.count()).toBe(1);
  });

  test('retention deletes rows older than the given days and keeps the rest', async () => {
    const log = freshLog();
    const ages = [0, 1, 30, 89, 91, 120, 400];
    await log.addMany(ages.map((d) => row({ at: NOW - d * DAY })));
    const removed = await log.prune(90, NOW);
    expect(removed).toBe(3);
    const left = await log.all();
    expect(left.map((r) => Math.round((NOW - r.at) / DAY)).sort((a, b) => a - b)).toEqual([0, 1, 30, 89]);
    expect(await log.prune(7, NOW)).toBe(2);
  });

  test('since() reads a range, oldest first', async () => {
    const log = freshLog();
    await log.addMany([row({ at: NOW }), row({ at: NOW - 3 * DAY }), row({ at: NOW - 40 * DAY })]);
    const rows = await log.since(NOW - 28 * DAY);
    expect(rows.map((r) => r.at)).toEqual([NOW - 3 * DAY, NOW]);
  });

  test('clear() deletes every row', async () => {
    const log = freshLog();
    await log.addMany([row(), row(), row()]);
    expect(await log.clear()).toEqual({ ok: true });
    expect(await log.count()).toBe(0);
  });

  test('a full disk is reported, not thrown', async () => {
    const log = freshLog();
    const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(log.db.events, 'add').mockRejectedValue(quota());
    vi.spyOn(log.db.events, 'bulkAdd').mockRejectedValue(quota());
    await expect(log.add(row())).resolves.toEqual({ ok: false, reason: 'storage full' });
    await expect(log.addMany([row()])).resolves.toEqual({ ok: false, reason: 'storage full' });
  });

  test('other storage errors are reported without details', async () => {
    const log = freshLog();
    vi.spyOn(log.db.events, 'add').mockRejectedValue(new Error('disk on fire at /home/jane'));
    await expect(log.add(row())).resolves.toEqual({ ok: false, reason: 'storage unavailable' });
  });

  test('isQuotaError sees through Dexie’s wrapping', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('x'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});

describe('export', () => {
  const rows = [
    { ...row({ surface: 'reply' }), id: 1 },
    { ...row({ action: 'activity', rules: [], severities: [], seconds: 60, workTime: true, typing: false }), id: 2 },
    { ...row({ rules: ['partisan', 'disclaimer'], severities: ['high', 'info'] }), id: 3 },
  ];

  test('JSON holds every row with a readable time', () => {
    const parsed = JSON.parse(toJson(rows, NOW)) as { format: string; version: number; events: unknown[] };
    expect(parsed.format).toBe(EXPORT_FORMAT);
    expect(parsed.version).toBe(4);
    expect(parsed.events).toHaveLength(3);
    expect(parsed.events[0]).toMatchObject({ id: 1, surface: 'reply', time: '2026-11-24T14:30:00.000Z' });
  });

  test('CSV has a header and one line per row, lists joined with ;', () => {
    const lines = toCsv(rows).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,at,time,day,action,site,account,surface,rules,severities,seconds,workTime,typing,origin,reasons',
    );
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe(
      `2,${rows[1]!.at},2026-11-24T14:30:00.000Z,2026-11-24,activity,x,personal,,,,60,true,false,,`,
    );
    expect(lines[3]).toContain(',partisan;disclaimer,high;info,');
  });

  test('the moderation summary: counts by reason and by day in JSON, reasons in each CSV row, never text', () => {
    const marked = (day: string, reasons: NewLogRow['reasons'], id: number) => ({
      ...row({
        day,
        action: 'moderation-marked',
        account: 'official',
        rules: [],
        severities: [],
        reasons,
        workTime: true,
      }),
      id,
    });
    const all = [
      ...rows,
      marked('2026-11-24', ['threat', 'profanity'], 4),
      marked('2026-11-24', ['profanity'], 5),
      marked('2026-11-20', ['spam'], 6),
    ];
    const parsed = JSON.parse(toJson(all, NOW)) as { moderation: unknown };
    expect(parsed.moderation).toEqual({
      total: 3,
      inWorkHours: 3,
      reasons: [
        { reason: 'threat', count: 1 },
        { reason: 'profanity', count: 2 },
        { reason: 'spam', count: 1 },
      ],
      days: [
        { day: '2026-11-20', count: 1 },
        { day: '2026-11-24', count: 2 },
      ],
    });
    const lines = toCsv(all).trimEnd().split('\r\n');
    expect(lines[4]).toMatch(/,moderation-marked,x,official,,,,,true,,,threat;profanity$/);
    expect(JSON.parse(toJson(rows, NOW)).moderation).toEqual({ total: 0, inWorkHours: 0, reasons: [], days: [] });
  });

  test('CSV cells are quoted and defused', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(undefined)).toBe('');
  });

  test('an empty log exports an empty list and a header', () => {
    expect(JSON.parse(toJson([], NOW)).events).toEqual([]);
    expect(toCsv([]).split('\r\n')).toHaveLength(2);
  });
});
