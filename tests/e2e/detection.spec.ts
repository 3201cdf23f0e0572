/**
 * Compose-box detection on the saved site fixtures, served at their sites'
 * addresses: the `<postwise-guidance>` hosts that appear and their surfaces.
 * The same list runs in Firefox (tests/scenarios/sites.ts).
 */
import { test, expect, fixture } from './fixtures';
import { DETECTION, NOTHING_AFTER_MS } from '../scenarios/sites';

for (const [site, pages] of Object.entries(DETECTION)) {
  test(`${site}: the boxes of each saved page get guidance, with their surface`, async ({ openPage }) => {
    for (const d of pages) {
      const page = await openPage(d.url, fixture(`sites/${d.fixture}.html`));
      const hosts = page.locator('postwise-guidance');
      if (!d.surfaces.length) await page.waitForTimeout(NOTHING_AFTER_MS);
      await expect(hosts, d.fixture).toHaveCount(d.surfaces.length);
      for (const [i, surface] of d.surfaces.entries()) {
        await expect(hosts.nth(i), d.fixture).toHaveAttribute('data-surface', surface);
        await expect(hosts.nth(i), d.fixture).toHaveAttribute('data-severity', /^(none|info|warning|high)$/);
      }
      await page.close();
    }
  });
}
