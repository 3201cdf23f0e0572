/**
 * Moderation assist in one page: reads the comments by others under the posts, videos and
 * threads of an account the person moderates, in idle time and in batches, has the background
 * judge them (`moderate`), and marks the ones a moderator may want to look at.
 *
 * - Each comment element is read once (WeakMap); it is read again only when its text changes
 *   (a mutation inside its text, as when a site reuses the element for another comment).
 * - A MutationObserver only collects nodes; the work happens in idle callbacks
 *   (requestIdleCallback, or a timer where there is none), a few milliseconds at a time.
 * - Verdicts are kept in memory by comment key (a one-way hash, ./key.ts), so a comment the site
 *   draws again is not judged again. Nothing is stored; the text goes only to the background.
 * - Dismissals are remembered by the background by key (`moderation-dismiss`); a dismissed
 *   comment is never marked again.
 * - The tab's count of marked, undismissed comments by reason goes to the background
 *   (`moderation-page`) whenever it changes; each comment marked for the first time on the page
 *   is reported once (`moderation-marked`), for the activity log's summary (reasons only).
 *
 * Browser and UI come in through `deps`, so all of it runs in tests with fakes.
 */
import type { ModerationCounts, Request, ResponseOf } from '../messaging';
import type { Identity } from '../sites/types';
import { commentKey } from './key';
import type { CommentSite, Owner, PageComment } from './sites/types';
import { byOwner } from './sites';
import { MODERATION_REASONS, type CommentKey, type ModerationReason } from './types';

/** At most this many comments a `moderate` request (the background's MAX_BATCH). */
export const BATCH = 50;
/** Each comment's text is cut to this many characters (the judge's MAX_COMMENT). */
export const MAX_TEXT = 5_000;
/** The host element's tag: part of the black-box contract (docs/guidance.md). */
export const MARK_TAG = 'postwise-moderation';
/** Nodes collected between two passes before the next pass reads the whole page instead. */
const MAX_PENDING = 2_000;
/**
 * Work per pass when the browser gave no idle time (its timeout, or the timer fallback): with a
 * pass at most every BUSY_TIMEOUT_MS, at most 1.5 % of a page that is never idle.
 */
const SLICE_MS = 3;
/** An idle pass runs at the latest this long after the page changed... */
const IDLE_TIMEOUT_MS = 500;
/** ...or after the previous pass, while comments wait to be read. */
const BUSY_TIMEOUT_MS = 200;
/** The badge's count follows the marks within this time (one message however many marks changed). */
const COUNTS_MS = 300;

type Send = <R extends Request>(request: R) => Promise<ResponseOf<R>>;

/** What a mark can do: the UI calls these. */
export interface MarkActions {
  dismiss(): void;
  /** Opens the privacy-breach card (personal information seen on an official account). */
  breach(): void;
}

/** One mark on the page (a shadow root in the page, or a fake in tests). */
export interface MarkUi {
  /** The `<postwise-moderation>` host element. */
  host: HTMLElement;
  render(reasons: ModerationReason[], actions: MarkActions): void;
  remove(): void;
}

export interface IdleDeadlineLike {
  timeRemaining(): number;
  /** The pass runs because the page was never idle for IDLE_TIMEOUT_MS: it takes a short slice anyway. */
  didTimeout?: boolean;
}

export interface ScanDeps {
  doc: Document;
  site: CommentSite;
  send: Send;
  /** True when this person moderates the comments under `owner`'s post (./sites/index.ts moderatedBy). */
  moderated(owner: Owner, viewer: Identity | null): boolean;
  /** A mark for this comment, not yet in the page: the scanner places its host. */
  mark(container: HTMLElement): MarkUi;
  /** The privacy-breach card, for a mark about personal information. */
  breach?(): void;
  report(where: string, error: unknown): void;
  /** Schedules an idle pass (tests); default requestIdleCallback, else a timer. */
  idle?(callback: (deadline: IdleDeadlineLike) => void): void;
}

interface State {
  text: string;
  key: CommentKey | null;
  /** The verdict's reasons, once judged. */
  reasons: ModerationReason[] | null;
  ui: MarkUi | null;
}

export interface Scanner {
  /** Loads the dismissals and starts watching the page. */
  start(): Promise<void>;
  /** The page navigated without reloading, or the settings changed: decide and read everything again. */
  rescan(): void;
  /** Removes every mark and stops watching. */
  stop(): void;
  /** Runs the pending pass now, whatever the time it takes (tests). */
  flush(): Promise<void>;
  /** The marks on the page by reason, undismissed. */
  counts(): ModerationCounts;
}

