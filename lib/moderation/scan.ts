/**
 * Moderation assist in one page: reads the comments by others under the posts, videos and
 * threads of an account the person moderates, in idle time and in batches, has the background
 * judge them (`moderate`), and marks the ones a moderator may want to look at.
 *
 * - Each comment element is read once (WeakMap); it is read again only when its text changes
 *   (a mutation inside its text, as when a site reuses the element for another comment).
 * - Two MutationObservers only collect nodes: one for the elements added to the page (comments
 *   arriving), one on the text elements of the comments it has read (their text changing). The
 *   rest of a page's changes (a like count ticking every frame) costs no more than the callback.
 *   The work happens in passes in idle callbacks (requestIdleCallback, or a timer where there is
 *   none), a few milliseconds at a time.
 * - Paced by construction: every piece of work (the observers' callbacks, a pass, the answers,
 *   the messages sent) is timed and paid from a budget that refills at SHARE of the wall-clock
 *   time (holding CREDIT_MS at most); a pass waits until the budget holds a slice (SLICE_MS) and
 *   stops when the slice is spent. However many comments arrive, moderation assist takes SHARE of
 *   the main thread on average and SLICE_MS at a time, and reads them as fast as that allows.
 * - Cheap per comment: no layout is read (no innerText, no geometry); a post's owner is read once
 *   per pass; a comment's text elements, found as it is read, are what the text observer watches;
 *   the comments read go to the background in batches of up to BATCH, fuller while more arrive.
 * - Verdicts are kept in memory by the comment's normalised text (./key.ts), for the page's life, so
 *   a comment the site draws again is not judged again. Nothing is stored; the text goes only to
 *   the background.
 * - Dismissals are remembered by the background by key (a one-way hash of that text,
 *   `moderation-dismiss`); a dismissed comment is never marked again. Only the comments due a
 *   mark are hashed.
 * - The tab's count of marked, undismissed comments by reason goes to the background
 *   (`moderation-page`) when it changed, at most every COUNTS_MS, and with it the reasons of the
 *   comments marked for the first time on the page since, for the activity log's summary (reasons
 *   only): one message, a message costing the page about a millisecond.
 *
 * Browser and UI come in through `deps`, so all of it runs in tests with fakes.
 */
import type { ModerationCounts, Request, ResponseOf } from '../messaging';
import type { Identity } from '../sites/types';
import { keyOfNormalised, normaliseComment } from './key';
import type { CommentSite, Owner, PageComment } from './sites/types';
import { Budget } from './budget';
import { byOwner } from './sites';
import { collect } from './sites/common';
import { MODERATION_REASONS, type CommentKey, type ModerationReason } from './types';

/** At most this many comments a `moderate` request (the background's MAX_BATCH). */
export const BATCH = 500;
/** Each comment's text is cut to this many characters (the judge's MAX_COMMENT). */
export const MAX_TEXT = 5_000;
/** The host element's tag: part of the black-box contract (docs/guidance.md). */
export const MARK_TAG = 'postwise-moderation';
/** Nodes collected between two passes before the next pass reads the whole page instead. */
const MAX_PENDING = 2_000;
/**
 * The share of the main thread moderation assist may take, on average, however busy the page.
 * Issue 12 holds Postwise as a whole under 2 %: this leaves room for the content script's own page
 * watcher (0.3–0.6 % on the benchmark's page) and for the profiler's reading of short tasks, which
 * it reads longer than they are on a loaded machine (npm run bench:browser, docs/architecture.md).
 */
