// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { evaluate } from '@/lib/engine';
import { EXAMPLES } from '@/components/practice/examples';
import { PracticeApp } from '@/components/practice/PracticeApp';
import { setup } from '../ui/harness';

// Outside work hours, so the work-hours note does not count.
const AT = '2026-11-24T19:15:00-04:00';

test.each(EXAMPLES.flatMap((ex) => (['en', 'fr'] as const).map((lang) => [ex.id, lang, ex] as const)))(
  'the %s example (%s) draws guidance from the section it cites',
  (_id, lang, ex) => {
    const findings = evaluate(
      ex.draft[lang],
      { account: ex.account, site: 'facebook', surface: ex.surface, at: AT },
      {},
      { lang },
    );
    expect(findings.map((f) => f.policyRef.anchor)).toContain(ex.anchor);
  },
);

function shadow() {
  return screen.getByTestId('guidance-host').shadowRoot!;
}

test('an example loads into the compose box and gets the same guidance as on the sites, with working fixes', async () => {
  const { api } = await setup();
  render(<PracticeApp api={api} />);
  fireEvent.click(await screen.findByRole('button', { name: /Try this example: Someone’s personal information/ }));
  const box = screen.getByTestId('practice-text') as HTMLTextAreaElement;
  expect(box.value).toBe('Mrs. Jones, call me at 902-555-0134 about your claim.');
  await waitFor(() => expect(screen.getByTestId('practice-summary').textContent).toMatch(/^Postwise has \d+ thing/), {
    timeout: 3000,
  });
  const badge = await waitFor(() => {
    const b = shadow().querySelector('button.badge');
    if (!b) throw new Error('no badge yet');
    return b as HTMLButtonElement;
  });
  expect(badge.getAttribute('aria-label') ?? badge.textContent).toMatch(/review/);
  fireEvent.click(badge);
  await waitFor(() => expect(shadow().textContent).toContain('phone number'));
  const fix = [...shadow().querySelectorAll('button.fix')].find((b) =>
    /Redact/.test(b.textContent ?? ''),
  ) as HTMLButtonElement;
  fireEvent.click(fix);
  await waitFor(() => expect(box.value).not.toContain('902-555-0134'));
});

test('typing: guidance follows the draft after the typing pause, and goes when the draft is clean', async () => {
  const { api } = await setup();
  render(<PracticeApp api={api} />);
  const box = (await screen.findByTestId('practice-text')) as HTMLTextAreaElement;
  const summary = () => screen.getByTestId('practice-summary').textContent;
  fireEvent.input(box, { target: { value: 'Vote NDP on Tuesday! #nspoli' } });
  await waitFor(() => expect(summary()).toMatch(/^Postwise has/));
  fireEvent.input(box, { target: { value: 'Beautiful morning for a walk in Point Pleasant Park.' } });
  await waitFor(() => expect(summary()).toBe('Nothing to review so far.'));
  await waitFor(() => expect(shadow().querySelector('button.badge')).toBeNull());
});
