/**
 * Issue 12 in Firefox ESR, as in Chromium (tests/e2e/welcome.spec.ts, data in
 * tests/scenarios/welcome.ts): the welcome page opens once on install and not
 * when the browser restarts (Postwise installed permanently in a profile, as a
 * sideloaded add-on: a temporary one is gone after a restart); the
 * acknowledgement is stored, shown in the popup, and exported without any draft
 * text; "Post anyway" on a phone number brings the privacy-breach card, logged
 * without text.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION, FIREFOX, GECKO_ID, PREFS, isWelcome, launch, type Session } from './harness';
import { openBox, play, until } from './scenarios';
import { readLogRaw } from '../scenarios/extension';
import { BOXES } from '../scenarios/guidance';
import { BREACH, BREACH_SCENARIO, WELCOME, exportProblems } from '../scenarios/welcome';

type Ext = { browser: typeof chrome };

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Firefox on `profile`, where Postwise is installed as a sideloaded add-on (it stays across restarts). */
function startProfile(profile: string, home: string): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, HOME: home },
    extraPrefsFirefox: {
      ...PREFS,
      // Unsigned, from the profile's extensions folder, enabled without asking (ESR honours these).
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
    },
  });
}

test('the welcome page opens once on install, and not when the browser restarts', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'postwise-ff-profile-'));
  const home = mkdtempSync(join(tmpdir(), 'postwise-ff-'));
  try {
    mkdirSync(join(profile, 'extensions'));
    // An extension proxy file: the add-on's id, holding the path of its folder.
    writeFileSync(join(profile, 'extensions', GECKO_ID), `${EXTENSION}/`);
    const first = await startProfile(profile, home);
    const target = await first.waitForTarget(isWelcome, { timeout: 30_000 });
    const page = (await target.page())!;
    await until(
      'the welcome heading',
      () => page.$eval('h1', (h) => h.textContent),
      (t) => t === WELCOME.heading,
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(first.targets().filter(isWelcome)).toHaveLength(1);
    await first.close();

    const again = await startProfile(profile, home);
    await new Promise((r) => setTimeout(r, WELCOME.restartWatchMs));
    expect(again.targets().filter(isWelcome)).toEqual([]);
    await again.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
});

test('the acknowledgement is stored, shown in the popup, and exported without draft text', async () => {
  session = await launch();
  const page = await session.openExtensionPage(WELCOME.path);
  // A draft in the practice box, guided through the background: the export must not hold it.
  await (await page.$('[data-testid="practice-text"]'))!.type(WELCOME.typed);
  await until(
    'the draft guided',
    () => page.$eval('[data-testid="practice-summary"]', (p) => p.textContent ?? ''),
    (t) => WELCOME.guided.test(t),
  );
  const button = await until(
    'the acknowledgement button',
    () => page.$(`::-p-aria([name="${WELCOME.acknowledge}"][role="button"])`),
    (b) => b !== null,
  );
  await button!.click();
  await until(
    'the acknowledgement shown',
    () => page.$eval('[data-testid="acknowledged"]', (p) => p.textContent ?? '').catch(() => ''),
    (t) => t.startsWith(WELCOME.acknowledged),
  );
  const stored = await page.evaluate(() => (globalThis as unknown as Ext).browser.storage.local.get('acknowledgement'));
  expect(stored.acknowledgement).toMatchObject({ version: expect.any(String), at: expect.any(Number) });

  const popup = await session.openExtensionPage('popup.html');
  await until(
    'the popup’s guidelines',
    () => popup.$eval('[data-testid="guidelines"]', (s) => s.textContent ?? '').catch(() => ''),
    (t) => WELCOME.popupAcknowledged.test(t),
  );

  // The export, as the page's buttons ask for it (the download itself is the browser's).
  for (const format of ['json', 'csv'] as const) {
    const answer = (await page.evaluate(
      (f) => (globalThis as unknown as Ext).browser.runtime.sendMessage({ type: 'export-acknowledgement', format: f }),
      format,
    )) as { ok: boolean; data: string; filename: string };
    expect(answer.ok).toBe(true);
    expect(answer.filename).toMatch(new RegExp(`^postwise-acknowledgement-\\d{4}-\\d\\d-\\d\\d\\.${format}$`));
    expect(exportProblems(answer.data, format)).toEqual([]);
  }
});

test('"Post anyway" with a phone number in the draft brings the privacy-breach card, logged without text', async () => {
  session = await launch();
  const page = await openBox(session, BOXES[BREACH_SCENARIO.box]);
  await play(page, BREACH_SCENARIO);
  const card = await until(
    'the breach card',
    () =>
      page.$eval(BREACH.host, (h) => {
        const dialog = h.shadowRoot?.querySelector('[role="dialog"]');
        return {
          label: dialog?.getAttribute('aria-label') ?? '',
          text: dialog?.textContent ?? '',
          focused: h.shadowRoot?.activeElement === dialog,
        };
      }),
    (c) => c.label === BREACH.title,
  );
  for (const words of BREACH.says) expect(card.text).toContain(words);
  expect(card.focused).toBe(true);
  const ext = await session.openExtensionPage('popup.html');
  const rows = await until(
    'the breach row in the log',
    async () => ((await ext.evaluate(readLogRaw)) as { rows: Array<Record<string, unknown>> }).rows,
    (r) => r.some((row) => row.action === BREACH.row.action),
  );
  expect(rows.filter((r) => r.action === BREACH.row.action)).toEqual([expect.objectContaining(BREACH.row)]);
  for (const part of BREACH.draftParts) expect(JSON.stringify(rows)).not.toContain(part);
});
