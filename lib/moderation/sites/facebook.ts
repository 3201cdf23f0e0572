/**
 * Comments and replies on Facebook posts (Pages' posts in the feed, on the Page, in a post's
 * dialog). Structure and roles first, labels last:
 * - a comment or reply is a `[role="article"]` inside the post's own `[role="article"]`
 *   (or named "Comment by …", "Reply by …", "Commentaire de …", "Réponse de …" where the
 *   post is not an article), compose-boxes.md §2.1/§2.6;
 * - its author is its first link with a name, its text the `[dir="auto"]` blocks that are
 *   neither a link, a button nor a nested comment (the text sits in `div[dir=auto]`);
 * - the post's owner is the header's name and address (h2–h4 or `profile_name` link);
 * - the person acts as `CurrentUserInitialData`'s NAME (a Page when USER_ID ≠ ACCOUNT_ID, §2.5).
 */
import { currentUser } from '../../sites/facebook';
import { textOf } from '../../sites/dom';
import type { Identity } from '../../sites/types';
import { closest, collect, shownText } from './common';
import type { CommentSite, Owner } from './types';

const ARTICLE = '[role="article"]';
// English and French names of comments and replies, when the post is not an article.
const COMMENT_LABEL = /^(?:Comment by|Reply by|Commentaire de|Réponse de) /;
// Where a post lives when it is not an [role=article] (a permalink page, a photo viewer).
const POST_SCOPE = '[aria-posinset], [data-pagelet*="FeedUnit"], [role="dialog"], [role="main"]';
const OWNER_LINK = '[data-ad-rendering-role="profile_name"] a, h2 a, h3 a, h4 a';
const NOT_TEXT = 'a, [role="button"], button, ul, [role="list"]';

function isComment(el: Element): boolean {
  return COMMENT_LABEL.test(el.getAttribute('aria-label') ?? '') || !!el.parentElement?.closest(ARTICLE);
}

/** The post a comment answers: its outermost article, or the feed unit, dialog or main around it. */
function postOf(comment: Element): Element | null {
  let post: Element | null = null;
  for (let a = comment.parentElement?.closest(ARTICLE); a; a = a.parentElement?.closest(ARTICLE)) post = a;
  return post ?? comment.closest(POST_SCOPE);
}

/** The comment's own parts: not inside a comment nested in it. */
const own = (container: Element) => (el: Element) => el.closest(ARTICLE) === container;

/** A Facebook address's path as a handle (`/nsgov`, `profile.php?id=…`), when it is one. */
function handleOf(href: string | null | undefined): string | undefined {
  const path = /^(?:https:\/\/[a-z.-]*facebook\.com)?\/([A-Za-z0-9.]+)\/?(?:\?|$)/.exec(href ?? '')?.[1];
  return path ?? /profile\.php\?id=(\d+)/.exec(href ?? '')?.[1];
}

/** True when `el` has an ancestor matching `selector` inside `container` (not counting `container`). */
const within = (el: Element, selector: string, container: Element) => {
  const hit = el.parentElement?.closest(selector);
  return !!hit && hit !== container && container.contains(hit);
};

function read(container: HTMLElement) {
  const mine = own(container);
  const link = Array.from(container.querySelectorAll('a')).find((a) => mine(a) && textOf(a));
  // The outermost text blocks of the comment itself: not its author's link, actions or replies.
  const blocks = Array.from(container.querySelectorAll('[dir="auto"]')).filter(
    (el) => mine(el) && !within(el, `${NOT_TEXT}, [dir="auto"]`, container),
  );
  const text = blocks
    .map((b) => shownText(b))
    .filter(Boolean)
    .join('\n');
  return text ? { container, author: textOf(link), text, texts: blocks } : null;
}

const owners = new WeakMap<Element, Owner | null>();

function owner(container: HTMLElement): Owner | null {
  const post = postOf(container);
  if (!post) return null;
  if (owners.has(post)) return owners.get(post)!;
  // The post's own header: not a link inside one of its comments.
  const link = Array.from(post.querySelectorAll(OWNER_LINK)).find((a) => !within(a, ARTICLE, post));
  const name = textOf(link);
  const handle = handleOf(link?.getAttribute('href'));
  const found: Owner | null = name || handle ? { identity: identity(name, handle, 'page'), scope: post } : null;
  owners.set(post, found);
  return found;
}

function identity(name: string | undefined, handle: string | undefined, kind: Identity['kind']): Identity {
  const id: Identity = { kind };
  if (name) id.name = name;
  if (handle) id.handle = handle;
  return id;
}

export const facebookComments: CommentSite = {
  site: 'facebook',
  textSelector: '[dir="auto"]',
  containers: (root) => collect(root, ARTICLE, isComment),
  containerOf: (node) => closest(node, ARTICLE, isComment),
  read,
  owner,
  viewer(doc) {
    const me = currentUser(doc);
    if (!me?.NAME) return null;
    return identity(me.NAME, undefined, me.USER_ID !== me.ACCOUNT_ID ? 'page' : 'profile');
  },
};
