/**
 * Moderation assist in Chromium (tests/scenarios/moderation.ts): on the saved comment pages of an
 * official account, the marks where due with their reasons, none on benign or critical but
 * respectful comments nor on the account's own; none from a personal account; a dismissal
 * remembered across a reload; the tab's badge; the batches of a 1,000-comment page; no network;
 * nothing stored that holds a comment's words.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect, fixture } from './fixtures';
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

async function official(worker: Worker, account: ModerationPage['official']): Promise<void> {
  await worker.evaluate(
    (v) => chrome.storage.local.set({ userSettings: v }),
    officialSettings(BASELINE_SETTINGS, account),
  );
}

/** Waits until every comment due a mark has one (the first settings answer can take seconds). */
async function marksFor(page: Page, expected: string[]): Promise<Record<string, string[]>> {
  await expect
    .poll(
      async () => {
        const marks = await page.evaluate(readMarks);
        return expected.filter((id) => !marks[id]?.length);
      },
      { timeout: 20_000 },
    )
    .toEqual([]);
  return page.evaluate(readMarks);
}

for (const p of MODERATION_PAGES) {
  test(`${p.name}: marks where due, with their reasons; none on the others`, async ({ worker, openPage, requests }) => {
    await official(worker, p.official);
    const page = await openPage(p.url, p.html);
    const marks = await marksFor(page, Object.keys(p.marked));
    for (const [id, reasons] of Object.entries(p.marked))
      expect(marks[id], id).toEqual(expect.arrayContaining(reasons));
    for (const id of p.unmarked) expect(marks[id], id).toEqual([]);
    // Each mark is in its own open shadow root, says why and offers Dismiss.
    const mark = page.locator(MARK_TAG).first();
    await expect(mark.getByRole('button', { name: /Dismiss this mark/ })).toBeVisible();
    // It takes its own place below the comment (the guidance's host floats at no height): it covers nothing.
    expect((await mark.boundingBox())!.height).toBeGreaterThan(10);
    // No request but the page's own (its images, refused by the fixture): none from Postwise.
    expect(requests.filter((u) => /^(https?|wss?):/.test(u) && u !== p.url && !p.html.includes(u))).toEqual([]);
  });
}

for (const p of PERSONAL_PAGES) {
  test(`${p.name}: no mark at all`, async ({ worker, openPage }) => {
    await official(worker, p.official);
    const page = await openPage(p.url, p.html);
    // The same settings mark the official pages within seconds (the tests above).
    await page.waitForTimeout(6000);
    expect(await page.locator(MARK_TAG).count()).toBe(0);
  });
}

test('a dismissal is remembered across a reload; the badge counts the marks; nothing stored holds the words', async ({
  worker,
  openPage,
}) => {
  const p = MODERATION_PAGES[0]!;
  await official(worker, p.official);
  const page = await openPage(p.url, p.html);
  await marksFor(page, Object.keys(p.marked));
  const total = Object.keys(p.marked).length;
  const badge = () =>
    worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    }, p.url);
  await expect.poll(badge).toBe(String(total));

  const threat = page.locator(`[data-c="threat"] ${MARK_TAG}`);
  await threat.getByRole('button', { name: 'Why' }).click();
  await expect(threat.getByRole('group')).toContainText(/./);
  await threat.getByRole('button', { name: /Dismiss this mark/ }).click();
  await expect(threat).toHaveCount(0);
  await expect.poll(badge).toBe(String(total - 1));

  await page.reload();
  const marks = await marksFor(
    page,
    Object.keys(p.marked).filter((id) => id !== 'threat'),
  );
  expect(marks.threat).toEqual([]);

  const stored = strings(await worker.evaluate(() => chrome.storage.local.get(null)));
  const log = strings((await worker.evaluate(readLogRaw)).rows);
  const found = [...stored, ...log].filter((s) =>
    COMMENT_FRAGMENTS.some((f) => s.toLowerCase().includes(f.toLowerCase())),
  );
  expect(found).toEqual([]);
  // The activity log has the moderation summary's rows: reasons only.
  expect(log).toContain('moderation-marked');
});

test('moderation off: the official page gets no mark', async ({ worker, openPage }) => {
  const p = MODERATION_PAGES[0]!;
  await worker.evaluate((v) => chrome.storage.local.set({ userSettings: v }), {
    ...officialSettings(BASELINE_SETTINGS, p.official),
    moderation: 'off',
  });
  const page = await openPage(p.url, p.html);
  await page.waitForTimeout(5000);
  expect(await page.locator(MARK_TAG).count()).toBe(0);
});

test('1,000 comments loading in batches while the page mutates: every one due a mark gets it', async ({
  worker,
  openPage,
}) => {
  await official(worker, { site: 'youtube', handle: '@NovaScotiaGov' });
  const page = await openPage('https://www.youtube.com/watch?v=nsVideo02', fixture('sites/youtube-watch-1000.html'));
  // The first batch is in at load: its one comment due a mark shows Postwise is running.
  await expect.poll(() => page.locator(MARK_TAG).count(), { timeout: 20_000 }).toBe(1);
  const expected = await page.evaluate(() => (window as unknown as { __expected: number }).__expected);
  await page.evaluate(() => (window as unknown as { __load(ms: number): void }).__load(20));
  await page.waitForFunction(() => (window as unknown as { __done: boolean }).__done, undefined, { timeout: 30_000 });
  await expect.poll(() => page.locator(MARK_TAG).count(), { timeout: 60_000 }).toBe(expected);
});

test('a page with a strict Content-Security-Policy, as the sites send: the chunk still loads and marks', async ({
  worker,
  context,
}) => {
  const p = MODERATION_PAGES[0]!;
  await official(worker, p.official);
  await context.route(p.url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': STRICT_CSP },
      body: p.html,
    }),
  );
  const page = await context.newPage();
  await page.goto(p.url);
  const marks = await marksFor(page, ['spam', 'profanity']);
  expect(marks.spam).toEqual(['spam']);
  expect(await page.evaluate(inlineScriptBlocked)).toBe(true);
  // The marks' one stylesheet (constructed, adopted by each mark) applies under the policy too.
  expect((await page.locator(`[data-c="spam"] ${MARK_TAG}`).boundingBox())!.height).toBeGreaterThan(10);
});
