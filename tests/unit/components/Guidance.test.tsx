// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { Guidance } from '@/components/Guidance';
import type { GuidanceActions, GuidanceItem, GuidanceView } from '@/lib/compose/view';

const item = (
  rule: GuidanceItem['rule'],
  severity: GuidanceItem['severity'],
  extra: Partial<GuidanceItem> = {},
): GuidanceItem => ({
  key: `${rule}-${severity}`,
  rule,
  severity,
  message: `${rule} message`,
  policyRef: { section: 'Policy Directives', anchor: 'policy-directives', quote: 'Employees shall not…' },
  suggestion: `${rule} suggestion`,
  excerpts: [],
  ...extra,
});
const PHONE = item('personal-info', 'high', {
  excerpts: ['902 555 0148'],
  fix: { kind: 'redact', label: 'Redact it', edits: [{ start: 0, end: 3, text: '•••' }] },
});
const NOTE = item('disclaimer', 'info');

function view(over: Partial<GuidanceView> = {}): GuidanceView {
  const items = over.items ?? [PHONE, NOTE];
  return {
    lang: 'en',
    site: 'x',
    surface: 'post',
    items,
    severity: items.length ? items[0]!.severity : 'none',
    account: { kind: 'personal', source: 'default', canSwitch: true },
    review: null,
    notice: null,
    busy: false,
    ...over,
  };
}
function actions(): GuidanceActions {
  return {
    applyFix: vi.fn(),
    setAccount: vi.fn(),
    reviewEdit: vi.fn(),
    reviewPostAnyway: vi.fn(),
    dismissNotice: vi.fn(),
    policyUrl: (anchor) => `chrome-extension://id/policy.html#${anchor}`,
  };
}
const live = () => document.querySelector('[role="status"]')!;

test('quiet when there is nothing to review: no badge, an empty live region', () => {
  render(<Guidance view={view({ items: [] })} actions={actions()} />);
  expect(screen.queryByRole('button')).toBeNull();
  expect(live().textContent).toBe('');
});

test('the badge shows the most serious severity and the count, and opens the panel', () => {
  const a = actions();
  render(<Guidance view={view()} actions={a} />);
  const badge = screen.getByRole('button', { name: 'Postwise: 2 to review, most serious: High' });
  expect(badge.textContent).toContain('2');
  expect(badge.className).toContain('sev-high');
  expect(badge.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(badge);
  const panel = screen.getByRole('dialog', { name: 'Postwise guidance' });
  expect(badge.getAttribute('aria-expanded')).toBe('true');
  expect(panel.textContent).toContain('personal-info message');
  expect(panel.querySelector('q')!.textContent).toBe('902 555 0148');
  expect(panel.textContent).toContain('personal-info suggestion');
  expect(panel.textContent).toContain('Posting as: personal account');

  // The policy's own words, expandable, with a link to the bundled policy page.
  const toggle = screen.getAllByRole('button', { name: 'The policy’s words: Policy Directives' })[0]!;
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(toggle);
  expect(panel.querySelector('blockquote')!.textContent).toBe('Employees shall not…');
  expect(screen.getByRole('link', { name: 'Read this section of the policy' }).getAttribute('href')).toBe(
    'chrome-extension://id/policy.html#policy-directives',
  );

  fireEvent.click(screen.getByRole('button', { name: 'Redact it' }));
  expect(a.applyFix).toHaveBeenCalledWith(PHONE);
  fireEvent.click(screen.getByRole('button', { name: 'This is an official account' }));
  expect(a.setAccount).toHaveBeenCalledWith('official');
});

test('Escape closes the panel and gives focus back to the badge', () => {
  render(<Guidance view={view()} actions={actions()} />);
  const badge = screen.getByRole('button', { name: /^Postwise:/ });
  fireEvent.click(badge);
  const panel = screen.getByRole('dialog');
  expect(document.activeElement).toBe(panel);
  fireEvent.keyDown(panel, { key: 'Escape' });
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(document.activeElement).toBe(badge);
});

test('the live region announces new high findings once, not warnings or notes', () => {
  const a = actions();
  const { rerender } = render(<Guidance view={view({ items: [NOTE] })} actions={a} />);
  expect(live().textContent).toBe('');
  rerender(<Guidance view={view({ items: [PHONE, NOTE] })} actions={a} />);
  expect(live().textContent).toBe('Postwise, high: personal-info message');
  const SECRET = item('confidential', 'high');
  rerender(<Guidance view={view({ items: [PHONE, SECRET, NOTE] })} actions={a} />);
  expect(live().textContent).toBe('Postwise, high: confidential message');
  rerender(<Guidance view={view({ items: [NOTE] })} actions={a} />);
  expect(live().textContent).toBe('');
});

test('a fix that could not be applied shows the corrected text to copy; busy disables fixes', () => {
  render(<Guidance view={view({ notice: { kind: 'failed', text: 'call •••' }, busy: true })} actions={actions()} />);
  fireEvent.click(screen.getByRole('button', { name: /^Postwise:/ }));
  expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('call •••');
  expect((screen.getByRole('button', { name: 'Redact it' }) as HTMLButtonElement).disabled).toBe(true);
});

test('the account switch is hidden when it is locked or the account is matched', () => {
  render(
    <Guidance
      view={view({ account: { kind: 'official', source: 'official-match', canSwitch: false } })}
      actions={actions()}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: /^Postwise:/ }));
  expect(screen.getByRole('dialog').textContent).toContain('one of your organisation’s official accounts');
  expect(screen.queryByRole('button', { name: /This is/ })).toBeNull();
});

test('the review prompt: an alertdialog, Edit first, Tab stays between the two choices, Escape edits', () => {
  const a = actions();
  render(<Guidance view={view({ review: { items: [PHONE] } })} actions={a} />);
  const prompt = screen.getByRole('alertdialog', { name: 'Review before posting' });
  const edit = screen.getByRole('button', { name: 'Edit' });
  const post = screen.getByRole('button', { name: 'Post anyway' });
  expect(prompt.textContent).toContain('personal-info message');
  expect(document.activeElement).toBe(edit);
  fireEvent.keyDown(edit, { key: 'Tab' });
  expect(document.activeElement).toBe(post);
  fireEvent.keyDown(post, { key: 'Tab' });
  expect(document.activeElement).toBe(edit);
  fireEvent.keyDown(edit, { key: 'Escape' });
  expect(a.reviewEdit).toHaveBeenCalledTimes(1);
  fireEvent.click(post);
  expect(a.reviewPostAnyway).toHaveBeenCalledTimes(1);
});

test('in French', () => {
  render(<Guidance view={view({ lang: 'fr', review: { items: [PHONE] } })} actions={actions()} />);
  expect(
    screen.getByRole('button', { name: 'Postwise : 2 point(s) à revoir, le plus important : Élevé' }),
  ).toBeTruthy();
  expect(screen.getByRole('alertdialog', { name: 'Vérifiez avant de publier' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Modifier' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Publier quand même' })).toBeTruthy();
});

test('a rendering error goes quiet instead of breaking the page', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const broken = view({ items: [{ ...PHONE, excerpts: null as unknown as string[] }] });
  render(<Guidance view={broken} actions={actions()} />);
  fireEvent.click(screen.getByRole('button', { name: /^Postwise:/ }));
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(warn).toHaveBeenCalled();
});
