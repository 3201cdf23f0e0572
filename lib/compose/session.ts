/**
 * One session per compose box: it follows what the person types and asks for
 * an evaluation when they pause. The text is snapshotted on every change,
 * because Facebook clears a comment box before key handlers run; nothing is
 * sent while an IME composition is in progress; an answer that a newer
 * request has overtaken is dropped.
 */
import type { Finding } from '../types';

/** The default pause, in milliseconds, before a draft is evaluated. */
export const DEBOUNCE_MS = 300;

/** What a session needs from the page and the background. */
export interface SessionDeps {
  /** The editor's current text (the adapter's readText). */
  read(): string;
  /** Asks the background for findings on `text`. */
  evaluate(text: string): Promise<Finding[]>;
  /** Called with each answer that is still current. */
  onResult(result: SessionResult): void;
  /** Called when evaluating failed (the session goes quiet, it does not throw). */
  onError?(error: unknown): void;
  debounceMs?: number;
}

export interface SessionResult {
  text: string;
  findings: Finding[];
  /** performance.now() when the pause ended and the request was sent. */
  startedAt: number;
}

export interface Session {
  readonly element: HTMLElement;
  /** The text as of the last change, kept even if the site clears the box afterwards. */
  readonly snapshot: string;
  /** Findings for the last text answered. */
  readonly findings: Finding[];
  /** True when the text changed since the findings were computed, or an answer is on its way. */
  readonly dirty: boolean;
  /** True while an IME composition is in progress. */
  readonly composing: boolean;
  /** Records the text and schedules an evaluation after the pause. */
  changed(): void;
  /** Evaluates now (cancelling the pause; `force` even for the same text) and resolves with current findings. */
  flush(force?: boolean): Promise<Finding[]>;
  dispose(): void;
}

/** Starts following `element`. */
export function createSession(element: HTMLElement, deps: SessionDeps): Session {
  let snapshot = '';
  let findings: Finding[] = [];
  // Before any answer, an empty box counts as answered: there is nothing to find in it.
  let answered = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  let composing = false;
  let pending: Promise<void> | null = null;
  let pendingText: string | null = null;
  let disposed = false;
  const abort = new AbortController();

  const read = (): string => {
    try {
      return deps.read();
    } catch {
      return snapshot;
    }
  };
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const changed = () => {
    if (disposed) return;
    snapshot = read();
    if (composing) return;
    cancel();
    timer = setTimeout(() => void run(false), deps.debounceMs ?? DEBOUNCE_MS);
  };

  function run(force: boolean): Promise<void> {
    timer = undefined;
    const text = (snapshot = read());
    // The same text is already answered or on its way: nothing to ask.
    if (!force && (text === pendingText || (!pending && text === answered))) return pending ?? Promise.resolve();
    const mine = ++seq;
    const startedAt = performance.now();
    const job = deps
      .evaluate(text)
      .then(
        (result) => {
          if (mine !== seq || disposed) return; // overtaken by a newer request
          findings = result;
          answered = text;
          deps.onResult({ text, findings: result, startedAt });
        },
        (error: unknown) => {
          if (mine === seq && !disposed) deps.onError?.(error);
        },
      )
      .finally(() => {
        if (mine === seq) pending = pendingText = null;
      });
    pending = job;
    pendingText = text;
    return job;
  }

  const opts = { signal: abort.signal };
  element.addEventListener(
    'input',
    (e) => {
      // Chrome sends input events during a composition; its end is handled below.
      if ((e as InputEvent).isComposing) snapshot = read();
      else changed();
    },
    opts,
  );
  element.addEventListener(
    'compositionstart',
    () => {
      composing = true;
      cancel();
    },
    opts,
  );
  element.addEventListener(
    'compositionend',
    () => {
      composing = false;
      changed();
    },
    opts,
  );
  // Draft.js and Lexical render some changes themselves (paste, delete, undo)
  // without an `input` event: the editor's own mutations catch those.
  const MO = element.ownerDocument.defaultView?.MutationObserver;
  const observer = MO ? new MO(changed) : null;
  observer?.observe(element, { childList: true, characterData: true, subtree: true });
  snapshot = read();

  return {
    element,
    get snapshot() {
      return snapshot;
    },
    get findings() {
      return findings;
    },
    get dirty() {
      return snapshot !== answered || pending !== null;
    },
    get composing() {
      return composing;
    },
    changed,
    async flush(force = false) {
      cancel();
      if (force || read() !== answered) await run(force);
      else if (pending) await pending;
      return findings;
    },
    dispose() {
      disposed = true;
      cancel();
      abort.abort();
      observer?.disconnect();
    },
  };
}
