/**
 * Facebook adapter (Lexical editors), and Meta Business Suite's, where Pages
 * post. Selectors follow ../shared/reference/compose-boxes.md §2. Structure is
 * tried before labels; the few label lists below (English and French) are last
 * resorts.
 */
import type { Surface } from '../types';
import { collectBoxes, elementOf, isEnterKey, labelledButtons, nearest, textOf } from './dom';
import { readEditableText } from './text';
import type { ComposeBox, Identity, SiteAdapter } from './types';

// §2 hosts; §2.1 Messenger (/messages, messenger.com) is excluded
// Also the locale hosts (fr-ca.facebook.com); Business Suite has its own adapter below.
const HOST = /^(?:(?:www|web|m|[a-z]{2}(?:-[a-z]{2})?)\.)?facebook\.com$/;

// §2 / §2.2 / §2.6: the Lexical root, structural and locale-free
const LEXICAL = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
// §2.1 legacy m.facebook.com composer (Maskbook 2024; may be gone)
const M_LEGACY = '#structured_composer_form textarea';
const EDITORS = `${LEXICAL}, ${M_LEGACY}`;

// §2.1 / §2.6: comments live in `form[role="presentation"]`, inside the post's
// `[role="article"]` or `[data-pagelet*="FeedUnit"]` (§2.3 findPostContainer)
const COMMENT_SCOPE = 'form[role="presentation"], [role="article"], [data-pagelet*="FeedUnit"]';
// §2.1: the post composer is a [role=dialog] (aria-label "Create post", not relied on)
const DIALOG = '[role="dialog"]';
// [I] Messenger chat tabs link their header to the conversation
const MESSENGER_LINK = 'a[href*="/messages/t/"]';
// §2.4: the comment submit container (id described as stable)
const COMMENT_SUBMIT = '#focused-state-composer-submit';
// §2.5: `CurrentUserInitialData` tuple in inline JSON scripts
const CUID_RE = /"CurrentUserInitialData",\[\],(\{[^{}]*\})/;

// Last-resort labels (EN per §2.1/§2.4/§2.5; FR [I]).
const REPLY_LABELS = ['Reply to ', 'Répondre à '];
const COMMENT_LABELS = [
  'Comment as ',
  'Write a comment',
  'Write a public comment',
  'Commenter en tant que ',
  'Écrivez un commentaire',
];
const AS_LABELS = ['Comment as ', 'Reply as ', 'Answer as ', 'Commenter en tant que ', 'Répondre en tant que '];
const POST_BUTTON_LABELS = new Set(['Post', 'Publier']);
const COMMENT_BUTTON_LABELS = new Set(['Comment', 'Post comment', 'Reply', 'Commenter', 'Répondre']);

const startsWithAny = (s: string, list: string[]): boolean => list.some((p) => s.startsWith(p));

/** reply when labelled so, else [I] when the editor sits in a comment's list item. */
function isReply(ed: Element): boolean {
  const label = ed.getAttribute('aria-label') ?? '';
  if (startsWithAny(label, REPLY_LABELS)) return true;
  if (startsWithAny(label, COMMENT_LABELS)) return false;
  const li = ed.closest('li');
  return li !== null && li.querySelector('[role="article"]') !== null;
}

/** §2.1: a Messenger chat tab (a dialog linked to a conversation) is never guided. */
const isMessenger = (el: Element): boolean => !!el.closest(DIALOG)?.querySelector(MESSENGER_LINK);

function surfaceOf(ed: Element): Surface | null {
  const dialog = ed.closest(DIALOG);
  if (isMessenger(ed)) return null;
  if (ed.matches(M_LEGACY)) return 'post';
  if (ed.closest(COMMENT_SCOPE)) return isReply(ed) ? 'reply' : 'comment';
  // §2.1: the "Create post" composer dialog (profile, group, or acting as a Page)
  return dialog ? 'post' : null;
}

function toBox(ed: Element): ComposeBox | null {
  const surface = surfaceOf(ed);
  if (!surface) return null;
  // Lexical's placeholder is a sibling, so the parent holds editor + placeholder
  const anchor = (ed.parentElement ?? ed) as HTMLElement;
  return { site: 'facebook', element: ed as HTMLElement, surface, anchor };
}

/** The last (bottom-most) button in scope named one of `labels`. */
const labelledButton = (scope: Element, labels: Set<string>): HTMLElement | null =>
  labelledButtons(scope, labels).pop() ?? null;

export interface CurrentUser {
  ACCOUNT_ID?: string;
  USER_ID?: string;
  NAME?: string;
}

/** §2.5: `CurrentUserInitialData` from inline JSON, without running page code. */
export function currentUser(doc: Document): CurrentUser | null {
  for (const s of Array.from(doc.querySelectorAll('script'))) {
    const text = s.textContent ?? '';
    const at = text.indexOf('"CurrentUserInitialData"');
    if (at < 0) continue;
    const m = CUID_RE.exec(text.slice(at, at + 4000));
    try {
      if (m?.[1]) return JSON.parse(m[1]) as CurrentUser;
    } catch {
      /* malformed: try the next script */
    }
  }
  return null;
}

