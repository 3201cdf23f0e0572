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
    { fixture: 'x-pro-deck', url: 'https://pro.x.com/i/decks/1', surfaces: ['reply', 'post'] },
  ],
  facebook: [
    { fixture: 'facebook-comment', url: 'https://www.facebook.com/', surfaces: ['reply', 'comment'] },
    { fixture: 'facebook-page-composer', url: 'https://www.facebook.com/acme.bakery', surfaces: ['post'] },
    { fixture: 'facebook-fr', url: 'https://www.facebook.com/?locale=fr_CA', surfaces: ['reply', 'comment', 'post'] },
    { fixture: 'facebook-reply-de', url: 'https://www.facebook.com/?locale=de_DE', surfaces: ['reply', 'comment'] },
    { fixture: 'facebook-messenger-tab', url: 'https://www.facebook.com/', surfaces: [] },
    { fixture: 'facebook-changed-layout', url: 'https://www.facebook.com/', surfaces: [] },
    {
      fixture: 'facebook-business-composer',
      url: 'https://business.facebook.com/latest/composer/?asset_id=1234567890',
      surfaces: ['post'],
    },
    {
      fixture: 'facebook-business-inbox',
      url: 'https://business.facebook.com/latest/inbox/all?asset_id=1234567890&thread_type=FB_MESSAGE',
      surfaces: [],
    },
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
    {
      fixture: 'youtube-studio-comments',
      url: 'https://studio.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kl/comments/inbox',
      surfaces: ['reply', 'reply'],
    },
  ],
};

/** How long to watch a page where no box must appear (the content script runs at document_idle). */
export const NOTHING_AFTER_MS = 500;

const LEXICAL_BOX = '<div contenteditable="true" role="textbox" data-lexical-editor="true">hi</div>';

/**
 * Pages where Postwise stays away even when the person types into them (so
 * neither an adapter nor the generic layer): another site, Messenger,
 * a Messenger chat tab on Facebook, Business Suite's inbox. `html` is the
 * page, or the name of a saved site fixture.
 */
export const STAY_AWAY: { url: string; html: string; editor: string }[] = [
  { url: 'https://example.org/', html: `<html><body>${LEXICAL_BOX}</body></html>`, editor: '[contenteditable]' },
  {
    url: 'https://www.facebook.com/messages/t/123',
    html: `<html><body><div role="dialog">${LEXICAL_BOX}</div></body></html>`,
    editor: '[contenteditable]',
  },
  { url: 'https://www.facebook.com/', html: 'facebook-messenger-tab', editor: '[contenteditable]' },
  {
    url: 'https://business.facebook.com/latest/inbox/all?asset_id=1234567890&thread_type=FB_MESSAGE',
    html: 'facebook-business-inbox',
    editor: '[contenteditable]',
  },
];

/** What the person types on those pages. */
export const STAY_AWAY_TEXT = ' my number is 902 555 0148';
