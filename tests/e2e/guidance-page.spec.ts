/**
 * The guidance as a whole: no network request, the settings and account
 * choice followed live (French interface, official account), what the popup
 * is told, the popup's Insert, and pages where Postwise must stay away.
 */
import { test, expect } from './fixtures';
import { editorPage, plainPage } from './editors';
import { editorText, guidance, typeInto } from './guidance-helpers';

test('no network request: only the routed pages, and the extension reading its own files', async ({
  openPage,
  serve,
  requests,
  extensionId,
}) => {
  const routed = [
    'https://x.com/home',
    'https://www.facebook.com/',
    'https://www.youtube.com/watch?v=abc123',
    'https://www.youtube.com/live_chat?v=abc123',
  ];
  await serve(routed[3]!, plainPage('youtube-live-chat.html'));
  const pages = [
    [routed[0]!, await editorPage('x-draft'), '[data-testid="tweetTextarea_0"]'],
    [routed[1]!, await editorPage('fb-lexical'), '#post-editor'],
    [routed[2]!, plainPage('youtube-plain.html'), '#contenteditable-root'],
  ] as const;
  for (const [url, html, selector] of pages) {
    const page = await openPage(url, html);
    const host = guidance(page);
    await typeInto(page, page.locator(selector), 'Proud of my team. Call 902 555 0148');
    await expect(host).toHaveAttribute('data-severity', 'high');
    await host.locator('.badge').click();
    await host.getByRole('button', { name: 'Redact it' }).click();
    await expect(host).not.toHaveAttribute('data-rules', /personal-info/);
    await page.close();
  }
  const network = requests.filter((u) => !u.startsWith('chrome-extension://') && !u.startsWith('data:'));
  expect(new Set(network)).toEqual(new Set(routed));
  // The extension's own stylesheet, from the package (static or per-session id): not network.
  for (const u of requests.filter((r) => r.startsWith('chrome-extension://'))) {
    expect(u).toMatch(new RegExp(`^chrome-extension://(${extensionId}|[0-9a-f-]{36})/content-scripts/content\\.css$`));
  }
});

test('settings are followed live: French interface, then the account switch', async ({ openPage, worker }) => {
  const page = await openPage('https://x.com/home', await editorPage('x-draft'));
  const host = guidance(page);
  await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), 'Text me at 902 555 0148');
  await expect(host).toHaveAttribute('data-severity', 'high');
  await worker.evaluate(() => chrome.storage.local.set({ userSettings: { language: 'fr' } }));
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
  await worker.evaluate(() =>
    chrome.storage.local.set({ userSettings: { language: 'fr', allowAccountSwitch: false } }),
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
  expect(state).toMatchObject({ site: 'x', account: 'personal', boxes: 1, counts: { high: 1 } });
  expect(state.rules).toContain('personal-info');

  const answer = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://x.com/*' });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'postwise:insert', text: 'Views are my own.' });
  });
  expect(answer).toEqual({ ok: true });
  await expect.poll(() => editorText(page)).toBe('Proud of my team. Text me at 902 555 0148\n\nViews are my own.');
});

test('Postwise stays away from other sites and from Messenger', async ({ openPage }) => {
  const box = '<div contenteditable="true" role="textbox" data-lexical-editor="true">hi</div>';
  const other = await openPage('https://example.org/', `<html><body>${box}</body></html>`);
  const messenger = await openPage(
    'https://www.facebook.com/messages/t/123',
    `<html><body><div role="dialog">${box}</div></body></html>`,
  );
  await other.waitForTimeout(500);
  await expect(other.locator('postwise-guidance')).toHaveCount(0);
  await expect(messenger.locator('postwise-guidance')).toHaveCount(0);
});
