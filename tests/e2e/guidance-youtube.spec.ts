/**
 * YouTube, at https://www.youtube.com/watch?v=…: the comment box is a plain
 * contenteditable (tests/fixtures/editors/youtube-plain.html), and the live
 * chat runs in a same-origin frame (/live_chat), where the content script
 * must run too.
 */
import { test, expect } from './fixtures';
import { plainPage } from './editors';
import { editorText, guidance, submits, typeInto } from './guidance-helpers';

const WATCH = 'https://www.youtube.com/watch?v=abc123';
const CHAT = 'https://www.youtube.com/live_chat?v=abc123';

test.describe('YouTube (plain contenteditable, live chat frame)', () => {
  test('a comment: guidance, a fix with native undo, review on the Comment button', async ({ openPage, serve }) => {
    await serve(CHAT, plainPage('youtube-live-chat.html'));
    const page = await openPage(WATCH, plainPage('youtube-plain.html'));
    const editor = page.locator('#contenteditable-root');
    const host = guidance(page);
    await typeInto(page, editor, 'Great video! Text me at 902 555 0148');
    await expect(host).toHaveAttribute('data-rules', 'personal-info');
    await expect(host).toHaveAttribute('data-surface', 'comment');

    await host.locator('.badge').click();
    await host.getByRole('button', { name: 'Redact it' }).click();
    await expect.poll(() => editorText(page)).toBe('Great video! Text me at ••• ••• ••••');
    await editor.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toBe('Great video! Text me at 902 555 0148');

    await expect(host).toHaveAttribute('data-severity', 'high');
    await page.locator('#submit-button button').click();
    await expect(host.getByRole('alertdialog')).toBeVisible();
    await host.getByRole('button', { name: 'Edit' }).click();
    expect(await submits(page)).toEqual([]);
    await page.locator('#submit-button button').click();
    await host.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => submits(page)).toEqual([{ via: 'click', text: 'Great video! Text me at 902 555 0148' }]);
  });

  test('live chat in its frame: guidance and review when Enter sends', async ({ openPage, serve }) => {
    await serve(CHAT, plainPage('youtube-live-chat.html'));
    const page = await openPage(WATCH, plainPage('youtube-plain.html'));
    const chat = page.frameLocator('#chatframe');
    const frame = page.frame({ url: /live_chat/ })!;
    const host = guidance(chat);
    await chat.locator('div#input[contenteditable]').click();
    await page.keyboard.type('my number is 902 555 0148', { delay: 15 });
    await expect(host).toHaveAttribute('data-rules', 'personal-info');
    await page.keyboard.press('Enter');
    await expect(host.getByRole('alertdialog')).toBeVisible();
    expect(await frame.evaluate(() => (window as unknown as { __submits: unknown[] }).__submits)).toEqual([]);
    await host.getByRole('button', { name: 'Post anyway' }).click();
    await expect
      .poll(() => frame.evaluate(() => (window as unknown as { __submits: unknown[] }).__submits))
      .toEqual([{ via: 'keyboard', text: 'my number is 902 555 0148' }]);
  });
});
