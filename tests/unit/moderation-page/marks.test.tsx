// @vitest-environment happy-dom
import { render } from 'preact';
import { ModerationMark } from '@/components/moderation/ModerationMark';
import { markMaker } from '@/entrypoints/content/moderation-marks';
import { moderationAdvice } from '@/lib/moderation/advice';
import { MARK_TAG } from '@/lib/moderation/scan';
import type { ModerationReason } from '@/lib/moderation/types';
import type { Lang } from '@/lib/types';

/** What Preact itself draws for a mark. */
function drawn(reasons: ModerationReason[], lang: Lang = 'en'): string {
  const scratch = document.createElement('div');
  const advice = moderationAdvice(reasons, 'youtube', lang);
  render(
    <ModerationMark lang={lang} advice={advice} onDismiss={() => undefined} onBreach={() => undefined} />,
    scratch,
  );
  return scratch.innerHTML;
}

/** Preact draws a change of state after the event. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(lang: Lang = 'en') {
  document.body.innerHTML = '<div id="comments"></div>';
  const shadowUi = vi.fn((doc: Document, tag: string) => {
    const host = doc.createElement(tag);
    const container = doc.createElement('div');
    host.attachShadow({ mode: 'open' }).append(container);
    return { host, container };
  });
  const make = markMaker({ doc: document, site: 'youtube', lang: () => lang, shadowUi });
  const place = (reasons: ModerationReason[]) => {
    const ui = make();
    const actions = { dismiss: vi.fn(), breach: vi.fn() };
    document.getElementById('comments')!.append(ui.host);
    ui.render(reasons, actions);
    const root = ui.host.shadowRoot!;
    const button = (name: string) =>
      Array.from(root.querySelectorAll('button')).find(
        (b) => b.textContent === name || b.getAttribute('aria-label') === name,
      )!;
    return { ui, actions, root, button };
  };
  return { place, shadowUi };
}

test('every mark of a kind is a copy of what Preact draws for it, in a host of its own', () => {
  const { place } = setup();
  const a = place(['threat', 'profanity']);
  const b = place(['threat', 'profanity']);
  const c = place(['spam']);
  for (const m of [a, b]) expect(m.root.querySelector('div')!.innerHTML).toBe(drawn(['threat', 'profanity']));
  expect(c.root.querySelector('div')!.innerHTML).toBe(drawn(['spam']));
  expect(a.ui.host.tagName).toBe(MARK_TAG.toUpperCase());
  expect(a.root).not.toBe(b.root);
});

test('in French too, and a mark drawn again with other reasons shows them', () => {
  const { place } = setup('fr');
  const m = place(['harassment']);
  expect(m.root.querySelector('div')!.innerHTML).toBe(drawn(['harassment'], 'fr'));
  m.ui.render(['personal-info'], { dismiss: vi.fn(), breach: vi.fn() });
  expect(m.root.querySelector('div')!.innerHTML).toBe(drawn(['personal-info'], 'fr'));
});

test('the first click hands the mark to Preact, which handles it: Why opens the details, on the same button', async () => {
  const { place } = setup();
  const m = place(['personal-info', 'spam']);
  const why = m.button('Why');
  why.click();
  await settled();
  expect(m.button('Hide details')).toBe(why);
  expect(why.getAttribute('aria-expanded')).toBe('true');
  const details = m.root.getElementById(why.getAttribute('aria-controls')!)!;
  expect(Array.from(details.querySelectorAll('[data-reason]')).map((r) => r.getAttribute('data-reason'))).toEqual([
    'personal-info',
    'spam',
  ]);
  m.button('It may be a privacy breach: what to do').click();
  expect(m.actions.breach).toHaveBeenCalledOnce();
  why.click();
  await settled();
  expect(why.getAttribute('aria-expanded')).toBe('false');
  expect(m.root.getElementById(why.getAttribute('aria-controls')!)).toBeNull();
});

test('Dismiss on a copy: the scanner is told once; removing the mark takes its host away', () => {
  const { place } = setup();
  const m = place(['profanity']);
  const other = place(['profanity']);
  m.button('Dismiss this mark: the comment needs nothing').click();
  expect(m.actions.dismiss).toHaveBeenCalledOnce();
  expect(other.actions.dismiss).not.toHaveBeenCalled();
  m.ui.remove();
  other.ui.remove();
  expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
});

test('keys pressed in a mark stay in it: site shortcuts never see them', () => {
  const { place } = setup();
  const m = place(['spam']);
  const seen = vi.fn();
  document.addEventListener('keydown', seen);
  m.button('Why').dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
  expect(seen).not.toHaveBeenCalled();
  document.removeEventListener('keydown', seen);
});
