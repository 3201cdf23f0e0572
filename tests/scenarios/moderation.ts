/**
 * Moderation assist's end-to-end scenarios, shared by Chromium (tests/e2e/moderation.spec.ts)
 * and Firefox (tests/firefox/moderation.test.ts): the saved comment pages, served at the sites'
 * addresses, the settings that make their account official, and the marks each must get.
 * Each comment in a fixture carries `data-c` (on itself or its list item): the id below.
 */
import { fixture } from './pages';

export interface ModerationPage {
  name: string;
  url: string;
  html: string;
  /** The manager's official account that makes this page official. */
  official: { site: 'facebook' | 'x' | 'youtube'; handle: string };
  /** Comment id → reasons its mark must carry (data-rules holds at least these). */
  marked: Record<string, string[]>;
  /** Comments that must have no mark (benign, critical but respectful, the account's own). */
  unmarked: string[];
}

const page = (name: string) => fixture(`sites/${name}.html`);

export const MARK_TAG = 'postwise-moderation';

/**
 * A Content-Security-Policy as strict as the sites' (scripts and styles from the site itself
 * only, no eval): the moderation chunk is imported by the content script, which the page's
 * policy does not govern, and must load under it.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'";

export const MODERATION_PAGES: ModerationPage[] = [
  {
    name: 'a Facebook Page’s post',
    url: 'https://www.facebook.com/nsgov/posts/pfbid02rural',
    html: page('facebook-page-comments'),
    official: { site: 'facebook', handle: 'nsgov' },
    marked: {
      'personal-info': ['personal-info'],
      profanity: ['profanity'],
      harassment: ['harassment'],
      threat: ['threat'],
      spam: ['spam'],
      partisan: ['partisan'],
    },
    unmarked: ['benign-1', 'own-reply', 'benign-2', 'criticism-1', 'criticism-2', 'benign-3', 'benign-4'],
  },
  {
    name: 'the official channel’s YouTube video',
    url: 'https://www.youtube.com/watch?v=nsVideo01',
    html: page('youtube-watch-comments'),
    official: { site: 'youtube', handle: '@NovaScotiaGov' },
    marked: {
      threat: ['threat'],
      abuse: ['abuse'],
      spam: ['spam'],
      'profanity-fr': ['profanity'],
      'personal-info': ['personal-info'],
    },
    unmarked: ['benign-1', 'criticism-1', 'own-reply', 'benign-2', 'benign-3', 'criticism-2', 'benign-4'],
  },
  {
    name: 'YouTube Studio’s comments',
    url: 'https://studio.youtube.com/channel/UCnsgov0000000000000000/comments/inbox',
    html: page('youtube-studio-moderation'),
    official: { site: 'youtube', handle: 'Nova Scotia Government' },
    marked: { profanity: ['profanity'], 'personal-info': ['personal-info'], spam: ['spam'] },
    unmarked: ['benign-1', 'criticism-1', 'own-reply', 'benign-2', 'benign-3'],
  },
  {
    name: 'an X thread by the official account',
    url: 'https://x.com/NovaScotiaGov/status/1890000000000000001',
    html: page('x-thread-replies'),
    official: { site: 'x', handle: 'NovaScotiaGov' },
    marked: {
      harassment: ['harassment'],
      profanity: ['profanity'],
      partisan: ['partisan'],
      spam: ['spam'],
      'personal-info': ['personal-info'],
    },
    unmarked: ['benign-1', 'criticism-1', 'benign-2', 'criticism-2', 'benign-3'],
  },
];

/** Pages seen from a personal account: nothing is marked, however rude the comments. */
export const PERSONAL_PAGES: Omit<ModerationPage, 'marked'>[] = [
  {
    name: 'a person’s own Facebook post',
    url: 'https://www.facebook.com/jane.doe.501/posts/pfbid02kitchen',
    html: page('facebook-personal-comments'),
    official: { site: 'facebook', handle: 'nsgov' },
    unmarked: ['benign-1', 'profanity'],
  },
  {
    name: 'the official X thread read by someone signed in as themself',
    url: 'https://x.com/NovaScotiaGov/status/1890000000000000001',
    html: page('x-thread-replies')
      .replaceAll('UserAvatar-Container-NovaScotiaGov"></div></div>', 'UserAvatar-Container-jane_doe"></div></div>')
      .replace(
        '<span><span>Nova Scotia Government</span></span></div><div dir="ltr"><span>@NovaScotiaGov',
        '<span><span>Jane Doe</span></span></div><div dir="ltr"><span>@jane_doe',
      )
      .replace(
        'href="/NovaScotiaGov" data-testid="AppTabBar_Profile_Link"',
        'href="/jane_doe" data-testid="AppTabBar_Profile_Link"',
      ),
    official: { site: 'x', handle: 'NovaScotiaGov' },
    unmarked: ['benign-1', 'harassment', 'profanity', 'spam', 'personal-info'],
  },
];

/** Words of the fixtures' comments that must never be found in storage or the log. */
export const COMMENT_FRAGMENTS = [
  '1234 567 890',
  '902-555-0148',
  'pathetic loser',
  'cash-fast',
  'Digby clinic',
  'burn the minister',
  'vermin',
  'fastloans',
  '046 454 286',
];

/**
 * The marks on the page: comment id → its mark's data-rules (split), for every comment id in the
 * page (an empty list: no mark). Self-contained: both browsers' drivers serialise it.
 */
export function readMarks(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const ids = (el: Element | null) => el?.closest('[data-c]')?.getAttribute('data-c') ?? '';
  for (const el of Array.from(document.querySelectorAll('[data-c]'))) out[el.getAttribute('data-c')!] = [];
  for (const host of Array.from(document.querySelectorAll('postwise-moderation'))) {
    const id = ids(host.previousElementSibling) || ids(host.parentElement);
    out[id] = (host.getAttribute('data-rules') ?? '').split(' ').filter(Boolean);
  }
  return out;
}

/** The settings that make `official` an official account (and nothing else changed). */
export const officialSettings = (base: Record<string, unknown>, official: ModerationPage['official']) => ({
  ...base,
  officialAccounts: [official],
});

/** True when the page's policy is in force: an inline script the page adds does not run. Self-contained. */
export function inlineScriptBlocked(): boolean {
  const script = document.createElement('script');
  script.textContent = 'document.documentElement.dataset.inlineRan = "yes"';
  document.head.append(script);
  return document.documentElement.dataset.inlineRan !== 'yes';
}
