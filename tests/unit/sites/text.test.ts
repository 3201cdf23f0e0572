// @vitest-environment happy-dom
import { readEditableText } from '@/lib/sites/text';
import { loadFixture } from './load';

function editor(html: string, attrs = 'contenteditable="true"'): HTMLElement {
  document.body.innerHTML = `<div id="ed" ${attrs}>${html}</div>`;
  return document.getElementById('ed')!;
}

describe('readEditableText', () => {
  test.each([
    ['Lexical paragraphs', '<p><span>a</span></p><p><span>b</span></p>', 'a\nb'],
    ['Lexical empty paragraph is an empty line', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    ['Lexical empty editor', '<p><br></p>', ''],
    ['Shift+Enter at the end of a paragraph', '<p>a<br><br></p><p>b</p>', 'a\n\nb'],
    ['trailing <br> placeholder adds no line', '<p>a<br></p>', 'a'],
    ['plain text with <br>', 'one<br>two', 'one\ntwo'],
    ['plain contenteditable with <div> lines', 'one<div>two</div><div><br></div><div>four</div>', 'one\ntwo\n\nfour'],
    ['<br> before a block adds no line', 'one<br><div>two</div>', 'one\ntwo'],
    ['double <br> in plain text', 'a<br><br>b', 'a\n\nb'],
    ['Chrome trailing <br>', 'a<br>', 'a'],
    ['emoji images by alt', 'hi <img alt="😀" src="x.png"> there', 'hi 😀 there'],
    ['whitespace, nbsp and zero-width kept exactly', '<p>  a\u00a0b\u200bc </p>', '  a\u00a0b\u200bc '],
    ['empty', '', ''],
  ])('%s', (_name, html, expected) => {
    expect(readEditableText(editor(html))).toBe(expected);
  });

  test('Draft.js blocks: data-text spans and <br data-text> empty blocks', () => {
    const block = (k: string, inner: string) =>
      `<div data-block="true" data-offset-key="${k}-0-0"><div data-offset-key="${k}-0-0"><span data-offset-key="${k}-0-0">${inner}</span></div></div>`;
    const html = `<div data-contents="true">${block('a', '<span data-text="true">x</span>')}${block('b', '<br data-text="true">')}${block('c', '<br data-text="true">')}${block('d', '<span data-text="true">y</span>')}</div>`;
    expect(readEditableText(editor(html))).toBe('x\n\n\ny');
  });

  test('read from a wrapper, Draft and aria-hidden placeholders are skipped', () => {
    loadFixture('x-compose-modal-thread');
    const label = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_1_label"]')!;
    expect(label.textContent).toContain('Add another post');
    expect(readEditableText(label)).toBe('');
    document.body.innerHTML =
      '<div id="w"><div id="input" contenteditable="">hi</div><div id="label" aria-hidden="true">Chat…</div></div>';
    expect(readEditableText(document.getElementById('w')!)).toBe('hi');
  });

  test('aria-hidden content inside the editor is still shown text', () => {
    expect(readEditableText(editor('a<span aria-hidden="true">b</span>'))).toBe('ab');
  });

  test('textarea and input return .value', () => {
    document.body.innerHTML = '<textarea id="t">line 1\n\nline 3</textarea><input id="i" value="one">';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    expect(readEditableText(t)).toBe('line 1\n\nline 3');
    t.value = 'changed';
    expect(readEditableText(t)).toBe('changed');
    expect(readEditableText(document.getElementById('i')!)).toBe('one');
  });

  test('linear and stack-safe on 10,000-node subtrees (deep and wide)', () => {
    // detached: happy-dom itself recurses when a 10,000-deep tree is connected/disconnected
    const deep = document.createElement('div');
    deep.setAttribute('contenteditable', 'true');
    let parent: HTMLElement = deep;
    for (let i = 0; i < 10_000; i++) {
      const span = document.createElement(i % 2 ? 'span' : 'div');
      parent.appendChild(span);
      parent = span;
    }
    parent.textContent = 'bottom';
    const wide = document.createElement('div');
    for (let i = 0; i < 10_000; i++) {
      const p = document.createElement('p');
      p.textContent = String(i % 10);
      wide.appendChild(p);
    }
    const t0 = performance.now();
    expect(readEditableText(deep)).toBe('bottom');
    const lines = readEditableText(wide).split('\n');
    expect(lines).toHaveLength(10_000);
    expect(lines[9_999]).toBe('9');
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
