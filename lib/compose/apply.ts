/**
 * Applies a fix's edits through the editor's own input pathway, so the
 * editor's model (Draft.js on X, Lexical on Facebook) stays in step with what
 * is shown and undo keeps working. Each edit selects its range, then tries, in
 * order: a synthetic `paste` carrying the text (Draft.js and Lexical honour
 * it; `pasteEvent` says how in Firefox), a `beforeinput` event, and
 * `document.execCommand`. After each attempt the text is read back; when the
 * result is not exactly what was expected, nothing more is tried and the
 * corrected text goes to the clipboard.
 */
import type { TextEdit } from '../types';
import { mapEditableText } from '../sites/text';
import { rangeFor } from './offsets';

/** How a fix was applied, or why not. */
export interface ApplyResult {
  ok: boolean;
  /** The pathway that worked for the last edit. */
  method?: Method;
  /** True when the editor could not be changed safely and the expected text was copied instead. */
  copied?: boolean;
  /** The text the editor should now hold (shown to the person when copying failed too). */
  expected: string;
}

type Method = 'paste' | 'beforeinput' | 'execCommand' | 'value';

export interface ApplyDeps {
  /** Reads the editor's text (the adapter's readText). */
  read(): string;
  /** Writes to the clipboard; rejects when it cannot. */
  copy(text: string): Promise<void>;
  /** Waits for the editor to process an event (a task, so microtask-batched editors commit). */
  settle?(): Promise<void>;
}

/** The text after applying `edits` (non-overlapping, any order) to `text`. */
export function applyToText(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Edits are inside the text and do not overlap. */
export function editsFit(text: string, edits: readonly TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let last = 0;
  for (const e of sorted) {
    if (e.start < last || e.end < e.start || e.end > text.length) return false;
    last = e.end;
  }
  return true;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * A deletion re-expressed as a replacement of one more character on the same
 * line (`"a b"` minus `"b"` → replace `" b"` with `" "`), because a paste of
 * nothing is a no-op in Draft.js and Lexical's rich text. Unchanged when the
 * neighbours are line breaks.
 */
export function widenDeletion(text: string, e: TextEdit): TextEdit {
  if (e.text !== '' || e.start === e.end) return e;
  if (e.start > 0 && text[e.start - 1] !== '\n') {
    const s = isLowSurrogate(text.charCodeAt(e.start - 1)) && e.start > 1 ? e.start - 2 : e.start - 1;
    return { start: s, end: e.end, text: text.slice(s, e.start) };
  }
  if (e.end < text.length && text[e.end] !== '\n') {
    const n = isHighSurrogate(text.charCodeAt(e.end)) ? e.end + 2 : e.end + 1;
    return { start: e.start, end: n, text: text.slice(e.end, n) };
  }
  return e;
}

const defaultSettle = () => new Promise<void>((r) => setTimeout(r, 0));

/** Waits for the browser's `selectionchange` (editors read the new selection from it), at most 100 ms. */
function selectionSettled(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, 100);
    doc.addEventListener('selectionchange', done);
  });
}

async function select(el: HTMLElement, edit: TextEdit): Promise<boolean> {
  const doc = el.ownerDocument;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
    el.focus();
    (el as HTMLTextAreaElement).setSelectionRange(edit.start, edit.end);
    return true;
  }
  const range = rangeFor(el, edit.start, edit.end, mapEditableText(el));
  const sel = doc.getSelection();
  if (!range || !sel) return false;
  if (doc.activeElement !== el) el.focus();
  sel.removeAllRanges();
  sel.addRange(range);
  await selectionSettled(doc);
  return true;
}

/**
 * A synthetic `paste` carrying `text` as text/plain. The standard way hands the
 * event a DataTransfer (`clipboardData`), which Chromium honours. Gecko's
 * ClipboardEvent constructor ignores `clipboardData` and builds its own
 * DataTransfer from the non-standard `dataType` and `data` members instead, so
 * the page would read an empty paste: in Firefox (checked in ESR, content
 * script and page alike) the event is built that way. Detected, not sniffed.
 */
export function pasteEvent(win: Window, text: string): ClipboardEvent {
  const w = win as unknown as { DataTransfer: typeof DataTransfer; ClipboardEvent: typeof ClipboardEvent };
  const init = { bubbles: true, cancelable: true, composed: true };
  const data = new w.DataTransfer();
  data.setData('text/plain', text);
  const event = new w.ClipboardEvent('paste', { ...init, clipboardData: data });
  if (!text || event.clipboardData?.getData('text/plain') === text) return event;
  return new w.ClipboardEvent('paste', { ...init, dataType: 'text/plain', data: text } as ClipboardEventInit);
}

/** One attempt at inserting `text` over the current selection. */
function attempt(el: HTMLElement, method: Method, text: string): void {
  const doc = el.ownerDocument;
  const win = doc.defaultView!;
  switch (method) {
    case 'paste':
      el.dispatchEvent(pasteEvent(win, text));
      return;
    case 'beforeinput': {
      const inputType = text ? 'insertText' : 'deleteContentBackward';
      const init = { inputType, data: text || null, bubbles: true, cancelable: true, composed: true };
      el.dispatchEvent(new win.InputEvent('beforeinput', init));
      return;
    }
    case 'execCommand':
      // Deprecated but still the one command path browsers give contenteditable and textarea undo.
      if (text) doc.execCommand('insertText', false, text);
      else doc.execCommand('delete', false);
      return;
    case 'value': {
      const t = el as HTMLTextAreaElement;
      t.setRangeText(text, t.selectionStart ?? 0, t.selectionEnd ?? 0, 'end');
      t.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
      return;
    }
  }
}

function methodsFor(el: HTMLElement): Method[] {
  // A synthetic paste has no default action in a textarea; execCommand keeps its undo stack.
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return ['execCommand', 'value'];
  return ['paste', 'beforeinput', 'execCommand'];
}

/** Applies one edit; the method that worked, or 'changed' when the text changed unexpectedly, or null. */
async function applyOne(el: HTMLElement, edit: TextEdit, deps: ApplyDeps): Promise<Method | 'changed' | null> {
  const settle = deps.settle ?? defaultSettle;
  const before = deps.read();
  const expected = applyToText(before, [edit]);
  for (const method of methodsFor(el)) {
    if (!(await select(el, edit))) return null;
    try {
      attempt(el, method, edit.text);
    } catch {
      continue; // e.g. no InputEvent/DataTransfer constructor: try the next pathway
    }
    await settle();
    const now = deps.read();
    if (now === expected) return method;
    if (now !== before) return 'changed';
  }
  return null;
}

/**
 * Applies `edits` (offsets in the text `deps.read()` returns) to the editor
 * and checks the result; on failure copies the expected text to the clipboard.
 */
export async function applyEdits(el: HTMLElement, edits: readonly TextEdit[], deps: ApplyDeps): Promise<ApplyResult> {
  const original = deps.read();
  const expected = applyToText(original, edits);
  let method: Method | undefined;
  if (editsFit(original, edits)) {
    // Last edit first, so earlier offsets stay valid.
    for (const e of [...edits].sort((a, b) => b.start - a.start)) {
      const current = deps.read();
      const got = await applyOne(el, widenDeletion(current, e), deps);
      if (got === null || got === 'changed') break;
      method = got;
    }
  }
  if (deps.read() === expected) return { ok: true, method, expected };
  try {
    await deps.copy(expected);
    return { ok: false, copied: true, expected };
  } catch {
    return { ok: false, copied: false, expected };
  }
}
