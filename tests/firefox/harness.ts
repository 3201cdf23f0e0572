/**
 * Firefox ESR, driven by puppeteer-core over WebDriver BiDi (Playwright cannot
 * install an extension in a stock Firefox). The built extension is installed
 * temporarily; its moz-extension:// address is pinned so tests can open its
 * pages; site pages are served from fixtures by request interception, and every
 * other request is refused and recorded. Managed storage comes from a
 * managed-storage manifest under a temporary HOME. Each Firefox starts from
 * the same person's settings (BASELINE_SETTINGS), whatever the time of day.
 * Everything else goes through a local proxy that records it and refuses it
 * (proxy.ts): the background page's and content scripts' own requests, which
 * request interception does not see, included.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../scenarios/pages';
import { BASELINE_SETTINGS } from '../scenarios/extension';
import { proxyPrefs, startRefusingProxy } from './proxy';

export { ROOT, fixture } from '../scenarios/pages';
export const EXTENSION = join(ROOT, '.output/firefox-mv2');
export const GECKO_ID = 'postwise@novascotia.ca';
export const UUID = '5f0c2a4e-7d1b-4c3a-9e6f-2b8d1a0c4e71';
export const BASE = `moz-extension://${UUID}`;
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface Session {
  browser: Browser;
  /** Every URL requested by a page of this session. */
  requests: string[];
  /** Every request that tried to leave this Firefox for the network (the proxy refused it). */
  network: string[];
  /** Pages to serve at site addresses. */
  routes: Map<string, string>;
  /** Extra response headers for some of those pages (e.g. a Content-Security-Policy). */
  headers: Map<string, Record<string, string>>;
  open(url: string): Promise<Page>;
  /** An extension page, ready (the default load wait times out on moz-extension pages). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Managed settings, written as a per-user managed-storage manifest. */
  managed?: Record<string, unknown>;
  /** A whole managed-storage manifest, as a manager would write it (e.g. the admin guide's sample). */
  managedManifest?: unknown;
  /** Extra Firefox preferences. */
  prefs?: Record<string, unknown>;
  /** Start from BASELINE_SETTINGS (default); false: no person's settings at all (managed-settings tests). */
  baseline?: boolean;
  /** Leave the welcome page Postwise opens on install (closed by default, so tests start from one tab). */
  keepWelcome?: boolean;
}

/** Preferences every test Firefox gets: the pinned moz-extension address, no IPv6, no favicons. */
export const PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
  'network.dns.disableIPv6': true,
  // Firefox itself asks each site for /favicon.ico: not Postwise, and noise in the request log.
  'browser.chrome.site_icons': false,
};

/** Whether a target is Postwise's welcome page. */
export const isWelcome = (t: { url(): string }) => t.url() === `${BASE}/welcome.html`;

type ExtensionGlobal = { browser: typeof chrome };

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const home = mkdtempSync(join(tmpdir(), 'postwise-ff-'));
  const proxy = await startRefusingProxy();
  options = { ...options, prefs: { ...proxyPrefs(proxy.port), ...options.prefs } };
  const manifest =
    options.managedManifest ??
    (options.managed && {
      name: GECKO_ID,
      description: 'Postwise test policy',
      type: 'storage',
      data: options.managed,
    });
  if (manifest) {
    const dir = join(home, '.mozilla/managed-storage');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${GECKO_ID}.json`), JSON.stringify(manifest));
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Playwright's default, so the pages are laid out as in the Chromium suite.
    defaultViewport: { width: 1280, height: 720 },
    args: ['--remote-allow-system-access'],
    env: { ...process.env, HOME: home },
    extraPrefsFirefox: { ...PREFS, ...options.prefs },
  });
  await browser.installExtension(EXTENSION);
  // Postwise opens its welcome page on install, at once in Firefox (lib/background/welcome.ts).
  if (!options.keepWelcome && (options.managed as { welcome?: string } | undefined)?.welcome !== 'off') {
    const welcome = await browser.waitForTarget(isWelcome, { timeout: 15_000 }).catch(() => null);
    await (await welcome?.page())?.close();
  }
  const requests: string[] = [];
  const routes = new Map<string, string>();
  const headers = new Map<string, Record<string, string>>();

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(`${BASE}/${path}`, { waitUntil: 'commit' as never }).catch(() => undefined);
    await page.waitForFunction(() => document.readyState === 'complete', { timeout: 20_000 });
    return page;
  };
  // Every test starts from the same settings, whatever the time of day (BASELINE_SETTINGS).
  if (options.baseline !== false) {
    const ext = await openExtensionPage('popup.html');
    await ext.evaluate(
      (values) => (globalThis as unknown as ExtensionGlobal).browser.storage.local.set({ userSettings: values }),
      BASELINE_SETTINGS,
    );
    await ext.close();
  }

  const prepare = async (page: Page) => {
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      requests.push(url);
      if (url.startsWith('moz-extension:') || url.startsWith('data:') || url.startsWith('about:')) {
        void req.continue();
        return;
      }
      const body = routes.get(url.split('#')[0]!);
      const extra = headers.get(url.split('#')[0]!);
      if (body !== undefined)
        void req.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body,
          ...(extra && { headers: extra }),
        });
      else void req.abort();
    });
  };

  return {
    browser,
    requests,
    network: proxy.requests,
    routes,
    headers,
    async open(url) {
      const page = await browser.newPage();
      await prepare(page);
      await page.goto(url);
      return page;
    },
    openExtensionPage,
    async close() {
      await browser.close();
      await proxy.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
