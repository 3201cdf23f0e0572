/**
 * The background's activity log and reminders, wired as in the service worker,
 * on WXT's fake browser: storage, alarms and notifications are fakes, the clock
 * is faked (Date only: fake-indexeddb needs real timers).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dexie } from 'dexie';
import { startActivity } from '@/lib/background/activity';
import { createHandler } from '@/lib/background/handler';
import { SettingsStore, USER_KEY } from '@/lib/background/settings-store';
import { DAILY_ALARM, LAST_PRUNED_KEY } from '@/lib/background/log-alarms';
import { REMINDER_STATE_KEY } from '@/lib/reminders/service';
import { REMINDER_NOTIFICATION_ID } from '@/lib/reminders/notify';
import type { ExtensionApi } from '@/lib/background/activity';
import type { Responses } from '@/lib/messaging';

const MIN = 60_000;
const DAY = 86_400_000;
/** Tuesday 24 November 2026, 10:00 in Halifax. */
const TUE_10 = Date.UTC(2026, 10, 24, 14, 0);
const api = fakeBrowser as unknown as ExtensionApi;
let dbName: string;

/** Starts "the service worker": every object new, everything read from storage. */
function boot() {
  fakeBrowser.alarms.onAlarm.removeAllListeners?.();
  const settings = new SettingsStore(fakeBrowser.storage.local, fakeBrowser.storage.managed);
  fakeBrowser.storage.onChanged.addListener(() => settings.invalidate());
  const activity = startActivity(api, settings, { dbName });
  const onMessage = createHandler({ settings, session: fakeBrowser.storage.session, extra: activity.handlers });
  return { ...activity, settings, send: onMessage };
}

type Worker = ReturnType<typeof boot>;

async function report(w: Worker, over: Record<string, unknown> = {}) {
  const message = { type: 'activity', site: 'x', account: 'personal', seconds: 60, typing: true, ...over };
  return (await w.send(message)) as Responses['activity'];
}

/** `n` one-minute reports, the clock moving a minute each; answers the indexes that brought a reminder. */
async function minutes(w: Worker, n: number, over: Record<string, unknown> = {}) {
  const reminded: number[] = [];
  for (let i = 0; i < n; i++) {
    vi.setSystemTime(Date.now() + MIN);
    const answer = await report(w, over);
    expect(answer.ok).toBe(true);
    if (answer.reminder) reminded.push(i);
  }
  return reminded;
}

const setUser = (values: Record<string, unknown>) => fakeBrowser.storage.local.set({ [USER_KEY]: values });

beforeEach(() => {
  fakeBrowser.reset();
  dbName = `test-log-${crypto.randomUUID()}`;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TUE_10);
});

afterEach(async () => {
  vi.useRealTimers();
  await Dexie.delete(dbName);
});

