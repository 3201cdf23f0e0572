// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/home"}
/**
 * The controller end to end in happy-dom: the real adapters, engine,
 * background handler and settings store, over WXT's fake browser messaging;
 * the guidance rendered into a shadow root by the real component.
 */
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { waitFor } from '@testing-library/preact';
import { Guidance } from '@/components/Guidance';
import { createHandler } from '@/lib/background/handler';
import { SettingsStore } from '@/lib/background/settings-store';
import { createController, type GuidanceUi, type Send } from '@/lib/compose/controller';
import type { LogEvent, Request } from '@/lib/messaging';
import { adapterFor } from '@/lib/sites';
import type { ComposeBox } from '@/lib/sites';
import { breachCard, offersBreachCard } from '@/lib/breach/card';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const TAB = 7;
const BREACH_CARD = breachCard(DEFAULT_SETTINGS, { origin: 'posted-anyway', site: 'x', at: 0, lang: 'en' });
const PAGE = `<header><a data-testid="AppTabBar_Profile_Link" href="/jane_doe">Profile</a></header>
<main><div data-testid="primaryColumn"><div data-testid="tweetTextarea_0RichTextInputContainer"><div class="DraftEditor-root"><div id="ed" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div></div></div>
<div data-testid="toolBar"><button id="post" type="button" data-testid="tweetButtonInline">Post</button></div></div></main>`;

/** A fake UI: the real Guidance component in an open shadow root after the anchor. */
async function mount(box: ComposeBox): Promise<GuidanceUi> {
  const host = document.createElement('postwise-guidance');
  const container = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(container);
  box.anchor.after(host);
  return {
    host,
    render: (view, actions, focusEditor) =>
      render(<Guidance view={view} actions={actions} focusEditor={focusEditor} />, container),
    remove: () => {
      render(null, container);
      host.remove();
    },
  };
}

function setup(page = PAGE) {
  history.replaceState(null, '', '/home');
  document.body.innerHTML = page;
  const requests: Request[] = [];
  const logs: LogEvent[] = [];
  const settings = new SettingsStore(fakeBrowser.storage.local, null);
  fakeBrowser.storage.onChanged.addListener(() => settings.invalidate()); // as the background does
  const handler = createHandler({
    settings,
    session: fakeBrowser.storage.session,
    extra: {
      log: async (req) => {
        logs.push(req.event);
        // As the background does (lib/background/log-handlers.ts): the breach card after such a post.
        const due = req.event.action === 'review-posted-anyway' && offersBreachCard(req.event);
        return due ? { ok: true, card: BREACH_CARD } : { ok: true };
      },
    },
  });
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => handler(m, TAB));
  const send: Send = (req) => {
    requests.push(req);
    return fakeBrowser.runtime.sendMessage(req);
  };
  const abort = new AbortController();
  running.push(abort);
  const copy = vi.fn(async () => {});
  const report = vi.fn();
  const postClicks: number[] = [];
  const posts: unknown[] = [];
  const breaches: unknown[] = [];
  document.getElementById('post')!.addEventListener('click', () => postClicks.push(1));
  const controller = createController({
    win: window,
    signal: abort.signal,
    // A path of the site Postwise does not serve (as Messenger is on Facebook).
    adapterFor: (u) => (u.pathname.startsWith('/elsewhere') ? null : adapterFor(u)),
    send,
    mount,
    policyUrl: (a) => `policy.html#${a}`,
    copy,
    hostTag: 'postwise-guidance',
    debounceMs: 5,
    report,
    schedule: (cb) => queueMicrotask(cb),
    onPosted: (p) => posts.push(p),
    onBreach: (card) => breaches.push(card),
  });
  controller.start();
  const editor = document.getElementById('ed')!;
  const host = () => document.querySelector('postwise-guidance') as HTMLElement;
  const shadow = () => host().shadowRoot!;
  const type = (text: string) => {
    editor.textContent = text;
    editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
  };
  return { controller, editor, host, shadow, type, requests, logs, abort, copy, report, postClicks, posts, breaches };
}

/** Every controller of a test is torn down after it: they all listen on the same window. */
const running: AbortController[] = [];
beforeEach(() => fakeBrowser.reset());
afterEach(() => running.splice(0).forEach((a) => a.abort()));

