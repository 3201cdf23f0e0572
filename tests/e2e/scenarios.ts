/**
 * Plays the shared scenarios (tests/scenarios) in Chromium with Playwright:
 * each step becomes a locator action or a web-first assertion. The Firefox
 * runner (tests/firefox/scenarios.ts) plays the same steps with puppeteer-core.
 */
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  BOXES,
  PAGES,
  hostMismatch,
  listenPaste,
  type Box,
  type Part,
  type Scenario,
  type Step,
} from '../scenarios/guidance';

type Serve = (url: string, html: string) => Promise<void>;
type OpenPage = (url: string, html: string) => Promise<Page>;

/** Serves the box's page (and its frames) at their addresses and opens it. */
export async function openBox(box: Box, serve: Serve, openPage: OpenPage): Promise<Page> {
  const site = PAGES[box.page];
  for (const f of 'frames' in site ? site.frames : []) await serve(f.url, await f.html());
  return openPage(site.url, await site.html());
}

/** Where the box lives: the page, or its frame. */
function scopeOf(page: Page, box: Box): Page | FrameLocator {
  return box.frame ? page.frameLocator(box.frame.element) : page;
}

/** Runs `fn` in the box's document (page or frame). */
function inBoxDocument<R>(page: Page, box: Box, fn: (arg: number) => R, arg: number): Promise<R> {
  const frame = box.frame ? page.frames().find((f) => f.url().includes(box.frame!.url)) : page.mainFrame();
  if (!frame) throw new Error(`no frame ${box.frame?.url}`);
  return frame.evaluate(fn, arg);
}

function part(host: Locator, editor: Locator, name: Part): Locator {
  switch (name) {
    case 'editor':
      return editor;
    case 'badge':
      return host.locator('.badge');
    case 'panel':
      return host.getByRole('dialog');
    default:
      return host.getByRole('alertdialog').getByRole('button', { name });
  }
}

async function step(page: Page, box: Box, s: Step): Promise<void> {
  const scope = scopeOf(page, box);
  const host = scope.locator(box.host).first();
  const editor = scope.locator(box.editor);
  if ('click' in s) {
    if (s.click === 'editor') await editor.click();
    else if (s.click === 'badge') await host.locator('.badge').click();
    else await scope.locator(box.submit!).click();
  } else if ('type' in s) await page.keyboard.type(s.type, { delay: 15 });
  else if ('press' in s) await page.keyboard.press(s.press);
  else if ('fix' in s) {
    if (!(await host.getByRole('dialog').count())) await host.locator('.badge').click();
    await host.getByRole('button', { name: s.fix }).click();
  } else if ('choose' in s) await host.getByRole('alertdialog').getByRole('button', { name: s.choose }).click();
  else if ('host' in s) {
    const want = s.host;
    await expect
      .poll(async () =>
        hostMismatch(
          {
            rules: await host.getAttribute('data-rules'),
            severity: await host.getAttribute('data-severity'),
            account: await host.getAttribute('data-account'),
            surface: await host.getAttribute('data-surface'),
          },
          want,
        ),
      )
      .toBeNull();
  } else if ('text' in s) {
    const read = () => inBoxDocument(page, box, (i) => (window as unknown as Hooks).__editorText(i), box.index);
    if (typeof s.text === 'string') await expect.poll(read).toBe(s.text);
    else await expect.poll(read).toMatch(s.text);
  } else if ('badge' in s) {
    if (s.badge === null) await expect(host.locator('.badge')).toHaveCount(0);
    else await expect(host.locator('.badge')).toContainText(s.badge);
  } else if ('notice' in s) await expect(host.locator('.notice')).toContainText(s.notice);
  else if ('review' in s) {
    if (s.review) await expect(host.getByRole('alertdialog')).toBeVisible();
    else await expect(host.getByRole('alertdialog')).toHaveCount(0);
  } else if ('panel' in s) {
    if (s.panel) await expect(host.getByRole('dialog')).toBeVisible();
    else await expect(host.getByRole('dialog')).toHaveCount(0);
  } else if ('focused' in s) await expect(part(host, editor, s.focused)).toBeFocused();
  else if ('highlights' in s) {
    // Chromium has the Custom Highlight API: the words are marked outside the editor's DOM.
    for (const [severity, size] of Object.entries(s.highlights)) {
      await expect
        .poll(() => page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, `postwise-${severity}`))
        .toBe(size);
    }
    expect(await editor.locator('mark, [class*="postwise"]').count()).toBe(0);
  } else if ('submits' in s) {
    await expect
      .poll(() => inBoxDocument(page, box, () => (window as unknown as Hooks).__submits, 0))
      .toEqual(s.submits);
  } else if ('listenKeys' in s) {
    await inBoxDocument(
      page,
      box,
      () => {
        const w = window as unknown as Hooks;
        w.__keys = [];
        document.addEventListener('keydown', (e) => w.__keys.push(e.key));
      },
      0,
    );
  } else if ('keys' in s) {
    expect(await inBoxDocument(page, box, () => (window as unknown as Hooks).__keys, 0)).toEqual(s.keys);
  } else if ('listenPaste' in s) {
    await inBoxDocument(page, box, listenPaste, 0);
  } else if ('pasted' in s) {
    expect(await inBoxDocument(page, box, () => (window as unknown as Hooks).__pasted, 0)).toEqual(s.pasted);
  } else if ('wait' in s) await page.waitForTimeout(s.wait);
}

interface Hooks {
  __editorText(index: number): string;
  __submits: unknown[];
  __keys: string[];
  __pasted: string[];
}

/** Plays a scenario's steps on a page already open at its box's page. */
export async function play(page: Page, scenario: Scenario): Promise<void> {
  const box: Box = BOXES[scenario.box];
  for (const [i, s] of scenario.steps.entries()) {
    await test.step(`${i + 1}. ${JSON.stringify(s)}`, () => step(page, box, s));
  }
}