describe('work-hours reminders in the background', () => {
  test('after 20 minutes of personal use: one reminder with the policy’s words, logged', async () => {
    const w = boot();
    expect(await minutes(w, 19)).toEqual([]);
    vi.setSystemTime(Date.now() + MIN);
    const answer = await report(w);
    expect(answer.reminder?.quote).toContain(
      "It's not appropriate for anybody to be regularly updating their Facebook status",
    );
    expect(answer.reminder?.quote).toContain("when they're on the job");
    expect(answer.reminder?.message).toMatch(/20 minutes/);
    expect(await minutes(w, 30)).toEqual([]); // the cap
    const rows = await w.log.all();
    expect(rows.filter((r) => r.action === 'reminder-shown')).toHaveLength(1);
    expect(rows.filter((r) => r.action === 'activity')).toHaveLength(50);
    expect(rows.every((r) => r.day === '2026-11-24')).toBe(true);
  });

  test('a stopped and restarted service worker carries on: the count and the cap survive', async () => {
    let w = boot();
    await minutes(w, 12);
    w = boot(); // the worker was stopped: new objects, same storage and database
    expect((await w.reminders.state()).workSeconds).toBe(12 * 60);
    expect(await minutes(w, 10)).toEqual([7]); // minute 20
    w = boot();
    expect(await minutes(w, 50)).toEqual([]); // still capped after a restart
    w = boot();
    expect(await minutes(w, 20)).toEqual([7]); // minute 80: 60 minutes after the first
    expect(await w.log.count()).toBe(92 + 2);
  });

  test('"Snooze for today" from the banner: nothing more today, back tomorrow', async () => {
    const w = boot();
    await minutes(w, 20);
    expect((await w.send({ type: 'snooze-reminder', site: 'x' })) as Responses['snooze-reminder']).toEqual({
      ok: true,
    });
    expect(await minutes(w, 120)).toEqual([]);
    vi.setSystemTime(TUE_10 + DAY);
    expect(await minutes(w, 25)).toEqual([19]);
    const actions = (await w.log.all()).map((r) => r.action);
    expect(actions.filter((a) => a === 'reminder-snoozed')).toHaveLength(1);
  });

  test('a post in work hours brings a reminder at once; the post is logged', async () => {
    const w = boot();
    const answer = await report(w, { seconds: 30, posted: true, surface: 'reply' });
    expect(answer.reminder?.message).toMatch(/posted/);
    const posts = (await w.log.all()).filter((r) => r.action === 'post-made');
    expect(posts).toEqual([expect.objectContaining({ surface: 'reply', workTime: true, site: 'x' })]);
  });

  test('none on a holiday, at the weekend or in the evening', async () => {
    for (const at of [Date.UTC(2026, 10, 11, 14, 0), Date.UTC(2026, 10, 28, 14, 0), Date.UTC(2026, 10, 24, 22, 0)]) {
      vi.setSystemTime(at);
      const w = boot();
      expect(await minutes(w, 90)).toEqual([]);
      expect((await report(w, { posted: true })).reminder).toBeUndefined();
    }
  });

  test('none for an official account', async () => {
    const w = boot();
    expect(await minutes(w, 90, { account: 'official' })).toEqual([]);
    expect((await report(w, { account: 'official', posted: true })).reminder).toBeUndefined();
  });

  test('none when a manager turned reminders off, even if the person turned them on', async () => {
    await setUser({ reminders: { enabled: true, afterMinutes: 5, capMinutes: 60, via: 'banner' } });
    await fakeBrowser.storage.managed.set({ reminders: { enabled: false }, locked: ['reminders'] });
    const w = boot();
    expect(await minutes(w, 90)).toEqual([]);
  });

  test('the person’s own threshold is used', async () => {
    await setUser({ reminders: { enabled: true, afterMinutes: 5, capMinutes: 30, via: 'banner' } });
    const w = boot();
    expect(await minutes(w, 40)).toEqual([4, 34]);
  });

  test('as a browser notification when chosen, with "Snooze for today" on its button', async () => {
    await setUser({ reminders: { enabled: true, afterMinutes: 20, capMinutes: 60, via: 'notification' } });
    const w = boot();
    expect(await minutes(w, 25)).toEqual([]); // not in the page
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual([REMINDER_NOTIFICATION_ID]);
    await fakeBrowser.notifications.onButtonClicked.trigger(REMINDER_NOTIFICATION_ID, 0);
    await vi.waitFor(async () => expect((await w.reminders.state()).snoozedDay).toBe('2026-11-24'));
  });

  test('a full disk is reported to the sender; the reminder still comes', async () => {
    const w = boot();
    await minutes(w, 19);
    vi.spyOn(w.log.db.events, 'bulkAdd').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    vi.setSystemTime(Date.now() + MIN);
    const answer = await report(w);
    expect(answer.ok).toBe(false);
    expect(answer.reason).toBe('storage full');
    expect(answer.reminder).toBeDefined();
  });

  test('reports with text or a handle are refused and change nothing', async () => {
    const w = boot();
    const answer = await report(w, { text: 'my draft', handle: '@jane' });
    expect(answer.ok).toBe(false);
    expect(await w.log.count()).toBe(0);
    expect((await w.reminders.state()).workSeconds).toBe(0);
  });
});

