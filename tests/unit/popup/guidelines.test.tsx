// @vitest-environment happy-dom
/** The popup's guidelines: whether and when the person confirmed they read them (issue 12). */
import { render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { GUIDELINES_VERSION } from '@/lib/welcome/version';
import { setup, type Setup } from '../ui/harness';

async function renderPopup(options: Setup = {}) {
  const harness = await setup(options);
  render(<PopupApp api={harness.api} />);
  await screen.findByTestId('before-posting');
  return harness;
}

const AT = Date.UTC(2026, 2, 3, 14, 5);

describe('the guidelines', () => {
  test('not yet confirmed: a link to the welcome page', async () => {
    await renderPopup();
    const section = await screen.findByTestId('guidelines');
    expect(section.getAttribute('data-status')).toBe('none');
    expect(section.textContent).toContain('You have not yet confirmed that you read the guidelines.');
    const link = within(section).getByRole('link', { name: 'Read the guidelines (a few minutes)' });
    expect(link.getAttribute('href')).toBe('/welcome.html');
  });

  test('required by the organisation', async () => {
    await renderPopup({ managed: { welcome: 'require' } });
    expect((await screen.findByTestId('guidelines')).textContent).toContain(
      'Your organisation asks you to read the guidelines and confirm it.',
    );
  });

  test('confirmed: the date, and the export one click away; it follows a confirmation made elsewhere', async () => {
    await renderPopup();
    await screen.findByTestId('guidelines');
    await fakeBrowser.storage.local.set({ acknowledgement: { version: GUIDELINES_VERSION, at: AT } });
    await waitFor(() => expect(screen.getByTestId('guidelines').getAttribute('data-status')).toBe('current'));
    const section = screen.getByTestId('guidelines');
    expect(section.textContent).toContain('You confirmed on March 3, 2026 that you read the guidelines.');
    expect(within(section).getByRole('link').getAttribute('href')).toBe('/welcome.html#acknowledgement');
  });

  test('confirmed for older guidelines: read them again; in French', async () => {
    await renderPopup({ user: { language: 'fr' } });
    await fakeBrowser.storage.local.set({ acknowledgement: { version: '2010-09-01.1', at: AT } });
    await waitFor(() => expect(screen.getByTestId('guidelines').getAttribute('data-status')).toBe('outdated'));
    const section = screen.getByTestId('guidelines');
    expect(section.textContent).toContain(
      'Les lignes directrices ont changé depuis votre confirmation du 3 mars 2026.',
    );
    expect(within(section).getByRole('link', { name: 'Les relire' })).toBeTruthy();
  });
});
