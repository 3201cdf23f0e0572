/**
 * Moderation assist in Firefox ESR (Manifest V2), on the scenarios shared with Chromium
 * (tests/scenarios/moderation.ts): the chunk imported by the content script, marks where due and
 * none elsewhere, none from a personal account, a dismissal kept across a reload, no network,
 * nothing stored (storage.local, the activity log) that holds a comment's words.
 */
import type { Page } from 'puppeteer-core';
import { BASE, launch, type Session } from './harness';
import { until } from './scenarios';
import { BASELINE_SETTINGS, readLogRaw, strings } from '../scenarios/extension';
import {
  COMMENT_FRAGMENTS,
  MARK_TAG,
  MODERATION_PAGES,
  PERSONAL_PAGES,
  officialSettings,
  readMarks,
  STRICT_CSP,
  inlineScriptBlocked,
  type ModerationPage,
} from '../scenarios/moderation';

type ExtensionGlobal = { browser: typeof chrome };
let session: Session;
const pages: Page[] = [];
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close().catch(() => undefined);
});

async function settings(values: Record<string, unknown>): Promise<void> {
  const ext = await session.openExtensionPage('popup.html');
  await ext.evaluate(
    (v) => (globalThis as unknown as ExtensionGlobal).browser.storage.local.set({ userSettings: v }),
    values,
  );
  await ext.close();
}

async function open(p: Pick<ModerationPage, 'url' | 'html'>): Promise<Page> {
  session.routes.set(p.url, p.html);
  const page = await session.open(p.url);
  pages.push(page);
  return page;
}

/** Waits until every comment in `ids` has a mark; the marks then. */
function marksFor(page: Page, ids: string[]): Promise<Record<string, string[]>> {
  return until(
    'the marks',
    () => page.evaluate(readMarks),
    (marks) => ids.every((id) => marks[id]?.length),
    30_000,
  );
}

for (const p of MODERATION_PAGES) {
  test(`${p.name}: marks where due, with their reasons; none on the others`, async () => {
    await settings(officialSettings(BASELINE_SETTINGS, p.official));
    const page = await open(p);
    const marks = await marksFor(page, Object.keys(p.marked));
    for (const [id, reasons] of Object.entries(p.marked))
      expect(marks[id], id).toEqual(expect.arrayContaining(reasons));
    for (const id of p.unmarked) expect(marks[id], id).toEqual([]);
    const dismiss = await page.$(`${MARK_TAG} >>> ::-p-aria(Dismiss this mark: the comment needs nothing)`);
    expect(dismiss).not.toBeNull();
  });
}

for (const p of PERSONAL_PAGES) {
  test(`${p.name}: no mark at all`, async () => {
    await settings(officialSettings(BASELINE_SETTINGS, p.official));
    const page = await open(p);
    await new Promise((r) => setTimeout(r, 5000));
    expect(await page.$$eval(MARK_TAG, (hosts) => hosts.length)).toBe(0);
  });
}

test('a dismissal is remembered across a reload; no network; nothing stored holds the words', async () => {
  session.requests.length = 0;
  const p = MODERATION_PAGES[0]!;
  await settings(officialSettings(BASELINE_SETTINGS, p.official));
  const page = await open(p);
  await marksFor(page, Object.keys(p.marked));
  const dismiss = await page.waitForSelector(
    `[data-c="threat"] ${MARK_TAG} >>> ::-p-aria(Dismiss this mark: the comment needs nothing)`,
  );
  await dismiss!.click();
  await until(
    'the mark gone',
    () => page.evaluate(readMarks),
    (m) => m.threat?.length === 0,
  );
  await page.reload();
  const marks = await marksFor(
    page,
    Object.keys(p.marked).filter((id) => id !== 'threat'),
  );
  expect(marks.threat).toEqual([]);

  // Only the routed page and the extension's own files (its stylesheet, the moderation chunk).
  const outside = session.requests.filter((u) => !/^(moz-extension|data|about):/.test(u) && u !== p.url);
  expect(outside).toEqual([]);
  for (const u of session.requests.filter((r) => r.startsWith('moz-extension://'))) {
    expect(u).toMatch(new RegExp(`^${BASE}/(content-scripts/facebook\\.css|moderation\\.js)$`));
  }
  expect(session.network).toEqual([]);

  const ext = await session.openExtensionPage('popup.html');
  const stored = strings(
    await ext.evaluate(() => (globalThis as unknown as ExtensionGlobal).browser.storage.local.get(null)),
  );
  const log = strings(((await ext.evaluate(readLogRaw)) as { rows: unknown[] }).rows);
  await ext.close();
  const found = [...stored, ...log].filter((s) =>
    COMMENT_FRAGMENTS.some((f) => s.toLowerCase().includes(f.toLowerCase())),
  );
  expect(found).toEqual([]);
  expect(log).toContain('moderation-marked');
});

test('a page with a strict Content-Security-Policy, as the sites send: the chunk still loads and marks', async () => {
  const p = MODERATION_PAGES[0]!;
  await settings(officialSettings(BASELINE_SETTINGS, p.official));
  session.headers.set(p.url, { 'content-security-policy': STRICT_CSP });
  try {
    const page = await open(p);
    // (Firefox runs every test in one profile: the threat was dismissed by the test before.)
    const marks = await marksFor(page, ['spam', 'profanity']);
    expect(marks.spam).toEqual(['spam']);
    expect(await page.evaluate(inlineScriptBlocked)).toBe(true);
    // The marks' one stylesheet (constructed, adopted by each mark) applies under the policy too.
    const height = await page.$eval(`[data-c="spam"] ${MARK_TAG}`, (host) => host.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(10);
  } finally {
    session.headers.delete(p.url);
  }
});
