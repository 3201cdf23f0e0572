/**
 * The privacy-breach card in the background: answered to the log event of
 * "Post anyway" on a draft with a high personal-information finding, and to a
 * moderator's explicit request; recorded in the log as shown, without text.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dexie } from 'dexie';
import { startActivity, type ExtensionApi } from '@/lib/background/activity';
import { createHandler } from '@/lib/background/handler';
import { SettingsStore } from '@/lib/background/settings-store';
import type { Responses } from '@/lib/messaging';

let dbName: string;
let opened: { close(): void } | undefined;
const OFFICER = { name: 'Pat Example', title: 'Privacy Officer', phone: '(902) 555-0142', email: '' };

function boot() {
  const settings = new SettingsStore(fakeBrowser.storage.local, fakeBrowser.storage.managed);
  const activity = startActivity(fakeBrowser as unknown as ExtensionApi, settings, { dbName });
  opened = activity.log.db;
  const send = createHandler({ settings, session: fakeBrowser.storage.session, extra: activity.handlers });
  return { send, log: activity.log };
}

const postedAnyway = (rules: string[], severities: string[]) => ({
  type: 'log',
  event: { action: 'review-posted-anyway', site: 'facebook', account: 'official', surface: 'reply', rules, severities },
});

beforeEach(() => {
  fakeBrowser.reset();
  dbName = `test-log-${crypto.randomUUID()}`;
});
afterEach(() => {
  opened?.close();
  return Dexie.delete(dbName);
});

test('"Post anyway" with a high personal-information finding: the card in the answer, recorded without text', async () => {
  await fakeBrowser.storage.managed.set({ privacyContact: OFFICER });
  const w = boot();
  const answer = (await w.send(postedAnyway(['personal-info', 'records'], ['high', 'warning']))) as Responses['log'];
  expect(answer.ok).toBe(true);
  expect(answer.card?.title).toBe('This may be a privacy breach');
  expect(answer.card?.body[2]).toContain('Pat Example');
  const rows = await w.log.all();
  expect(rows.map((r) => r.action)).toEqual(['review-posted-anyway', 'breach-card-shown']);
  expect(rows[1]).toMatchObject({
    origin: 'posted-anyway',
    site: 'facebook',
    account: 'official',
    surface: 'reply',
    rules: ['personal-info'],
    severities: ['high'],
  });
  expect(JSON.stringify(rows)).not.toContain('Pat Example');
});

test('no card for other findings, nor for personal information that was not high', async () => {
  const w = boot();
  for (const [rules, severities] of [
    [['partisan'], ['high']],
    [['personal-info'], ['warning']],
  ]) {
    const answer = (await w.send(postedAnyway(rules!, severities!))) as Responses['log'];
    expect(answer).toEqual({ ok: true });
  }
  expect((await w.log.all()).map((r) => r.action)).toEqual(['review-posted-anyway', 'review-posted-anyway']);
});

test('a moderator’s request: the moderation card, recorded with its origin; a request with text is refused', async () => {
  const w = boot();
  const request = { type: 'breach-card', origin: 'moderation', site: 'youtube', account: 'official', lang: 'fr' };
  const answer = (await w.send(request)) as Responses['breach-card'];
  expect(answer.ok).toBe(true);
  expect(answer.card?.lang).toBe('fr');
  expect(answer.card?.body[0]).toMatch(/^Ce commentaire/);
  expect(await w.log.all()).toMatchObject([
    { action: 'breach-card-shown', origin: 'moderation', site: 'youtube', severities: [] },
  ]);
  const refused = (await w.send({ ...request, comment: '902-555-0134' })) as Responses['breach-card'];
  expect(refused).toMatchObject({ ok: false });
  expect(refused.card).toBeUndefined();
  expect(await w.log.count()).toBe(1);
});
