/**
 * Managed settings in Firefox ESR, the two ways the admin guide gives
 * (docs/admin-guide.md §6): a per-user managed-storage manifest (under a
 * temporary HOME, no root needed) and the enterprise policies file
 * `policies.json` → `3rdparty` → `Extensions` → the gecko id (machine-wide, so
 * only as root, as in CI). The popup and the options page show what the
 * policy sets and locks, report an invalid value and use its default; the
 * same expectations as Chromium's (tests/scenarios/extension.ts). The admin
 * guide's own sample files are used as they are. No person's settings here
 * (`baseline: false`): what is shown comes from the policy or the defaults.
 */
import { accessSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { GECKO_ID, ROOT, launch, type Session } from './harness';
import { until } from './scenarios';
import { MANAGED, MANAGED_SHOWN } from '../scenarios/extension';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

type Browser = { browser: typeof chrome };

/** The text of `[data-testid=id]` once it contains every part (the pages load settings asynchronously). */
async function shows(page: Page, id: string, ...parts: string[]): Promise<string> {
  return until(
    `[data-testid="${id}"] showing ${JSON.stringify(parts)}`,
    () => page.$eval(`[data-testid="${id}"]`, (e) => e.textContent ?? ''),
    (text) => parts.every((p) => text.includes(p)),
    15_000,
  );
}

/** An options-page field, by its setting and its label: value and whether it can be changed. */
function field(page: Page, setting: string, label: string) {
  return page.evaluate(
    (s: string, l: string) => {
      const labels = document.querySelectorAll(`[data-testid="setting-${s}"] label`);
      const found = [...labels].find((x) => x.querySelector('span')?.textContent?.trim() === l);
      const control = found?.querySelector<HTMLInputElement>('input, select, textarea');
      return control ? { value: control.value, disabled: control.matches(':disabled') } : null;
    },
    setting,
    label,
  );
}

const sample = (name: string) => JSON.parse(readFileSync(join(ROOT, 'docs/policies', name), 'utf8'));

test('a per-user managed-storage manifest: the popup shows the contact, and reports the invalid value', async () => {
  session = await launch({ managed: MANAGED, baseline: false });
  const popup = await session.openExtensionPage('popup.html');
  const shown = MANAGED_SHOWN.popup;
  await shows(popup, 'contact', ...shown.contact);
  await shows(popup, 'before-posting', shown.beforePosting);
  await shows(popup, 'problems', shown.problem);
  expect(await popup.evaluate(() => (globalThis as unknown as Browser).browser.storage.managed.get())).toEqual(MANAGED);
});

test('the options page shows the locked settings as locked, and the default for the invalid one', async () => {
  session = await launch({ managed: MANAGED, baseline: false });
  const options = await session.openExtensionPage('options.html');
  const shown = MANAGED_SHOWN.options;
  await shows(options, 'locked-commsContact', shown.locked);
  expect(await field(options, 'commsContact', 'Name')).toEqual({ value: shown.contactName, disabled: true });
  expect(
    await options.$eval('[data-testid="setting-reviewBeforePosting"] input[type="checkbox"]', (c) =>
      c.matches(':disabled'),
    ),
  ).toBe(true);
  await shows(options, 'locked-list', shown.lockedList);
  await shows(options, 'problems', shown.problem);
  expect(await field(options, 'workHours', 'Time zone')).toEqual({ value: shown.defaultTimeZone, disabled: false });
});

test('the admin guide’s managed-storage sample works as it is', async () => {
  const manifest = sample('firefox-managed-storage.json');
  expect(manifest.name).toBe(GECKO_ID);
  session = await launch({ managedManifest: manifest, baseline: false });
  const popup = await session.openExtensionPage('popup.html');
  await shows(popup, 'contact', manifest.data.commsContact.name, manifest.data.commsContact.phone);
  expect(await popup.evaluate(() => (globalThis as unknown as Browser).browser.storage.managed.get())).toEqual(
    manifest.data,
  );
  expect(await popup.$('[data-testid="problems"]')).toBeNull();
});

test('without a policy: the defaults, nothing locked', async () => {
  session = await launch({ baseline: false });
  const popup = await session.openExtensionPage('popup.html');
  await shows(popup, 'contact', ...MANAGED_SHOWN.defaults.contact);
  expect(await popup.$('[data-testid="problems"]')).toBeNull();
  const options = await session.openExtensionPage('options.html');
  await until(
    'the contact editable',
    () => field(options, 'commsContact', 'Name'),
    (f) => f?.disabled === false,
  );
  expect(await options.$$('[data-testid^="locked-"]')).toHaveLength(0);
});

/** Machine-wide places on Linux (the admin guide's §6 tables): the policies file, and per-computer managed storage. */
const POLICIES = '/etc/firefox/policies/policies.json';
const MACHINE_STORAGE = `/usr/lib/mozilla/managed-storage/${GECKO_ID}.json`;
/** Folders these tests created (removed afterwards). */
const created: string[] = [];
const canWriteMachineWide = (() => {
  try {
    for (const file of [POLICIES, MACHINE_STORAGE]) {
      const first = mkdirSync(dirname(file), { recursive: true });
      if (first) created.push(first);
      accessSync(dirname(file), constants.W_OK);
    }
    return true;
  } catch {
    return false;
  }
})();
const removeMachineWide = () => {
  for (const file of [POLICIES, MACHINE_STORAGE]) rmSync(file, { force: true });
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
};
// Even if the run is killed between tests, do not leave a machine-wide policy behind.
process.once('exit', removeMachineWide);

describe.skipIf(!canWriteMachineWide)('machine-wide settings (need root, as in CI)', () => {
  afterEach(() => {
    for (const file of [POLICIES, MACHINE_STORAGE]) rmSync(file, { force: true });
  });
  afterAll(removeMachineWide);

  test(`the admin guide’s policies.json sample in ${POLICIES}: 3rdparty → Extensions → gecko id`, async () => {
    // Its ExtensionSettings part would install a signed .xpi from the intranet: only its settings here.
    const policies = sample('firefox-policies.json').policies;
    const settings = policies['3rdparty'].Extensions[GECKO_ID];
    writeFileSync(POLICIES, JSON.stringify({ policies: { '3rdparty': policies['3rdparty'] } }));
    session = await launch({ baseline: false });
    const popup = await session.openExtensionPage('popup.html');
    expect(await popup.evaluate(() => (globalThis as unknown as Browser).browser.storage.managed.get())).toEqual(
      settings,
    );
    await shows(popup, 'contact', settings.commsContact.name, settings.commsContact.phone);
    const options = await session.openExtensionPage('options.html');
    await shows(options, 'locked-list', 'Communications contact (commsContact)');
  });

  test('with both, policies.json wins over a managed-storage manifest', async () => {
    writeFileSync(POLICIES, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: MANAGED } } } }));
    session = await launch({ managed: { department: 'From the per-user manifest' }, baseline: false });
    const popup = await session.openExtensionPage('popup.html');
    await shows(popup, 'before-posting', MANAGED_SHOWN.popup.beforePosting);
  });

  test(`a per-computer managed-storage manifest in ${dirname(MACHINE_STORAGE)}`, async () => {
    writeFileSync(MACHINE_STORAGE, JSON.stringify({ ...sample('firefox-managed-storage.json'), data: MANAGED }));
    session = await launch({ baseline: false });
    const popup = await session.openExtensionPage('popup.html');
    await shows(popup, 'contact', ...MANAGED_SHOWN.popup.contact);
    await shows(popup, 'problems', MANAGED_SHOWN.popup.problem);
  });
});