/** §2.5: the name this box posts as, from the composer itself. */
function localName(box: ComposeBox): { name?: string; handle?: string } {
  const label = box.element.getAttribute('aria-label') ?? '';
  const prefix = AS_LABELS.find((p) => label.startsWith(p));
  if (prefix) return { name: label.slice(prefix.length).trim() || undefined };
  const dialog = box.surface === 'post' ? box.element.closest(DIALOG) : null;
  if (!dialog) return {};
  // [I] composer header: avatar link to the profile/Page, then its name in <strong>
  const strong = Array.from(dialog.querySelectorAll('strong')).find((s) => !box.element.contains(s));
  const href = dialog.querySelector('a[href][role="link"]')?.getAttribute('href') ?? '';
  const path = /^(?:https:\/\/[a-z.]*facebook\.com)?\/([A-Za-z0-9.]+)\/?$/.exec(href)?.[1];
  const id = /profile\.php\?id=(\d+)/.exec(href)?.[1];
  return { name: textOf(strong) || undefined, handle: path ?? id };
}

/** The Facebook adapter (posts, comments, replies; never Messenger). */
export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  matches: (url) =>
    /^https?:$/.test(url.protocol) && HOST.test(url.hostname) && !/^\/messages(\/|$)/.test(url.pathname),
  findComposeBoxes: (root) => collectBoxes(root, EDITORS, toBox),
  boxFor(node) {
    const ed = elementOf(node)?.closest(EDITORS);
    return ed ? toBox(ed) : null;
  },
  readText: (box) => readEditableText(box.element),
  findSubmit(box) {
    if (box.surface === 'post') {
      const dialog = box.element.closest(DIALOG);
      if (dialog) return labelledButton(dialog, POST_BUTTON_LABELS);
      return nearest(box.element, 'button[type="submit"]', box.element.closest('form'));
    }
    const scope = box.element.closest('form') ?? box.element.closest(COMMENT_SCOPE);
    const container = nearest(box.element, COMMENT_SUBMIT, scope);
    if (container) return (container.querySelector('[role="button"], button') as HTMLElement | null) ?? container;
    return scope ? labelledButton(scope, COMMENT_BUTTON_LABELS) : null;
  },
  isKeyboardSubmit(event, box) {
    // §2.4: bare Enter submits comments and replies; no documented shortcut for posts
    if (box.surface === 'post' || !isEnterKey(event)) return false;
    return !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey;
  },
  identity(doc, box): Identity | null {
    const local = localName(box);
    const me = currentUser(doc);
    const name = local.name ?? me?.NAME;
    if (!name && !local.handle) return null;
    // [I] acting as a Page: USER_ID is the Page while ACCOUNT_ID stays the person
    let kind: Identity['kind'] = 'unknown';
    if (me?.NAME) {
      const actingAsPage = !!me.USER_ID && !!me.ACCOUNT_ID && me.USER_ID !== me.ACCOUNT_ID;
      kind = actingAsPage || (local.name !== undefined && local.name !== me.NAME) ? 'page' : 'profile';
    }
    const id: Identity = { kind };
    if (name) id.name = name;
    if (local.handle) id.handle = local.handle;
    return id;
  },
  // §2.4: no Ctrl/Cmd+Enter (bare Enter sends comments only, and a box's kind is a guess there)
  generic: { ctrlEnterPosts: false, surface: 'post', excludes: isMessenger },
};

/*
 * Meta Business Suite (business.facebook.com), where Pages post. Not in the
 * reference: [S] marks a public accessibility dump of its composer
 * (/latest/composer/, August 2026): the caption box is a contenteditable with
 * the role "combobox" (it completes @mentions and #hashtags), named "Write into
 * the dialogue box to include text with your post."; the post goes out by a
 * button whose visible text is "Schedule" ("Publish" when not scheduled [I]);
 * the Page is the `asset_id` of the address. Its inbox (/latest/inbox) holds
 * Messenger, Instagram and WhatsApp conversations: never guided.
 */
const BUSINESS_EDITOR = '[contenteditable="true"][role="combobox"]';
const BUSINESS_EDITORS = `${BUSINESS_EDITOR}, ${EDITORS}`;
const BUSINESS_SUBMIT_LABELS = new Set([
  'Publish',
  'Schedule',
  'Share now',
  'Post',
  'Publier',
  'Programmer',
  'Partager maintenant',
]);

function businessBox(ed: Element): ComposeBox | null {
  if (!ed.matches(BUSINESS_EDITOR)) return toBox(ed);
  if (isMessenger(ed)) return null;
  return {
    site: 'facebook',
    element: ed as HTMLElement,
    surface: 'post',
    anchor: (ed.parentElement ?? ed) as HTMLElement,
  };
}

/** Meta Business Suite: its composer page, and Facebook's own boxes where it shows them. */
export const businessSuiteAdapter: SiteAdapter = {
  ...facebookAdapter,
  matches: (url) =>
    url.protocol === 'https:' &&
    url.hostname === 'business.facebook.com' &&
    !/^\/latest\/inbox(\/|$)/.test(url.pathname),
  findComposeBoxes: (root) => collectBoxes(root, BUSINESS_EDITORS, businessBox),
  boxFor(node) {
    const ed = elementOf(node)?.closest(BUSINESS_EDITORS);
    return ed ? businessBox(ed) : null;
  },
  findSubmit(box) {
    if (!box.element.matches(BUSINESS_EDITOR)) return facebookAdapter.findSubmit(box);
    // [S] one composer per page: its last Publish/Schedule button
    return labelledButtons(box.element.ownerDocument.body, BUSINESS_SUBMIT_LABELS).pop() ?? null;
  },
  identity(doc, box) {
    if (!box.element.matches(BUSINESS_EDITOR)) return facebookAdapter.identity(doc, box);
    // [S] the Page posting is the one the address names; its display name is not in the dump
    const page = /[?&]asset_id=(\d+)/.exec(doc.location?.search ?? '')?.[1];
    return page ? { handle: page, kind: 'page' } : null;
  },
};
