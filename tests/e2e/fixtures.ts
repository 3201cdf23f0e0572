/**
 * Playwright fixtures: a persistent Chromium context with the built extension
 * loaded, its service worker and id, and helpers that serve fixture pages at the
 * sites' real addresses (context.route), so content scripts inject as on the
 * real sites without any network. Every request the browser makes is recorded.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../scenarios/pages';
import { BASELINE_SETTINGS } from '../scenarios/extension';

export { ROOT, fixture } from '../scenarios/pages';
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const EXTENSION_ID = 'lljahpcclomdgcomifmfhlheikaknckg';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Fixtures {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL requested by any page, frame or worker during the test. */
  requests: string[];
  /** Serves `html` at `url` (and a blank 204 for anything else on the sites). */
  serve: (url: string, html: string) => Promise<void>;
  openPage: (url: string, html: string) => Promise<Page>;
}

/**
 * Chromium with the built extension on the profile in `profile` (a new one starts the extension's
 * first run; the same one again is a browser restart). Nothing reaches the network: unrouted
 * requests are refused. The extension's own packaged files (chrome-extension://) are not network.
 */
export async function launchChromium(profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  await context.route(/^(https?|wss?):/, (route) => route.abort());
  return context;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'postwise-e2e-'));
    const context = await launchChromium(profile);
    // Every test starts from the same settings, whatever the time of day (BASELINE_SETTINGS).
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    await sw.evaluate((values) => chrome.storage.local.set({ userSettings: values }), BASELINE_SETTINGS);
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  worker: async ({ context }, use) => {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    await use(sw);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  requests: async ({ context }, use) => {
    const seen: string[] = [];
    context.on('request', (r) => seen.push(r.url()));
    await use(seen);
  },
  serve: async ({ context }, use) => {
    await use(async (url, html) => {
      await context.route(url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
    });
  },
  openPage: async ({ context, serve }, use) => {
    await use(async (url, html) => {
      await serve(url, html);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    });
  },
});

export const expect = test.expect;

/** Opens an extension page; its own scripts load (the fixture refuses every other request). */
export async function extensionPage(context: BrowserContext, extensionId: string, path = 'popup.html'): Promise<Page> {
  await context.route(/^chrome-extension:\/\//, (route) => route.continue());
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}
