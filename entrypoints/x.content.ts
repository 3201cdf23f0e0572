/** Postwise on X: x.com, twitter.com, their mobile hosts, and X Pro (pro.x.com). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { xAdapter } from '@/lib/sites/x';
import { runContent } from './content/main';

export default defineContentScript({
  matches: [
    'https://x.com/*',
    'https://pro.x.com/*',
    'https://twitter.com/*',
    'https://mobile.x.com/*',
    'https://mobile.twitter.com/*',
  ],
  runAt: 'document_idle',
  // The stylesheet goes only inside Postwise's shadow roots (entrypoints/content/mount.tsx).
  cssInjectionMode: 'ui',
  main: (ctx) => runContent(ctx, 'x', [xAdapter]),
});
