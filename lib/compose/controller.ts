/**
 * Postwise on one page (one frame): finds the compose boxes through the site
 * adapter, keeps a session and a guidance UI per box, asks the background for
 * findings, stops a submit for review when it must, applies fixes, and tells
 * the popup what it saw. Browser and UI come in through `deps`, so all of it
 * runs in tests with fakes. Every entry point catches its own errors: a
 * failure goes quiet instead of breaking the page.
 */
import type { Responses } from '../messaging';
import type { ComposeBox, SiteAdapter } from '../sites/types';
import { editingHost, genericAdapter } from '../sites/generic';
import { uiLanguage } from '../i18n';
import {
  actionsFor,
  decideAccount,
  highlightFindings,
  insertAtEnd,
  insideHost,
  submitStopped,
  submitTargets,
  type Box,
  type BoxHost,
} from './box';
import { createHighlighter } from './highlights';
import { createSession, type SessionResult } from './session';
import { createSubmitGuard } from './submit';
import { itemsOf, logEvent, ruleIds, tabState, viewOf, type GuidanceItem } from './view';
import { createWatcher } from './watcher';
import type { Controller, ControllerDeps } from './controller-types';

export type { GuidanceUi, Send } from './box';

export type { Controller, ControllerDeps } from './controller-types';

