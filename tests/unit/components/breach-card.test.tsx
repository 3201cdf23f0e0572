// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { BreachCard } from '@/components/guidance/BreachCard';
import { breachCard } from '@/lib/breach/card';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const AT = Date.UTC(2026, 10, 24, 14, 42);
const OFFICER = { name: 'Pat Example', title: 'Privacy Officer', phone: '(902) 555-0142', email: '' };

function show(
  card = breachCard({ privacyContact: OFFICER }, { origin: 'posted-anyway', site: 'x', at: AT, lang: 'en' }),
) {
  const onClose = vi.fn();
  render(<BreachCard card={card} policyUrl="/policy.html#policy-directives" onClose={onClose} />);
  return { onClose, dialog: screen.getByRole('dialog', { name: card.title }) };
}

test('the card says what to do now, in order, and whom to report to, and takes focus', () => {
  const { dialog } = show();
  expect(document.activeElement).toBe(dialog);
  expect(within(dialog).getByRole('heading').textContent).toBe('This may be a privacy breach');
  const steps = within(dialog)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
  expect(steps).toHaveLength(3);
  expect(steps[0]).toMatch(/^Remove or hide the post/);
  expect(steps[1]).toMatch(/^Note when and where: X,/);
  expect(steps[2]).toBe('Tell your manager.');
  expect(dialog.textContent).toContain('Report it to your department’s privacy officer:\nPat Example\nPrivacy Officer');
  expect(dialog.textContent).toContain('Privacy breaches that may occur');
  const link = within(dialog).getByRole('link', { name: 'Read the policy directive' });
  expect(link.getAttribute('href')).toBe('/policy.html#policy-directives');
  expect(link.getAttribute('target')).toBe('_blank');
});

test('Close and Escape close it', () => {
  const { onClose, dialog } = show();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
  fireEvent.keyDown(dialog, { key: 'Escape' });
  expect(onClose).toHaveBeenCalledTimes(2);
});

test('without a privacy officer it names the manager; in French, with the card’s language', () => {
  const { dialog } = show(breachCard(DEFAULT_SETTINGS, { origin: 'moderation', site: 'facebook', at: AT, lang: 'fr' }));
  expect(dialog.getAttribute('aria-label')).toBe('Il pourrait s’agir d’une atteinte à la vie privée');
  expect(dialog.getAttribute('lang')).toBe('fr');
  expect(dialog.textContent).toContain('Signalez-le à votre gestionnaire ou superviseur');
  expect(within(dialog).getByRole('button', { name: 'Fermer' })).toBeTruthy();
});
