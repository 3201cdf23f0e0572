/**
 * In-browser benchmark of the content script, in Debian's Chromium with the
 * built extension (npm run bench:browser builds it first). Prints:
 *
 * - the time from the typing pause to guidance on screen: the page types,
 *   the 300 ms pause is subtracted, the message round trip to the service
 *   worker and the rendering are included, up to the frame that shows it;
 * - the same for the first evaluation after the service worker was stopped
 *   (CDP ServiceWorker.stopAllWorkers);
 * - each site's content script's size (minified, gzip): a page loads only
 *   its site's (x.js, facebook.js, youtube.js), and the largest is held to
 *   the budget;
 * - the content script's own main-thread time on a 10,000-node page that
 *   mutates every frame (V8 sampling profiler, samples whose stack is in
 *   x.js, the page being x.com), as a share of wall-clock time;
 * - moderation assist on an official channel's video whose 1,000 comments load
 *   in batches while the page mutates: the time to mark every comment due a
 *   mark, and Postwise's main-thread share (youtube.js and the moderation
 *   chunk) while they load and once the ~10,000-element page is all read.
 *   The time is taken twice: on a page of its own without the profiler (what
 *   a moderator sees), and on the profiled page, where the sampling itself
 *   slows the scripts it samples and so the pacing, which pays for every
 *   millisecond the moderation chunk spends.
 *
 * Budgets (DESIGN.md): 50 ms median, 60 KB, 2 %.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const SCRIPTS = ['x', 'facebook', 'youtube'].map((site) => ({
  site,
  path: join(EXTENSION, `content-scripts/${site}.js`),
}));
const DEBOUNCE_MS = 300; // lib/compose/session.ts
const RUNS = 40;
const COLD_RUNS = 5;
const PROFILE_MS = 5000;

const BOX = `<main role="main"><div data-testid="primaryColumn"><div data-testid="tweetTextarea_0RichTextInputContainer"><div id="ed" data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div></div><div data-testid="toolBar"><button data-testid="tweetButtonInline">Post</button></div></div></main>`;
const HIGH = 'Selling my kayak, text me at 902 555 0148';
const CLEAN = 'Selling my kayak, lovely day on the water';

/** A page of `n` elements (articles of 20) below the compose box; it mutates every frame once started. */
function bigPage(n: number): string {
  const article = (i: number) =>
    `<article><div><div><span>Author ${i}</span><span>@handle${i}</span></div><div><p><span>Post number ${i}</span> <a href="#">link</a></p><p><span>more</span><span>text</span></p></div><div><button>Reply</button><button>Repost</button><button>Like</button><span>${i}</span></div><div><span>a</span><span>b</span></div></div></article>`;
  const feed = Array.from({ length: Math.ceil(n / 20) }, (_, i) => article(i)).join('');
  return `<html><body>${BOX}<section id="feed">${feed}</section><script>
    let i = 1e6;
    const feed = document.getElementById('feed');
    const tpl = document.createElement('template');
    function tick() {
      if (!window.__run) return;
      tpl.innerHTML = ${JSON.stringify(article(0))}.replaceAll('0', String(i++));
      feed.prepend(tpl.content.firstChild);      // a new post arrives
      feed.lastElementChild.remove();            // the oldest leaves
      const spans = feed.getElementsByTagName('span');
      for (let k = 0; k < 20; k++) spans[(i * 7 + k * 131) % spans.length].textContent = 'n' + i + k; // counters tick
      requestAnimationFrame(tick);
    }
    window.__start = () => { window.__run = true; requestAnimationFrame(tick); };
    window.__stop = () => { window.__run = false; };
  </script></body></html>`;
}

async function launch(): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'postwise-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox'],
  });
  // Postwise opens its welcome page on install, in front: a measured page left behind it would
  // have its animation frames throttled like any background tab's. Close it whenever it comes.
  const welcome = (page: Page) => void (page.url().endsWith('/welcome.html') && page.close());
  context.on(
    'page',
    (page) =>
      void page.waitForLoadState('domcontentloaded').then(
        () => welcome(page),
        () => undefined,
      ),
  );
  context.pages().forEach(welcome);
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  await context.route(/^(https?|wss?):/, (route) => route.abort());
  return { context, profile };
}

async function open(context: BrowserContext, url: string, html: string): Promise<Page> {
  await context.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('postwise-guidance').waitFor({ state: 'attached' });
  return page;
}

/**
 * One pause-to-screen measurement: the page puts `text` in the box as typing
 * would (an input event), then waits for the guidance to show `severity`
 * and for the next frame to be painted. Milliseconds, the pause excluded.
 */
