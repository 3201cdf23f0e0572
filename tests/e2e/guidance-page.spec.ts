/**
 * The guidance as a whole: no network request, the settings and account
 * choice followed live (French interface, official account), what the popup
 * is told, the popup's Insert, and pages where Postwise must stay away.
 */
import { test, expect, fixture } from './fixtures';
import { editorPage } from './editors';
import { editorText, guidance, typeInto } from './guidance-helpers';
import { openBox, play } from './scenarios';
import { BOXES, NETWORK } from '../scenarios/guidance';
import { BASELINE_SETTINGS } from '../scenarios/extension';
import { NOTHING_AFTER_MS, STAY_AWAY, STAY_AWAY_TEXT } from '../scenarios/sites';

test('no network request: only the routed pages, and the extension reading its own files', async ({
  openPage,
  serve,
  requests,
  extensionId,
}) => {
  test.setTimeout(NETWORK.scenarios.length * 30_000); // one page per site and tool, each typed into and fixed
  for (const scenario of NETWORK.scenarios) {
    const page = await openBox(BOXES[scenario.box], serve, openPage);
    await play(page, scenario);
    await page.close();
  }
  const network = requests.filter((u) => !u.startsWith('chrome-extension://') && !u.startsWith('data:'));
  expect(new Set(network)).toEqual(new Set(NETWORK.routed));
  // The extension's own stylesheet, from the package (static or per-session id): not network.
  for (const u of requests.filter((r) => r.startsWith('chrome-extension://'))) {
    expect(u).toMatch(
      new RegExp(`^chrome-extension://(${extensionId}|[0-9a-f-]{36})/content-scripts/(x|facebook|youtube)\\.css$`),
    );
  }
});

test('settings are followed live: French interface, then the account switch', async ({ openPage, worker }) => {
  const page = await openPage('https://x.com/home', await editorPage('x-draft'));
  const host = guidance(page);
  await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Text me at 902 555 0148');
  await expect(host).toHaveAttribute('data-severity', 'high');
  await worker.evaluate(
    (base) => chrome.storage.local.set({ userSettings: { ...base, language: 'fr' } }),
    BASELINE_SETTINGS,
  );
  await expect(host.locator('.badge')).toHaveAttribute('aria-label', /^Postwise : 1 point\(s\) à revoir/);
  await host.locator('.badge').click();
  await expect(host.getByRole('dialog')).toContainText('Conseils Postwise');
  await expect(host.getByRole('button', { name: 'Masquer' })).toBeVisible();

  await host.getByRole('button', { name: 'C’est un compte officiel' }).click();
  await expect(host).toHaveAttribute('data-account', 'official');
  expect(await worker.evaluate(() => chrome.storage.local.get('accountChoices'))).toEqual({
    accountChoices: { x: 'official' },
  });

  // A manager (or the person) turns the switch off: it disappears.
  await worker.evaluate(
    (base) => chrome.storage.local.set({ userSettings: { ...base, language: 'fr', allowAccountSwitch: false } }),
    BASELINE_SETTINGS,
  );
  await expect(host.getByRole('button', { name: /compte (officiel|personnel)$/ })).toHaveCount(0);
});

test('the popup is told what the page shows, and its Insert reaches the box in use', async ({ openPage, worker }) => {
  const page = await openPage('https://x.com/home', await editorPage('x-draft'));
  const host = guidance(page);
  await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Proud of my team. Text me at 902 555 0148');
  await expect(host).toHaveAttribute('data-severity', 'high');
  const state = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://x.com/*' });
    return (await chrome.storage.session.get(`tab:${tab!.id}`))[`tab:${tab!.id}`] as { rules: string[] };
  });
  expect(state).toMatchObject({
    site: 'x',
    account: 'personal',
    boxes: 1,
    counts: { high: 1 },
    recognition: 'precise',
  });
  expect(state.rules).toContain('personal-info');

  const answer = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://x.com/*' });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'postwise:insert', text: 'Views are my own.' });
  });
  expect(answer).toEqual({ ok: true });
  await expect.poll(() => editorText(page)).toBe('Proud of my team. Text me at 902 555 0148\n\nViews are my own.');
});

test('Postwise stays away from other sites and from Messenger, even when typed into', async ({ openPage }) => {
  for (const p of STAY_AWAY) {
    const page = await openPage(p.url, p.html.startsWith('<') ? p.html : fixture(`sites/${p.html}.html`));
    await typeInto(page, page.locator(p.editor).first(), STAY_AWAY_TEXT);
    await page.waitForTimeout(NOTHING_AFTER_MS);
    await expect(page.locator('postwise-guidance'), p.url).toHaveCount(0);
    await page.close();
  }
});
