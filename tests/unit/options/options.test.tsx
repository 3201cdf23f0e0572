// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { GROUPS } from '@/lib/settings/fields';
import { SETTING_KEYS } from '@/lib/settings/schema';
import { USER_KEY } from '@/lib/background/settings-store';
import { setup, type Setup } from '../ui/harness';

async function renderOptions(options: Setup = {}) {
  const harness = await setup(options);
  render(<OptionsApp api={harness.api} />);
  await screen.findByTestId('group-general');
  return harness;
}

const fieldset = (key: string) => screen.getByTestId(`setting-${key}`) as HTMLFieldSetElement;
const stored = async () => (await fakeBrowser.storage.local.get(USER_KEY))[USER_KEY] as Record<string, unknown>;

test('every setting is on the page, in its group', async () => {
  await renderOptions();
  for (const g of GROUPS) expect(screen.getByTestId(`group-${g}`)).toBeTruthy();
  for (const k of SETTING_KEYS) expect(fieldset(k)).toBeTruthy();
});

test('a setting the organisation set and locked is disabled, with "Set by your organisation" and why', async () => {
  await renderOptions({
    managed: {
      commsContact: { name: 'Jane Doe', title: 'Director', phone: '', email: '' },
      reviewBeforePosting: true,
      locked: ['commsContact', 'reviewBeforePosting', 'workHours'],
    },
  });
  const contact = fieldset('commsContact');
  expect(contact.disabled).toBe(true);
  expect(within(contact).getByTestId('locked-commsContact').textContent).toBe(
    'Set by your organisation: your organisation’s policy sets this value and locks it.',
  );
  expect((within(contact).getByLabelText('Name') as HTMLInputElement).value).toBe('Jane Doe');
  expect(within(fieldset('workHours')).getByTestId('locked-workHours').textContent).toContain(
    'locks this setting at its default',
  );
  expect(fieldset('department').disabled).toBe(false);
  expect(screen.getByTestId('locked-list').textContent).toContain('Communications contact (commsContact)');
});

test('a managed value that is not locked is read-only too: it wins over the person’s', async () => {
  await renderOptions({ managed: { department: 'Health' } });
  expect(fieldset('department').disabled).toBe(true);
  expect(within(fieldset('department')).getByTestId('locked-department').textContent).toContain('takes precedence');
});

test('an invalid managed value is reported, and its default is shown', async () => {
  await renderOptions({
    managed: {
      workHours: { days: [1, 2, 3, 4, 5], start: '08:30', end: '16:30', timeZone: 'Mars/Olympus', holidays: 'none' },
    },
  });
  const problems = screen.getByTestId('problems');
  expect(problems.textContent).toContain('Work hours (workHours) in your organisation’s policy');
  expect(problems.textContent).toContain(
    'timeZone: expected a time zone name such as America/Halifax, found "Mars/Olympus"; the default is used',
  );
  expect((within(fieldset('workHours')).getByLabelText('Time zone') as HTMLInputElement).value).toBe('America/Halifax');
  // The default is in force, so the person may still change it.
  expect(fieldset('workHours').disabled).toBe(false);
});

test('saving sends the changed settings through the background, which stores them', async () => {
  await renderOptions();
  const general = screen.getByTestId('group-general');
  fireEvent.input(within(fieldset('department')).getByLabelText('Department'), { target: { value: 'Environment' } });
  fireEvent.change(within(general).getByLabelText('Language'), { target: { value: 'fr' } });
  fireEvent.click(within(general).getByRole('button', { name: /^Save/ }));
  await waitFor(async () => expect(await stored()).toEqual({ department: 'Environment', language: 'fr' }));
  // The page follows the new language.
  expect(await screen.findByRole('heading', { name: 'Réglages de Postwise' })).toBeTruthy();
  expect(within(screen.getByTestId('group-general')).getByRole('status').textContent).toBe('Enregistré.');
});

