// @vitest-environment happy-dom
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pointAt, rangeFor } from '@/lib/compose/offsets';
import { adapterFor } from '@/lib/sites';
import { mapEditableText, readEditableText } from '@/lib/sites/text';
import { fixture } from '../sites/load';

const URLS: Record<string, string> = {
  x: 'https://x.com/home',
  facebook: 'https://www.facebook.com/',
  youtube: 'https://www.youtube.com/watch?v=a',
};
/** Every site fixture, with an address its adapter accepts. */
const SITE_FIXTURES = readdirSync(join(import.meta.dirname, '../../fixtures/sites'))
  .map((f) => f.replace(/\.html$/, ''))
  .map((name) => [name, URLS[name.split('-')[0]!]!] as const);

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div>`;
  return document.getElementById('ed')!;
}

/** The text a Range covers, in the same terms as readEditableText (a range has no line breaks of its own). */
function covered(el: HTMLElement, start: number, end: number): string {
  const r = rangeFor(el, start, end)!;
  return r.toString();
}

describe('mapEditableText is the same walk as readEditableText', () => {
  test.each(SITE_FIXTURES)('%s: same text, and every text segment holds its slice', (name, url) => {
    document.body.innerHTML = fixture(name);
    const adapter = adapterFor(new URL(url))!;
    for (const box of adapter.findComposeBoxes(document)) {
      const map = mapEditableText(box.element);
      expect(map.text).toBe(readEditableText(box.element));
      for (const s of map.segments) {
        if (s.kind === 'text') expect(map.text.slice(s.start, s.end)).toBe(s.node.nodeValue);
        if (s.kind === 'atom') expect(map.text.slice(s.start, s.end)).toBe((s.node as Element).getAttribute('alt'));
      }
    }
  });
});

describe('offsets to DOM positions', () => {
  const draftBlock = (k: string, inner: string) =>
    `<div data-block="true" data-offset-key="${k}-0-0"><div data-offset-key="${k}-0-0"><span data-offset-key="${k}-0-0">${inner}</span></div></div>`;

  test('Draft.js blocks: a span across lines, an empty line, the end', () => {
    const el = editor(
      `<div data-contents="true">${draftBlock('a', '<span data-text="true">call 902</span>')}${draftBlock('b', '<br data-text="true">')}${draftBlock('c', '<span data-text="true">555 0148</span>')}</div>`,
    );
    const map = mapEditableText(el);
    expect(map.text).toBe('call 902\n\n555 0148');
    expect(covered(el, 5, 8)).toBe('902');
    expect(covered(el, 10, 18)).toBe('555 0148');
    // The empty line's position is inside its own block, before Draft's <br>.
    const p = pointAt(map, 9)!;
    expect((p.node as Element).getAttribute('data-offset-key')).toBe('b-0-0');
    // Collapsed at the very end: the end of the last text node.
    const end = rangeFor(el, 18, 18)!;
    expect(end.collapsed).toBe(true);
    expect(end.startContainer.nodeValue).toBe('555 0148');
    expect(end.startOffset).toBe(8);
  });

  test('Lexical paragraphs with a <br> line break and an empty paragraph', () => {
    const el = editor(
      '<p><span data-lexical-text="true">Looks great</span><br><span data-lexical-text="true">line two</span></p><p><br></p><p><span data-lexical-text="true">bye</span></p>',
    );
    const map = mapEditableText(el);
    expect(map.text).toBe('Looks great\nline two\n\nbye');
    expect(covered(el, 12, 20)).toBe('line two');
    expect(covered(el, 6, 11)).toBe('great');
    expect(pointAt(map, 21)!.node.nodeName).toBe('P'); // the empty paragraph
    expect(covered(el, 22, 25)).toBe('bye');
  });

  test('a range start at a node boundary stays in the next node, its end in the previous one', () => {
    const el = editor('<span>ab</span><span>cd</span>');
    const map = mapEditableText(el);
    expect(pointAt(map, 2, 'forward')!.node.nodeValue).toBe('cd');
    expect(pointAt(map, 2, 'backward')!.node.nodeValue).toBe('ab');
    expect(covered(el, 2, 4)).toBe('cd');
  });

  test('an emoji image is one unit: points snap to its sides', () => {
    const el = editor('hi <img alt="🔥" src="x.png"> there');
    const map = mapEditableText(el);
    expect(map.text).toBe('hi 🔥 there');
    const img = el.querySelector('img')!;
    const before = pointAt(map, 3, 'backward')!;
    expect(before.node.nodeValue === 'hi ' || before.node === el).toBe(true);
    const r = rangeFor(el, 3, 5)!;
    expect(r.cloneContents().querySelector('img')?.getAttribute('alt')).toBe('🔥');
    expect(img.isConnected).toBe(true);
  });

  test('textareas and empty editors have no DOM positions', () => {
    document.body.innerHTML = '<textarea id="t">hello</textarea>';
    expect(rangeFor(document.getElementById('t')!, 0, 2)).toBeNull();
    expect(rangeFor(editor(''), 0, 0)).toBeNull();
  });

  test('property: for plain text with <br> line breaks, every range covers exactly its slice', () => {
    const line = fc.stringMatching(/^[a-z ]{0,8}$/);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), (lines, a, b) => {
        const el = editor(lines.map((l) => l.replace(/ /g, '\u00a0')).join('<br>'));
        const text = readEditableText(el);
        const [s, e] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        const r = rangeFor(el, s, e);
        if (!text.length) return r === null || r.collapsed;
        // A Range's toString has no line breaks for <br>: compare without them.
        return r!.toString() === text.slice(s, e).replace(/\n/g, '');
      }),
      { numRuns: 200 },
    );
  });
});
