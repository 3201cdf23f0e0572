/**
 * The moderation chunk: moderation assist's code (comment finders, scanner, marks), kept out of
 * the sites' content scripts. entrypoints/content/moderation.ts imports it on demand, in the
 * content script's world, where it leaves its start function (an unlisted script has no exports).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startModerationPage } from './content/moderation-page';
import { CHUNK_GLOBAL } from './content/moderation-types';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[CHUNK_GLOBAL] = startModerationPage;
});
