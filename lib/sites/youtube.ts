/**
 * YouTube adapter (comments, replies, Shorts, channel posts, live chat, and
 * YouTube Studio's comment replies). Selectors follow
 * ../shared/reference/compose-boxes.md §3: element tag names and ids, which do
 * not change with the interface language. Studio (studio.youtube.com) is not
 * in the reference: its selectors come from public scripts that reply to
 * comments there, marked [S] (a 2026 DOM dump in one of them: `ytcp-comment-thread`
 * › `ytcp-commentbox` › … › `tp-yt-iron-autogrow-textarea` › `textarea`, with
 * the placeholder "Add a reply..."; `ytcp-comment-button#submit-button` in older
 * versions, a button named "Reply" after the field in the 2026 one; the channel
 * name as `ytcp-navigation-drawer #entity-name`).
 */
import type { Surface } from '../types';
import { collectBoxes, elementOf, isEditable, isEnterKey, labelledButtons, nearest, textOf } from './dom';
import { readEditableText } from './text';
import type { ComposeBox, Identity, SiteAdapter } from './types';

// §3 hosts; live chat frames are /live_chat and /live_chat_replay on www; YouTube Studio
const HOSTS = new Set(['www.youtube.com', 'm.youtube.com', 'youtube.com', 'studio.youtube.com']);

// §3.1 / §3.2: desktop comment editor inside ytd-commentbox
const COMMENT_EDITOR = 'ytd-commentbox #contenteditable-root';
// §3.1: live chat input; the renderer and the inner div both have id "input"
const CHAT_EDITOR = 'yt-live-chat-text-input-field-renderer div#input';
// §3.1 m.youtube.com: a real <textarea> in the comment simplebox [V*; tag name I]
const MOBILE_EDITOR = 'ytm-comment-simplebox-renderer textarea';
// [S] Studio's comment box (the `-lit` element is its newer version)
const STUDIO_BOX = 'ytcp-commentbox, ytcp-commentbox-lit';
const STUDIO_EDITOR = 'ytcp-commentbox textarea, ytcp-commentbox-lit textarea';
const EDITORS = [COMMENT_EDITOR, CHAT_EDITOR, MOBILE_EDITOR, STUDIO_EDITOR].join(', ');
// The box that holds an editor and its buttons, on YouTube and in Studio.
const BOX = `ytd-commentbox, ${STUDIO_BOX}`;

// §3.1 / §3.5: reply boxes sit in ytd-comment-replies-renderer (older: the reply dialog renderer)
// [S] in Studio, every box inside a comment thread answers that comment
const REPLY_SCOPE =
  'ytd-comment-replies-renderer, ytd-comment-reply-dialog-renderer, ytd-comment-thread-renderer, ytcp-comment-thread';
// §3.1: community post composer on the channel Posts tab
const POST_SCOPE = 'ytd-backstage-post-dialog-renderer';
// §3.1: live chat input panel, holding the author chip and send button (§3.4.4)
const CHAT_PANEL = 'yt-live-chat-message-input-renderer';
// §3.1 submit buttons: `#submit-button` wraps yt-button-shape > button; live chat `#send-button`
const SUBMIT = '#submit-button';
const SEND = '#send-button';
// [V*] §3.1 Posts tab: visible Post button; [S] Studio's unnamed Reply button. Labels are a last resort (EN/FR).
const POST_BUTTON_LABELS = new Set(['Post', 'Publier']);
const REPLY_BUTTON_LABELS = new Set(['Reply', 'Comment', 'Répondre', 'Commenter']);

function surfaceOf(ed: Element): Surface {
  // live chat counts as a comment on the stream
  if (ed.closest(CHAT_PANEL) || ed.matches(CHAT_EDITOR)) return 'comment';
  if (ed.closest(POST_SCOPE)) return 'post';
  if (ed.closest(REPLY_SCOPE)) return 'reply';
  return 'comment';
}

function toBox(ed: Element): ComposeBox | null {
  if (!isEditable(ed)) return null;
  // §3.2 / §3.1: the commentbox (or the chat input renderer) holds editor and buttons
  const anchor = ed.closest(BOX) ?? ed.closest('yt-live-chat-text-input-field-renderer') ?? ed.parentElement ?? ed;
  return { site: 'youtube', element: ed as HTMLElement, surface: surfaceOf(ed), anchor: anchor as HTMLElement };
}

