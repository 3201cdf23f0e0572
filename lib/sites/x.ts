/**
 * X (x.com, formerly twitter.com) adapter. Selectors follow
 * ../shared/reference/compose-boxes.md §1; data-testid hooks are locale-free.
 */
import type { Surface } from '../types';
import { collectBoxes, elementOf, followsPost, isEditable, isEnterKey, nearest, precedes, textOf } from './dom';
import { readEditableText } from './text';
import type { ComposeBox, Identity, SiteAdapter } from './types';

// §1.1 hosts (CPFT manifest); www. variants redirect but are harmless to accept. X Pro
// (pro.x.com, the multi-column client) is the same web app with the same testids: public
// scripts that run there select `[data-testid="tweetTextarea_0"]`, `article[data-testid="tweet"]`.
const HOSTS = new Set([
  'x.com',
  'twitter.com',
  'mobile.x.com',
  'mobile.twitter.com',
  'www.x.com',
  'www.twitter.com',
  'pro.x.com',
]);

// §1.2: Draft.js puts data-testid="tweetTextarea_N" on the contenteditable itself;
// the `_label` / `RichTextInputContainer` wrappers are not contenteditable.
const DRAFT_EDITOR = '[data-testid^="tweetTextarea_"][contenteditable]';
// §1.1 mobile web compose page: a real <textarea> under the tweetTextarea wrapper
const MOBILE_EDITOR = '[data-testid^="tweetTextarea"] textarea';
// §1.1 Chat (XChat) composer textarea
const DM_EDITOR = 'textarea[data-testid="dm-composer-textarea"]';
// §1.1 legacy DM Draft.js input (may be the editor or its wrapper)
const LEGACY_DM = '[data-testid="dmComposerTextInput"]';
const EDITORS = [DRAFT_EDITOR, MOBILE_EDITOR, DM_EDITOR, LEGACY_DM].join(', ');

// §1.1 DM containers: Chat form and the legacy DM drawer
const DM_SCOPE = '[data-testid="dm-composer-form"], [data-testid="DMDrawer"], ' + LEGACY_DM;
// §1.4 post buttons: modal `tweetButton`, inline (home and status reply) `tweetButtonInline`
const TWEET_SUBMIT = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';
// §1.1 DM send buttons: Chat (only rendered with text) and legacy
const DM_SUBMIT = '[data-testid="dm-composer-send-button"], [data-testid="dmComposerSendButton"]';
// §1.2 scoping: several composers can coexist; never look past the open dialog
const DIALOG = '[role="dialog"]';
// §1.5.3 avatar testid carries the handle as suffix
const AVATAR = '[data-testid^="UserAvatar-Container-"]';
const AVATAR_PREFIX = 'UserAvatar-Container-';
// §1.5.2 account switcher in the side nav; §1.5.1 profile link href="/<handle>"
const SWITCHER = '[data-testid="SideNav_AccountSwitcher_Button"]';
const PROFILE_LINK = 'a[data-testid="AppTabBar_Profile_Link"]';
// [I] a quoted tweet attached in the composer renders user name/text testids outside an <article>
const QUOTE_CARD = '[data-testid="tweetText"], [data-testid="User-Name"]';
// §1.1 status page: inline reply composer wrapper in some layouts
const INLINE_REPLY = '[data-testid="inline_reply_offscreen"]';

const HANDLE_RE = /^[A-Za-z0-9_]{1,50}$/;

/** The editable element for a matched editor or wrapper (legacy DM), or null. */
function resolveEditor(el: Element): HTMLElement | null {
  if (isEditable(el)) return el as HTMLElement;
  const inner = el.querySelector('[contenteditable]:not([contenteditable="false"]), textarea');
  return inner as HTMLElement | null;
}

function surfaceOf(ed: HTMLElement): Surface {
  if (ed.closest(DM_SCOPE)) return 'message';
  if (ed.closest(INLINE_REPLY)) return 'reply';
  const dialog = ed.closest(DIALOG);
  if (dialog) {
    // §1.1 the reply modal shows the parent tweet (an <article>) above the editor
    if (dialog.querySelector('article')) return 'reply';
    const card = dialog.querySelector(QUOTE_CARD);
    return card && !card.closest('article') ? 'quote' : 'post';
  }
  // §1.1 inline reply on a status page or an X Pro conversation column: the focal
  // tweet comes before the composer (on /home the timeline's tweets all come after it). [I]
  return followsPost(ed) ? 'reply' : 'post';
}

