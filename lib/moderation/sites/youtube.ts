/**
 * Comments and replies under a YouTube video (watch page) and in YouTube Studio's comments page.
 * Tag names and ids, which do not change with the interface language (compose-boxes.md §3):
 * - a comment is `ytd-comment-view-model` (older `ytd-comment-renderer`); replies are the same
 *   element inside `ytd-comment-replies-renderer`; in Studio, `ytcp-comment` [S];
 * - its author is `#author-text` (the @handle, linking to /@handle), in Studio the header's
 *   `#name` [I]; its text `#content-text` (`yt-attributed-string`, formerly
 *   `yt-formatted-string`, emoji as `<img alt>`);
 * - the video's owner is the owner row's channel link (`ytd-video-owner-renderer`); the owner
 *   row shows Analytics and Edit video, links to Studio, only to the channel itself [I];
 * - Studio shows only the channel's own videos' comments: the channel named in its drawer [S].
 * The channel's own comments carry its name or handle, or the creator badge.
 */
import { textOf } from '../../sites/dom';
import { signedIn } from '../../sites/youtube';
import type { Identity } from '../../sites/types';
import { closest, collect, shownText } from './common';
import type { CommentSite, Owner } from './types';

const COMMENT = 'ytd-comment-view-model, ytd-comment-renderer, ytcp-comment';
const AUTHOR = '#author-text, #name, .author-text';
const OWNER_ROW = 'ytd-watch-metadata #owner, #owner';
const OWNER_LINK = 'ytd-channel-name a, ytd-video-owner-renderer a[href^="/@"]';
// [I] the owner-only buttons beside the channel's name link to the video in Studio
const OWNER_ONLY = 'a[href*="studio.youtube.com/video/"]';
const STUDIO_CHANNEL = 'ytcp-navigation-drawer #entity-name';
const CREATOR_BADGE = 'ytd-author-comment-badge-renderer, ytcp-author-comment-badge';

/** The comment's own descendant matching `selector` (not a reply's, in older nested layouts). */
function ownPart(container: Element, selector: string): Element | null {
  // The first match is nearly always the comment's own: one lookup, and all of them only if not.
  const first = container.querySelector(selector);
  if (!first || first.closest(COMMENT) === container) return first;
  return Array.from(container.querySelectorAll(selector)).find((el) => el.closest(COMMENT) === container) ?? null;
}

function read(container: HTMLElement) {
  const own = ownPart(container, '#content-text');
  const text = shownText(own);
  if (!text) return null;
  const badge = ownPart(container, CREATOR_BADGE);
  // The creator badge names the channel itself: keep its name as the author.
  const author = textOf(badge) || textOf(ownPart(container, AUTHOR));
  return { container, author, text, texts: [own!] };
}

function owner(container: HTMLElement, memo?: Map<Element, Owner | null>): Owner | null {
  // Scoped lookups: a search for what a page does not have reads the whole page, every comment.
  const app = container.closest('ytcp-app');
  const scope = app ?? (container.closest('ytd-watch-flexy') ?? container.ownerDocument).querySelector(OWNER_ROW);
  if (!scope) return null;
  let found = memo?.get(scope);
  if (found === undefined) {
    found = app ? studioOwner(app) : rowOwner(scope);
    memo?.set(scope, found);
  }
  return found;
}

/** Studio shows only the channel's own videos' comments: the channel named in its drawer. */
function studioOwner(app: Element): Owner | null {
  const studio = textOf(app.querySelector(STUDIO_CHANNEL));
  return studio ? { identity: { name: studio, kind: 'channel' }, viewerIsOwner: true, scope: app } : null;
}

/** The watch page's owner row: the channel's name link, and its owner-only buttons. */
function rowOwner(row: Element): Owner | null {
  const links = Array.from(row.querySelectorAll(OWNER_LINK));
  // The channel's name link (the avatar's link beside it has no text).
  const link = links.find((a) => textOf(a)) ?? links[0];
  if (!link) return null;
  const identity: Identity = { kind: 'channel' };
  const name = textOf(link);
  const handle = /^\/(@[^/?#]+)/.exec(link.getAttribute('href') ?? '')?.[1];
  if (name) identity.name = name;
  if (handle) identity.handle = decodeURIComponent(handle);
  return { identity, viewerIsOwner: !!row.querySelector(OWNER_ONLY), scope: row };
}

export const youtubeComments: CommentSite = {
  site: 'youtube',
  textSelector: '#content-text',
  containers: (root) => collect(root, COMMENT),
  containerOf: (node) => closest(node, COMMENT),
  read,
  owner,
  viewer: signedIn,
};