describe('the daily alarm', () => {
  test('is created for the next Halifax midnight, and a restart does not duplicate it', async () => {
    const w = boot();
    await w.ready;
    const alarm = await fakeBrowser.alarms.get(DAILY_ALARM);
    expect(alarm?.scheduledTime).toBe(Date.UTC(2026, 10, 25, 4, 0));
    await boot().ready;
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  test('resets the day’s count and deletes rows past retention', async () => {
    await setUser({ logRetentionDays: 30 });
    const w = boot();
    await w.ready;
    await w.log.addMany([
      {
        at: TUE_10 - 45 * DAY,
        day: '2026-10-10',
        action: 'post-made',
        site: 'x',
        account: 'personal',
        rules: [],
        severities: [],
      },
      {
        at: TUE_10 - 10 * DAY,
        day: '2026-11-14',
        action: 'post-made',
        site: 'x',
        account: 'personal',
        rules: [],
        severities: [],
      },
    ]);
    await minutes(w, 10);
    vi.setSystemTime(Date.UTC(2026, 10, 25, 4, 0, 5));
    await fakeBrowser.alarms.onAlarm.trigger({ name: DAILY_ALARM, scheduledTime: Date.now() });
    const state = (await fakeBrowser.storage.local.get(REMINDER_STATE_KEY))[REMINDER_STATE_KEY];
    expect(state).toMatchObject({ day: '2026-11-25', workSeconds: 0 });
    const rows = await w.log.all();
    expect(rows.some((r) => r.day === '2026-10-10')).toBe(false);
    expect(rows.some((r) => r.day === '2026-11-14')).toBe(true);
    expect((await fakeBrowser.alarms.get(DAILY_ALARM))?.scheduledTime).toBe(Date.UTC(2026, 10, 26, 4, 0));
  });

  test('a worker started after a missed alarm prunes when the last pruning is over a day old', async () => {
    const w = boot();
    await w.ready;
    await w.log.add({
      at: TUE_10 - 200 * DAY,
      day: '2026-05-08',
      action: 'post-made',
      site: 'x',
      account: 'personal',
      rules: [],
      severities: [],
    });
    await fakeBrowser.storage.local.set({ [LAST_PRUNED_KEY]: TUE_10 - 2 * DAY });
    const again = boot();
    await again.ready;
    expect(await again.log.count()).toBe(0);
  });
});

describe('log, dashboard, export and clear through messages', () => {
  test('a guidance event is stored with the background’s time and day; text is refused', async () => {
    const w = boot();
    const event = {
      action: 'guidance-shown',
      site: 'facebook',
      account: 'personal',
      rules: ['partisan'],
      severities: ['high'],
      at: 1,
    };
    expect(await w.send({ type: 'log', event })).toEqual({ ok: true });
    const bad = (await w.send({ type: 'log', event: { ...event, text: 'Vote for them' } })) as Responses['log'];
    expect(bad.ok).toBe(false);
    const rows = await w.log.all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ at: TUE_10, day: '2026-11-24', workTime: true });
  });

  test('dashboard-data, export-log and clear-log', async () => {
    const w = boot();
    await minutes(w, 3);
    const event = {
      action: 'review-posted-anyway',
      site: 'x',
      account: 'personal',
      rules: ['partisan'],
      severities: ['high'],
    };
    await w.send({ type: 'log', event });
    const dash = (await w.send({ type: 'dashboard-data' })) as Responses['dashboard-data'];
    expect(dash.retentionDays).toBe(90);
    expect(dash.data?.days.at(-1)).toEqual({ day: '2026-11-24', workMinutes: 3, otherMinutes: 0 });
    expect(dash.data?.outcomes.postedAnyway).toBe(1);
    const csv = (await w.send({ type: 'export-log', format: 'csv' })) as Responses['export-log'];
    expect(csv).toMatchObject({ ok: true, mime: 'text/csv', filename: 'postwise-activity-2026-11-24.csv' });
    expect(csv.data?.trim().split('\r\n')).toHaveLength(5);
    const json = (await w.send({ type: 'export-log', format: 'json' })) as Responses['export-log'];
    expect(JSON.parse(json.data!).events).toHaveLength(4);
    expect(await w.send({ type: 'clear-log' })).toEqual({ ok: true });
    expect(await w.log.count()).toBe(0);
  });
});

describe('a log that cannot be read', () => {
  test('dashboard-data and export-log answer a reason instead of throwing', async () => {
    const w = boot();
    vi.spyOn(w.log, 'since').mockRejectedValue(new Error('blocked'));
    vi.spyOn(w.log, 'all').mockRejectedValue(new Error('blocked'));
    expect(await w.send({ type: 'dashboard-data' })).toEqual({ ok: false, reason: 'storage unavailable' });
    expect(await w.send({ type: 'export-log', format: 'json' })).toEqual({ ok: false, reason: 'storage unavailable' });
  });
});

describe('the background entrypoint', () => {
  test('registers the log and reminder handlers on runtime messages', async () => {
    const { default: background } = await import('@/entrypoints/background');
    background.main();
    const answer = (await fakeBrowser.runtime.sendMessage({
      type: 'activity',
      site: 'youtube',
      account: 'personal',
      seconds: 60,
      typing: false,
      posted: true,
    })) as Responses['activity'];
    expect(answer.ok).toBe(true);
    expect(answer.reminder?.quote).toMatch(/on the job/);
    const dash = (await fakeBrowser.runtime.sendMessage({ type: 'dashboard-data' })) as Responses['dashboard-data'];
    expect(dash.data?.outcomes.posts).toBe(1);
    await fakeBrowser.runtime.sendMessage({ type: 'clear-log' });
    await Dexie.delete('postwise-log');
  });
});
