// @vitest-environment happy-dom
import { createHighlighter } from '@/lib/compose/highlights';

/** The Custom Highlight API, as Chromium has it (happy-dom has none). */
function installHighlightApi() {
  class FakeHighlight extends Set<AbstractRange> {}
  const registry = new Map<string, FakeHighlight>();
  const css = Object.getOwnPropertyDescriptor(window, 'CSS');
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  onTestFinished(() => {
    delete (window as { Highlight?: unknown }).Highlight;
    if (css) Object.defineProperty(window, 'CSS', css);
  });
  return registry;
}

function range(): Range {
  document.body.innerHTML = '<p>call 902 555 0148</p>';
  const r = document.createRange();
  r.setStart(document.querySelector('p')!.firstChild!, 5);
  r.setEnd(document.querySelector('p')!.firstChild!, 17);
  return r;
}

test('without the API nothing happens (feature detection)', () => {
  const h = createHighlighter(window);
  expect(h.supported).toBe(false);
  expect(() => h.set({}, [{ range: range(), severity: 'high' }])).not.toThrow();
});

test('each box owns its marks; the named highlights hold the union; styles are adopted, not injected', () => {
  const registry = installHighlightApi();
  const h = createHighlighter(window);
  const a = {};
  const b = {};
  const r1 = range();
  const r2 = document.createRange();
  h.set(a, [{ range: r1, severity: 'high' }]);
  h.set(b, [
    { range: r2, severity: 'high' },
    { range: r2, severity: 'info' },
  ]);
  expect(registry.get('postwise-high')?.size).toBe(2);
  expect(registry.get('postwise-info')?.size).toBe(1);
  expect(document.adoptedStyleSheets).toHaveLength(1);
  expect(document.querySelectorAll('style')).toHaveLength(0);
  document.adoptedStyleSheets = []; // the site replaces its sheets…
  h.set(a, [{ range: r1, severity: 'high' }]);
  expect(document.adoptedStyleSheets).toHaveLength(1); // …ours comes back with the next marks
  h.set(a, []); // a's draft is clean now
  expect(registry.get('postwise-high')?.size).toBe(1);
  h.clear(b);
  expect(registry.get('postwise-high')?.size).toBe(0);
  h.dispose();
  expect(registry.size).toBe(0);
  expect(document.adoptedStyleSheets).toHaveLength(0);
});
