/**
 * Accessibility of Postwise's own pages: axe-core, injected into each page,
 * finds no serious or critical violation in the popup, the options page, the
 * practice page (with the guidance panel open), the policy page and the welcome page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP script-src 'self'), so addScriptTag is refused there;
  // evaluating the source through the DevTools protocol is not subject to the page's CSP.
  await page.evaluate(AXE_SOURCE);
  const { violations, passes } = (await page.evaluate(async () => {
    type Results = { violations: unknown[]; passes: unknown[] };
    const axe = (window as unknown as { axe: { run: (c: Document) => Promise<Results> } }).axe;
    const results = await axe.run(document);
    return { violations: results.violations, passes: results.passes.length };
  })) as { violations: Violation[]; passes: number };
  expect(passes, 'axe ran its checks').toBeGreaterThan(10);
  for (const v of violations.filter((x) => x.impact !== 'serious' && x.impact !== 'critical')) {
    console.log(`axe (${v.impact}, not failing): ${v.id}: ${v.help}`);
  }
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const [name, path, ready] of [
  ['popup', 'popup.html', 'before-posting'],
  ['options', 'options.html', 'group-general'],
  ['policy', 'policy.html#authorization', 'toc-title'],
  ['welcome', 'welcome.html', 'acknowledgement'],
] as const) {
  test(`the ${name} page has no serious or critical accessibility violation`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    await expect(page.locator(`[data-testid="${ready}"], #${ready}`).first()).toBeVisible({ timeout: 15_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the practice page, with guidance open, has no serious or critical accessibility violation', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/practice.html`);
  await page.getByRole('button', { name: /Try this example: Someone’s personal information/ }).click();
  const badge = page.locator('[data-testid="guidance-host"] button.badge');
  await badge.click({ timeout: 15_000 });
  await expect(page.locator('[data-testid="guidance-host"] .panel')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
