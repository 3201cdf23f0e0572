/**
 * Moderation assist in the background: verdicts for a batch in order, dismissals remembered by
 * key and capped, the tab's count in session storage and the badge, the log's summary without
 * text, and nothing at all when the setting is off.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dexie } from 'dexie';
import { startActivity, type ExtensionApi } from '@/lib/background/activity';
import { createHandler } from '@/lib/background/handler';
import { moderationLogger } from '@/lib/background/log-handlers';
import {
  badgeText,
  createModerationHandlers,
  DISMISSALS_KEY,
  MAX_BATCH,
  MAX_DISMISSALS,
} from '@/lib/background/moderation';
import { SettingsStore } from '@/lib/background/settings-store';
import { commentKey } from '@/lib/moderation/key';
import type { Responses } from '@/lib/messaging';

let dbName: string;
let opened: { close(): void } | undefined;

function boot() {
  const settings = new SettingsStore(fakeBrowser.storage.local, fakeBrowser.storage.managed);
  const activity = startActivity(fakeBrowser as unknown as ExtensionApi, settings, { dbName });
  opened = activity.log.db;
  const badges = new Map<number, string>();
  const colours = new Map<number, string>();
  const resolved = async () => (await settings.resolve()).settings;
  const moderation = createModerationHandlers({
    settings: resolved,
    local: fakeBrowser.storage.local,
    session: fakeBrowser.storage.session,
    badge: {
      setBadgeText: ({ tabId, text }) => void badges.set(tabId, text),
      setBadgeBackgroundColor: ({ tabId, color }) => void colours.set(tabId, color),
    },
    logMarked: moderationLogger(activity.log, resolved),
  });
  const send = createHandler({
    settings,
    session: fakeBrowser.storage.session,
    extra: { ...activity.handlers, ...moderation },
  });
  fakeBrowser.storage.onChanged.addListener(() => settings.invalidate());
  return { send, log: activity.log, badges, colours, moderation };
}

beforeEach(() => {
  fakeBrowser.reset();
  dbName = `test-log-${crypto.randomUUID()}`;
});
afterEach(() => {
  opened?.close();
  return Dexie.delete(dbName);
});

test('moderate answers one verdict per comment, in order', async () => {
  const w = boot();
  const answer = (await w.send({
    type: 'moderate',
    site: 'facebook',
    comments: [
      { text: 'Thanks for posting the new clinic hours!' },
      { text: 'This program is a disgrace and the minister should be ashamed.' },
      { text: 'My health card number is 1234 567 890, can someone check my file?' },
      { text: 'What the fuck is wrong with this department', lang: 'en' },
    ],
  })) as Responses['moderate'];
  expect(answer.verdicts).toEqual([
    { reasons: [] },
    { reasons: [] },
    { reasons: ['personal-info'] },
    { reasons: ['profanity'] },
  ]);
});

test('moderate judges at most MAX_BATCH comments and says so', async () => {
  const w = boot();
  const comments = Array.from({ length: MAX_BATCH + 2 }, () => ({ text: 'Shit service.' }));
  const answer = (await w.send({ type: 'moderate', site: 'x', comments })) as Responses['moderate'];
  expect(answer.verdicts).toHaveLength(MAX_BATCH + 2);
  expect(answer.verdicts.slice(0, MAX_BATCH).every((v) => v.reasons.includes('profanity'))).toBe(true);
  expect(answer.verdicts.slice(MAX_BATCH)).toEqual([{ reasons: [] }, { reasons: [] }]);
  expect(answer.reason).toBe('batch too large');
});

test('nothing is judged, counted or logged when a manager turns moderation off', async () => {
  await fakeBrowser.storage.managed.set({ moderation: 'off' });
  const w = boot();
  const answer = (await w.send({
    type: 'moderate',
    site: 'youtube',
    comments: [{ text: 'Fuck you' }],
  })) as Responses['moderate'];
  expect(answer).toEqual({ verdicts: [{ reasons: [] }], reason: 'off' });
  await w.send({ type: 'moderation-page', site: 'youtube', counts: { profanity: 1 } }, 4);
  expect(w.badges.get(4)).toBe('');
  expect(await w.send({ type: 'moderation-count', tabId: 4 })).toEqual({ counts: {}, total: 0 });
  await w.send({ type: 'moderation-page', site: 'youtube', counts: { profanity: 1 }, marked: [['profanity']] }, 4);
  expect(await w.log.count()).toBe(0);
});

test('dismissals are remembered by key, once each, and survive a restarted worker', async () => {
  const w = boot();
  const a = commentKey('facebook', 'Call me at 902-555-0134');
  const b = commentKey('facebook', 'You are a moron');
  expect(await w.send({ type: 'moderation-dismiss', key: a })).toEqual({ ok: true });
  await Promise.all([w.send({ type: 'moderation-dismiss', key: b }), w.send({ type: 'moderation-dismiss', key: a })]);
  expect(await boot().send({ type: 'moderation-dismissals' })).toEqual({ keys: [b, a] });
  const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
  expect(stored).not.toContain('902');
  expect(stored).not.toContain('moron');
});

test('a dismissal that is not a key is refused (no text can be stored that way)', async () => {
  const w = boot();
  expect(await w.send({ type: 'moderation-dismiss', key: 'My SIN is 046 454 286' })).toEqual({
    ok: false,
    reason: 'invalid key',
  });
  expect(await w.send({ type: 'moderation-dismissals' })).toEqual({ keys: [] });
});

test('dismissals keep only the last 5,000', async () => {
  const old = Array.from({ length: MAX_DISMISSALS }, (_, i) => i.toString(16).padStart(64, '0'));
  await fakeBrowser.storage.local.set({ [DISMISSALS_KEY]: old });
  const w = boot();
  const key = commentKey('x', 'new one');
  await w.send({ type: 'moderation-dismiss', key });
  const { keys } = (await w.send({ type: 'moderation-dismissals' })) as Responses['moderation-dismissals'];
  expect(keys).toHaveLength(MAX_DISMISSALS);
  expect(keys[0]).toBe(old[1]);
  expect(keys.at(-1)).toBe(key);
});

test('the tab count: badge and popup answer, cleared at zero and when the tab is forgotten', async () => {
  const w = boot();
  await w.send(
    { type: 'moderation-page', site: 'facebook', counts: { profanity: 2, 'personal-info': 1 }, total: 3 },
    9,
  );
  expect(w.badges.get(9)).toBe('3');
  expect(w.colours.get(9)).toMatch(/^#/);
  expect(await w.send({ type: 'moderation-count', tabId: 9 })).toEqual({
    counts: { profanity: 2, 'personal-info': 1 },
    total: 3,
  });
  // Another tab has its own count; an unknown reason or a bad number is left out.
  await w.send({ type: 'moderation-page', site: 'x', counts: { spam: 4, gossip: 3, threat: -1 } as never }, 2);
  expect(w.badges.get(2)).toBe('4');
  expect(await w.send({ type: 'moderation-count', tabId: 2 })).toEqual({ counts: { spam: 4 }, total: 4 });
  await w.send({ type: 'moderation-page', site: 'facebook', counts: {} }, 9);
  expect(w.badges.get(9)).toBe('');
  expect(await w.send({ type: 'moderation-count', tabId: 9 })).toEqual({ counts: {}, total: 0 });
  await w.moderation.forgetTab(2);
  expect(w.badges.get(2)).toBe('');
  expect(await w.send({ type: 'moderation-count', tabId: 2 })).toEqual({ counts: {}, total: 0 });
  // Without a tab (the popup, an extension page) there is nothing to count.
  expect(await w.send({ type: 'moderation-page', site: 'x', counts: { spam: 1 } })).toEqual({
    ok: false,
    reason: 'no tab',
  });
});

test('badge text', () => {
  expect(badgeText(0)).toBe('');
  expect(badgeText(7)).toBe('7');
  expect(badgeText(120)).toBe('99+');
});

test('the comments newly marked come with the count: one row each in the log, reasons and a time, never text', async () => {
  const w = boot();
  expect(
    await w.send(
      {
        type: 'moderation-page',
        site: 'facebook',
        counts: { threat: 1, profanity: 2, spam: 1 },
        total: 3,
        marked: [['profanity', 'threat', 'bogus'] as never, [], ['spam'], 'spam' as never],
      },
      5,
    ),
  ).toEqual({ ok: true });
  expect(w.badges.get(5)).toBe('3');
  const rows = await w.log.all();
  expect(rows.map((r) => r.reasons)).toEqual([['threat', 'profanity'], ['spam']]);
  expect(rows[0]).toMatchObject({
    action: 'moderation-marked',
    site: 'facebook',
    account: 'official',
    reasons: ['threat', 'profanity'],
    rules: [],
  });
  expect(Object.keys(rows[0]!).sort()).toEqual(
    ['id', 'at', 'day', 'action', 'site', 'account', 'rules', 'severities', 'workTime', 'reasons'].sort(),
  );
  // A count alone adds nothing to the log.
  await w.send({ type: 'moderation-page', site: 'facebook', counts: { spam: 1 } }, 5);
  expect(await w.log.count()).toBe(2);
});
