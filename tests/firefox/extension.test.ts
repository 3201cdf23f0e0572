/** Postwise in Firefox ESR: the background answers, settings come from managed storage. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION, GECKO_ID, launch, type Session } from './harness';

let session: Session;
afterEach(async () => {
  await session?.close();
});

test('the background evaluates a draft sent from an extension page', async () => {
  session = await launch();
  const page = await session.openExtensionPage('popup.html');
  const findings = (await page.evaluate(async () => {
    const answer = (await (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({
      type: 'evaluate',
      text: 'Vote Liberal on election day. Text me at 902 555 0148.',
      context: { account: 'personal', site: 'x', surface: 'post', at: '2026-11-28T20:00:00-04:00' },
    })) as { findings: Array<{ rule: string }> };
    return answer.findings.map((f) => f.rule).sort();
  })) as string[];
  expect(findings).toEqual(['partisan', 'personal-info']);
});

test('managed storage from the per-user manifest reaches the settings, and an invalid value is reported', async () => {
  session = await launch({
    managed: {
      commsContact: {
        name: 'Jane Doe',
        title: 'Communications Director',
        phone: '902-555-0100',
        email: 'not-an-email',
      },
      department: 'Agriculture',
      reviewBeforePosting: false,
    },
  });
  const page = await session.openExtensionPage('popup.html');
  const answer = (await page.evaluate(async () =>
    (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({ type: 'settings' }),
  )) as {
    settings: { department: string; reviewBeforePosting: boolean; commsContact: { name: string } };
    problems: Array<{ key: string }>;
  };
  expect(answer.settings.department).toBe('Agriculture');
  expect(answer.settings.reviewBeforePosting).toBe(false);
  // The contact's email is invalid: the whole contact falls back to its default, and the problem is reported.
  expect(answer.settings.commsContact.name).toBe('');
  expect(answer.problems.map((p) => p.key)).toContain('commsContact');
});

test('the Firefox build: MV2 with its gecko id, two permissions, the three sites only, granted at install', async () => {
  // The manifest as deployed (the .xpi holds this file)...
  const built = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'));
  expect(built.manifest_version).toBe(2);
  expect(built.browser_specific_settings.gecko).toEqual({
    id: GECKO_ID,
    strict_min_version: '115.0',
    data_collection_permissions: { required: ['none'] },
  });
  const api = built.permissions.filter((p: string) => !p.includes('://'));
  const hosts = built.permissions.filter((p: string) => p.includes('://'));
  expect(api).toEqual(['storage', 'alarms']);
  expect(hosts.every((h: string) => /^https:\/\/(\*\.)?(x|twitter|facebook|youtube)\.com\/\*$/.test(h))).toBe(true);
  expect(built.optional_permissions).toEqual(['notifications']);

  // ...and as Firefox read it: a persistent background page, and the sites granted without asking anyone.
  session = await launch();
  const page = await session.openExtensionPage('popup.html');
  const seen = await page.evaluate(async (origins: string[]) => {
    const b = (globalThis as unknown as { browser: typeof chrome }).browser;
    const m = b.runtime.getManifest() as unknown as {
      applications: { gecko: { id: string; data_collection_permissions: { required: string[] } } };
      background: { persistent: boolean };
    };
    return {
      id: m.applications.gecko.id,
      dataCollection: m.applications.gecko.data_collection_permissions.required,
      persistent: m.background.persistent,
      granted: await b.permissions.contains({ origins }),
    };
  }, hosts);
  expect(seen).toEqual({ id: GECKO_ID, dataCollection: ['none'], persistent: true, granted: true });
});

test('the extension pages work in Firefox: popup, options, policy, and the practice page’s guidance', async () => {
  session = await launch();
  const s = session;
  const ready = async (path: string, selector: string) => {
    const page = await s.openExtensionPage(path);
    await page.waitForSelector(selector, { timeout: 15_000 });
    return page;
  };
  await ready('popup.html', '[data-testid="before-posting"]');
  await ready('options.html', '[data-testid="group-general"]');
  await ready('policy.html#authorization', '#toc-title');
  const practice = await ready('practice.html', 'main button');
  const example = await practice.waitForSelector(
    'main button::-p-text(Try this example: Someone’s personal information)',
  );
  await example!.click();
  const badge = await practice.waitForSelector('[data-testid="guidance-host"] >>> button.badge', { timeout: 15_000 });
  await badge!.click();
  await practice.waitForSelector('[data-testid="guidance-host"] >>> .panel', { visible: true });
});