function measureOnce(page: Page, text: string, severity: string): Promise<number> {
  return page.evaluate(
    ({ text, severity, pause }) =>
      new Promise<number>((resolve) => {
        const ed = document.getElementById('ed')!;
        const host = document.querySelector('postwise-guidance')!;
        let t0 = 0;
        const mo = new MutationObserver(() => {
          if (host.getAttribute('data-severity') !== severity) return;
          mo.disconnect();
          // The frame that renders the change, then its paint (a task after the frame).
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => resolve(performance.now() - t0 - pause);
            ch.port2.postMessage(0);
          });
        });
        mo.observe(host, { attributes: true, attributeFilter: ['data-severity'] });
        ed.textContent = text;
        ed.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
        t0 = performance.now();
      }),
    { text, severity, pause: DEBOUNCE_MS },
  );
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

async function latency(page: Page, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const high = i % 2 === 0;
    const t = await measureOnce(page, high ? `${HIGH} ${i}` : `${CLEAN} ${i}`, high ? 'high' : 'none');
    if (i >= 3) times.push(t); // the first three warm up
  }
  return times;
}

/** Stops the extension's service worker and waits until it is gone. */
async function stopWorker(cdp: CDPSession): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
  for (let i = 0; i < 100; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    if (!targetInfos.some((t) => t.type === 'service_worker')) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the service worker did not stop');
}

async function coldStarts(page: Page): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const times: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    await stopWorker(cdp);
    const high = i % 2 === 0;
    times.push(await measureOnce(page, high ? `${HIGH} cold ${i}` : `${CLEAN} cold ${i}`, high ? 'high' : 'none'));
  }
  return times;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/**
 * Runs `during` under the V8 sampling profiler (100 µs): the share of wall-clock time whose sampled
 * stack is in a script whose address passes `ours`, and in the page's own scripts (`pageUrl`).
 */
async function sampled(
  page: Page,
  during: () => Promise<void>,
  ours: (url: string) => boolean,
  pageUrl: string,
): Promise<{ share: number; pageShare: number; wall: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await during();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };
  };
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inUrl = (id: number, test: (url: string) => boolean): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      if (test(byId.get(at)!.callFrame.url)) return true;
    return false;
  };
  let mine = 0;
  let pageJs = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0; // a sample's time is the delta to the next one
    if (inUrl(id, ours)) mine += dt;
    else if (inUrl(id, (u) => u.startsWith(pageUrl))) pageJs += dt;
  });
  const wall = profile.endTime - profile.startTime;
  return { share: mine / wall, pageShare: pageJs / wall, wall: wall / 1000 };
}

/** Share of wall-clock time whose sampled stack runs in the content script, while the page mutates. */
async function mainThreadShare(
  page: Page,
): Promise<{ share: number; pageShare: number; nodes: number; boxes: number }> {
  await page.evaluate(() => (window as unknown as { __start(): void }).__start());
  await page.waitForTimeout(500); // steady state
  const { share, pageShare } = await sampled(
    page,
    () => page.waitForTimeout(PROFILE_MS),
    (u) => u.includes('/content-scripts/x.js'),
    'https://x.com/',
  );
  await page.evaluate(() => (window as unknown as { __stop(): void }).__stop());
  const counts = await page.evaluate(() => ({
    nodes: document.getElementsByTagName('*').length,
    boxes: document.querySelectorAll('postwise-guidance').length,
  }));
  return { share, pageShare, ...counts };
}

const WATCH = 'https://www.youtube.com/watch?v=nsVideo02';
const MODERATION_CODE = (u: string) => u.includes('/content-scripts/youtube.js') || u.endsWith('/moderation.js');

/** Opens the 1,000-comment video and waits until its first batch's comment due a mark is marked. */
async function openWatch(context: BrowserContext): Promise<{ page: Page; expected: number }> {
  const page = await context.newPage();
  await page.goto(WATCH);
  await page.locator('postwise-moderation').first().waitFor({ state: 'attached', timeout: 30_000 });
  const expected = await page.evaluate(() => (window as unknown as { __expected: number }).__expected);
  return { page, expected };
}

/** Loads the other 49 batches, one every 20 ms: the time until `expected` comments are marked. */
function loadAndMark(page: Page, expected: number): Promise<number> {
  return page.evaluate(
    (n) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        (window as unknown as { __load(ms: number): void }).__load(20);
        // No named function here: tsx would wrap it in a helper the page does not have.
        const timer = setInterval(() => {
          if (document.querySelectorAll('postwise-moderation').length < n) return;
          clearInterval(timer);
          resolve(performance.now() - t0);
        }, 20);
      }),
    expected,
  );
}

/**
 * Moderation assist on the official channel's video with 1,000 comments
 * (tests/fixtures/sites/youtube-watch-1000.html): the first batch is marked, then the other 49
 * batches load every 20 ms while like counts tick every frame. Measures the time from the first
 * new batch to the last comment due a mark marked, on a page of its own without the profiler,
 * then again on a second page under the profiler with Postwise's main-thread share meanwhile
 * (the content script and the moderation chunk), and then its share over 5 s of the finished
 * page (some 10,000 elements) still mutating every frame.
 */