export const SHARE = 0.009;
/** The most work in one pass: a pass stops when it is spent. */
export const SLICE_MS = 4;
/** A pass with marks to show (verdicts came back) needs only this much in the budget to start. */
const MARK_SLICE_MS = 1;
/** The most the budget holds: what accrues while a pass waits for the page to be idle is kept. */
const CREDIT_MS = 2 * SLICE_MS;
/** With nothing known to read, passes (for the page's changes) are at least this far apart. */
const QUIET_GAP_MS = 500;
/** Comments added to the page this recently may be followed by more: the batch waits for them. */
const ARRIVING_MS = 150;
/** ...but a comment read waits at most this long to be sent, on a page forever adding elements. */
const HOLD_MS = 1_000;
/** An idle pass waits at most this long for the page to be idle, once the budget allows it. */
const IDLE_TIMEOUT_MS = 50;
/** The badge's count follows the marks within this time (one message however many marks changed)... */
const COUNTS_MS = 1_000;
/** ...or, while comments are being read and judged, this time: a message costs the page about a millisecond. */
const COUNTS_BUSY_MS = 5_000;

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
  /** The pass runs because the page was not idle in time: it takes a short slice anyway. */
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
  /**
   * Runs the next pass after `waitMs` (what the budget asks) in an idle period: by default a timer,
   * then requestIdleCallback (IDLE_TIMEOUT_MS at most). Tests give their own clock and schedule.
   */
  defer?(pass: (deadline: IdleDeadlineLike) => void, waitMs: number): void;
  /** The clock (tests); default performance.now. */
  now?(): number;
}

interface State {
  text: string;
  /** The normalised text: the verdict's key in memory (never stored), null for the owner's own. */
  id: string | null;
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
  const now = deps.now ?? (() => performance.now());
  const hostTag = MARK_TAG.toUpperCase();
  let states = new WeakMap<HTMLElement, State>();
  /** Containers with a state that may hold a mark, to count and to put back. */
  const marked = new Set<HTMLElement>();
  let decisions = new WeakMap<Element, boolean>();
  /** Verdicts by normalised text, for this page's life: never stored. */
  const verdicts = new Map<string, ModerationReason[]>();
  /** The one-way keys of the texts due a mark (./key.ts), computed once each. */
  const keys = new Map<string, CommentKey>();
  const dismissed = new Set<CommentKey>();
  /** The texts marked at least once on this page, reported once each. */
  const reported = new Set<string>();
  /** Reasons of the comments marked for the first time, not yet sent (`moderation-page`'s `marked`). */
  let newlyMarked: ModerationReason[][] = [];
  /** Elements added since the last pass: comments may be in them. */
  let added = new Set<Element>();
  /** Nodes inside comments' texts that changed since the last pass. */
  let changed = new Set<Node>();
  let full = true;
  /** When an element was last added to the page: comments may still be arriving. */
  let lastAdded = -Infinity;
  /** With `full`: the comments read before too, not only the others. */
  let rereadAll = false;
  let scheduled = false;
  let stopped = false;
  /** Comments read, to be judged; `at`, when each was read. */
  let queue: { container: HTMLElement; id: string; text: string; at: number }[] = [];
  /** Containers whose verdict came back, to mark (or not) in the next pass. */
  let answered: HTMLElement[] = [];
  let inFlight: Promise<void> | null = null;
  let lastCounts = '';
  let observer: MutationObserver | null = null;
  /** Watches the text elements of the comments read: a change in one means that comment to read again. */
  let texts: MutationObserver | null = null;
  const watched = new WeakSet<Element>();

  // The budget: milliseconds of main thread moderation assist may spend now. It refills at SHARE
  // of the time that passes, up to CREDIT_MS; everything it does is timed and paid from it.
  const budget = new Budget(now, { share: SHARE, maxMs: CREDIT_MS, startMs: SLICE_MS });
  const paid = <T>(work: () => T): T => budget.paid(work);
  let lastPass = -Infinity;

  // Nothing in a light DOM is inside a mark (its content is in its shadow root): only the host is ours.
  const isOwn = (node: Node) => node.nodeName === hostTag;

  /** The posts' owners found in this pass (the page does not change during one). */
  let owners = new Map<Element, Owner | null>();

