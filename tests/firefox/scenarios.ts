/**
 * Plays the shared scenarios (tests/scenarios) in Firefox ESR with
 * puppeteer-core over WebDriver BiDi, step for step as the Playwright runner
 * (tests/e2e/scenarios.ts) does in Chromium. Clicks and keys are real input
 * (BiDi input actions), so focus and trusted events behave as for a person.
 * Puppeteer has no web-first assertions: every check polls until it holds
 * (10 s), then fails with the last value seen. The guidance lives in an open
 * shadow root: `host >>> selector` reaches into it, and the checks below read
 * `host.shadowRoot` in the page.
 */
import type { ElementHandle, Frame, KeyInput, Page } from 'puppeteer-core';
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
import type { Session } from './harness';

const TIMEOUT = 10_000;

/** Polls `read` until `ok` holds; fails with the last value seen. */
export async function until<T>(
  what: string,
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeout = TIMEOUT,
): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  let error: unknown;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
      error = undefined;
    } catch (e) {
      error = e; // e.g. the element is not there yet
    }
    if (Date.now() > end) {
      throw new Error(`${what}: still ${error ? String(error) : JSON.stringify(last)} after ${timeout} ms`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Serves the box's page (and its frames) at their addresses and opens it. */
export async function openBox(session: Session, box: Box): Promise<Page> {
  const site = PAGES[box.page];
  for (const f of 'frames' in site ? site.frames : []) session.routes.set(f.url, await f.html());
  session.routes.set(site.url, await site.html());
  const page = await session.open(site.url);
  // The content script runs at document_idle: wait for the box's guidance. A box only the
  // generic layer knows gets its guidance once typed into: wait for the editor.
  await until(
    box.generic ? 'the editor' : 'the guidance host',
    () => docOf(page, box).then((d) => d.$(box.generic ? box.editor : box.host)),
    (h) => h !== null,
  );
  return page;
}

/** The box's document: the page's main frame, or its frame. */
async function docOf(page: Page, box: Box): Promise<Frame> {
  if (!box.frame) return page.mainFrame();
  const url = box.frame.url;
  return until(
    `the frame ${url}`,
    async () => page.frames().find((f) => f.url().includes(url)),
    (f) => f !== undefined,
  ).then((f) => f!);
}

/** Presses a Playwright-style chord such as `Control+Enter` or `Shift+Enter`. */
export async function press(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as KeyInput[];
  const key = keys.pop()!;
  for (const m of keys) await page.keyboard.down(m);
  await page.keyboard.press(key);
  for (const m of keys.reverse()) await page.keyboard.up(m);
}

/** The state of the box's guidance, read in the page (its open shadow root included). */
interface Seen {
  rules: string | null;
  severity: string | null;
  account: string | null;
  surface: string | null;
  badge: string | null;
  notice: string | null;
  review: boolean;
  panel: boolean;
  focused: Part | null;
}

function readGuidance(doc: Frame, box: Box): Promise<Seen> {
  return doc.evaluate(
    (hostSel: string, editorSel: string) => {
      const host = document.querySelector(hostSel)!;
      const root = host.shadowRoot!;
      const shown = (el: Element | null) => !!el && el.getClientRects().length > 0;
      const name = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
      const editor = document.querySelector(editorSel);
      const active = document.activeElement;
      const inner = active === host ? root.activeElement : null;
      let focused: string | null = null;
      if (editor && active && (active === editor || editor.contains(active))) focused = 'editor';
      else if (inner?.classList.contains('badge')) focused = 'badge';
      else if (inner?.getAttribute('role') === 'dialog') focused = 'panel';
      else if (inner?.closest('[role="alertdialog"]')) focused = name(inner);
      return {
        rules: host.getAttribute('data-rules'),
        severity: host.getAttribute('data-severity'),
        account: host.getAttribute('data-account'),
        surface: host.getAttribute('data-surface'),
        badge: root.querySelector('.badge')?.textContent ?? null,
        notice: root.querySelector('.notice')?.textContent ?? null,
        review: shown(root.querySelector('[role="alertdialog"]')),
        panel: shown(root.querySelector('[role="dialog"]')),
        focused: focused as never,
      };
    },
    box.host,
    box.editor,
  );
}

/** A button of the guidance by its accessible name (substring, any case, as Playwright's getByRole). */
async function button(doc: Frame, box: Box, name: string, within?: string): Promise<ElementHandle<Element>> {
  return until(
    `the button "${name}"`,
    async () =>
      (
        await doc.evaluateHandle(
          (hostSel: string, wanted: string, scope: string | null) => {
            const root = document.querySelector(hostSel)?.shadowRoot;
            const base = scope ? root?.querySelector(scope) : root;
            const label = (b: Element) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim().toLowerCase();
            return [...(base?.querySelectorAll('button') ?? [])].find((b) => label(b).includes(wanted)) ?? null;
          },
          box.host,
          name.toLowerCase(),
          within ?? null,
        )
      ).asElement() as ElementHandle<Element> | null,
    (b) => b !== null,
  ).then((b) => b!);
}

interface Hooks {
  __editorText(index: number): string;
  __submits: unknown[];
  __keys: string[];
  __pasted: string[];
}

async function step(page: Page, box: Box, s: Step): Promise<void> {
  const doc = await docOf(page, box);
  const seen = (what: string, ok: (g: Seen) => boolean) => until(what, () => readGuidance(doc, box), ok);
  if ('click' in s) {
    const selector = s.click === 'editor' ? box.editor : s.click === 'submit' ? box.submit! : `${box.host} >>> .badge`;
    const el = await until(
      `${s.click} (${selector})`,
      () => doc.$(selector),
      (e) => e !== null,
    );
    await el!.click();
  } else if ('type' in s) await page.keyboard.type(s.type, { delay: 15 });
  else if ('press' in s) await press(page, s.press);
  else if ('fix' in s) {
    if (!(await readGuidance(doc, box)).panel) await (await doc.$(`${box.host} >>> .badge`))!.click();
    await (await button(doc, box, s.fix, '[role="dialog"]')).click();
  } else if ('choose' in s) await (await button(doc, box, s.choose, '[role="alertdialog"]')).click();
  else if ('host' in s) {
    const want = s.host;
    await seen(`the host ${JSON.stringify(want)}`, (g) => hostMismatch(g, want) === null);
  } else if ('text' in s) {
    const want = s.text;
    await until(
      `the editor's text ${String(want)}`,
      () => doc.evaluate((i: number) => (window as unknown as Hooks).__editorText(i), box.index),
      (t) => (typeof want === 'string' ? t === want : want.test(t)),
    );
  } else if ('badge' in s) {
    const want = s.badge;
    await seen(`the badge ${want}`, (g) => (want === null ? g.badge === null : !!g.badge?.includes(want)));
  } else if ('notice' in s) await seen(`the notice "${s.notice}"`, (g) => !!g.notice?.includes(s.notice));
  else if ('review' in s) await seen(`the review prompt ${s.review}`, (g) => g.review === s.review);
  else if ('panel' in s) await seen(`the panel ${s.panel}`, (g) => g.panel === s.panel);
  else if ('focused' in s) {
    const want = s.focused;
    await seen(`focus on ${want}`, (g) => g.focused === want);
  } else if ('highlights' in s) {
    // Painted by the CSS Custom Highlight API where the browser has it (Firefox 140+); never in the editor's DOM.
    for (const [severity, size] of Object.entries(s.highlights)) {
      await until(
        `highlight postwise-${severity}`,
        () =>
          doc.evaluate((n: string) => {
            const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<unknown>> } }).CSS
              ?.highlights;
            return registry ? (registry.get(n)?.size ?? 0) : 'no API';
          }, `postwise-${severity}`),
        (n) => n === size || n === 'no API',
      );
    }
    const marks = await doc.$$eval(`${box.editor} mark, ${box.editor} [class*="postwise"]`, (m) => m.length);
    if (marks) throw new Error(`${marks} marks inside the editor`);
  } else if ('submits' in s) {
    const want = s.submits;
    await until(
      `the posts ${JSON.stringify(want)}`,
      () => doc.evaluate(() => (window as unknown as Hooks).__submits),
      (got) => same(got, want),
    );
  } else if ('listenKeys' in s) {
    await doc.evaluate(() => {
      const w = window as unknown as Hooks;
      w.__keys = [];
      document.addEventListener('keydown', (e) => w.__keys.push(e.key));
    });
  } else if ('keys' in s) {
    const got = await doc.evaluate(() => (window as unknown as Hooks).__keys);
    if (!same(got, s.keys)) throw new Error(`the page saw the keys ${JSON.stringify(got)}`);
  } else if ('listenPaste' in s) {
    await doc.evaluate(listenPaste);
  } else if ('pasted' in s) {
    const got = await doc.evaluate(() => (window as unknown as Hooks).__pasted);
    if (!same(got, s.pasted)) throw new Error(`the page's paste listeners read ${JSON.stringify(got)}`);
  } else if ('wait' in s) await new Promise((r) => setTimeout(r, s.wait));
}

/** Plays a scenario's steps on a page already open at its box's page. */
export async function play(page: Page, scenario: Scenario): Promise<void> {
  const box: Box = BOXES[scenario.box];
  for (const [i, s] of scenario.steps.entries()) {
    try {
      await step(page, box, s);
    } catch (error) {
      throw new Error(`step ${i + 1} ${JSON.stringify(s)}: ${error instanceof Error ? error.message : error}`, {
        cause: error,
      });
    }
  }
}
