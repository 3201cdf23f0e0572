/**
 * What moderation assist needs to know of a site's page: where the comments and replies are,
 * who wrote each and what it says, whose post (video, thread) they answer, and who is looking.
 * Pure DOM functions, tested on the fixtures (tests/fixtures/sites/*-comments.html and the like).
 */
import type { Identity } from '../../sites/types';
import type { Site } from '../../types';

/** One comment or reply as read from the page. */
export interface PageComment {
  /** The comment's own element: the mark goes right after it. */
  container: HTMLElement;
  /** The name or @handle shown as its author ('' when the page shows none). */
  author: string;
  /** The text as the page shows it (emoji as their alt text). */
  text: string;
  /** The elements the text was read from (each matching the site's `textSelector`). */
  texts: Element[];
}

export interface CommentSite {
  site: Site;
  /** What holds a comment's text: a change inside it means the comment may say something else. */
  textSelector: string;
  /** Every comment element under `root` (and `root` itself), in document order. Never throws. */
  containers(root: ParentNode): HTMLElement[];
  /** The comment element `node` is in (a node added or changed inside it), or null. */
  containerOf(node: Node): HTMLElement | null;
  /** The comment's author and text, or null when it has no text yet. */
  read(container: HTMLElement): PageComment | null;
  /**
   * The account whose post, video or thread the comment answers, and whether the page shows that
   * the person looking is that account (e.g. YouTube's Edit video button), or null when unknown.
   * `memo`: the owners already found since the page last changed, by the element they were read
   * from (the scanner gives one per pass), so that a thousand comments under one video read its
   * owner once.
   */
  owner(container: HTMLElement, memo?: Map<Element, Owner | null>): Owner | null;
  /** Who the person is signed in (or acting) as, read from the page; null when unknown. */
  viewer(doc: Document): Identity | null;
}

export interface Owner {
  identity: Identity;
  /** The page itself says the viewer is the owner (YouTube's owner-only buttons, Studio). */
  viewerIsOwner?: boolean;
  /** A key for caching the decision per post (the post's element). */
  scope: Element;
}
