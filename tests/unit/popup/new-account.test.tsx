// @vitest-environment happy-dom
/** Marking an account as official in the popup: new accounts need Communications Nova Scotia's approval (issue 12). */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { PopupApp } from '@/components/popup/PopupApp';
import type { TabState } from '@/lib/messaging';
import { setup, type Setup } from '../ui/harness';

async function renderPopup(options: Setup = {}) {
  const harness = await setup(options);
  render(<PopupApp api={harness.api} />);
  await screen.findByTestId('before-posting');
  return harness;
}

const FB_STATE: TabState = {
  site: 'facebook',
  account: 'personal',
  accountSource: 'default',
  accountLocked: false,
  boxes: 1,
  counts: { high: 0, warning: 0, info: 0 },
  rules: [],
};

describe('marking an account as official', () => {
  test('an account not in the organisation’s list: approval by Communications Nova Scotia, and whom to ask', async () => {
    await renderPopup({
      url: 'https://www.facebook.com/',
      tabState: FB_STATE,
      managed: {
        officialAccounts: [
          { site: 'facebook', handle: 'Example Department NS' },
          { site: 'x', handle: '@Ex' },
        ],
      },
    });
    const tab = screen.getByTestId('tab');
    expect(screen.queryByTestId('new-account')).toBeNull();
    fireEvent.click(within(tab).getByRole('radio', { name: /Official/ }));
    const notice = await screen.findByTestId('new-account');
    expect(notice.textContent).toContain(
      'This account is not one of the official Facebook accounts your organisation listed: Example Department NS.',
    );
    expect(notice.textContent).toContain(
      'New government social media accounts must be approved by Communications Nova Scotia before they are used.',
    );
    expect(within(notice).getByTestId('contact').textContent).toContain('(902) 722-1370');
    expect(notice.querySelector('a[href="/policy.html#policy-directives"]')).toBeTruthy();
    fireEvent.click(within(tab).getByRole('radio', { name: /Personal/ }));
    await waitFor(() => expect(screen.queryByTestId('new-account')).toBeNull());
  });

  test('no list at all; the department’s communications contact to ask; in French', async () => {
    await renderPopup({
      url: 'https://x.com/home',
      tabState: { ...FB_STATE, site: 'x', account: 'official', accountSource: 'person' },
      user: { language: 'fr' },
      managed: { commsContact: { name: 'Jane Doe', title: 'Directrice des communications', phone: '', email: '' } },
    });
    const notice = await screen.findByTestId('new-account');
    expect(notice.textContent).toContain('Votre organisation n’a indiqué aucun compte X officiel.');
    expect(notice.textContent).toContain('doivent être approuvés par Communications Nouvelle-Écosse');
    expect(within(notice).getByTestId('contact').textContent).toContain('Jane Doe');
  });

  test('not for an account the organisation listed (recognised on the page)', async () => {
    await renderPopup({
      url: 'https://x.com/home',
      tabState: { ...FB_STATE, site: 'x', account: 'official', accountSource: 'official-match' },
    });
    expect(screen.getByTestId('account').textContent).toContain('an official account your organisation listed');
    expect(screen.queryByTestId('new-account')).toBeNull();
  });
});
