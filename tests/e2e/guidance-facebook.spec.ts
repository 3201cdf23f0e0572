/**
 * Facebook, on a page that runs the real Lexical
 * (tests/fixtures/editors/fb-lexical.ts) served at https://www.facebook.com/:
 * the "Create post" dialog and a comment box where Enter posts and Facebook
 * clears the editor.
 */
import { test, expect } from './fixtures';
import { editorPage } from './editors';
import { editorText, guidance, submits, typeInto } from './guidance-helpers';

const FEED = 'https://www.facebook.com/';

test.describe('Facebook (Lexical)', () => {
  test('the post dialog: guidance, a fix through Lexical, undo, and review on the Post button', async ({
    openPage,
  }) => {
    const page = await openPage(FEED, await editorPage('fb-lexical'));
    const editor = page.locator('#post-editor');
    const host = page.locator('[role="dialog"] postwise-guidance');
    const draft = 'Garage sale Saturday, call 902 555 0148';
    await typeInto(page, editor, draft);
    await expect(host).toHaveAttribute('data-rules', 'personal-info');
    await expect(host).toHaveAttribute('data-surface', 'post');

    await host.locator('.badge').click();
    await host.getByRole('button', { name: 'Redact it' }).click();
    await expect.poll(() => editorText(page, 0)).toBe('Garage sale Saturday, call ••• ••• ••••');
    await expect(host).toHaveAttribute('data-rules', '');
    await editor.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, 0)).toBe(draft);
    await expect(host).toHaveAttribute('data-rules', 'personal-info');

    await page.locator('#post-button').click();
    await expect(host.getByRole('alertdialog')).toBeVisible();
    expect(await submits(page)).toEqual([]);
    await host.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => submits(page)).toEqual([{ via: 'click', text: draft }]);
  });

  test('removing an address and adding a disclaimer keep Lexical consistent', async ({ openPage }) => {
    const page = await openPage(FEED, await editorPage('fb-lexical'));
    const editor = page.locator('#post-editor');
    const host = page.locator('[role="dialog"] postwise-guidance');
    await typeInto(
      page,
      editor,
      'Proud of my team at the Department of Agriculture. Email me at jane.doe@novascotia.ca',
    );
    await expect(host).toHaveAttribute('data-rules', /government-email/);
    await host.locator('.badge').click();
    await host.getByRole('button', { name: 'Remove the address' }).click();
    await expect.poll(() => editorText(page, 0)).toBe('Proud of my team at the Department of Agriculture. Email me at');
    await host.getByRole('button', { name: 'Add a disclaimer' }).click();
    await expect
      .poll(() => editorText(page, 0))
      .toMatch(
        /^Proud of my team at the Department of Agriculture\. Email me at\n\nThe postings on this site are my own/,
      );
    await expect(host).not.toHaveAttribute('data-rules', /disclaimer/);
  });

  test('a comment sent with Enter is stopped before Facebook clears it; Post anyway sends it once', async ({
    openPage,
  }) => {
    const page = await openPage(FEED, await editorPage('fb-lexical'));
    const editor = page.locator('#comment-editor');
    const host = page.locator('[role="main"] postwise-guidance');
    await typeInto(page, editor, 'Call me at 902 555 0148');
    await expect(host).toHaveAttribute('data-surface', 'comment');
    await expect(host).toHaveAttribute('data-severity', 'high');

    await page.keyboard.press('Enter');
    const prompt = host.getByRole('alertdialog');
    await expect(prompt.getByRole('button', { name: 'Edit' })).toBeFocused();
    expect(await editorText(page, 1)).toBe('Call me at 902 555 0148'); // not cleared: Facebook never saw the Enter
    await page.keyboard.press('Escape'); // Escape is Edit
    await expect(prompt).toHaveCount(0);
    await expect(editor).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(prompt.getByRole('button', { name: 'Edit' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Post anyway
    await expect.poll(() => submits(page)).toEqual([{ via: 'keyboard', text: 'Call me at 902 555 0148' }]);
    await expect.poll(() => editorText(page, 1)).toBe('');
    await expect(host).toHaveAttribute('data-rules', ''); // the emptied box is quiet again
    expect(await submits(page)).toHaveLength(1);
  });

  test('Shift+Enter is a new line, not a submit', async ({ openPage }) => {
    const page = await openPage(FEED, await editorPage('fb-lexical'));
    const editor = page.locator('#comment-editor');
    const host = guidance(page, 1);
    await typeInto(page, editor, 'Call me at 902 555 0148');
    await expect(host).toHaveAttribute('data-severity', 'high');
    await page.keyboard.press('Shift+Enter');
    await expect(host.getByRole('alertdialog')).toHaveCount(0);
    expect(await submits(page)).toEqual([]);
  });
});
