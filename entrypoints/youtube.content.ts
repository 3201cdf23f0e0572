/** Postwise on YouTube and YouTube Studio, in every frame: the live chat is a same-origin frame. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { youtubeAdapter } from '@/lib/sites/youtube';
import { runContent } from './content/main';

export default defineContentScript({
  matches: ['https://*.youtube.com/*'],
  allFrames: true,
  runAt: 'document_idle',
  // The stylesheet goes only inside Postwise's shadow roots (entrypoints/content/mount.tsx).
  cssInjectionMode: 'ui',
  main: (ctx) => runContent(ctx, 'youtube', [youtubeAdapter]),
});
