/**
 * X, on a page that runs the real Draft.js (tests/fixtures/editors/x-draft.tsx)
 * served at https://x.com/home: guidance while typing, fixes through Draft's
 * paste pathway (its EditorState changes and undo works), review before
 * posting by click and by Ctrl+Enter, and the compose modal opened by a
 * client-side navigation.
 */
import { test, expect } from './fixtures';
import { editorPage } from './editors';
import { editorText, guidance, rules, submits, typeInto } from './guidance-helpers';

const HOME = 'https://x.com/home';
const PHONE_DRAFT = 'Selling my kayak, text me at 902 555 0148 please';

test.describe('X (Draft.js)', () => {
  test('quiet for a harmless draft, then the right rules and highlights while typing', async ({ openPage }) => {
    const page = await openPage(HOME, await editorPage('x-draft'));
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    const host = guidance(page);
    await typeInto(page, editor, 'Lovely sunrise over the harbour this morning');
    await expect(host).toHaveAttribute('data-severity', 'none');
    await expect(host).toHaveAttribute('data-rules', '');
    await expect(host).toHaveAttribute('data-account', 'personal');
    await expect(host).toHaveAttribute('data-surface', 'post');
    await expect(host.locator('.badge')).toHaveCount(0); // quiet: no badge

    await page.keyboard.type('. Text me at 902 555 0148', { delay: 15 });
    await expect(host).toHaveAttribute('data-rules', 'personal-info');
    await expect(host).toHaveAttribute('data-severity', 'high');
    await expect(host.locator('.badge')).toContainText('1');
    // The words are marked by the CSS Custom Highlight API, outside the editor's DOM.
    expect(await page.evaluate(() => CSS.highlights.get('postwise-high')?.size)).toBe(1);
    expect(await editor.locator('mark, [class*="postwise"]').count()).toBe(0);
  });

  test('a redaction goes through Draft.js: its state holds the new text and Ctrl+Z undoes it', async ({ openPage }) => {
    const page = await openPage(HOME, await editorPage('x-draft'));
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    const host = guidance(page);
    await typeInto(page, editor, PHONE_DRAFT);
    await expect(host).toHaveAttribute('data-rules', 'personal-info');
    await host.locator('.badge').click();
    await host.getByRole('button', { name: 'Redact it' }).click();
    await expect(host).toHaveAttribute('data-rules', '');
    expect(await editorText(page)).toBe('Selling my kayak, text me at ••• ••• •••• please');
    await expect(host.locator('.notice')).toContainText('your draft was changed');

    await editor.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toBe(PHONE_DRAFT);
    await expect(host).toHaveAttribute('data-rules', 'personal-info');
  });

  test('removing text and appending a disclaimer keep Draft.js consistent', async ({ openPage }) => {
    const page = await openPage(HOME, await editorPage('x-draft'));
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    const host = guidance(page);
    await typeInto(
      page,
      editor,
      'Proud of my team at the Department of Agriculture. Email me at jane.doe@novascotia.ca',
    );
    await expect(host).toHaveAttribute('data-rules', /government-email/);
    await host.locator('.badge').click();
    await host.getByRole('button', { name: 'Remove the address' }).click();
    await expect.poll(() => editorText(page)).toBe('Proud of my team at the Department of Agriculture. Email me at');
    await host.getByRole('button', { name: 'Add a disclaimer' }).click();
    await expect
      .poll(() => editorText(page))
      .toMatch(
        /^Proud of my team at the Department of Agriculture\. Email me at\n\nThe postings on this site are my own/,
      );
    await expect(host).not.toHaveAttribute('data-rules', /disclaimer/);
    await editor.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toBe('Proud of my team at the Department of Agriculture. Email me at');
  });

  test('review before posting by Ctrl+Enter: Edit posts nothing, Post anyway posts exactly once', async ({
    openPage,
  }) => {
    const page = await openPage(HOME, await editorPage('x-draft'));
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    const host = guidance(page);
    await typeInto(page, editor, PHONE_DRAFT);
    await expect(host).toHaveAttribute('data-severity', 'high');

    await page.keyboard.press('Control+Enter');
    const prompt = host.getByRole('alertdialog');
    await expect(prompt).toBeVisible();
    await expect(prompt.getByRole('button', { name: 'Edit' })).toBeFocused();
    await page.keyboard.press('Enter'); // Edit
    await expect(prompt).toHaveCount(0);
    await expect(editor).toBeFocused();
    expect(await submits(page)).toEqual([]);
    expect(await editorText(page)).toBe(PHONE_DRAFT);

    await page.keyboard.press('Control+Enter');
    await expect(prompt.getByRole('button', { name: 'Edit' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(prompt.getByRole('button', { name: 'Post anyway' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => submits(page)).toEqual([{ via: 'keyboard', text: PHONE_DRAFT }]);
    await page.waitForTimeout(200);
    expect(await submits(page)).toHaveLength(1);
  });

  test('review before posting by click, and no review for a harmless draft', async ({ openPage }) => {
    const page = await openPage(HOME, await editorPage('x-draft'));
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    const host = guidance(page);
    const post = page.locator('[data-testid="tweetButtonInline"]');
    await typeInto(page, editor, PHONE_DRAFT);
    await expect(host).toHaveAttribute('data-severity', 'high');
    await post.click();
    await expect(host.getByRole('alertdialog')).toBeVisible();
    await host.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => submits(page)).toEqual([{ via: 'click', text: PHONE_DRAFT }]);

    // Clicked right after typing (before the pause): held, evaluated, and let through.
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('See you at the market', { delay: 15 });
    await post.click();
    await expect.poll(() => submits(page)).toHaveLength(2);
    expect((await submits(page))[1]).toEqual({ via: 'click', text: 'See you at the market' });
    await expect(host.getByRole('alertdialog')).toHaveCount(0);
  });

  test('keyboard: Tab reaches the badge, keys stay inside the guidance, Escape closes and returns focus', async ({
    openPage,
  }) => {
    const page = await openPage(HOME, await editorPage('x-draft'));
    const host = guidance(page);
    await typeInto(page, page.locator('[data-testid="tweetTextarea_0"]'), PHONE_DRAFT);
    await expect(host).toHaveAttribute('data-severity', 'high');
    await page.keyboard.press('Tab');
    const badge = host.locator('.badge');
    await expect(badge).toBeFocused();
    // Site shortcuts listen on the document, like X's "j"/"k"/"l".
    await page.evaluate(() => {
      const w = window as unknown as { __keys: string[] };
      w.__keys = [];
      document.addEventListener('keydown', (e) => w.__keys.push(e.key));
    });
    await page.keyboard.press('Enter');
    await expect(host.getByRole('dialog')).toBeFocused();
    await page.keyboard.press('j');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(host.getByRole('dialog')).toHaveCount(0);
    await expect(badge).toBeFocused();
    expect(await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);
  });

  test('a client-side navigation opens the compose modal over the home composer: both get guidance', async ({
    openPage,
  }) => {
    const page = await openPage(HOME, await editorPage('x-draft'));
    await expect(page.locator('postwise-guidance')).toHaveCount(1);
    await page.evaluate(() => (window as unknown as { __openModal(): void }).__openModal());
    expect(new URL(page.url()).pathname).toBe('/compose/post');
    await expect(page.locator('postwise-guidance')).toHaveCount(2);
    const modalEditor = page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');
    const modalHost = page.locator('[role="dialog"] postwise-guidance');
    await typeInto(page, modalEditor, 'Vote NDP, check https://www.nsndp.ca/platform');
    await expect(modalHost).toHaveAttribute('data-surface', 'post');
    expect(await rules(modalHost)).toEqual(expect.arrayContaining(['partisan', 'political-link']));
    await expect(guidance(page, 0)).toHaveAttribute('data-rules', ''); // the home composer is untouched
    await page.locator('[data-testid="tweetButton"]').click(); // no high finding: no review
    await expect.poll(() => submits(page)).toHaveLength(1);
  });
});