export function createScanner(deps: ScanDeps): Scanner {
  const { doc, site, send, report } = deps;
  const win = doc.defaultView!;
  const hostTag = MARK_TAG.toUpperCase();
  let states = new WeakMap<HTMLElement, State>();
  /** Containers with a state that may hold a mark, to count and to put back. */
  const marked = new Set<HTMLElement>();
  let decisions = new WeakMap<Element, boolean>();
  /** Verdicts by key, for this page's life: never stored. */
  const verdicts = new Map<CommentKey, ModerationReason[]>();
  const dismissed = new Set<CommentKey>();
  const reported = new Set<CommentKey>();
  let pending = new Set<Node>();
  let full = true;
  let hostsRemoved = false;
  let scheduled = false;
  let stopped = false;
  let queue: { container: HTMLElement; key: CommentKey; text: string }[] = [];
  let inFlight: Promise<void> | null = null;
  let lastCounts = '';
  let observer: MutationObserver | null = null;

  const isOwn = (node: Node) => node.nodeName === hostTag || !!node.parentElement?.closest(MARK_TAG);

  /** Comments to read, in page order; each once however often it was touched. */
  const backlog = new Set<HTMLElement>();

  const idle =
    deps.idle ??
    ((callback: (deadline: IdleDeadlineLike) => void) => {
      const timeout = backlog.size ? BUSY_TIMEOUT_MS : IDLE_TIMEOUT_MS;
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(callback, { timeout });
      else win.setTimeout(() => callback({ timeRemaining: () => 0, didTimeout: true }), timeout / 4);
    });

  function schedule(): void {
    if (scheduled || stopped) return;
    scheduled = true;
    idle((deadline) => {
      scheduled = false;
      try {
        pass(deadline);
      } catch (error) {
        report('moderation scan', error);
      }
    });
  }

  /** True when `node` is in a comment's text (a like count ticking beside it is not). */
  const inText = (node: Node) =>
    !!(node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(site.textSelector);

  function onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (isOwn(r.target)) continue;
      if (r.type === 'childList') {
        r.addedNodes.forEach((n) => n.nodeType === 1 && !isOwn(n) && pending.add(n));
        r.removedNodes.forEach((n) => n.nodeName === hostTag && (hostsRemoved = true));
      }
      // Text added or changed inside a comment's text: that comment is read again.
      if ((r.type === 'characterData' || r.addedNodes.length) && inText(r.target)) pending.add(r.target);
    }
    if (pending.size > MAX_PENDING) {
      pending = new Set();
      full = true;
    }
    if (pending.size || hostsRemoved || full) schedule();
  }

  /** Adds the comments touched since the last pass (or every unread one, after a rescan) to the backlog. */
  function collectTouched(): void {
    if (full) {
      full = false;
      pending = new Set();
      for (const c of site.containers(doc)) if (!states.has(c)) backlog.add(c);
      return;
    }
    const nodes = pending;
    pending = new Set();
    for (const n of nodes) {
      if (!n.isConnected) continue;
      if (inText(n)) {
        const around = site.containerOf(n);
        if (around) backlog.add(around);
      }
      if (n.nodeType === 1) for (const c of site.containers(n as Element)) backlog.add(c);
    }
  }

  function pass(deadline: IdleDeadlineLike): void {
    collectTouched();
    if (hostsRemoved) {
      hostsRemoved = false;
      for (const c of marked) reattach(c);
    }
    // A busy page (an animation every frame) may never be idle: then a short slice at the timeout.
    const until = performance.now() + SLICE_MS;
    const left = deadline.didTimeout ? () => until - performance.now() : () => deadline.timeRemaining();
    for (const c of backlog) {
      if (left() <= 1) break;
      backlog.delete(c);
      try {
        read(c);
      } catch (error) {
        report('moderation read', error);
      }
    }
    if (backlog.size) schedule();
    void judge();
    sendCounts();
  }

  /** Full batches while comments are still being read: fewer, larger messages. */
  const ready = () => queue.length >= BATCH || !backlog.size;

  function decide(owner: Owner): boolean {
    let ok = decisions.get(owner.scope);
    if (ok === undefined) {
      ok = deps.moderated(owner, site.viewer(doc));
      decisions.set(owner.scope, ok);
    }
    return ok;
  }

  /** Comments under a post this person does not moderate: never read (until a rescan). */
  const SKIP: State = { text: '', key: null, reasons: [], ui: null };

  function read(container: HTMLElement): void {
    const state = states.get(container);
    if (state === SKIP || !container.isConnected) return;
    const owner = site.owner(container);
    if (!owner) return; // not known yet (the post is still loading): tried again when the page changes
    if (!decide(owner)) return void states.set(container, SKIP);
    const comment: PageComment | null = site.read(container);
    if (!comment) return; // no text yet: its text arriving is a mutation inside it
    if (state && state.text === comment.text) return;
    if (state) unmark(container, state); // another comment in the same element
    if (byOwner(comment.author, owner.identity)) {
      return void states.set(container, { text: comment.text, key: null, reasons: [], ui: null });
    }
    const text = comment.text.slice(0, MAX_TEXT);
    const key = commentKey(site.site, text);
    const next: State = { text: comment.text, key, reasons: verdicts.get(key) ?? null, ui: null };
    states.set(container, next);
    if (next.reasons) apply(container, next);
    else queue.push({ container, key, text });
  }

  /** Sends the queued comments in batches, one request at a time. */
  function judge(): Promise<void> {
    if (inFlight || !queue.length || stopped || !ready()) return inFlight ?? Promise.resolve();
    const batch = queue.slice(0, BATCH);
    queue = queue.slice(BATCH);
    inFlight = send({ type: 'moderate', site: site.site, comments: batch.map((c) => ({ text: c.text })) })
      .then((answer) => {
        batch.forEach((c, i) => {
          const reasons = answer?.verdicts?.[i]?.reasons ?? [];
          verdicts.set(c.key, reasons);
          const state = states.get(c.container);
          if (state?.key === c.key) {
            state.reasons = reasons;
            apply(c.container, state);
          }
        });
      })
      .catch((error: unknown) => report('moderate', error))
      .finally(() => {
        inFlight = null;
        sendCounts();
        void judge();
      });
    return inFlight;
  }

  const sorted = (reasons: ModerationReason[]) => MODERATION_REASONS.filter((r) => reasons.includes(r));

  function apply(container: HTMLElement, state: State): void {
    const reasons = sorted(state.reasons ?? []);
    if (!reasons.length || !state.key || dismissed.has(state.key) || stopped) return unmark(container, state);
    const key = state.key;
    if (!state.ui) state.ui = deps.mark(container);
    const ui = state.ui;
    ui.host.setAttribute('data-rules', reasons.join(' '));
    place(container, ui.host);
    marked.add(container);
    ui.render(reasons, { dismiss: () => void dismiss(key), breach: () => deps.breach?.() });
    if (!reported.has(key)) {
      reported.add(key);
      send({ type: 'moderation-marked', site: site.site, reasons }).catch((e: unknown) =>
        report('moderation-marked', e),
      );
    }
  }

  /** The mark sits right after the comment's element. */
  function place(container: HTMLElement, host: HTMLElement): void {
    if (container.nextSibling !== host) container.after(host);
  }

  function reattach(container: HTMLElement): void {
    const state = states.get(container);
    if (!container.isConnected || !state?.ui) return void (marked.delete(container), state && unmark(container, state));
    place(container, state.ui.host);
  }

  function unmark(container: HTMLElement, state: State): void {
    marked.delete(container);
    if (!state.ui) return;
    state.ui.remove();
    state.ui = null;
  }

  async function dismiss(key: CommentKey): Promise<void> {
    dismissed.add(key);
    for (const c of [...marked]) {
      const state = states.get(c);
      if (state?.key !== key) continue;
      // Keyboard users stay where they were: on the comment, when the site lets it take focus.
      const focused = state.ui?.host.matches(':focus-within');
      unmark(c, state);
      if (focused) c.focus();
    }
    sendCounts();
    await send({ type: 'moderation-dismiss', key }).catch((e: unknown) => report('moderation-dismiss', e));
  }

  function counts(): ModerationCounts {
    const out: ModerationCounts = {};
    for (const c of marked) {
      if (!c.isConnected) continue;
      for (const r of states.get(c)?.reasons ?? []) out[r] = (out[r] ?? 0) + 1;
    }
    return out;
  }

  let countsTimer: number | undefined;

  /** Sends the tab's counts when they changed, at most every COUNTS_MS (the last change always). */
  function sendCounts(): void {
    if (countsTimer === undefined) countsTimer = win.setTimeout(flushCounts, COUNTS_MS);
  }

  function flushCounts(): void {
    countsTimer = undefined;
    const now = counts();
    const total = [...marked].filter((c) => c.isConnected).length;
    const sig = JSON.stringify([now, total]);
    if (sig === lastCounts || stopped) return;
    lastCounts = sig;
    send({ type: 'moderation-page', site: site.site, counts: now, total }).catch((e: unknown) =>
      report('moderation-page', e),
    );
  }

  return {
    async start() {
      try {
        const answer = await send({ type: 'moderation-dismissals' });
        for (const k of answer?.keys ?? []) dismissed.add(k);
      } catch (error) {
        report('moderation-dismissals', error);
      }
      if (stopped) return;
      observer = new win.MutationObserver(onMutations);
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
      full = true;
      schedule();
    },
    rescan() {
      for (const c of [...marked]) {
        const state = states.get(c);
        if (state) unmark(c, state);
      }
      states = new WeakMap();
      decisions = new WeakMap();
      backlog.clear();
      queue = [];
      full = true;
      schedule();
    },
    stop() {
      stopped = true;
      observer?.disconnect();
      if (countsTimer !== undefined) win.clearTimeout(countsTimer);
      for (const c of [...marked]) {
        const state = states.get(c);
        if (state) unmark(c, state);
      }
      lastCounts = '';
      send({ type: 'moderation-page', site: site.site, counts: {}, total: 0 }).catch(() => undefined);
    },
    async flush() {
      if (observer) onMutations(observer.takeRecords());
      pass({ timeRemaining: () => Infinity });
      while (inFlight || queue.length) await judge();
      if (countsTimer !== undefined) {
        win.clearTimeout(countsTimer);
        flushCounts();
      }
    },
    counts,
  };
}