/** The <button> inside a renderer (or the renderer if it is the button). */
function buttonIn(el: HTMLElement | null): HTMLElement | null {
  if (!el) return null;
  if (el.tagName === 'BUTTON') return el;
  return (el.querySelector('button') as HTMLElement | null) ?? el;
}

/** §3.5: prefer a button with a layout box over 0×0 ghosts (falls back to the first). */
function visibleFirst(buttons: HTMLElement[]): HTMLElement | null {
  const shown = buttons.find((b) => {
    const r = b.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  });
  return shown ?? buttons[0] ?? null;
}

function channelFrom(el: Element | null | undefined): Identity | null {
  if (!el) return null;
  const alt = el.getAttribute('alt')?.trim();
  if (!alt) return null;
  return alt.startsWith('@') ? { handle: alt, kind: 'channel' } : { name: alt, kind: 'channel' };
}

/**
 * The channel the person acts as, from the page: Studio's drawer, the masthead avatar, the
 * account header (§3.4.3); null when the page shows none.
 */
export function signedIn(doc: Document): Identity | null {
  // [S] Studio acts as the channel it is open for, named in its navigation drawer
  const studio = textOf(doc.querySelector('ytcp-navigation-drawer #entity-name'));
  if (studio) return { name: studio, kind: 'channel' };
  const masthead = channelFrom(doc.querySelector('ytd-topbar-menu-button-renderer img[alt]'));
  if (masthead) return masthead;
  // §3.4.3: account header, present once the avatar menu has been opened
  const header = doc.querySelector('ytd-active-account-header-renderer');
  const handle = textOf(header?.querySelector('#channel-handle'));
  const name = textOf(header?.querySelector('#account-name'));
  if (!handle && !name) return null;
  const id: Identity = { kind: 'channel' };
  if (handle) id.handle = handle;
  if (name) id.name = name;
  return id;
}

/** The YouTube adapter. */
export const youtubeAdapter: SiteAdapter = {
  site: 'youtube',
  matches: (url) => /^https?:$/.test(url.protocol) && HOSTS.has(url.hostname),
  findComposeBoxes: (root) => collectBoxes(root, EDITORS, toBox),
  boxFor(node) {
    const ed = elementOf(node)?.closest(EDITORS);
    return ed ? toBox(ed) : null;
  },
  readText: (box) => readEditableText(box.element),
  findSubmit(box) {
    const panel = box.element.closest(CHAT_PANEL);
    if (panel) return buttonIn(panel.querySelector(SEND) as HTMLElement | null);
    // §3.5: two #submit-button can exist; scope to this box's own comment box
    const scope = box.element.closest(BOX);
    const own = buttonIn(nearest(box.element, SUBMIT, scope));
    if (own) return own;
    // [S] Studio 2026: an unnamed Reply button in the box; §3.1 Posts tab: the visible Post button
    const studio = box.element.closest(STUDIO_BOX);
    const where = studio ?? box.element.closest(POST_SCOPE);
    return where ? visibleFirst(labelledButtons(where, studio ? REPLY_BUTTON_LABELS : POST_BUTTON_LABELS)) : null;
  },
  isKeyboardSubmit(event, box) {
    // §3.3: Enter sends in live chat [I]; comments have no keyboard shortcut
    if (!isEnterKey(event) || !box.element.closest(CHAT_PANEL)) return false;
    return !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey;
  },
  identity(doc, box): Identity | null {
    // §3.4.4: live chat shows the chatting channel in the author chip
    const panel = box.element.closest(CHAT_PANEL);
    const chip = textOf(panel?.querySelector('yt-live-chat-author-chip #author-name'));
    if (chip) return chip.startsWith('@') ? { handle: chip, kind: 'channel' } : { name: chip, kind: 'channel' };
    // §3.4.3: the comment box's own avatar, then the masthead account button
    const simplebox = box.element.closest('ytd-comment-simplebox-renderer') ?? box.element.closest('ytd-commentbox');
    const local = channelFrom(simplebox?.querySelector('#author-thumbnail img[alt]'));
    if (local) return local;
    return signedIn(doc);
  },
  // §3.3: no keyboard shortcut for comments; people mostly comment on YouTube
  generic: { ctrlEnterPosts: false, surface: 'comment' },
};
