/**
 * The activity log and work-hours reminders in Firefox ESR, as in Chromium
 * (tests/e2e/log.spec.ts, data in tests/scenarios/extension.ts): with work
 * hours that include "now", a person types and posts on a routed x.com page,
 * and the day's reminder appears there; more activity and log messages reach
 * the background (sent from an extension page, as the content script does);
 * the log's IndexedDB, read from an extension page (the same origin as the MV2
 * background page), holds the events, and no stored value anywhere contains
 * the typed text.
 */
import { fixture, launch, type Session } from './harness';
import { press, until } from './scenarios';
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

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

type Browser = { browser: typeof chrome };

test('typing and posting in work hours: the events are logged, the text is not', async () => {
  session = await launch();
  const ext = await session.openExtensionPage('popup.html');
  await ext.evaluate(
    (values) => (globalThis as unknown as Browser).browser.storage.local.set({ userSettings: values }),
    LOG.alwaysAtWork,
  );

  session.routes.set('https://x.com/home', fixture('sites/x-home-composer.html'));
  const site = await session.open('https://x.com/home');
  const box = await until(
    'the box',
    () => site.$('[data-testid="tweetTextarea_0"]'),
    (b) => b !== null,
  );
  await box!.click();
  await press(site, 'End');
  await site.keyboard.type(` ${LOG.typed}`);
  await until(
    'the typed text in the box',
    () => box!.evaluate((b) => b.textContent ?? ''),
    (t) => t.includes(LOG.typed),
  );
  await (await site.$('[data-testid="tweetButtonInline"]'))!.click();
  // The post counts (the content script's activity reporter): the day's reminder appears on the page.
  await until(
    'the reminder on the page',
    () => site.$eval(REMINDER_HOST, (h) => h.shadowRoot?.textContent ?? '').catch(() => ''),
    (text) => text.includes(REMINDER_QUOTE),
  );

  // What the content script reports, sent the same way from an extension page.
  const answers = await ext.evaluate(async (messages) => {
    const out: Record<string, unknown> = {};
    for (const [name, message] of messages) {
      out[name] = await (globalThis as unknown as Browser).browser.runtime.sendMessage(message);
    }
    return out;
  }, LOG_MESSAGES);
  expect(answers).toMatchObject(LOG_ANSWERS);
  expect(answers.minute).not.toHaveProperty('reminder'); // capped: the post already brought it

  const { version, rows } = (await ext.evaluate(readLogRaw)) as {
    version: number;
    rows: { action: string; workTime?: boolean }[];
  };
  expect(version).toBe(LOG.dbVersion);
  const actions = rows.map((r) => r.action);
  for (const action of LOG.actions) expect(actions).toContain(action);
  expect(rows.filter((r) => r.action === 'activity').every((r) => r.workTime === true)).toBe(true);

  // Search every value of every row, and the extension's storage, for the typed text.
  const storage = await ext.evaluate(async () => {
    const b = (globalThis as unknown as Browser).browser;
    return { local: await b.storage.local.get(null), session: await b.storage.session?.get(null) };
  });
  const stored = [...strings(rows), ...strings(storage)];
  expect(stored.length).toBeGreaterThan(rows.length);
  expect(leaks(stored)).toEqual([]);

  // The daily alarm is set; notifications are optional, not granted.
  const setup = await ext.evaluate(async () => {
    const b = (globalThis as unknown as Browser).browser;
    return {
      alarm: await b.alarms.get('postwise-daily'),
      notifications: await b.permissions.contains({ permissions: ['notifications'] }),
    };
  });
  expect(setup.alarm?.periodInMinutes).toBe(1440);
  expect(setup.notifications).toBe(false);
});

test('the options page draws the last four weeks, and clears', async () => {
  session = await launch();
  const ext = await session.openExtensionPage('popup.html');
  await ext.evaluate(async (values) => {
    const b = (globalThis as unknown as Browser).browser;
    await b.storage.local.set({ userSettings: values });
    for (let i = 0; i < 3; i++) {
      await b.runtime.sendMessage({
        type: 'activity',
        site: 'facebook',
        account: 'personal',
        seconds: 60,
        typing: false,
      });
    }
    const event = { site: 'facebook', account: 'personal', rules: ['partisan'], severities: ['high'] };
    await b.runtime.sendMessage({ type: 'log', event: { ...event, action: 'guidance-shown' } });
    await b.runtime.sendMessage({ type: 'log', event: { ...event, action: 'review-posted-anyway' } });
  }, LOG.alwaysAtWork);

  const options = await session.openExtensionPage('options.html');
  const drawn = () =>
    options.evaluate(() => {
      const section = document.querySelector('section.pw-activity');
      const tables = section?.querySelectorAll('table') ?? [];
      return {
        charts: section?.querySelectorAll('figure svg').length ?? 0,
        days: section?.querySelector('figure')?.querySelectorAll('rect').length ?? 0,
        rules: tables[1]?.querySelector('tbody tr')?.textContent ?? '',
      };
    });
  const seen = await until('the activity charts', drawn, (d) => d.charts === 3);
  expect(seen.days).toBe(28);
  expect(seen.rules).toMatch(/Partisan content\s*1/);

  const click = async (name: string) => {
    const button = await options.waitForSelector(`section.pw-activity ::-p-aria(${name})`);
    await button!.click();
  };
  await click('Clear activity log…');
  await click('Delete everything');
  await until(
    'the empty log',
    () => options.$eval('section.pw-activity', (s) => s.textContent ?? ''),
    (t) => t.includes('Your activity log is empty.'),
  );
});
