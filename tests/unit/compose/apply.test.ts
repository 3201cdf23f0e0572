// @vitest-environment happy-dom
import { applyEdits, applyToText, editsFit, pasteEvent, widenDeletion } from '@/lib/compose/apply';
import { readEditableText } from '@/lib/sites/text';

/**
 * A contenteditable that, like Draft.js and Lexical, handles `paste` itself:
 * it replaces the selection with the pasted text (and, like Draft.js, does
 * nothing with an empty paste).
 */
function pasteEditor(html: string, transform = (t: string) => t) {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div>`;
  const el = document.getElementById('ed')!;
  const pastes: string[] = [];
  el.addEventListener('paste', (e) => {
    e.preventDefault();
    const text = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    pastes.push(text);
    if (!text) return;
    const range = document.getSelection()!.getRangeAt(0);
    range.deleteContents();
    range.insertNode(document.createTextNode(transform(text)));
    el.normalize();
  });
  return { el, pastes, read: () => readEditableText(el) };
}

describe('pure helpers', () => {
  test('applyToText applies non-overlapping edits in any order', () => {
    const edits = [
      { start: 11, end: 14, text: '•••' },
      { start: 0, end: 4, text: 'Text' },
    ];
    expect(applyToText('call me at 902 now', edits)).toBe('Text me at ••• now');
    expect(editsFit('call me at 902 now', edits)).toBe(true);
    expect(editsFit('short', edits)).toBe(false);
    expect(
      editsFit('call me at 902 now', [
        { start: 0, end: 5, text: '' },
        { start: 3, end: 6, text: '' },
      ]),
    ).toBe(false);
  });

  test('a deletion becomes the replacement of a neighbour on the same line (a paste of nothing is a no-op)', () => {
    expect(widenDeletion('a bc d', { start: 2, end: 5, text: '' })).toEqual({ start: 1, end: 5, text: ' ' });
    expect(widenDeletion('bc d', { start: 0, end: 3, text: '' })).toEqual({ start: 0, end: 4, text: 'd' });
    expect(widenDeletion('x\nbc', { start: 2, end: 4, text: '' })).toEqual({ start: 2, end: 4, text: '' });
    // never half of a surrogate pair
    expect(widenDeletion('😀bc', { start: 2, end: 4, text: '' })).toEqual({ start: 0, end: 4, text: '😀' });
    expect(widenDeletion('ab', { start: 0, end: 1, text: 'x' })).toEqual({ start: 0, end: 1, text: 'x' });
  });
});

describe('pasteEvent', () => {
  test('carries the text in clipboardData where the constructor honours it (Chromium, happy-dom)', () => {
    const event = pasteEvent(window, 'hello');
    expect(event.type).toBe('paste');
    expect(event.clipboardData?.getData('text/plain')).toBe('hello');
    expect([event.bubbles, event.cancelable, event.composed]).toEqual([true, true, true]);
  });

  test('falls back to Gecko’s dataType/data members when clipboardData is ignored (Firefox)', () => {
    // Gecko's ClipboardEvent: `clipboardData` in the init is ignored; a DataTransfer is filled from dataType/data.
    class GeckoClipboardEvent extends Event {
      readonly clipboardData: DataTransfer;
      constructor(type: string, init: EventInit & { dataType?: string; data?: string } = {}) {
        super(type, init);
        this.clipboardData = new DataTransfer();
        if (init.dataType) this.clipboardData.setData(init.dataType, init.data ?? '');
      }
    }
    const gecko = Object.assign(Object.create(window) as Window, { ClipboardEvent: GeckoClipboardEvent });
    const event = pasteEvent(gecko, 'redacted');
    expect(event).toBeInstanceOf(GeckoClipboardEvent);
    expect(event.clipboardData?.getData('text/plain')).toBe('redacted');
    expect(event.bubbles && event.cancelable).toBe(true);
  });
});

describe('applyEdits', () => {
  test('goes through the editor’s paste handler and verifies the result', async () => {
    const { el, pastes, read } = pasteEditor('<p>call 902 555 0148</p><p>bye</p>');
    const copy = vi.fn(async () => {});
    const result = await applyEdits(el, [{ start: 5, end: 17, text: '••• ••• ••••' }], { read, copy });
    expect(result).toEqual({ ok: true, method: 'paste', expected: 'call ••• ••• ••••\nbye' });
    expect(read()).toBe('call ••• ••• ••••\nbye');
    expect(pastes).toEqual(['••• ••• ••••']);
    expect(copy).not.toHaveBeenCalled();
  });

  test('a removal is pasted as its neighbour, several edits from the last one', async () => {
    const { el, read } = pasteEditor('<p>mail a@b.ca or c@d.ca now</p>');
    const edits = [
      { start: 5, end: 12, text: '' },
      { start: 15, end: 22, text: '' },
    ];
    const result = await applyEdits(el, edits, { read, copy: vi.fn() });
    expect(result.ok).toBe(true);
    expect(read()).toBe('mail or now');
  });

  test('when the editor ignores every pathway, the corrected text goes to the clipboard', async () => {
    document.body.innerHTML = '<div id="ed" contenteditable="true">call 902 555 0148</div>';
    const el = document.getElementById('ed')!;
    const copy = vi.fn(async () => {});
    const result = await applyEdits(el, [{ start: 5, end: 17, text: 'me' }], {
      read: () => readEditableText(el),
      copy,
    });
    expect(result).toEqual({ ok: false, copied: true, expected: 'call me' });
    expect(copy).toHaveBeenCalledWith('call me');
    expect(readEditableText(el)).toBe('call 902 555 0148'); // the draft is never lost
  });

  test('an unexpected change stops at once; a failing clipboard is reported too', async () => {
    const { el, pastes, read } = pasteEditor('hello world', (t) => t.toUpperCase());
    const copy = vi.fn(async () => {
      throw new Error('not allowed');
    });
    const result = await applyEdits(el, [{ start: 6, end: 11, text: 'there' }], { read, copy });
    expect(result).toEqual({ ok: false, copied: false, expected: 'hello there' });
    expect(pastes).toHaveLength(1); // no second pathway piled on top
  });

  test('edits that do not fit the text are not attempted', async () => {
    const { el, pastes, read } = pasteEditor('short');
    const result = await applyEdits(el, [{ start: 2, end: 40, text: 'x' }], { read, copy: vi.fn(async () => {}) });
    expect(result.ok).toBe(false);
    expect(pastes).toEqual([]);
  });

  test('a textarea: execCommand first (native undo), else its value and an input event', async () => {
    document.body.innerHTML = '<textarea id="t">call 902 555 0148</textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    const inputs: string[] = [];
    t.addEventListener('input', () => inputs.push(t.value));
    const result = await applyEdits(t, [{ start: 5, end: 17, text: 'me' }], { read: () => t.value, copy: vi.fn() });
    expect(result).toMatchObject({ ok: true, method: 'value' }); // happy-dom has no execCommand
    expect(t.value).toBe('call me');
    expect(inputs).toEqual(['call me']);
  });
});
