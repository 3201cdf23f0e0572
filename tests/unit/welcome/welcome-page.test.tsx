// @vitest-environment happy-dom
/** The welcome page (components/welcome), over the real background handlers on WXT's fake browser. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { KEY_POINTS } from '@/components/welcome/key-points';
import { parsePolicy } from '@/lib/policy/parse';
import { GUIDELINES_VERSION } from '@/lib/welcome/version';
import { setup, type Setup } from '../ui/harness';

async function renderWelcome(options: Setup = {}) {
  const harness = await setup(options);
  const save = vi.fn();
  render(<WelcomeApp api={harness.api} save={save} />);
  await screen.findByTestId('acknowledgement');
  return { ...harness, save };
}

test('what Postwise does and does not do: nothing leaves the browser, nothing is blocked', async () => {
  await renderWelcome();
  expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Postwise' })).toBeTruthy();
  const what = screen.getByTestId('what');
  expect(what.textContent).toContain('what you type never leaves your browser');
  expect(what.textContent).toContain('Blocks nothing: you always decide what to post.');
});

test('the key points in plain words, each linked to its section of the policy page', async () => {
  await renderWelcome();
  const anchors = new Set(
    parsePolicy(readFileSync(resolve(__dirname, '../../../assets/social-media-policy.txt'), 'utf8')).flatMap((b) =>
      b.kind === 'heading' ? [b.id] : [],
    ),
  );
  const points = screen.getByTestId('key-points');
  expect(within(points).getAllByRole('listitem')).toHaveLength(KEY_POINTS.length);
  for (const p of KEY_POINTS) {
    const link = within(screen.getByTestId(`point-${p.id}`)).getByRole('link');
    const anchor = link.getAttribute('href')!.replace('/policy.html#', '');
    expect(anchors.has(anchor), `${p.id}: #${anchor}`).toBe(true);
    expect(link.textContent).toBe(`Read “${p.section.section}” in the policy`);
  }
  expect(points.textContent).toContain('must be approved by Communications Nova Scotia');
});

test('the practice loads an example into the practice box', async () => {
  await renderWelcome();
  const practice = screen.getByTestId('practice');
  fireEvent.click(within(practice).getByRole('button', { name: /Try this example: Someone’s personal information/ }));
  expect((within(practice).getByTestId('practice-text') as HTMLTextAreaElement).value).toBe(
    'Mrs. Jones, call me at 902-555-0134 about your claim.',
  );
  expect(within(practice).getByRole('link', { name: 'More examples on the practice page' })).toBeTruthy();
});

test('"I have read the guidelines": the date is stored and shown, and the export holds no draft text', async () => {
  const { save } = await renderWelcome({ managed: { welcome: 'require', department: 'Agriculture' } });
  const ack = screen.getByTestId('acknowledgement');
  expect(ack.textContent).toContain('Your organisation asks every employee to confirm this.');
  // A draft in the practice box, which must stay out of the export.
  fireEvent.input(screen.getByTestId('practice-text'), { target: { value: 'Zebra7431 kayak plans' } });
  fireEvent.click(within(ack).getByRole('button', { name: 'I have read the guidelines' }));
  const done = await within(ack).findByTestId('acknowledged');
  const stored = (await fakeBrowser.storage.local.get('acknowledgement')).acknowledgement as { at: number };
  expect(stored).toMatchObject({ version: GUIDELINES_VERSION });
  expect(done.textContent).toContain(`(version ${GUIDELINES_VERSION})`);
  expect(done.textContent).toContain(
    new Date(stored.at).toLocaleDateString('en-CA', { year: 'numeric', month: 'long', day: 'numeric' }),
  );
  expect(ack.textContent).not.toContain('Your organisation asks');

  fireEvent.click(within(ack).getByRole('button', { name: 'Save as JSON' }));
  await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  const [data, filename, mime] = save.mock.calls[0]!;
  expect(filename).toMatch(/^postwise-acknowledgement-\d{4}-\d\d-\d\d\.json$/);
  expect(mime).toBe('application/json');
  expect(JSON.parse(data)).toMatchObject({ guidelinesVersion: GUIDELINES_VERSION, department: 'Agriculture' });
  expect(data).not.toMatch(/Zebra|kayak/);
  fireEvent.click(within(ack).getByRole('button', { name: 'Save as CSV' }));
  await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
  expect(save.mock.calls[1]![0]).not.toMatch(/Zebra|kayak/);
  expect(await within(ack).findByText(/^Saved as postwise-acknowledgement-.*\.csv\.$/)).toBeTruthy();
});

test('in French', async () => {
  await renderWelcome({ user: { language: 'fr' } });
  expect(screen.getByRole('heading', { level: 1, name: 'Bienvenue dans Postwise' })).toBeTruthy();
  expect(screen.getByTestId('what').textContent).toContain('Il ne bloque rien');
  expect(within(screen.getByTestId('point-privacy')).getByRole('link').textContent).toBe(
    'Lire « Directives de la politique » dans la politique',
  );
  expect(
    within(screen.getByTestId('acknowledgement')).getByRole('button', { name: 'J’ai lu les lignes directrices' }),
  ).toBeTruthy();
  await waitFor(() => expect(document.title).toBe('Bienvenue dans Postwise'));
});