  /** Comments to read, in page order; each once however often it was touched. */
  const backlog = new Set<HTMLElement>();

  const busy = () => !!(backlog.size || answered.length || queue.length || added.size || full);

  function schedule(): void {
    if (scheduled || stopped) return;
    scheduled = true;
    const run = (deadline: IdleDeadlineLike) => {
      scheduled = false;
      try {
        paid(() => pass(deadline, Math.min(budget.available(), SLICE_MS)));
      } catch (error) {
        report('moderation scan', error);
      }
    };
    // Wait until the budget holds a slice, or a little when marks are waiting to be shown (and,
    // with nothing to read, QUIET_GAP_MS after the last pass).
    let wait = budget.waitFor(answered.length ? MARK_SLICE_MS : SLICE_MS);
    if (!busy()) wait = Math.max(wait, lastPass + QUIET_GAP_MS - now());
    (deps.defer ?? defer)(run, Math.max(0, Math.ceil(wait)));
  }

  function defer(run: (deadline: IdleDeadlineLike) => void, waitMs: number): void {
    win.setTimeout(() => {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
      else run({ timeRemaining: () => 0, didTimeout: true });
    }, waitMs);
  }

  /** True when `node` is in a comment's text (a like count ticking beside it is not). */
  const inText = (node: Node) =>
    !!(node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(site.textSelector);

  /**
   * Only collects, as cheaply as it can: it runs for every change of a page that may change every
   * frame. Only elements count here (comments arriving); text changes in comments are the text
   * observer's.
   */
  function onMutations(records: MutationRecord[]): void {
    const before = added.size;
    for (const r of records) {
      const nodes = r.addedNodes;
      for (let i = 0; i < nodes.length; i++) {
        const n = nodes[i]!;
        if (n.nodeType === 1 && !isOwn(n)) added.add(n as Element);
      }
    }
    if (added.size > before) lastAdded = now();
    if (added.size > MAX_PENDING) {
      // A page swapping its content: the next pass reads the whole page.
      added = new Set();
      full = true;
    }
    // Also when only nodes went: one of them may be a mark, which the pass puts back.
    if (records.length) schedule();
  }

  /** A change inside the text of a comment read before: that comment is read again. */
  function onTextMutations(records: MutationRecord[]): void {
    for (const r of records) changed.add(r.target);
    if (changed.size > MAX_PENDING) {
      // Texts rewritten by the thousand: the next pass reads every comment again.
      changed = new Set();
      full = rereadAll = true;
    }
    schedule();
  }

  /** Starts watching the texts in `container` (those not watched yet): `found`, when the site read them. */
  function watchTexts(container: HTMLElement, found?: Element[]): void {
    if (!texts) return;
    for (const t of found ?? collect(container, site.textSelector)) {
      if (watched.has(t)) continue;
      watched.add(t);
      texts.observe(t, { childList: true, subtree: true, characterData: true });
    }
  }

  /**
   * Adds the comments whose text changed since the last pass to the backlog, or, after a rescan
   * or a flood of changes, every comment not read yet (every comment, after a flood of texts).
   */
  function collectTouched(): void {
    const textNodes = changed;
    changed = new Set();
    if (full) {
      added = new Set();
      for (const c of site.containers(doc)) if (rereadAll || !states.has(c)) backlog.add(c);
      full = rereadAll = false;
    }
    for (const n of textNodes) if (n.isConnected) around(n);
  }

  /** Finds the comments in the elements added since the last pass, as far as the slice goes. */
  function search(left: () => number): void {
    for (const n of added) {
      if (left() <= 0) return;
      added.delete(n);
      if (!n.isConnected) continue;
      const found = site.containers(n);
      for (const c of found) backlog.add(c);
      // A comment's text (or a part of it) that arrived: that comment is read again. An element
      // that holds comments is not inside a comment's text.
      if (!found.length && inText(n)) around(n);
    }
  }

  function around(n: Node): void {
    const c = site.containerOf(n);
    if (c) backlog.add(c);
  }

  /** One pass: at most `budget` ms of reading and marking (and, in an idle period, no longer than it lasts). */
  function pass(deadline: IdleDeadlineLike, budget: number): void {
    const until = now() + Math.max(budget, 0);
    const left = deadline.didTimeout ? () => until - now() : () => Math.min(until - now(), deadline.timeRemaining());
    owners = new Map();
    collectTouched();
    // A mark the site removed (or left behind when it moved the comment) is put back.
    for (const c of marked) reattach(c);
    // The verdicts that came back first: their marks are what the moderator is waiting for.
    while (answered.length && left() > 0) {
      const c = answered.shift()!;
      const state = states.get(c);
      if (state?.reasons?.length && !state.ui) apply(c, state);
    }
    search(left);
    for (const c of backlog) {
      if (left() <= 0) break;
      backlog.delete(c);
      try {
        read(c);
      } catch (error) {
        report('moderation read', error);
      }
    }
    judge();
    lastPass = now();
    if (busy()) schedule();
    sendCounts();
  }

  /**
   * Full batches while comments are still being read or still arriving (a message costs the
   * page about a millisecond, however small): fewer, larger messages.
   */
  const ready = () => {
    if (queue.length >= BATCH) return true;
    if (backlog.size || added.size) return false;
    const t = now();
    return t - lastAdded >= ARRIVING_MS || t - queue[0]!.at >= HOLD_MS;
  };

  function decide(owner: Owner): boolean {
    let ok = decisions.get(owner.scope);
    if (ok === undefined) {
      ok = deps.moderated(owner, site.viewer(doc));
      decisions.set(owner.scope, ok);
    }
    return ok;
  }

  /** Comments under a post this person does not moderate: never read (until a rescan). */
  const SKIP: State = { text: '', id: null, reasons: [], ui: null };

  function read(container: HTMLElement): void {
    const state = states.get(container);
    if (state === SKIP || !container.isConnected) return;
    const owner = site.owner(container, owners);
    // Not known yet (the post is still loading): tried again when the page changes.
    if (!owner) return void watchTexts(container);
    if (!decide(owner)) return void states.set(container, SKIP);
    const comment: PageComment | null = site.read(container);
    // Its text, and later changes to it (as when the site reuses the element for another comment).
    watchTexts(container, comment?.texts);
    if (!comment) return; // no text yet: its text arriving is a mutation inside it
    if (state && state.text === comment.text) return;
    if (state) unmark(container, state); // another comment in the same element
    if (byOwner(comment.author, owner.identity)) {
      return void states.set(container, { text: comment.text, id: null, reasons: [], ui: null });
    }
    const text = comment.text.slice(0, MAX_TEXT);
    const id = normaliseComment(text);
    const next: State = { text: comment.text, id, reasons: verdicts.get(id) ?? null, ui: null };
    states.set(container, next);
    if (next.reasons) apply(container, next);
    else queue.push({ container, id, text, at: now() });
  }

  /**
   * Sends the queued comments in batches, one request at a time. The answer only records the
   * verdicts: the marks are made by the next pass, within its slice.
   */
  function judge(force = false): Promise<void> {
    if (inFlight || !queue.length || stopped || !(force || ready())) return inFlight ?? Promise.resolve();
    const batch = queue.slice(0, BATCH);
    queue = queue.slice(BATCH);
    inFlight = send({ type: 'moderate', site: site.site, comments: batch.map((c) => ({ text: c.text })) })
      .then((answer) =>
        paid(() =>
          batch.forEach((c, i) => {
            const reasons = answer?.verdicts?.[i]?.reasons ?? [];
            verdicts.set(c.id, reasons);
            const state = states.get(c.container);
            if (state?.id !== c.id) return; // the element shows another comment now
            state.reasons = reasons;
            // Most comments have no mark due: nothing more to do for them.
            if (reasons.length) answered.push(c.container);
          }),
        ),
      )
      .catch((error: unknown) => report('moderate', error))
      .finally(() => {
        inFlight = null;
        schedule();
      });
    return inFlight;
  }

  const sorted = (reasons: ModerationReason[]) => MODERATION_REASONS.filter((r) => reasons.includes(r));

  /** The one-way key of a text due a mark (./key.ts), for the dismissals. */
  function keyOf(id: string): CommentKey {
    let key = keys.get(id);
    if (key === undefined) keys.set(id, (key = keyOfNormalised(site.site, id)));
    return key;
  }

  function apply(container: HTMLElement, state: State): void {
    const reasons = sorted(state.reasons ?? []);
    const id = state.id;
    // A comment's key is needed only to compare it with the dismissals (none, usually).
    if (!reasons.length || !id || (dismissed.size && dismissed.has(keyOf(id))) || stopped)
      return unmark(container, state);
    if (!state.ui) state.ui = deps.mark(container);
    const ui = state.ui;
    ui.host.setAttribute('data-rules', reasons.join(' '));
    place(container, ui.host);
    marked.add(container);
    ui.render(reasons, { dismiss: () => void dismiss(id), breach: () => deps.breach?.() });
    if (!reported.has(id)) {
      reported.add(id);
      newlyMarked.push(reasons);
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

  async function dismiss(id: string): Promise<void> {
    const key = keyOf(id);
    dismissed.add(key);
    for (const c of [...marked]) {
      const state = states.get(c);
      if (state?.id !== id) continue;
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
  let countsSent = -Infinity;

  /**
   * Sends the tab's counts when they changed, at most every COUNTS_MS, and while comments are
   * still being read at most every COUNTS_BUSY_MS (the last change always).
   */
  function sendCounts(): void {
    if (countsTimer === undefined) countsTimer = win.setTimeout(() => paid(() => flushCounts()), COUNTS_MS);
  }

  function flushCounts(force = false): void {
    countsTimer = undefined;
    if (stopped) return;
    if (!force && (busy() || inFlight) && now() - countsSent < COUNTS_BUSY_MS) return sendCounts();
    const current = counts();
    const total = [...marked].filter((c) => c.isConnected).length;
    const sig = JSON.stringify([current, total]);
    if (sig === lastCounts && !newlyMarked.length) return;
    lastCounts = sig;
    const request: Request = { type: 'moderation-page', site: site.site, counts: current, total };
    if (newlyMarked.length) request.marked = newlyMarked;
    newlyMarked = [];
    countsSent = now();
    send(request).catch((e: unknown) => report('moderation-page', e));
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
      observer = new win.MutationObserver((records) => paid(() => onMutations(records)));
      observer.observe(doc.documentElement, { childList: true, subtree: true });
      texts = new win.MutationObserver((records) => paid(() => onTextMutations(records)));
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
      answered = [];
      full = true;
      schedule();
    },
    stop() {
      stopped = true;
      observer?.disconnect();
      texts?.disconnect();
      if (countsTimer !== undefined) win.clearTimeout(countsTimer);
      for (const c of [...marked]) {
        const state = states.get(c);
        if (state) unmark(c, state);
      }
      lastCounts = '';
      const request: Request = { type: 'moderation-page', site: site.site, counts: {}, total: 0 };
      if (newlyMarked.length) request.marked = newlyMarked;
      newlyMarked = [];
      send(request).catch(() => undefined);
    },
    async flush() {
      if (observer) onMutations(observer.takeRecords());
      if (texts) onTextMutations(texts.takeRecords());
      const all = { timeRemaining: () => Infinity };
      pass(all, Infinity);
      while (inFlight || queue.length) await judge(true);
      pass(all, Infinity);
      if (countsTimer !== undefined) {
        win.clearTimeout(countsTimer);
        flushCounts(true);
      }
    },
    counts,
  };
}
