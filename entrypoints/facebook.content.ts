/** Postwise on Facebook (every *.facebook.com host but Messenger) and Meta Business Suite. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { businessSuiteAdapter, facebookAdapter } from '@/lib/sites/facebook';
import { runContent } from './content/main';

export default defineContentScript({
  matches: ['https://*.facebook.com/*'],
  runAt: 'document_idle',
  // The stylesheet goes only inside Postwise's shadow roots (entrypoints/content/mount.tsx).
  cssInjectionMode: 'ui',
  main: (ctx) => runContent(ctx, 'facebook', [facebookAdapter, businessSuiteAdapter]),
});
