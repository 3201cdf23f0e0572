/**
 * A throwaway extension that does what Postwise must never do: it fetches
 * from its background page as soon as it starts, and from a content script on
 * every x.com page. The no-network test must catch both (guidance.test.ts),
 * or it proves nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where each part of the canary phones home. */
export const CANARY = {
  background: 'https://canary-background.postwise.test/phone-home',
  content: 'https://canary-content.postwise.test/phone-home',
};

/** Writes the canary (Manifest V2, like Postwise in Firefox) to a temporary folder and returns it. */
export function writeCanary(): string {
  const dir = mkdtempSync(join(tmpdir(), 'postwise-canary-'));
  const manifest = {
    manifest_version: 2,
    name: 'Network canary (Postwise tests)',
    version: '1.0',
    browser_specific_settings: { gecko: { id: 'canary@postwise.test' } },
    permissions: ['https://*.postwise.test/*'],
    background: { scripts: ['background.js'] },
    content_scripts: [{ matches: ['https://x.com/*'], js: ['content.js'] }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), `fetch(${JSON.stringify(CANARY.background)}).catch(() => {});\n`);
  writeFileSync(join(dir, 'content.js'), `fetch(${JSON.stringify(CANARY.content)}).catch(() => {});\n`);
  return dir;
}
