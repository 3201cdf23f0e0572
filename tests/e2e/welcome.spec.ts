/**
 * Issue 12 in Chromium (the same scenarios run in Firefox: tests/firefox/welcome.test.ts, data in
 * tests/scenarios/welcome.ts): the welcome page opens once on install and not on a browser
 * restart; the acknowledgement is stored, shown in the popup, and exported without any draft
 * text; "Post anyway" on a phone number brings the privacy-breach card, logged without text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, extensionPage, launchChromium } from './fixtures';
import { openBox, play } from './scenarios';
import { BOXES } from '../scenarios/guidance';
import { readLogRaw } from '../scenarios/extension';
import { BREACH, BREACH_SCENARIO, WELCOME, exportProblems } from '../scenarios/welcome';

const isWelcome = (p: Page) => p.url().endsWith(`/${WELCOME.path}`);

test('the welcome page opens once on install, and not when the browser restarts', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'postwise-e2e-welcome-'));
  try {
    const first = await launchChromium(profile);
    const welcome = first.pages().find(isWelcome) ?? (await first.waitForEvent('page', { predicate: isWelcome }));
    await expect(welcome.getByRole('heading', { level: 1, name: WELCOME.heading })).toBeVisible();
    await welcome.waitForTimeout(1000);
    expect(first.pages().filter(isWelcome)).toHaveLength(1);
    await first.close();

    const again = await launchChromium(profile);
    const opened: string[] = [];
    again.on('page', (p) => opened.push(p.url()));
    let [sw] = again.serviceWorkers();
    sw ??= await again.waitForEvent('serviceworker');
    await sw
      .evaluate(() => chrome.storage.local.get('welcomeOpened'))
      .then((got) => {
        expect(got.welcomeOpened).toMatchObject({ version: expect.any(String), at: expect.any(Number) });
      });
    await new Promise((r) => setTimeout(r, WELCOME.restartWatchMs));
    expect(again.pages().filter(isWelcome)).toEqual([]);
    expect(opened.filter((u) => u.includes(WELCOME.path))).toEqual([]);
    await again.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the acknowledgement is stored, shown in the popup, and exported without draft text', async ({
  context,
  extensionId,
  worker,
}) => {
  const page = await extensionPage(context, extensionId, WELCOME.path);
  // A draft in the practice box, guided through the background: the export must not hold it.
  await page.getByTestId('practice-text').pressSequentially(WELCOME.typed);
  await expect(page.getByTestId('practice-summary')).toHaveText(WELCOME.guided);
  const ack = page.getByTestId('acknowledgement');
  await ack.getByRole('button', { name: WELCOME.acknowledge }).click();
  await expect(ack.getByTestId('acknowledged')).toContainText(WELCOME.acknowledged);
  const stored = await worker.evaluate(() => chrome.storage.local.get('acknowledgement'));
  expect(stored.acknowledgement).toMatchObject({ version: expect.any(String), at: expect.any(Number) });

  const popup = await extensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('guidelines')).toHaveText(WELCOME.popupAcknowledged);

  for (const [format, button] of [
    ['json', 'Save as JSON'],
    ['csv', 'Save as CSV'],
  ] as const) {
    const download = page.waitForEvent('download');
    await ack.getByRole('button', { name: button }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^postwise-acknowledgement-\\d{4}-\\d\\d-\\d\\d\\.${format}$`));
    const data = readFileSync((await file.path())!, 'utf8');
    expect(exportProblems(data, format)).toEqual([]);
  }
});

test('"Post anyway" with a phone number in the draft brings the privacy-breach card, logged without text', async ({
  serve,
  openPage,
  worker,
}) => {
  const page = await openBox(BOXES[BREACH_SCENARIO.box], serve, openPage);
  await play(page, BREACH_SCENARIO);
  const card = page.locator(BREACH.host).getByRole('dialog', { name: BREACH.title });
  await expect(card).toBeVisible();
  await expect(card).toBeFocused();
  for (const words of BREACH.says) await expect(card).toContainText(words);
  await expect(card.getByRole('link')).toHaveAttribute('href', /\/policy\.html#policy-directives$/);
  await expect
    .poll(async () => (await worker.evaluate(readLogRaw)).rows.filter((r) => r.action === BREACH.row.action))
    .toEqual([expect.objectContaining(BREACH.row)]);
  const { rows } = await worker.evaluate(readLogRaw);
  for (const part of BREACH.draftParts) expect(JSON.stringify(rows)).not.toContain(part);
  await card.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator(BREACH.host)).toHaveCount(0);
});
