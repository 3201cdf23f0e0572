/**
 * Review before posting: a submit (a click on the box's submit control, or
 * its keyboard shortcut) made while the draft has a high-severity finding is
 * stopped, that one time, before the site sees it (capture phase on the
 * window, which runs before React's root listeners and Lexical's). When the
 * person chooses "Post anyway" the same event is dispatched again, exactly as
 * it was, and let through once.
 */
import type { Finding } from '../types';

/** What the guard should do with a submit. */
export type Verdict = 'pass' | 'review' | 'hold';

/**
 * `review` when a high finding stands and review is on; `hold` when the text
 * changed since the last answer (stop it, evaluate now, then decide); else `pass`.
 */
export function verdictFor(state: { findings: Finding[]; dirty: boolean; reviewBeforePosting: boolean }): Verdict {
  if (!state.reviewBeforePosting) return 'pass';
  if (state.dirty) return 'hold';
  return state.findings.some((f) => f.severity === 'high') ? 'review' : 'pass';
}

/** A stopped submit, enough to dispatch it again as the person meant it. */
export interface SubmitIntent {
  kind: 'click' | 'key';
  target: EventTarget;
  init: MouseEventInit & KeyboardEventInit;
}

/** One compose box the guard watches over. */
export interface Guarded {
  readonly element: HTMLElement;
  submitControl(): HTMLElement | null;
  isKeyboardSubmit(event: KeyboardEvent): boolean;
  verdict(): Verdict;
}

export interface GuardDeps {
  boxes(): Iterable<Guarded>;
  /** True for events from Postwise's own interface (its shadow host). */
  isOwnUi(target: EventTarget | null): boolean;
  /** A submit was stopped (verdict `review` or `hold`). */
  onStopped(box: Guarded, intent: SubmitIntent, verdict: Exclude<Verdict, 'pass'>): void;
  /** A submit went through untouched (nothing to review). */
  onPassed?(box: Guarded): void;
  onError?(error: unknown): void;
}

/** The event's own fields, to build the same event again. */
function initOf(e: MouseEvent | KeyboardEvent): MouseEventInit & KeyboardEventInit {
  const init: Record<string, unknown> = {};
  // keyCode/which are legacy, but Draft.js still reads keyCode.
  for (const k of INIT_KEYS) if (k in e) init[k] = (e as unknown as Record<string, unknown>)[k];
  return init;
}

const INIT_KEYS = [
  'bubbles',
  'cancelable',
  'composed',
  'view',
  'detail',
  'ctrlKey',
  'shiftKey',
  'altKey',
  'metaKey',
  'screenX',
  'screenY',
  'clientX',
  'clientY',
  'button',
  'buttons',
  'key',
  'code',
  'location',
  'repeat',
  'keyCode',
  'which',
];

export interface SubmitGuard {
  /** Dispatches a stopped submit again (on `fallback` if its target left the page); this one dispatch goes through. */
  replay(intent: SubmitIntent, fallback: EventTarget | null): void;
}

/** Listens for submits on `win`, in the capture phase, until `signal` aborts. */
export function createSubmitGuard(win: Window, deps: GuardDeps, signal: AbortSignal): SubmitGuard {
  let replaying = false;

  const find = (e: Event): { box: Guarded; intent: SubmitIntent } | null => {
    const node = e.target as Node | null;
    if (!node) return null;
    const click = e.type === 'click';
    // Cheap exits: only a primary click, or Enter, can be a submit.
    if (click ? (e as MouseEvent).button !== 0 : (e as KeyboardEvent).key !== 'Enter') return null;
    for (const box of deps.boxes()) {
      const control = click ? box.submitControl() : null;
      const hit = click
        ? !!control && (control === node || control.contains(node))
        : box.element.contains(node) && box.isKeyboardSubmit(e as KeyboardEvent);
      if (hit) return { box, intent: { kind: click ? 'click' : 'key', target: node, init: initOf(e as MouseEvent) } };
    }
    return null;
  };

  const onEvent = (e: Event) => {
    if (replaying || deps.isOwnUi(e.target)) return;
    try {
      const hit = find(e);
      const verdict = hit?.box.verdict();
      if (!hit || !verdict) return;
      if (verdict === 'pass') return deps.onPassed?.(hit.box);
      e.preventDefault();
      e.stopImmediatePropagation();
      deps.onStopped(hit.box, hit.intent, verdict);
    } catch (error) {
      deps.onError?.(error); // never block a submit because of our own failure
    }
  };
  win.addEventListener('click', onEvent, { capture: true, signal });
  win.addEventListener('keydown', onEvent, { capture: true, signal });

  return {
    replay(intent, fallback) {
      const target = (intent.target as Node).isConnected ? intent.target : fallback;
      if (!target) return;
      const w = win as unknown as { MouseEvent: typeof MouseEvent; KeyboardEvent: typeof KeyboardEvent };
      const event =
        intent.kind === 'click' ? new w.MouseEvent('click', intent.init) : new w.KeyboardEvent('keydown', intent.init);
      // dispatchEvent is synchronous: the flag covers exactly this dispatch.
      replaying = true;
      try {
        target.dispatchEvent(event);
      } finally {
        replaying = false;
      }
    },
  };
}
