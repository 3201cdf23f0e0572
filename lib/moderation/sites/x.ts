/**
 * Replies on X (x.com, twitter.com): a conversation (status page) whose first post is the
 * account's. data-testid hooks, which are locale-free (compose-boxes.md §1):
 * - each post is `article[data-testid="tweet"]` (any `article` in the conversation column
 *   after a redesign), its author the User-Name block's `/handle` link, its text
 *   `[data-testid="tweetText"]` (emoji as `<img alt>`);
 * - on a post's own page (`/<handle>/status/<id>`), the conversation's owner is the author of
 *   its first post (on a reply's page, the thread it answers is shown above it); elsewhere
 *   (timelines, searches) posts are not replies to one account, and nothing is read;
 * - the person is signed in as the account switcher's or profile link's handle (§1.5).
 */
import { signedIn } from '../../sites/x';
import { closest, collect, shownText } from './common';
import type { CommentSite, Owner } from './types';

const POST = 'article[data-testid="tweet"], article[role="article"]';
const TEXT = '[data-testid="tweetText"]';
const COLUMN = '[data-testid="primaryColumn"], main';
const HANDLE_RE = /^\/([A-Za-z0-9_]{1,50})\/?$/;

/** The author's handle: the first profile link in the post's User-Name block (else in the post). */
function authorOf(post: Element): string {
  const scope = post.querySelector('[data-testid="User-Name"]') ?? post;
  for (const a of Array.from(scope.querySelectorAll('a[href]'))) {
    const handle = HANDLE_RE.exec(a.getAttribute('href') ?? '')?.[1];
    if (handle && a.closest(POST) === post) return handle;
  }
  return '';
}

/** The post's own text: not a quoted post's, which sits in its own block inside it. */
function read(container: HTMLElement) {
  const first = container.querySelector(TEXT);
  const own =
    !first || first.closest(POST) === container
      ? first
      : Array.from(container.querySelectorAll(TEXT)).find((t) => t.closest(POST) === container);
  const text = shownText(own);
  return text ? { container, author: authorOf(container), text, texts: [own!] } : null;
}

const owners = new WeakMap<Element, Owner | null>();

const STATUS_PAGE = /^\/[A-Za-z0-9_]{1,50}\/status\/\d+/;

function owner(container: HTMLElement): Owner | null {
  if (!STATUS_PAGE.test(container.ownerDocument.location?.pathname ?? '')) return null;
  const column = container.closest(COLUMN);
  if (!column) return null;
  const first = column.querySelector(POST);
  if (!first || first === container) return null;
  const cached = owners.get(first);
  if (cached !== undefined) return cached;
  const handle = authorOf(first);
  const found: Owner | null = handle ? { identity: { handle, kind: 'profile' }, scope: first } : null;
  owners.set(first, found);
  return found;
}

/** Posts nested in a post are quotes, not replies. */
const isReply = (el: Element) => !el.parentElement?.closest(POST);

export const xComments: CommentSite = {
  site: 'x',
  textSelector: TEXT,
  containers: (root) => collect(root, POST, isReply),
  containerOf: (node) => closest(node, POST, isReply),
  read,
  owner,
  viewer: (doc) => signedIn(doc),
};
