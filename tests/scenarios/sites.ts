/**
 * Compose-box detection on the saved site fixtures (tests/fixtures/sites),
 * served at addresses on their site: which `<postwise-guidance>` hosts appear,
 * in document order, and the surface each one reports. Both browsers' suites
 * run these (tests/e2e/detection.spec.ts, tests/firefox/guidance.test.ts).
 * The fixtures are static copies of the sites' markup (no editor runs), and
 * some hold a draft already: the guidance evaluates it on arrival.
 */
import type { Surface } from '../../lib/types';

export interface Detection {
  fixture: string;
  url: string;
  surfaces: Surface[];
}

export const DETECTION: Record<'x' | 'facebook' | 'youtube', Detection[]> = {
  x: [
    { fixture: 'x-home-composer', url: 'https://x.com/home', surfaces: ['post'] },
    { fixture: 'x-compose-modal-thread', url: 'https://x.com/compose/post', surfaces: ['post', 'post', 'post'] },
    { fixture: 'x-reply-inline', url: 'https://x.com/acme/status/1', surfaces: ['reply'] },
    { fixture: 'x-reply-modal-fr', url: 'https://x.com/compose/post', surfaces: ['reply'] },
    { fixture: 'x-quote', url: 'https://x.com/compose/post', surfaces: ['quote'] },
    { fixture: 'x-dm', url: 'https://x.com/i/chat/1-2', surfaces: ['message', 'message'] },
    { fixture: 'x-mobile-compose', url: 'https://mobile.x.com/compose/post', surfaces: ['post'] },
    { fixture: 'x-no-composer', url: 'https://x.com/jane_doe', surfaces: [] },
    { fixture: 'x-changed-layout', url: 'https://x.com/home', surfaces: [] },
  ],
  facebook: [
    { fixture: 'facebook-comment', url: 'https://www.facebook.com/', surfaces: ['reply', 'comment'] },
    { fixture: 'facebook-page-composer', url: 'https://www.facebook.com/acme.bakery', surfaces: ['post'] },
    { fixture: 'facebook-fr', url: 'https://www.facebook.com/?locale=fr_CA', surfaces: ['reply', 'comment', 'post'] },
    { fixture: 'facebook-reply-de', url: 'https://www.facebook.com/?locale=de_DE', surfaces: ['reply', 'comment'] },
    { fixture: 'facebook-messenger-tab', url: 'https://www.facebook.com/', surfaces: [] },
    { fixture: 'facebook-changed-layout', url: 'https://www.facebook.com/', surfaces: [] },
  ],
  youtube: [
    {
      fixture: 'youtube-watch-comment',
      url: 'https://www.youtube.com/watch?v=abc123',
      surfaces: ['comment', 'reply'],
    },
    { fixture: 'youtube-shorts-fr', url: 'https://www.youtube.com/shorts/xyz789', surfaces: ['comment'] },
    { fixture: 'youtube-post', url: 'https://www.youtube.com/@janecooks/posts', surfaces: ['post'] },
    { fixture: 'youtube-live-chat', url: 'https://www.youtube.com/live_chat?v=abc123', surfaces: ['comment'] },
    { fixture: 'youtube-no-box', url: 'https://www.youtube.com/watch?v=abc123', surfaces: [] },
    { fixture: 'youtube-changed-layout', url: 'https://www.youtube.com/watch?v=abc123', surfaces: [] },
  ],
};

/** How long to watch a page where no box must appear (the content script runs at document_idle). */
export const NOTHING_AFTER_MS = 500;