async function moderation(context: BrowserContext) {
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(() =>
    chrome.storage.local.set({
      userSettings: { welcome: 'off', officialAccounts: [{ site: 'youtube', handle: '@NovaScotiaGov' }] },
    }),
  );
  const html = readFileSync(join(ROOT, 'tests/fixtures/sites/youtube-watch-1000.html'), 'utf8');
  await context.route(WATCH, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const plain = await openWatch(context);
  const unprofiled = await loadAndMark(plain.page, plain.expected);
  await plain.page.evaluate(() => (window as unknown as { __stop(): void }).__stop());
  await plain.page.close();
  const { page, expected } = await openWatch(context);
  let toMarkAll = 0;
  const loading = await sampled(
    page,
    async () => {
      toMarkAll = await loadAndMark(page, expected);
    },
    MODERATION_CODE,
    'https://www.youtube.com/',
  );
  const steady = await sampled(
    page,
    () => page.waitForTimeout(PROFILE_MS),
    MODERATION_CODE,
    'https://www.youtube.com/',
  );
  const counts = await page.evaluate(() => ({
    nodes: document.getElementsByTagName('*').length,
    marks: document.querySelectorAll('postwise-moderation').length,
  }));
  await page.evaluate(() => (window as unknown as { __stop(): void }).__stop());
  await page.close();
  return { unprofiled, toMarkAll, expected, loading, steady, ...counts };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');

async function main(): Promise<void> {
  const sizes = SCRIPTS.map(({ site, path }) => {
    const js = readFileSync(path);
    return { site, bytes: js.length, gzip: gzipSync(js, { level: 9 }).length };
  });
  const largest = Math.max(...sizes.map((s) => s.bytes));
  const { context, profile } = await launch();
  try {
    const page = await open(context, 'https://x.com/home', `<html><body>${BOX}</body></html>`);
    const warm = await latency(page, RUNS);
    const cold = await coldStarts(page);
    await page.close();
    const big = await open(context, 'https://x.com/home', bigPage(10_000));
    const cpu = await mainThreadShare(big);
    await big.close();
    const mod = await moderation(context);

    const median = quantile(warm, 0.5);
    const lines = [
      `Postwise content script in Chromium (${context.browser()?.version() ?? 'persistent context'})`,
      `typing pause → guidance on screen (${warm.length} runs, pause excluded, round trip included)`,
      `  median ${ms(median)}   p95 ${ms(quantile(warm, 0.95))}   min ${ms(Math.min(...warm))}   max ${ms(Math.max(...warm))}   budget < 50 ms: ${verdict(median < 50)}`,
      `first evaluation after the service worker was stopped (${cold.length} runs)`,
      `  median ${ms(quantile(cold, 0.5))}   each: ${cold.map((t) => t.toFixed(0)).join(', ')} ms`,
      `content scripts' size (a page loads only its site's)`,
      ...sizes.map(
        (s) =>
          `  ${`${s.site}.js`.padEnd(12)}${s.bytes.toLocaleString('en-CA')} bytes minified (${(s.bytes / 1024).toFixed(1)} KiB), ${s.gzip.toLocaleString('en-CA')} bytes gzip   budget < 60 KB: ${verdict(s.bytes < 60_000)}`,
      ),
      `main thread on a ${cpu.nodes.toLocaleString('en-CA')}-element page mutating every frame (${PROFILE_MS / 1000} s, ${cpu.boxes} compose box)`,
      `  content script ${(cpu.share * 100).toFixed(2)} % of wall-clock time (the page's own script: ${(cpu.pageShare * 100).toFixed(1)} %)   budget < 2 %: ${verdict(cpu.share < 0.02)}`,
      `moderation assist: the official channel's video, 1,000 comments in batches of 20 every 20 ms, like counts ticking every frame`,
      `  all ${mod.expected} comments due a mark marked ${(mod.unprofiled / 1000).toFixed(1)} s after the batches began (${(mod.toMarkAll / 1000).toFixed(1)} s under the profiler; ${mod.marks} marks)`,
      `  meanwhile Postwise (content script and moderation chunk) ${(mod.loading.share * 100).toFixed(2)} % of wall-clock time, idle periods used included (the page's own script: ${(mod.loading.pageShare * 100).toFixed(1)} %)   budget < 2 %: ${verdict(mod.loading.share < 0.02)}`,
      `  then, all read, on the ${mod.nodes.toLocaleString('en-CA')}-element page still mutating (${PROFILE_MS / 1000} s): ${(mod.steady.share * 100).toFixed(2)} %   budget < 2 %: ${verdict(mod.steady.share < 0.02)}`,
    ];
    console.log(lines.join('\n'));
    const modOver = mod.loading.share >= 0.02 || mod.steady.share >= 0.02 || mod.marks !== mod.expected;
    if (median >= 50 || largest >= 60_000 || cpu.share >= 0.02 || modOver) process.exitCode = 1;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