function toBox(match: Element): ComposeBox | null {
  const ed = resolveEditor(match);
  if (!ed) return null;
  // §1.2: guidance sits beside the Draft root (CPFT anchors on `.DraftEditor-root`)
  const anchor =
    ed.closest('.DraftEditor-root') ??
    ed.closest('[data-testid$="RichTextInputContainer"], [data-testid="dm-composer-form"]') ??
    ed.parentElement ??
    ed;
  return { site: 'x', element: ed, surface: surfaceOf(ed), anchor: anchor as HTMLElement };
}

function handleFromAvatar(el: Element | null): string | undefined {
  const id = el?.getAttribute('data-testid') ?? '';
  const handle = id.slice(AVATAR_PREFIX.length);
  return id.startsWith(AVATAR_PREFIX) && HANDLE_RE.test(handle) ? handle : undefined;
}

/** §1.5.3: the poster's avatar next to this composer (not a quoted or parent tweet's). */
function composerAvatar(ed: HTMLElement): string | undefined {
  for (let a = ed.parentElement; a; a = a.parentElement) {
    for (const av of Array.from(a.querySelectorAll(AVATAR))) {
      if (!av.closest('article') && precedes(av, ed)) return handleFromAvatar(av);
    }
    if (a.matches(`${DIALOG}, main, [data-testid="primaryColumn"]`)) break;
  }
  return undefined;
}

/** §1.5.2: handle from the switcher avatar testid, else `@handle` in its text. */
function switcherHandle(sw: Element): string | undefined {
  const fromAvatar = handleFromAvatar(sw.querySelector(AVATAR));
  if (fromAvatar) return fromAvatar;
  const m = /@([A-Za-z0-9_]{1,50})/.exec(sw.textContent ?? '');
  return m?.[1];
}

/** §1.5.2: display name, the first nested span that is not the @handle. */
function switcherName(sw: Element): string | undefined {
  for (const span of Array.from(sw.querySelectorAll('span span'))) {
    const t = textOf(span);
    if (t && !t.startsWith('@')) return t;
  }
  return undefined;
}

/**
 * The account the person is signed in as (§1.5.2 switcher, §1.5.1 profile link), or `local`
 * (a composer's own avatar, §1.5.3) when given; null when the page shows none.
 */
export function signedIn(doc: Document, local?: string): Identity | null {
  const sw = doc.querySelector(SWITCHER);
  const swHandle = sw ? switcherHandle(sw) : undefined;
  const link = doc.querySelector(PROFILE_LINK)?.getAttribute('href') ?? '';
  const linkHandle = /^\/([A-Za-z0-9_]{1,50})$/.exec(link)?.[1];
  const handle = local ?? swHandle ?? linkHandle;
  if (!handle) return null;
  const name = sw && swHandle === handle ? switcherName(sw) : undefined;
  return name ? { handle, name, kind: 'profile' } : { handle, kind: 'profile' };
}

/** The X adapter (tweets, threads, replies, quotes, Chat/DM messages). */
export const xAdapter: SiteAdapter = {
  site: 'x',
  matches: (url) => /^https?:$/.test(url.protocol) && HOSTS.has(url.hostname),
  findComposeBoxes: (root) => collectBoxes(root, EDITORS, toBox),
  boxFor(node) {
    const match = elementOf(node)?.closest(EDITORS);
    return match ? toBox(match) : null;
  },
  readText: (box) => readEditableText(box.element),
  findSubmit(box) {
    const sel = box.surface === 'message' ? DM_SUBMIT : TWEET_SUBMIT;
    return nearest(box.element, sel, box.element.closest(DIALOG));
  },
  isKeyboardSubmit(event, box) {
    if (!isEnterKey(event)) return false;
    // §1.4: Ctrl/Cmd+Enter posts; [I] in Chat, Enter sends and Shift+Enter is a newline
    if (box.surface === 'message') return !event.shiftKey;
    return event.ctrlKey || event.metaKey;
  },
  identity(doc, box): Identity | null {
    // DM threads show the other person's avatars, so only tweet composers use §1.5.3
    const local = box.surface === 'message' ? undefined : composerAvatar(box.element);
    return signedIn(doc, local);
  },
  // §1.4: Ctrl/Cmd+Enter posts from every composer
  generic: { ctrlEnterPosts: true, surface: 'post' },
};
