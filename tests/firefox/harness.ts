/**
 * Firefox ESR, driven by puppeteer-core over WebDriver BiDi (Playwright cannot
 * install an extension in a stock Firefox). The built extension is installed
 * temporarily; its moz-extension:// address is pinned so tests can open its
 * pages; site pages are served from fixtures by request interception, and every
 * other request is refused and recorded. Managed storage comes from a
 * managed-storage manifest under a temporary HOME.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION = join(ROOT, '.output/firefox-mv2');
export const GECKO_ID = 'postwise@novascotia.ca';
export const UUID = '5f0c2a4e-7d1b-4c3a-9e6f-2b8d1a0c4e71';
export const BASE = `moz-extension://${UUID}`;
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface Session {
  browser: Browser;
  /** Every URL requested by a page of this session. */
  requests: string[];
  /** Pages to serve at site addresses. */
  routes: Map<string, string>;
  open(url: string): Promise<Page>;
  /** An extension page, ready (the default load wait times out on moz-extension pages). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export function fixture(path: string): string {
  return readFileSync(join(ROOT, 'tests/fixtures', path), 'utf8');
}

export async function launch(options: { managed?: Record<string, unknown> } = {}): Promise<Session> {
  const home = mkdtempSync(join(tmpdir(), 'postwise-ff-'));
  if (options.managed) {
    const dir = join(home, '.mozilla/managed-storage');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, `${GECKO_ID}.json`),
      JSON.stringify({ name: GECKO_ID, description: 'Postwise test policy', type: 'storage', data: options.managed }),
    );
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, HOME: home },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'network.dns.disableIPv6': true,
    },
  });
  await browser.installExtension(EXTENSION);
  const requests: string[] = [];
  const routes = new Map<string, string>();

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
      if (body !== undefined) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      else void req.abort();
    });
  };

  return {
    browser,
    requests,
    routes,
    async open(url) {
      const page = await browser.newPage();
      await prepare(page);
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(`${BASE}/${path}`, { waitUntil: 'commit' as never }).catch(() => undefined);
      await page.waitForFunction(() => document.readyState === 'complete', { timeout: 20_000 });
      return page;
    },
    async close() {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
