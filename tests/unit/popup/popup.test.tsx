// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { WorkHoursNow } from '@/components/popup/WorkHoursNow';
import { DEFAULT_DISCLAIMERS, DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { setup, type Setup } from '../ui/harness';

const CONTACT = {
  name: 'Jane Doe',
  title: 'Communications Director',
  phone: '902-555-0100',
  email: 'jane.doe@novascotia.ca',
};

async function renderPopup(options: Setup = {}) {
  const harness = await setup(options);
  const view = render(<PopupApp api={harness.api} />);
  await screen.findByTestId('before-posting');
  return { ...harness, view };
}

test('without a policy, the contact is Communications Nova Scotia, from the policy', async () => {
  await renderPopup();
  const section = screen.getByTestId('before-posting');
  expect(within(section).getByText('Communications Nova Scotia')).toBeTruthy();
  expect(within(section).getByText(/Director, Policy and Corporate Services/)).toBeTruthy();
  expect(within(section).getByText('(902) 722-1370')).toBeTruthy();
  expect(section.textContent).toMatch(/Before granting an interview to a reporter/);
  expect(section.querySelector('a[href="/policy.html#authorization"]')).toBeTruthy();
  expect(screen.queryByTestId('problems')).toBeNull();
});

test('the configured contact from the managed policy replaces the fallback', async () => {
  await renderPopup({ managed: { commsContact: CONTACT, department: 'Agriculture' } });
  const section = screen.getByTestId('before-posting');
  expect(within(section).getByText('Jane Doe')).toBeTruthy();
  expect(within(section).getByText('902-555-0100')).toBeTruthy();
  expect(within(section).getByText('jane.doe@novascotia.ca').getAttribute('href')).toBe(
    'mailto:jane.doe@novascotia.ca',
  );
  expect(section.textContent).toContain('Your department: Agriculture');
  expect(section.textContent).not.toContain('Communications Nova Scotia,');
});

test('an invalid managed value is reported in plain words and its default is used', async () => {
  await renderPopup({ managed: { commsContact: { ...CONTACT, email: 'not-an-email' }, department: 'Agriculture' } });
  const problems = screen.getByTestId('problems');
  expect(problems.textContent).toContain('Communications contact');
  expect(problems.textContent).toContain('commsContact');
  expect(problems.textContent).toContain('in your organisation’s policy');
  expect(problems.textContent).toMatch(/email: expected an email address .*found "not-an-email"; the default is used/);
  // The default contact (the fallback) is shown; the other managed key still applies.
  expect(screen.getByTestId('contact').textContent).toContain('Communications Nova Scotia');
  expect(screen.getByTestId('before-posting').textContent).toContain('Agriculture');
});

test('disclaimers: the policy example first, the organisation’s next; Copy puts the text on the clipboard', async () => {
  const custom = {
    en: 'My posts are my own opinions, not my department’s.',
    fr: 'Mes publications sont mes opinions personnelles.',
  };
  await renderPopup({ managed: { disclaimers: custom } });
  const section = screen.getByTestId('disclaimers');
  const quotes = [...section.querySelectorAll('blockquote')].map((b) => b.textContent);
  expect(quotes).toEqual([DEFAULT_DISCLAIMERS.en, DEFAULT_DISCLAIMERS.fr, custom.en, custom.fr]);
  const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
  fireEvent.click(within(screen.getByTestId('disclaimer-policy-en')).getByRole('button', { name: /^Copy/ }));
  await waitFor(() => expect(writeText).toHaveBeenCalledWith(DEFAULT_DISCLAIMERS.en));
  expect(await within(screen.getByTestId('disclaimer-policy-en')).findByText('Copied.')).toBeTruthy();
});

test('Insert sends the disclaimer to the tab’s compose box and shows the answer', async () => {
  const { sendToTab } = await renderPopup({ url: 'https://x.com/compose/post' });
  const item = screen.getByTestId('disclaimer-policy-fr');
  fireEvent.click(within(item).getByRole('button', { name: /^Insert/ }));
  expect(await within(item).findByText('Inserted in the compose box.')).toBeTruthy();
  expect(sendToTab).toHaveBeenCalledWith(7, { type: 'postwise:insert', text: DEFAULT_DISCLAIMERS.fr });
});

test('a failed Insert shows the reason', async () => {
  await renderPopup({ url: 'https://x.com/home', insertAnswer: { ok: false, reason: 'no compose box is open' } });
  const item = screen.getByTestId('disclaimer-policy-en');
  fireEvent.click(within(item).getByRole('button', { name: /^Insert/ }));
  expect(await within(item).findByText('Not inserted: no compose box is open.')).toBeTruthy();
});

test('Insert into a tab without Postwise running says to reload the page', async () => {
  await renderPopup({ url: 'https://www.youtube.com/watch?v=1', insertAnswer: 'none' });
  const item = screen.getByTestId('disclaimer-policy-en');
  fireEvent.click(within(item).getByRole('button', { name: /^Insert/ }));
  expect(
    await within(item).findByText(/Not inserted: Postwise is not running on this page yet; reload the page/),
  ).toBeTruthy();
});

test('Insert is off on a page Postwise does not guide', async () => {
  await renderPopup({ url: 'https://example.org/' });
  const button = within(screen.getByTestId('disclaimer-policy-en')).getByRole('button', { name: /^Insert/ });
  expect((button as HTMLButtonElement).disabled).toBe(true);
  expect(screen.getByTestId('tab').textContent).toContain('nothing to check on this page');
});

/** What the content script on X tells the popup about its box. */
const X_TAB_STATE = {
  site: 'x' as const,
  account: 'personal' as const,
  accountSource: 'default' as const,
  accountLocked: false,
  boxes: 1,
  counts: { high: 1, warning: 2, info: 0 },
  rules: ['personal-info' as const],
};

test('the tab: site, account switch and counts by severity from the content script', async () => {
  const tabState = X_TAB_STATE;
  await renderPopup({ url: 'https://x.com/home', tabState });
  const tab = screen.getByTestId('tab');
  expect(tab.textContent).toContain('Site: X');
  expect(screen.getByTestId('counts').textContent).toBe('Open compose box: High 1Warning 2Info 0');
  expect(screen.getByTestId('recognition').textContent).toBe('Postwise recognises this compose box precisely.');
  const official = within(tab).getByRole('radio', { name: /Official/ });
  fireEvent.click(official);
  await waitFor(async () =>
    expect((await fakeBrowser.storage.local.get('accountChoices')).accountChoices).toEqual({ x: 'official' }),
  );
});

test('the tab says when the compose box is recognised only generically', async () => {
  const tabState = { ...X_TAB_STATE, site: 'youtube' as const, recognition: 'generic' as const };
  await renderPopup({ url: 'https://www.youtube.com/watch?v=1', tabState });
  const line = screen.getByTestId('recognition');
  expect(line.getAttribute('data-recognition')).toBe('generic');
  expect(line.textContent).toContain('only generically');
  expect(line.textContent).toContain('follows only the keyboard');
});

test('the account switch is hidden when the organisation does not allow it', async () => {
  await renderPopup({ url: 'https://www.facebook.com/', managed: { allowAccountSwitch: false } });
  const tab = screen.getByTestId('tab');
  expect(within(tab).queryByRole('radio')).toBeNull();
  expect(screen.getByTestId('account').textContent).toContain('set by your organisation');
});

test('in French', async () => {
  await renderPopup({ user: { language: 'fr' } });
  expect(screen.getByRole('heading', { name: 'Avant de publier au sujet du travail' })).toBeTruthy();
  expect(screen.getByTestId('contact').textContent).toContain('Communications Nouvelle-Écosse');
  expect(screen.getByTestId('colleague').textContent).toContain('Signalez-la à votre gestionnaire');
  expect(screen.getByRole('link', { name: 'Lire la politique' }).getAttribute('href')).toBe('/policy.html');
});

test('what to do about a colleague’s post, with a link to Compliance', async () => {
  await renderPopup();
  const section = screen.getByTestId('colleague');
  expect(section.textContent).toContain('Report it to your manager, supervisor or Communications Director.');
  expect(section.querySelector('a[href="/policy.html#compliance"]')).toBeTruthy();
});

test('work hours now, and holidays by name', () => {
  const hours = DEFAULT_SETTINGS.workHours;
  const { rerender } = render(<WorkHoursNow workHours={hours} lang="en" now={new Date('2026-11-24T10:15:00-04:00')} />);
  expect(screen.getByTestId('work-hours').textContent).toMatch(/^Work hours now \(08:30–16:30\)/);
  rerender(<WorkHoursNow workHours={hours} lang="en" now={new Date('2026-12-25T10:15:00-04:00')} />);
  expect(screen.getByTestId('work-hours').textContent).toContain('Holiday today: Christmas Day.');
  rerender(<WorkHoursNow workHours={hours} lang="fr" now={new Date('2026-12-25T10:15:00-04:00')} />);
  expect(screen.getByTestId('work-hours').textContent).toContain('Jour férié aujourd’hui : Noël.');
  rerender(<WorkHoursNow workHours={hours} lang="en" now={new Date('2026-11-24T20:00:00-04:00')} />);
  expect(screen.getByTestId('work-hours').textContent).toContain('Outside work hours');
});

describe('comments that may need moderation on this page', () => {
  test('the count from the page, with the reasons', async () => {
    await renderPopup({
      url: 'https://www.facebook.com/ExampleDepartmentNS/posts/1',
      moderation: { counts: { profanity: 2, 'personal-info': 1 }, total: 3 },
    });
    const line = screen.getByTestId('moderation-count');
    expect(within(line).getByText('3 comments may need moderation on this page')).toBeTruthy();
    expect([...line.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Personal information: 1',
      'Profane language: 2',
    ]);
  });

  test('in French, one comment', async () => {
    await renderPopup({
      url: 'https://www.youtube.com/watch?v=abc',
      managed: { language: 'fr' },
      moderation: { counts: { threat: 1 } },
    });
    expect(screen.getByTestId('moderation-count').textContent).toContain(
      '1 commentaire pourrait nécessiter une modération sur cette page',
    );
  });

  test('nothing when the page reported none, or when moderation assist is off', async () => {
    await renderPopup({ url: 'https://x.com/ExampleNS/status/1' });
    expect(screen.queryByTestId('moderation-count')).toBeNull();
    await renderPopup({
      url: 'https://x.com/ExampleNS/status/1',
      user: { moderation: 'off' },
      moderation: { counts: { spam: 2 } },
    });
    expect(screen.queryByTestId('moderation-count')).toBeNull();
  });
});