test('what the background refuses is explained in plain words', async () => {
  await renderOptions();
  const section = screen.getByTestId('group-contact');
  fireEvent.input(within(section).getByLabelText('Email'), { target: { value: 'jane at home' } });
  fireEvent.click(within(section).getByRole('button', { name: /^Save/ }));
  const status = await within(section).findByText(/Not saved/);
  expect(status.closest('[role=status]')!.textContent).toContain(
    'Communications contact: email: expected an email address such as name@novascotia.ca (or nothing), found "jane at home"',
  );
});

test('lists and rules are editable from the keyboard with native controls', async () => {
  await renderOptions();
  const accounts = fieldset('officialAccounts');
  fireEvent.click(within(accounts).getByRole('button', { name: 'Add: account' }));
  fireEvent.change(within(accounts).getByLabelText('Site'), { target: { value: 'x' } });
  fireEvent.input(within(accounts).getByLabelText('Handle or page name'), { target: { value: '@NSAgriculture' } });
  fireEvent.click(within(screen.getByTestId('group-accounts')).getByRole('button', { name: /^Save/ }));
  await waitFor(async () =>
    expect((await stored()).officialAccounts).toEqual([{ site: 'x', handle: '@NSAgriculture' }]),
  );

  const rules = screen.getByTestId('group-rules');
  fireEvent.click(within(rules).getByLabelText('Personal posting during work hours: On'));
  fireEvent.change(within(rules).getByLabelText('Disclaimer: Severity'), { target: { value: 'warning' } });
  fireEvent.click(within(rules).getByRole('button', { name: /^Save/ }));
  await waitFor(async () =>
    expect((await stored()).rules).toEqual({ 'work-hours': { enabled: false }, disclaimer: { severity: 'warning' } }),
  );

  const hours = fieldset('workHours');
  fireEvent.click(within(hours).getByLabelText('Friday'));
  fireEvent.click(within(screen.getByTestId('group-workHours')).getByRole('button', { name: /^Save/ }));
  await waitFor(async () => expect((await stored()).workHours).toMatchObject({ days: [1, 2, 3, 4] }));
});

test('in French', async () => {
  await renderOptions({ managed: { language: 'fr', department: 'Santé', locked: ['language'] } });
  expect(screen.getByRole('heading', { name: 'Réglages de Postwise' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Avant de publier au sujet du travail' })).toBeTruthy();
  expect(within(fieldset('language')).getByTestId('locked-language').textContent).toContain(
    'Réglé par votre organisation',
  );
});

test('reminders as notifications ask for the permission in the click, then save with the section', async () => {
  await renderOptions();
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
  const reminders = fieldset('reminders');
  fireEvent.click(within(reminders).getByLabelText(/browser notifications/));
  await waitFor(() => expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] }));
  fireEvent.click(within(screen.getByTestId('group-workHours')).getByRole('button', { name: /^Save/ }));
  await waitFor(async () => expect((await stored()).reminders).toMatchObject({ via: 'notification' }));
});

test('moderation assist: on or off, saved with its section, and locked when the organisation says so', async () => {
  await renderOptions();
  const field = fieldset('moderation');
  const select = within(field).getByLabelText('Moderation assist') as HTMLSelectElement;
  expect(select.value).toBe('on');
  expect([...select.options].map((o) => o.textContent)).toEqual(['On', 'Off']);
  expect(field.textContent).toContain('Criticism of government is never marked');
  fireEvent.change(select, { target: { value: 'off' } });
  fireEvent.click(within(screen.getByTestId('group-accounts')).getByRole('button', { name: /^Save/ }));
  await waitFor(async () => expect((await stored()).moderation).toBe('off'));
});

test('moderation assist locked by the organisation, in French', async () => {
  await renderOptions({ managed: { language: 'fr', moderation: 'off', locked: ['moderation'] } });
  const field = fieldset('moderation');
  expect(field.disabled).toBe(true);
  expect((within(field).getByLabelText('Aide à la modération') as HTMLSelectElement).value).toBe('off');
  expect(within(field).getByTestId('locked-moderation').textContent).toContain('Réglé par votre organisation');
});
