/**
 * Settings from a managed policy, end to end in Chromium: a policy file in
 * /etc/chromium/policies/managed/ (machine-wide, so it needs root, as in CI)
 * names Postwise's id; the popup and the options page show what it sets and
 * locks, report an invalid value and use its default. Without the file, the
 * defaults. The file is removed after the tests, even when they fail.
 */
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, EXTENSION_ID } from './fixtures';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'postwise-test.json');

/** Values that pass Chrome's schema; workHours.timeZone fails Postwise's own check. */
const MANAGED = {
  department: 'E2E Department of Testing',
  commsContact: {
    name: 'Casey Example',
    title: 'Communications Director',
    phone: '(902) 555-0199',
    email: 'casey.example@novascotia.ca',
  },
  reviewBeforePosting: true,
  workHours: {
    days: [1, 2, 3, 4, 5],
    start: '08:30',
    end: '16:30',
    timeZone: 'Mars/Olympus',
    holidays: 'ns-civil-service',
  },
  locked: ['commsContact', 'department', 'reviewBeforePosting'],
};

function removePolicy() {
  rmSync(POLICY_FILE, { force: true });
}

const canWrite = (() => {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
})();
// Even if the run is killed between tests, do not leave a machine-wide policy behind.
process.once('exit', removePolicy);

test.describe.serial('with a managed policy', () => {
  test.skip(!canWrite, `needs write access to ${POLICY_DIR} (run as root, as CI does)`);
  test.beforeAll(() => {
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: MANAGED } } }));
  });
  test.afterAll(removePolicy);

  test('Chromium hands the policy to the extension', async ({ worker }) => {
    // The first read after start takes about 3 s.
    const managed = await worker.evaluate(() => chrome.storage.managed.get(null));
    expect(managed).toEqual(MANAGED);
  });

  test('the popup shows the configured contact, and reports the invalid value', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const contact = page.getByTestId('contact');
    await expect(contact).toContainText('Casey Example', { timeout: 15_000 });
    await expect(contact).toContainText('(902) 555-0199');
    await expect(page.getByTestId('before-posting')).toContainText('Your department: E2E Department of Testing');
    await expect(page.getByTestId('problems')).toContainText(
      'timeZone: expected a time zone name such as America/Halifax, found "Mars/Olympus"; the default is used',
    );
  });

  test('the options page shows the locked settings as locked, and the default for the invalid one', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const contact = page.getByTestId('setting-commsContact');
    await expect(contact.getByTestId('locked-commsContact')).toHaveText(
      'Set by your organisation: your organisation’s policy sets this value and locks it.',
      { timeout: 15_000 },
    );
    await expect(contact.getByLabel('Name')).toHaveValue('Casey Example');
    await expect(contact.getByLabel('Name')).toBeDisabled();
    await expect(page.getByTestId('setting-reviewBeforePosting').getByRole('checkbox')).toBeDisabled();
    await expect(page.getByTestId('locked-list')).toContainText('Communications contact (commsContact)');
    // The invalid work hours: reported, and the default in force (and editable).
    await expect(page.getByTestId('problems')).toContainText('Work hours (workHours) in your organisation’s policy');
    const hours = page.getByTestId('setting-workHours');
    await expect(hours.getByLabel('Time zone')).toHaveValue('America/Halifax');
    await expect(hours.getByLabel('Time zone')).toBeEnabled();
  });
});

test.describe('without a policy', () => {
  test.beforeAll(removePolicy);

  test('the popup and the options page show the defaults', async ({ context, extensionId, worker }) => {
    expect(await worker.evaluate(() => chrome.storage.managed.get(null))).toEqual({});
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('contact')).toContainText('Communications Nova Scotia', { timeout: 15_000 });
    await expect(popup.getByTestId('contact')).toContainText('(902) 722-1370');
    await expect(popup.getByTestId('problems')).toHaveCount(0);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const contact = options.getByTestId('setting-commsContact');
    await expect(contact.getByLabel('Name')).toBeEnabled({ timeout: 15_000 });
    await expect(options.locator('[data-testid^="locked-"]')).toHaveCount(0);
    await expect(options.getByTestId('setting-workHours').getByLabel('Time zone')).toHaveValue('America/Halifax');
  });
});
