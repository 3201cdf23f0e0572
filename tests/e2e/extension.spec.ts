import { test, expect, EXTENSION_ID } from './fixtures';

test('the extension loads with its stable id, two permissions and the three sites only', async ({
  worker,
  extensionId,
}) => {
  expect(extensionId).toBe(EXTENSION_ID);
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.permissions).toEqual(['storage', 'alarms']);
  expect(
    manifest.host_permissions?.every((h: string) => /x\.com|twitter\.com|facebook\.com|youtube\.com/.test(h)),
  ).toBe(true);
});
