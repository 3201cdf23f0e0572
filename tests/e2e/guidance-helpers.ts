/** Helpers for the guidance end-to-end tests: the fixture pages' hooks and the guidance's host. */
import type { FrameLocator, Locator, Page } from '@playwright/test';

export interface Submit {
  via: 'click' | 'keyboard';
  text: string;
}

/** The editor's own idea of its text (Draft.js / Lexical EditorState, or the DOM for YouTube). */
export function editorText(page: Page, index = 0): Promise<string> {
  return page.evaluate((i) => (window as unknown as { __editorText(i: number): string }).__editorText(i), index);
}

/** Every post the fixture page's submit handler received. */
export function submits(page: Page): Promise<Submit[]> {
  return page.evaluate(() => (window as unknown as { __submits: Submit[] }).__submits);
}

/** The guidance host of the n-th compose box (document order of mounting). */
export function guidance(scope: Page | FrameLocator, n = 0): Locator {
  return scope.locator('postwise-guidance').nth(n);
}

/** Clicks into `editor` and types like a person (Draft.js drops characters typed too fast). */
export async function typeInto(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.type(text, { delay: 15 });
}

/** Rule ids of data-rules, for readable assertions. */
export async function rules(host: Locator): Promise<string[]> {
  return ((await host.getAttribute('data-rules')) ?? '').split(' ').filter(Boolean);
}
