/**
 * Contracts for the per-site adapters: pure DOM functions that find compose
 * boxes, read their text, find their submit control and the posting identity.
 */
import type { Site, Surface } from '../types';

/** Who is posting, as read from the page (never from the network). */
export interface Identity {
  handle?: string;
  name?: string;
  kind: 'profile' | 'page' | 'channel' | 'unknown';
}

/** One place where the user writes: the editor element and where guidance is anchored. */
export interface ComposeBox {
  site: Site;
  element: HTMLElement;
  surface: Surface;
  /** element beside which guidance is anchored (usually the editor's container) */
  anchor: HTMLElement;
  /**
   * Found by the generic layer (lib/sites/generic.ts), not by the site's
   * adapter: the surface is a best guess and no submit control is known.
   */
  generic?: boolean;
}

/**
 * What the generic layer needs to know of a site to guide in a box the
 * adapter does not recognise (after a redesign renamed its hooks).
 */
export interface GenericHints {
  /** The site posts with Ctrl/Cmd+Enter (X): review before posting still works by that shortcut. */
  ctrlEnterPosts: boolean;
  /** The likeliest surface when nothing on the page says (YouTube: comment). */
  surface: Surface;
  /** Editable fields the generic layer must leave alone on this site (Facebook: Messenger chats). */
  excludes?(el: Element): boolean;
}

/** Everything the content script needs to know about one site. */
export interface SiteAdapter {
  site: Site;
  /** host/path test, e.g. x.com, twitter.com, mobile.x.com; www/web/m.facebook.com but never /messages or messenger; www/m.youtube.com incl. /live_chat frames */
  matches(url: URL): boolean;
  /** every compose box under root (Document, ShadowRoot or Element), deduplicated, in document order; never throws */
  findComposeBoxes(root: ParentNode): ComposeBox[];
  /** the compose box an element belongs to (e.g. event.target inside the editor), or null */
  boxFor(node: Node): ComposeBox | null;
  /** the text as the browser shows it */
  readText(box: ComposeBox): string;
  /** the control that submits this box (Post/Reply/Comment/Send button), or null */
  findSubmit(box: ComposeBox): HTMLElement | null;
  /** true when this key event submits the box (Ctrl/Cmd+Enter on X; Enter without Shift in Facebook comments and YouTube live chat; never while event.isComposing) */
  isKeyboardSubmit(event: KeyboardEvent, box: ComposeBox): boolean;
  /** who is posting, read from the page without any network request; null when unknown */
  identity(doc: Document, box: ComposeBox): Identity | null;
  /** how the generic layer behaves on this site (boxes the adapter does not recognise) */
  generic: GenericHints;
}
