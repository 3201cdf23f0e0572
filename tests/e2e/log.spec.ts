/**
 * The activity log and work-hours reminders in Chromium: with work hours that
 * include "now", a person types and posts on a routed x.com page, and the
 * day's reminder appears there; more activity and log messages reach the
 * background (sent from an extension page, as the content script does); the
 * service worker's IndexedDB holds the events, and no stored value anywhere
 * contains the typed text. The same scenario runs in Firefox (tests/firefox/log.test.ts).
 */
import type { Worker } from '@playwright/test';
import { test, expect, extensionPage, fixture } from './fixtures';
import {
  LOG,
  LOG_ANSWERS,
  LOG_MESSAGES,
  REMINDER_HOST,
  REMINDER_QUOTE,
  leaks,
  readLogRaw,
  strings,
} from '../scenarios/extension';

interface Row {
  action: string;
  [key: string]: unknown;
}

/** The log database read with raw IndexedDB in the service worker. */
async function readLog(worker: Worker) {
  const { version, rows } = await worker.evaluate(readLogRaw);
  return { version, rows: rows as Row[] };
}

test('typing and posting in work hours: the events are logged, the text is not', async ({
  context,
  worker,
  extensionId,
  openPage,
}) => {
  await worker.evaluate((values) => chrome.storage.local.set({ userSettings: values }), LOG.alwaysAtWork);

  const site = await openPage('https://x.com/home', fixture('sites/x-home-composer.html'));
  const box = site.locator('[data-testid="tweetTextarea_0"]');
  await box.click();
  await site.keyboard.press('End');
  await site.keyboard.type(` ${LOG.typed}`);
  await expect(box).toContainText(LOG.typed);
  await site.locator('[data-testid="tweetButtonInline"]').click();
  // The post counts (the content script's activity reporter): the day's reminder appears on the page.
  await expect(site.locator(REMINDER_HOST)).toContainText(REMINDER_QUOTE);

  // What the content script reports, sent the same way from an extension page.
  const ext = await extensionPage(context, extensionId);
  const answers = await ext.evaluate(async (messages) => {
    const out: Record<string, unknown> = {};
    for (const [name, message] of messages) out[name] = await chrome.runtime.sendMessage(message);
    return out;
  }, LOG_MESSAGES);
  expect(answers).toMatchObject(LOG_ANSWERS);
  expect(answers.minute).not.toHaveProperty('reminder'); // capped: the post already brought it

  const { version, rows } = await readLog(worker);
  expect(version).toBe(LOG.dbVersion);
  const actions = rows.map((r) => r.action);
  for (const action of LOG.actions) expect(actions).toContain(action);
  expect(rows.filter((r) => r.action === 'activity').every((r) => r.workTime === true)).toBe(true);

  // Search every value of every row, and the extension's storage, for the typed text.
  const storage = await worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
  }));
  const stored = [...strings(rows), ...strings(storage)];
  expect(stored.length).toBeGreaterThan(rows.length);
  expect(leaks(stored)).toEqual([]);

  // The daily alarm is set; notifications are optional, not granted.
  const setup = await worker.evaluate(async () => ({
    alarm: await chrome.alarms.get('postwise-daily'),
    manifest: chrome.runtime.getManifest(),
    notifications: await chrome.permissions.contains({ permissions: ['notifications'] }),
  }));
  expect(setup.alarm?.periodInMinutes).toBe(1440);
  expect(setup.manifest.permissions).toEqual(['storage', 'alarms']);
  expect(setup.manifest.optional_permissions).toEqual(['notifications']);
  expect(setup.notifications).toBe(false);
});

test('the options page draws the last four weeks, exports and clears', async ({ context, worker, extensionId }) => {
  await worker.evaluate((values) => chrome.storage.local.set({ userSettings: values }), LOG.alwaysAtWork);
  const ext = await extensionPage(context, extensionId);
  await ext.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      await chrome.runtime.sendMessage({
        type: 'activity',
        site: 'facebook',
        account: 'personal',
        seconds: 60,
        typing: false,
      });
    }
    const event = { site: 'facebook', account: 'personal', rules: ['partisan'], severities: ['high'] };
    await chrome.runtime.sendMessage({ type: 'log', event: { ...event, action: 'guidance-shown' } });
    await chrome.runtime.sendMessage({ type: 'log', event: { ...event, action: 'review-posted-anyway' } });
  });

  const options = await extensionPage(context, extensionId, 'options.html');
  const section = options.locator('section.pw-activity');
  await expect(section.getByRole('heading', { name: 'Your activity' })).toBeVisible();
  await expect(section.locator('figure svg')).toHaveCount(3);
  await expect(section.locator('figure').first().locator('rect')).toHaveCount(28);
  const tables = section.locator('table');
  await expect(tables).toHaveCount(3);
  await expect(tables.nth(1).locator('tbody tr')).toHaveText([/Partisan content\s*1/]);
  await expect(tables.nth(2).locator('tr', { hasText: 'Posted anyway' })).toContainText('1');

  const download = options.waitForEvent('download');
  await section.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^postwise-activity-\d{4}-\d{2}-\d{2}\.csv$/);

  await section.getByRole('button', { name: 'Clear activity log…' }).click();
  await section.getByRole('button', { name: 'Delete everything' }).click();
  await expect(section.getByText('Your activity log is empty.')).toBeVisible();
  expect((await readLog(worker)).rows).toEqual([]);
});