test('each compose box gets its guidance; after every evaluation the host carries the contract', async () => {
  const { host, shadow, type, requests } = setup();
  await waitFor(() => expect(host()?.getAttribute('data-severity')).toBe('none'));
  expect(host().getAttribute('data-surface')).toBe('post');
  expect(host().getAttribute('data-account')).toBe('personal');
  expect(shadow().querySelector('.badge')).toBeNull();

  type('Proud of our team at work today. Text me at 902 555 0148');
  await waitFor(() => expect(host().getAttribute('data-severity')).toBe('high'));
  expect(host().getAttribute('data-rules')).toBe('authorization disclaimer personal-info self-identify');
  const evaluate = requests.find((r) => r.type === 'evaluate')!;
  expect(evaluate).toMatchObject({
    text: 'Proud of our team at work today. Text me at 902 555 0148',
    context: { account: 'personal', site: 'x', surface: 'post' },
    lang: 'en',
  });
  expect((evaluate as { context: { at: string } }).context.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  // The popup's state, kept per tab by the background.
  const state = (await fakeBrowser.storage.session.get(`tab:${TAB}`))[`tab:${TAB}`];
  expect(state).toMatchObject({ site: 'x', boxes: 1, counts: { high: 1, warning: 1, info: 2 } });
});

test('a submit with a high finding is reviewed: Edit, then Post anyway, each logged with rule ids only', async () => {
  const { host, shadow, type, editor, logs, postClicks, posts, breaches } = setup();
  type('Text me at 902 555 0148');
  await waitFor(() => expect(host().getAttribute('data-severity')).toBe('high'));
  document.getElementById('post')!.click();
  await waitFor(() => expect(shadow().querySelector('[role="alertdialog"]')).not.toBeNull());
  expect(postClicks).toEqual([]);
  (shadow().querySelector('.primary') as HTMLButtonElement).click(); // Edit
  await waitFor(() => expect(shadow().querySelector('[role="alertdialog"]')).toBeNull());
  expect(document.activeElement).toBe(editor);

  document.getElementById('post')!.click();
  await waitFor(() => expect(shadow().querySelector('[role="alertdialog"]')).not.toBeNull());
  (shadow().querySelector('.secondary') as HTMLButtonElement).click(); // Post anyway
  expect(postClicks).toEqual([1]);
  await waitFor(() => expect(logs).toHaveLength(3));
  expect(logs.map((l) => l.action)).toEqual(['guidance-shown', 'review-edited', 'review-posted-anyway']);
  expect(posts).toEqual([{ site: 'x', surface: 'post', account: 'personal' }]);
  expect(logs[2]).toEqual({
    action: 'review-posted-anyway',
    rules: ['personal-info'],
    severities: ['high'],
    site: 'x',
    account: 'personal',
    surface: 'post',
  });
  expect(JSON.stringify(logs)).not.toContain('0148');
  // Personal information went out: the background's privacy-breach card is shown.
  await waitFor(() => expect(breaches).toEqual([BREACH_CARD]));
});

test('a submit right after typing is held until evaluated, then goes on when there is nothing high', async () => {
  const { host, type, postClicks, posts, logs } = setup();
  await waitFor(() => expect(host()).not.toBeNull());
  type('See you at the market');
  document.getElementById('post')!.click(); // before the pause
  expect(postClicks).toEqual([]);
  await waitFor(() => expect(postClicks).toEqual([1]));
  expect(host().getAttribute('data-severity')).toBe('none');
  expect(posts).toHaveLength(1);
  expect(logs).toEqual([]); // nothing was shown
});

test('each rule is logged as shown once per draft, with ids and severities only', async () => {
  const { host, type, logs } = setup();
  type('Text me at 902 555 0148');
  await waitFor(() => expect(host().getAttribute('data-severity')).toBe('high'));
  type('Text me at 902 555 0148 or 902 555 0199');
  await waitFor(() => expect(host().getAttribute('data-rules')).toBe('personal-info'));
  type('Proud of our team at work today. Text me at 902 555 0148');
  await waitFor(() => expect(host().getAttribute('data-rules')).toContain('self-identify'));
  const shown = logs.filter((l) => l.action === 'guidance-shown');
  expect(shown.map((l) => l.rules)).toEqual([['personal-info'], ['self-identify', 'disclaimer', 'authorization']]);
  expect(shown[1]!.severities).toEqual(['warning', 'info', 'info']);
  type(''); // posted or cleared: the next draft starts afresh
  await waitFor(() => expect(host().getAttribute('data-rules')).toBe(''));
  type('Text me at 902 555 0148');
  await waitFor(() => expect(logs.filter((l) => l.action === 'guidance-shown')).toHaveLength(3));
});

test('review off: nothing is stopped', async () => {
  await fakeBrowser.storage.local.set({ userSettings: { reviewBeforePosting: false } });
  const { host, type, postClicks, posts } = setup();
  type('Text me at 902 555 0148');
  await waitFor(() => expect(host().getAttribute('data-severity')).toBe('high'));
  document.getElementById('post')!.click();
  expect(postClicks).toEqual([1]);
  expect(posts).toHaveLength(1);
});

test('a fix the editor does not take goes to the clipboard, and the panel says so', async () => {
  const { host, shadow, type, copy, logs } = setup();
  type('Text me at 902 555 0148');
  await waitFor(() => expect(host().getAttribute('data-severity')).toBe('high'));
  (shadow().querySelector('.badge') as HTMLButtonElement).click();
  await waitFor(() => expect(shadow().querySelector('button.fix')).not.toBeNull());
  (shadow().querySelector('button.fix') as HTMLButtonElement).click();
  await waitFor(() => expect(copy).toHaveBeenCalledWith('Text me at ••• ••• ••••'), { timeout: 3000 });
  await waitFor(() => expect(shadow().querySelector('.notice')!.textContent).toContain('on your clipboard'));
  expect(logs.map((l) => l.action)).toEqual(['guidance-shown']); // no fix-applied: nothing was applied
});

test('an official account is recognised from the page; otherwise the person can switch, unless locked', async () => {
  await fakeBrowser.storage.local.set({ userSettings: { officialAccounts: [{ site: 'x', handle: '@Jane_Doe' }] } });
  const first = setup();
  await waitFor(() => expect(first.host()?.getAttribute('data-account')).toBe('official'));
  first.type('Text me at 902 555 0148');
  await waitFor(() => expect(first.shadow().querySelector('.badge')).not.toBeNull());
  (first.shadow().querySelector('.badge') as HTMLButtonElement).click();
  await waitFor(() => expect(first.shadow().querySelector('.account')!.textContent).toContain('official accounts'));
  expect(first.shadow().querySelector('.account button')).toBeNull(); // a matched account is not a choice
  first.abort.abort();
  fakeBrowser.reset();

  const { controller, host, shadow, type } = setup();
  type('Text me at 902 555 0148');
  await waitFor(() => expect(host().getAttribute('data-severity')).toBe('high'));
  (shadow().querySelector('.badge') as HTMLButtonElement).click();
  await waitFor(() => expect(shadow().querySelector('.account button')).not.toBeNull());
  (shadow().querySelector('.account button') as HTMLButtonElement).click();
  await waitFor(() => expect(host().getAttribute('data-account')).toBe('official'));
  expect(await fakeBrowser.storage.local.get('accountChoices')).toEqual({ accountChoices: { x: 'official' } });

  await fakeBrowser.storage.local.set({ userSettings: { allowAccountSwitch: false } });
  await controller.settingsChanged();
  await waitFor(() => expect(shadow().querySelector('.account button')).toBeNull());
});

test('navigating to a page Postwise does not serve removes the guidance; invalidation tears all down', async () => {
  const { controller, host, abort, editor, postClicks, type } = setup();
  await waitFor(() => expect(host()).not.toBeNull());
  history.pushState(null, '', '/compose/post');
  controller.navigated();
  await waitFor(() => expect(controller.boxes).toBe(1)); // same site: the box is kept
  history.pushState(null, '', '/elsewhere');
  controller.navigated();
  expect(host()).toBeNull();
  history.pushState(null, '', '/home');
  controller.navigated();
  await waitFor(() => expect(host()).not.toBeNull()); // back: found again
  abort.abort();
  expect(host()).toBeNull();
  expect(controller.boxes).toBe(0);
  type('Text me at 902 555 0148');
  document.getElementById('post')!.click();
  expect(postClicks).toEqual([1]); // never in the way once torn down
  expect(editor.isConnected).toBe(true);
});

test('the popup’s Insert goes to the box in use', async () => {
  const { controller, host, editor } = setup();
  await waitFor(() => expect(host()).not.toBeNull());
  editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  const answer = await controller.insert('Views are my own.');
  // happy-dom's contenteditable takes none of the pathways: the text is offered on the clipboard.
  expect(answer).toEqual({ ok: false, reason: 'copied to the clipboard instead' });
});

/** The same page after a redesign that renamed every hook the X adapter keys on, with a search form. */
const REDESIGNED = `<main><div data-testid="primaryColumn"><div data-testid="composerInput_0_label"><div id="ed" contenteditable="true" role="textbox" aria-label="Post text" data-testid="composerInput_0"></div></div>
<div data-testid="composerToolbar"><button id="post" type="button" data-testid="postButtonInline">Post</button></div></div></main>
<form role="search"><input id="q" type="text" aria-label="Search query"></form>`;

const tabState = async () => (await fakeBrowser.storage.session.get(`tab:${TAB}`))[`tab:${TAB}`];

test('after a redesign the generic layer guides the box typed into; a click it does not understand goes through', async () => {
  const { controller, host, shadow, type, editor, logs, postClicks } = setup(REDESIGNED);
  controller.flush();
  expect(host()).toBeNull(); // the adapter knows no box here
  type('Text me at 902 555 0148');
  await waitFor(() => expect(host()?.getAttribute('data-severity')).toBe('high'));
  expect(host().getAttribute('data-rules')).toBe('personal-info');
  expect(host().getAttribute('data-surface')).toBe('post');
  expect(host().getAttribute('data-account')).toBe('personal');
  await waitFor(async () => expect(await tabState()).toMatchObject({ site: 'x', recognition: 'generic', boxes: 1 }));
  await waitFor(() => expect(logs.map((l) => l.action)).toContain('generic-takeover'));
  expect(logs.find((l) => l.action === 'generic-takeover')).toEqual({
    action: 'generic-takeover',
    rules: [],
    severities: [],
    site: 'x',
    account: 'personal',
    surface: 'post',
  });

  document.getElementById('post')!.click(); // its Post button is not known: never stopped
  expect(postClicks).toEqual([1]);
  expect(shadow().querySelector('[role="alertdialog"]')).toBeNull();
  // X posts with Ctrl/Cmd+Enter: that still gets the review.
  editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
  await waitFor(() => expect(shadow().querySelector('[role="alertdialog"]')).not.toBeNull());

  type('Text me at 902 555 0148 tomorrow'); // one takeover per page, however much is typed
  await waitFor(() => expect(logs.filter((l) => l.action === 'guidance-shown')).toHaveLength(1));
  expect(logs.filter((l) => l.action === 'generic-takeover')).toHaveLength(1);
});

test('a search field is never guided, nor is anything the person does not type into', async () => {
  const { controller, host } = setup(REDESIGNED);
  const search = document.getElementById('q') as HTMLInputElement;
  search.value = 'Text me at 902 555 0148';
  search.dispatchEvent(new InputEvent('input', { bubbles: true }));
  controller.flush();
  await new Promise((r) => setTimeout(r, 30));
  expect(host()).toBeNull();
  expect(controller.boxes).toBe(0);
});

test('the adapter wins: once it recognises the box again, its box replaces the generic one', async () => {
  const { controller, host, type, editor, shadow } = setup(REDESIGNED);
  type('Text me at 902 555 0148');
  await waitFor(() => expect(host()?.getAttribute('data-severity')).toBe('high'));
  // A release that knows the new hooks, or the site reverting: the adapter finds the box.
  editor.setAttribute('data-testid', 'tweetTextarea_0');
  document.getElementById('post')!.setAttribute('data-testid', 'tweetButtonInline');
  controller.navigated();
  controller.flush();
  await waitFor(async () => expect(await tabState()).toMatchObject({ recognition: 'precise' }));
  await waitFor(() => expect(host()?.getAttribute('data-severity')).toBe('high'));
  expect(controller.boxes).toBe(1);
  document.getElementById('post')!.click(); // now its Post button is known: reviewed
  await waitFor(() => expect(shadow().querySelector('[role="alertdialog"]')).not.toBeNull());
});