export function createController(deps: ControllerDeps): Controller {
  const { win, send, report } = deps;
  const doc = win.document;
  const hostTag = deps.hostTag.toUpperCase();
  const entries = new Map<HTMLElement, Box>();
  const highlighter = createHighlighter(win);
  let adapter: SiteAdapter | null = null;
  let settings: Responses['settings'] | null = null;
  let ready: Promise<void> = Promise.resolve();
  let lastUsed: Box | null = null;
  /** Fields typed into that neither the adapter nor the generic layer guides. */
  let ignored = new WeakSet<Element>();
  /** The generic layer took over a box on this page (logged once: the adapter may need updating). */
  let tookOver = false;

  const safely = (where: string, fn: () => void) => {
    try {
      fn();
    } catch (e) {
      report(where, e);
    }
  };
  const lang = () => uiLanguage(settings?.settings.language, win.navigator.language);

  const isOwn = (node: Node) => insideHost(node, hostTag);

  async function loadSettings(): Promise<void> {
    try {
      const answer = await send({ type: 'settings' });
      if (answer && 'settings' in answer) settings = answer;
    } catch (e) {
      report('settings', e);
    }
  }

  /** Who posts from this box: official when the page's identity is a configured official account. */
  function decide(e: Box): void {
    if (settings) decideAccount(e, doc, settings, report);
  }

  async function evaluate(e: Box, text: string) {
    await ready;
    decide(e);
    const context = {
      account: e.decision.account,
      site: e.box.site,
      surface: e.box.surface,
      at: new Date().toISOString(),
    };
    const answer = await send({ type: 'evaluate', text, context, lang: lang() });
    if (!Array.isArray(answer?.findings)) throw new Error('no findings in the answer');
    return answer.findings;
  }

  function onResult(e: Box, r: SessionResult): void {
    if (e.removed) return;
    e.items = itemsOf(r.findings, r.text);
    highlightFindings(highlighter, e, r.findings, r.text);
    render(e);
    logShown(e, r.text);
    void sendTabState(e);
  }

  function render(e: Box): void {
    const ui = e.ui;
    if (!ui || e.removed) return;
    const s = settings?.settings;
    const view = viewOf(e, lang(), !!s?.allowAccountSwitch, e.review?.items ?? null);
    // The black-box contract: tests outside the project read these.
    const host = ui.host;
    host.setAttribute('data-rules', ruleIds(e.items).join(' '));
    host.setAttribute('data-severity', view.severity);
    host.setAttribute('data-account', view.account.kind);
    host.setAttribute('data-surface', view.surface);
    safely('render', () => ui.render(view, e.actions, () => e.box.element.focus()));
  }

  function log(e: Box, action: Parameters<typeof logEvent>[1], items: GuidanceItem[]): void {
    send({ type: 'log', event: logEvent(e, action, items) })
      .then((answer) => answer?.card && deps.onBreach?.(answer.card))
      .catch((error: unknown) => report('log', error));
  }

  async function sendTabState(e: Box): Promise<void> {
    const state = tabState(lastUsed ?? e, entries.size, !(settings?.settings.allowAccountSwitch ?? true));
    await send({ type: 'tab-state', state }).catch((error: unknown) => report('tab-state', error));
  }

  function posted(e: Box): void {
    safely('posted', () => deps.onPosted?.({ site: e.box.site, surface: e.box.surface, account: e.decision.account }));
  }

  /** Logs each rule the first time it shows for a draft (an emptied box starts a new draft). */
  function logShown(e: Box, text: string): void {
    if (!text.trim()) e.shown.clear();
    const fresh = e.items.filter((i) => !e.shown.has(i.rule));
    for (const i of fresh) e.shown.add(i.rule);
    if (fresh.length) log(e, 'guidance-shown', fresh);
  }

  /** What each box's actions need from here. */
  const host: BoxHost = {
    send,
    copy: deps.copy,
    report,
    policyUrl: deps.policyUrl,
    render,
    log,
    replay: (e, intent, fallback) => {
      guard.replay(intent, fallback);
      posted(e);
    },
    settingsChanged: () => settingsChanged(),
  };

  // ── boxes ─────────────────────────────────────────────────────────────

  function add(box: ComposeBox): Box | undefined {
    if (!adapter) return;
    const old = entries.get(box.element);
    // The adapter wins: its box replaces the generic layer's for the same field.
    if (old && (box.generic || !old.box.generic)) return;
    if (old) remove(box.element);
    // The session and the actions need the entry itself: filled in right below.
    const e = {
      box,
      adapter: box.generic ? genericAdapter(adapter) : adapter,
      ui: null,
      removed: false,
      identity: undefined,
      review: null,
      decision: { account: 'personal', source: 'default' },
      items: [],
      notice: null,
      busy: false,
      shown: new Set(),
    } as Partial<Box> as Box;
    e.actions = actionsFor(e, host);
    e.session = createSession(box.element, {
      read: () => e.adapter.readText(e.box),
      evaluate: (text) => evaluate(e, text),
      onResult: (r) => safely('result', () => onResult(e, r)),
      onError: (error) => report('evaluate', error),
      debounceMs: deps.debounceMs,
    });
    entries.set(box.element, e);
    deps
      .mount(box)
      .then(async (ui) => {
        if (e.removed) return ui.remove();
        e.ui = ui;
        await ready;
        decide(e);
        render(e);
      })
      .catch((error: unknown) => report('mount', error));
    if (e.session.snapshot) e.session.changed(); // a draft already there
    if (box.generic && !tookOver) {
      tookOver = true;
      // Text-free: the site, the account kind and the surface, so a manager sees an adapter needs updating.
      void ready.then(() => {
        decide(e);
        log(e, 'generic-takeover', []);
      });
    }
    return e;
  }

  /**
   * A person types into a field no box follows yet (the watcher has not seen
   * it, or the adapter does not recognise it): the adapter's box for it, else
   * the generic layer's, so guidance never depends on the adapter alone.
   */
  function typedInto(ev: Event): void {
    const target = ev.composedPath()[0] as HTMLElement;
    // Typing in a followed box (the event's target is the field itself): nothing to find.
    if (!adapter || entries.has(target)) return;
    const host = editingHost(target);
    if (!host || entries.has(host) || ignored.has(host) || isOwn(host)) return;
    const box = adapter.boxFor(host) ?? genericAdapter(adapter).boxFor(host);
    const e = box && add(box);
    if (!e) return void ignored.add(host);
    e.session.changed();
    lastUsed = e;
    void sendTabState(e);
  }

  function remove(el: HTMLElement): void {
    const e = entries.get(el);
    if (!e) return;
    e.removed = true;
    entries.delete(el);
    e.session.dispose();
    highlighter.clear(e);
    safely('remove', () => e.ui?.remove());
    if (lastUsed === e) lastUsed = null;
  }

  const watcher = createWatcher(doc, {
    find: (root) => adapter?.findComposeBoxes(root) ?? [],
    tracked: () => entries.keys(),
    added: add,
    removed: remove,
    generic: (el) => !!entries.get(el)?.box.generic,
    isOwn,
    isHost: (el) => el.tagName === hostTag,
    onError: (error) => report('watcher', error),
    schedule: deps.schedule,
  });

  const guard = createSubmitGuard(
    win,
    {
      boxes: () => submitTargets(entries.values(), settings?.settings.reviewBeforePosting ?? true),
      isOwnUi: (t) => !!t && isOwn(t as Node),
      onPassed: (box) => {
        const e = entries.get(box.element);
        if (e) posted(e);
      },
      onStopped: (box, intent, verdict) => {
        const e = entries.get(box.element);
        if (e) void submitStopped(e, intent, verdict, host);
      },
      onError: (error) => report('submit', error),
    },
    deps.signal,
  );

  for (const type of ['beforeinput', 'input']) {
    doc.addEventListener(type, (ev) => safely('generic', () => typedInto(ev)), { capture: true, signal: deps.signal });
  }

  doc.addEventListener(
    'focusin',
    (ev) => {
      for (const e of entries.values()) {
        if (e !== lastUsed && e.box.element.contains(ev.target as Node)) {
          lastUsed = e;
          void sendTabState(e); // the popup follows the box in use
        }
      }
    },
    { capture: true, signal: deps.signal },
  );

  async function settingsChanged(): Promise<void> {
    ready = loadSettings();
    await ready;
    for (const e of entries.values()) {
      e.identity = undefined;
      if (e.session.snapshot || e.items.length) void e.session.flush(true);
      else {
        decide(e);
        render(e);
      }
    }
  }

  function dispose(): void {
    watcher.dispose();
    for (const el of [...entries.keys()]) remove(el);
    highlighter.dispose();
  }
  deps.signal.addEventListener('abort', dispose);

  return {
    start() {
      adapter = deps.adapterFor(new URL(win.location.href));
      ready = loadSettings();
      watcher.observe(doc);
    },
    navigated() {
      const next = deps.adapterFor(new URL(win.location.href));
      if (next !== adapter) for (const el of [...entries.keys()]) remove(el);
      adapter = next;
      ignored = new WeakSet();
      for (const e of entries.values()) e.identity = undefined;
      watcher.rescan();
    },
    settingsChanged,
    insert(text) {
      const e = lastUsed ?? (win === win.top ? (entries.values().next().value ?? null) : null);
      return e ? insertAtEnd(e, text, host) : undefined;
    },
    get boxes() {
      return entries.size;
    },
    account: () => (lastUsed ?? entries.values().next().value)?.decision.account ?? 'personal',
    flush: () => watcher.flush(),
    dispose,
  };
}
