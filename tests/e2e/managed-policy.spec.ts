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
import { MANAGED, MANAGED_SHOWN } from '../scenarios/extension';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'postwise-test.json');

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

// No person's settings (the fixture's BASELINE_SETTINGS): what is shown comes from the policy or the defaults.
test.beforeEach(async ({ worker }) => {
  await worker.evaluate(() => chrome.storage.local.remove('userSettings'));
});

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
    const shown = MANAGED_SHOWN.popup;
    await expect(contact).toContainText(shown.contact[0]!, { timeout: 15_000 });
    await expect(contact).toContainText(shown.contact[1]!);
    await expect(page.getByTestId('before-posting')).toContainText(shown.beforePosting);
    await expect(page.getByTestId('problems')).toContainText(shown.problem);
  });

  test('the options page shows the locked settings as locked, and the default for the invalid one', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const shown = MANAGED_SHOWN.options;
    const contact = page.getByTestId('setting-commsContact');
    await expect(contact.getByTestId('locked-commsContact')).toHaveText(shown.locked, { timeout: 15_000 });
    await expect(contact.getByLabel('Name')).toHaveValue(shown.contactName);
    await expect(contact.getByLabel('Name')).toBeDisabled();
    await expect(page.getByTestId('setting-reviewBeforePosting').getByRole('checkbox')).toBeDisabled();
    await expect(page.getByTestId('locked-list')).toContainText(shown.lockedList);
    // The invalid work hours: reported, and the default in force (and editable).
    await expect(page.getByTestId('problems')).toContainText(shown.problem);
    const hours = page.getByTestId('setting-workHours');
    await expect(hours.getByLabel('Time zone')).toHaveValue(shown.defaultTimeZone);
    await expect(hours.getByLabel('Time zone')).toBeEnabled();
  });
});

test.describe('without a policy', () => {
  test.beforeAll(removePolicy);

  test('the popup and the options page show the defaults', async ({ context, extensionId, worker }) => {
    expect(await worker.evaluate(() => chrome.storage.managed.get(null))).toEqual({});
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const [name, phone] = MANAGED_SHOWN.defaults.contact;
    await expect(popup.getByTestId('contact')).toContainText(name!, { timeout: 15_000 });
    await expect(popup.getByTestId('contact')).toContainText(phone!);
    await expect(popup.getByTestId('problems')).toHaveCount(0);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const contact = options.getByTestId('setting-commsContact');
    await expect(contact.getByLabel('Name')).toBeEnabled({ timeout: 15_000 });
    await expect(options.locator('[data-testid^="locked-"]')).toHaveCount(0);
    await expect(options.getByTestId('setting-workHours').getByLabel('Time zone')).toHaveValue('America/Halifax');
  });
});
