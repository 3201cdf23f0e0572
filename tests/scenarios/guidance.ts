/**
 * The guidance scenarios, as data, run by both browsers' end-to-end suites:
 * Chromium (Playwright, tests/e2e/guidance-*.spec.ts) and Firefox ESR
 * (puppeteer-core, tests/firefox/guidance.test.ts). Each scenario names a
 * compose box on a fixture page served at its site's real address, and lists
 * steps: what the person does (click, type, press keys, apply a fix, answer
 * the review prompt) and what must follow (the `<postwise-guidance>` contract,
 * the editor's own state, the posts the page received). Each runner maps the
 * steps onto its own browser API (`tests/e2e/scenarios.ts`,
 * `tests/firefox/scenarios.ts`); nothing here touches a browser.
 */
import type { Severity, Surface } from '../../lib/types';
import { editorPage, plainPage, redesigned } from './pages';

/** A page served at a site's address, with the same-origin frames it loads. */
export interface SitePage {
  url: string;
  html(): Promise<string>;
  frames?: { url: string; html(): Promise<string> }[];
}

export const X_HOME = 'https://x.com/home';
export const FB_FEED = 'https://www.facebook.com/';
export const YT_WATCH = 'https://www.youtube.com/watch?v=abc123';
export const YT_CHAT = 'https://www.youtube.com/live_chat?v=abc123';
/** The tools official accounts are run from: X Pro, Meta Business Suite, YouTube Studio. */
export const X_PRO = 'https://pro.x.com/i/decks/1';
export const FB_BUSINESS = 'https://business.facebook.com/latest/composer/?asset_id=1234567890';
export const YT_STUDIO = 'https://studio.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kl/comments/inbox';

/**
 * A plausible redesign of each site: the hooks its adapter keys on, renamed
 * (testids, ids, custom elements, the editor's own attribute), everywhere in
 * the page. Labels and roles stay: editors need them to work at all.
 */
export const REDESIGN = {
  x: [
    ['tweetTextarea', 'composerInput'],
    ['tweetButtonInline', 'postButtonInline'],
    ['tweetButton', 'postButton'],
    ['toolBar', 'composerToolbar'],
    ['UserAvatar-Container-', 'Avatar-'],
    ['SideNav_AccountSwitcher_Button', 'AccountSwitcher'],
    ['AppTabBar_Profile_Link', 'ProfileLink'],
    ['primaryColumn', 'mainColumn'],
  ],
  facebook: [
    ['data-lexical-editor', 'data-editor-root'],
    ['data-lexical-text', 'data-editor-text'],
    ['form role="presentation"', 'form role="group"'],
    ['focused-state-composer-submit', 'composer-submit'],
    ['FeedUnit_', 'Story_'],
  ],
  youtube: [
    ['ytd-commentbox', 'yt-comment-box-view-model'],
    ['ytd-comment-simplebox-renderer', 'yt-comment-simplebox-view-model'],
    ['contenteditable-root', 'composer-input'],
    ['contenteditable-textarea', 'composer-field'],
    ['submit-button', 'post-button'],
    ['author-thumbnail', 'author-avatar'],
    ['yt-live-chat-text-input-field-renderer', 'yt-live-chat-input-view-model'],
    ['yt-live-chat-message-input-renderer', 'yt-live-chat-composer-view-model'],
    ['send-button', 'send-control'],
  ],
} as const;

/** The fixture pages with real editors: Draft.js (X), Lexical (Facebook), a plain contenteditable (YouTube). */
export const PAGES = {
  'x-draft': { url: X_HOME, html: () => editorPage('x-draft') },
  'fb-lexical': { url: FB_FEED, html: () => editorPage('fb-lexical') },
  'youtube-plain': {
    url: YT_WATCH,
    html: async () => plainPage('youtube-plain.html'),
    frames: [{ url: YT_CHAT, html: async () => plainPage('youtube-live-chat.html') }],
  },
  'x-pro-draft': { url: X_PRO, html: () => editorPage('x-pro-draft') },
  'fb-business': { url: FB_BUSINESS, html: () => editorPage('fb-business') },
  'youtube-studio': { url: YT_STUDIO, html: async () => plainPage('youtube-studio.html') },
  // The same pages after a redesign.
  'x-draft-redesign': { url: X_HOME, html: async () => redesigned(await editorPage('x-draft'), REDESIGN.x) },
  'fb-lexical-redesign': {
    url: FB_FEED,
    html: async () => redesigned(await editorPage('fb-lexical'), REDESIGN.facebook),
  },
  'youtube-plain-redesign': {
    url: YT_WATCH,
    html: async () => redesigned(plainPage('youtube-plain.html'), REDESIGN.youtube),
    frames: [{ url: YT_CHAT, html: async () => redesigned(plainPage('youtube-live-chat.html'), REDESIGN.youtube) }],
  },
} satisfies Record<string, SitePage>;

export type PageName = keyof typeof PAGES;

/** One compose box of a fixture page, and how a test reaches it. */
export interface Box {
  page: PageName;
  /** The editor (in the frame, when there is one). */
  editor: string;
  /** The box's `<postwise-guidance>` host. */
  host: string;
  /** The box's submit control, when it has one. */
  submit?: string;
  /** `window.__editorText(index)`: the editor framework's own idea of the text. */
  index: number;
  /** The same-origin frame the box lives in: the iframe element and a part of its URL. */
  frame?: { element: string; url: string };
  /**
   * Only the generic layer knows the box (a redesigned page): its guidance
   * appears once the person types, not when the page loads.
   */
  generic?: true;
}

export const BOXES = {
  'x-home': {
    page: 'x-draft',
    editor: '[data-testid="tweetTextarea_0"]',
    host: 'postwise-guidance',
    submit: '[data-testid="tweetButtonInline"]',
    index: 0,
  },
  'fb-post': {
    page: 'fb-lexical',
    editor: '#post-editor',
    host: '[role="dialog"] postwise-guidance',
    submit: '#post-button',
    index: 0,
  },
  'fb-comment': { page: 'fb-lexical', editor: '#comment-editor', host: '[role="main"] postwise-guidance', index: 1 },
  'yt-comment': {
    page: 'youtube-plain',
    editor: '#contenteditable-root',
    host: 'postwise-guidance',
    submit: '#submit-button button',
    index: 0,
  },
  'yt-chat': {
    page: 'youtube-plain',
    editor: 'div#input[contenteditable]',
    host: 'postwise-guidance',
    index: 0,
    frame: { element: '#chatframe', url: '/live_chat' },
  },
  'xpro-reply': {
    page: 'x-pro-draft',
    editor: '[data-testid="tweetTextarea_0"]',
    host: 'postwise-guidance',
    submit: '[data-testid="tweetButtonInline"]',
    index: 0,
  },
  'business-post': {
    page: 'fb-business',
    editor: '#post-editor',
    host: 'postwise-guidance',
    submit: '#post-button',
    index: 0,
  },
  'studio-reply': {
    page: 'youtube-studio',
    editor: 'textarea',
    host: 'postwise-guidance',
    submit: '#reply button',
    index: 0,
  },
  'x-redesign': {
    page: 'x-draft-redesign',
    editor: '[data-testid="composerInput_0"]',
    host: 'postwise-guidance',
    submit: '[data-testid="postButtonInline"]',
    index: 0,
    generic: true,
  },
  'fb-redesign-post': {
    page: 'fb-lexical-redesign',
    editor: '#post-editor',
    host: '[role="dialog"] postwise-guidance',
    submit: '#post-button',
    index: 0,
    generic: true,
  },
  'fb-redesign-comment': {
    page: 'fb-lexical-redesign',
    editor: '#comment-editor',
    host: '[role="main"] postwise-guidance',
    index: 1,
    generic: true,
  },
  'yt-redesign-comment': {
    page: 'youtube-plain-redesign',
    editor: '#composer-input',
    host: 'postwise-guidance',
    submit: '#post-button button',
    index: 0,
    generic: true,
  },
  'yt-redesign-chat': {
    page: 'youtube-plain-redesign',
    editor: 'div#input[contenteditable]',
    host: 'postwise-guidance',
    index: 0,
    frame: { element: '#chatframe', url: '/live_chat' },
    generic: true,
  },
} satisfies Record<string, Box>;

export type BoxName = keyof typeof BOXES;

/** The black-box contract on `<postwise-guidance>` (docs/guidance.md). */
export interface HostState {
  /** `data-rules` exactly (sorted rule ids; [] for none). */
  rules?: string[];
  /** Rule ids that must be among `data-rules`. */
  has?: string[];
  /** Rule ids that must not be among `data-rules`. */
  lacks?: string[];
  severity?: Severity | 'none';
  account?: 'personal' | 'official';
  surface?: Surface;
}

/** What a person posted, as the fixture page's submit handler recorded it. */
export interface Submit {
  via: 'click' | 'keyboard';
  text: string;
}

/** The guidance's parts a step can focus or check. */
export type Part = 'editor' | 'badge' | 'panel' | 'Edit' | 'Post anyway';

export type Step =
  /** Clicks the box's editor or submit control, or the guidance's badge. */
  | { click: 'editor' | 'submit' | 'badge' }
  /** Types at the focused element like a person (Draft.js drops characters typed too fast). */
  | { type: string }
  /** A key or chord, Playwright-style: `Control+Enter`, `Shift+Enter`, `Tab`, `Escape`, `Control+z`. */
  | { press: string }
  /** Opens the panel when it is closed, then clicks the fix button with this name. */
  | { fix: string }
  /** Clicks a choice of the review prompt. */
  | { choose: 'Edit' | 'Post anyway' }
  | { host: HostState }
  /** The editor's own text (Draft.js or Lexical EditorState; the DOM for YouTube): exact, or a pattern. */
  | { text: string | RegExp }
  /** The badge shows this (text contained), or is absent (null). */
  | { badge: string | null }
  /** The panel's notice after a fix contains this. */
  | { notice: string }
  /** The review prompt is shown, or not. */
  | { review: boolean }
  /** The panel is open, or not. */
  | { panel: boolean }
  | { focused: Part }
  /** Marks per CSS highlight where the browser has the Custom Highlight API; the editor's DOM untouched always. */
  | { highlights: Partial<Record<Severity, number>> }
  /** Everything the page's submit handler received, in order. */
  | { submits: Submit[] }
  /** Starts recording the keys the page's own document listener sees (site shortcuts such as X's j/k). */
  | { listenKeys: true }
  /** The keys recorded since `listenKeys`. */
  | { keys: string[] }
  /** Starts recording what the page's own `paste` listeners read from `clipboardData` (the fix pathway). */
  | { listenPaste: true }
  /** The pastes recorded since `listenPaste`. */
  | { pasted: string[] }
  /** Lets time pass (to see that nothing more happens). */
  | { wait: number };

export interface Scenario {
  name: string;
  box: BoxName;
  steps: Step[];
}

export const PHONE_DRAFT = 'Selling my kayak, text me at 902 555 0148 please';
const PHONE_REDACTED = 'Selling my kayak, text me at ••• ••• •••• please';
const WORK_EMAIL = 'Proud of my team at the Department of Agriculture. Email me at jane.doe@novascotia.ca';
const WORK_NO_EMAIL = 'Proud of my team at the Department of Agriculture. Email me at';
const WITH_DISCLAIMER =
  /^Proud of my team at the Department of Agriculture\. Email me at\n\nThe postings on this site are my own/;

/** Remove the address, then add the disclaimer: two fixes in a row through the editor. */
const removeThenDisclaim = (box: BoxName): Scenario => ({
  name: 'removing an address and appending a disclaimer keep the editor consistent',
  box,
  steps: [
    { click: 'editor' },
    { type: WORK_EMAIL },
    { host: { has: ['government-email'] } },
    { fix: 'Remove the address' },
    { text: WORK_NO_EMAIL },
    { fix: 'Add a disclaimer' },
    { text: WITH_DISCLAIMER },
    { host: { lacks: ['disclaimer'] } },
  ],
});

/** X's scenarios on a Draft.js box that posts by click and by Ctrl+Enter. */
const xScenarios = (box: BoxName, surface: Surface): Scenario[] => [
  {
    name: 'quiet for a harmless draft, then the right rules and highlights while typing',
    box,
    steps: [
      { click: 'editor' },
      { type: 'Lovely sunrise over the harbour this morning' },
      { host: { severity: 'none', rules: [], account: 'personal', surface } },
      { badge: null },
      { type: '. Text me at 902 555 0148' },
      { host: { rules: ['personal-info'], severity: 'high' } },
      { badge: '1' },
      { highlights: { high: 1 } },
    ],
  },
  {
    name: 'a redaction goes through Draft.js: its state holds the new text and Ctrl+Z undoes it',
    box,
    steps: [
      { click: 'editor' },
      { type: PHONE_DRAFT },
      { host: { rules: ['personal-info'] } },
      { listenPaste: true },
      { fix: 'Redact it' },
      { host: { rules: [] } },
      { text: PHONE_REDACTED },
      { pasted: ['••• ••• ••••'] }, // Draft.js's own paste handler read the text
      { notice: 'your draft was changed' },
      { click: 'editor' },
      { press: 'Control+z' },
      { text: PHONE_DRAFT },
      { host: { rules: ['personal-info'] } },
    ],
  },
  {
    ...removeThenDisclaim(box),
    steps: [...removeThenDisclaim(box).steps, { click: 'editor' }, { press: 'Control+z' }, { text: WORK_NO_EMAIL }],
  },
  {
    name: 'review before posting by Ctrl+Enter: Edit posts nothing, Post anyway posts exactly once',
    box,
    steps: [
      { click: 'editor' },
      { type: PHONE_DRAFT },
      { host: { severity: 'high' } },
      { press: 'Control+Enter' },
      { review: true },
      { focused: 'Edit' },
      { press: 'Enter' }, // Edit
      { review: false },
      { focused: 'editor' },
      { submits: [] },
      { text: PHONE_DRAFT },
      { press: 'Control+Enter' },
      { focused: 'Edit' },
      { press: 'Tab' },
      { focused: 'Post anyway' },
      { press: 'Enter' },
      { submits: [{ via: 'keyboard', text: PHONE_DRAFT }] },
      { wait: 200 },
      { submits: [{ via: 'keyboard', text: PHONE_DRAFT }] },
    ],
  },
  {
    name: 'review before posting by click, and no review for a harmless draft',
    box,
    steps: [
      { click: 'editor' },
      { type: PHONE_DRAFT },
      { host: { severity: 'high' } },
      { click: 'submit' },
      { review: true },
      { choose: 'Post anyway' },
      { submits: [{ via: 'click', text: PHONE_DRAFT }] },
      // Clicked right after typing (before the pause): held, evaluated, and let through.
      { click: 'editor' },
      { press: 'Control+a' },
      { type: 'See you at the market' },
      { click: 'submit' },
      {
        submits: [
          { via: 'click', text: PHONE_DRAFT },
          { via: 'click', text: 'See you at the market' },
        ],
      },
      { review: false },
    ],
  },
  {
    name: 'keyboard: Tab reaches the badge, keys stay inside the guidance, Escape closes and returns focus',
    box,
    steps: [
      { click: 'editor' },
      { type: PHONE_DRAFT },
      { host: { severity: 'high' } },
      { press: 'Tab' },
      { focused: 'badge' },
      { listenKeys: true }, // site shortcuts listen on the document, like X's "j"/"k"/"l"
      { press: 'Enter' },
      { focused: 'panel' },
      { press: 'j' },
      { press: 'Tab' },
      { press: 'Escape' },
      { panel: false },
      { focused: 'badge' },
      { keys: [] },
    ],
  },
];

export const X_SCENARIOS = xScenarios('x-home', 'post');
/** X Pro: the same, in the reply box of a conversation column. */
export const X_PRO_SCENARIOS = xScenarios('xpro-reply', 'reply');

const FB_DRAFT = 'Garage sale Saturday, call 902 555 0148';
const FB_COMMENT = 'Call me at 902 555 0148';

/** A Lexical post box with a submit button: Facebook's "Create post" dialog, Business Suite's composer. */
const lexicalPostScenarios = (box: BoxName): Scenario[] => [
  {
    name: 'a post: guidance, a fix through Lexical, undo, and review on its submit button',
    box,
    steps: [
      { click: 'editor' },
      { type: FB_DRAFT },
      { host: { rules: ['personal-info'], surface: 'post' } },
      { listenPaste: true },
      { fix: 'Redact it' },
      { text: 'Garage sale Saturday, call ••• ••• ••••' },
      { pasted: ['••• ••• ••••'] }, // through Lexical's paste handler
      { host: { rules: [] } },
      { click: 'editor' },
      { press: 'Control+z' },
      { text: FB_DRAFT },
      { host: { rules: ['personal-info'] } },
      { click: 'submit' },
      { review: true },
      { submits: [] },
      { choose: 'Post anyway' },
      { submits: [{ via: 'click', text: FB_DRAFT }] },
    ],
  },
  removeThenDisclaim(box),
];

/** Meta Business Suite's composer: a Page's post, scheduled. */
export const BUSINESS_SUITE_SCENARIOS = lexicalPostScenarios('business-post');

export const FACEBOOK_SCENARIOS: Scenario[] = [
  ...lexicalPostScenarios('fb-post'),
  {
    name: 'a comment sent with Enter is stopped before Facebook clears it; Post anyway sends it once',
    box: 'fb-comment',
    steps: [
      { click: 'editor' },
      { type: FB_COMMENT },
      { host: { surface: 'comment', severity: 'high' } },
      { press: 'Enter' },
      { focused: 'Edit' },
      { text: FB_COMMENT }, // not cleared: Facebook never saw the Enter
      { press: 'Escape' }, // Escape is Edit
      { review: false },
      { focused: 'editor' },
      { press: 'Enter' },
      { focused: 'Edit' },
      { press: 'Tab' },
      { press: 'Enter' }, // Post anyway
      { submits: [{ via: 'keyboard', text: FB_COMMENT }] },
      { text: '' },
      { host: { rules: [] } }, // the emptied box is quiet again
      { submits: [{ via: 'keyboard', text: FB_COMMENT }] },
    ],
  },
  {
    name: 'Shift+Enter is a new line, not a submit',
    box: 'fb-comment',
    steps: [
      { click: 'editor' },
      { type: FB_COMMENT },
      { host: { severity: 'high' } },
      { press: 'Shift+Enter' },
      { review: false },
      { submits: [] },
    ],
  },
];

const YT_DRAFT = 'Great video! Text me at 902 555 0148';
const YT_CHAT_DRAFT = 'my number is 902 555 0148';

/**
 * Types `draft` (with a phone number), checks the guidance, redacts the number
 * with the fix, checks the editor's text, then undoes the fix in the editor.
 */
const redactThenUndo = (draft: string, host: HostState): Step[] => [
  { click: 'editor' },
  { type: draft },
  { host },
  { fix: 'Redact it' },
  { text: draft.replace('902 555 0148', '••• ••• ••••') },
  { click: 'editor' },
  { press: 'Control+z' },
  { text: draft },
];

/** A plain box (a contenteditable, a textarea) with a button: YouTube's comment box, Studio's reply box. */
const plainBoxScenario = (box: BoxName, surface: Surface): Scenario => ({
  name: `a ${surface}: guidance, a fix with native undo, review on its button`,
  box,
  steps: [
    ...redactThenUndo(YT_DRAFT, { rules: ['personal-info'], surface }),
    { host: { severity: 'high' } },
    { click: 'submit' },
    { review: true },
    { choose: 'Edit' },
    { submits: [] },
    { click: 'submit' },
    { choose: 'Post anyway' },
    { submits: [{ via: 'click', text: YT_DRAFT }] },
  ],
});

/** YouTube Studio: a reply to a comment on the channel. */
export const YOUTUBE_STUDIO_SCENARIOS = [plainBoxScenario('studio-reply', 'reply')];

export const YOUTUBE_SCENARIOS: Scenario[] = [
  plainBoxScenario('yt-comment', 'comment'),
  {
    name: 'live chat in its frame: guidance and review when Enter sends',
    box: 'yt-chat',
    steps: [
      { click: 'editor' },
      { type: YT_CHAT_DRAFT },
      { host: { rules: ['personal-info'] } },
      { press: 'Enter' },
      { review: true },
      { submits: [] },
      { choose: 'Post anyway' },
      { submits: [{ via: 'keyboard', text: YT_CHAT_DRAFT }] },
    ],
  },
];

/** Typed on every site after a redesign: the example, a partisan post with a phone number. */
const PARTISAN_PHONE = 'Vote NDP on Tuesday, text me at 902 555 0148';
const partisanPhone = (box: BoxName): Scenario => ({
  name: 'a partisan post with a phone number in it gets both rules',
  box,
  steps: [
    { click: 'editor' },
    { type: PARTISAN_PHONE },
    { host: { has: ['partisan', 'personal-info'], severity: 'high' } },
  ],
});

/**
 * The main pages after a redesign (REDESIGN): their adapters find nothing,
 * and the generic layer guides each box the person types into, with the
 * right rules and fixes. It knows no submit button: a click on the renamed
 * one goes through untouched, and the guidance stays; review follows the
 * keyboard only where the site posts with Ctrl/Cmd+Enter (X).
 */
export const REDESIGN_SCENARIOS: Record<'x' | 'facebook' | 'youtube', Scenario[]> = {
  x: [
    {
      name: 'the right rules, a fix through Draft.js, review by Ctrl+Enter; a click on the renamed button goes through',
      box: 'x-redesign',
      steps: [
        ...redactThenUndo(PHONE_DRAFT, {
          rules: ['personal-info'],
          severity: 'high',
          account: 'personal',
          surface: 'post',
        }),
        { host: { rules: ['personal-info'] } },
        { press: 'Control+Enter' },
        { review: true },
        { choose: 'Post anyway' },
        { submits: [{ via: 'keyboard', text: PHONE_DRAFT }] },
        { click: 'submit' },
        { review: false },
        {
          submits: [
            { via: 'keyboard', text: PHONE_DRAFT },
            { via: 'click', text: PHONE_DRAFT },
          ],
        },
        { host: { severity: 'high' } }, // the guidance stays
      ],
    },
    partisanPhone('x-redesign'),
  ],
  facebook: [
    {
      name: 'the post dialog: the right rules and a fix through Lexical; the renamed Post button is not stopped',
      box: 'fb-redesign-post',
      steps: [
        ...redactThenUndo(FB_DRAFT, { rules: ['personal-info'], severity: 'high', surface: 'post' }),
        { host: { rules: ['personal-info'] } },
        { click: 'submit' },
        { review: false },
        { submits: [{ via: 'click', text: FB_DRAFT }] },
        { host: { severity: 'high' } },
      ],
    },
    {
      name: 'a comment is guided; Enter sends it as Facebook does',
      box: 'fb-redesign-comment',
      steps: [
        { click: 'editor' },
        { type: FB_COMMENT },
        { host: { rules: ['personal-info'], surface: 'comment' } },
        { press: 'Enter' },
        { review: false },
        { submits: [{ via: 'keyboard', text: FB_COMMENT }] },
        { text: '' },
        { host: { rules: [] } },
      ],
    },
    partisanPhone('fb-redesign-comment'),
  ],
  youtube: [
    {
      name: 'the comment box: the right rules and a fix with native undo; the renamed button is not stopped',
      box: 'yt-redesign-comment',
      steps: [
        ...redactThenUndo(YT_DRAFT, { rules: ['personal-info'], surface: 'comment' }),
        { host: { severity: 'high' } },
        { click: 'submit' },
        { review: false },
        { submits: [{ via: 'click', text: YT_DRAFT }] },
      ],
    },
    {
      name: 'live chat in its frame is guided; Enter sends',
      box: 'yt-redesign-chat',
      steps: [
        { click: 'editor' },
        { type: YT_CHAT_DRAFT },
        { host: { rules: ['personal-info'], surface: 'comment' } },
        { press: 'Enter' },
        { review: false },
        { submits: [{ via: 'keyboard', text: YT_CHAT_DRAFT }] },
      ],
    },
    partisanPhone('yt-redesign-comment'),
  ],
};

/**
 * What the activity log keeps of the generic layer's takeover on the redesigned X page, once
 * per page: the site, the account kind and the surface, no rule and never the text.
 */
export const TAKEOVER_ROW = {
  action: 'generic-takeover',
  site: 'x',
  account: 'personal',
  surface: 'post',
  rules: [],
  severities: [],
};

/** Every scenario, by the suite it belongs to: the Firefox runner plays them all. */
export const GUIDANCE_SCENARIOS: Record<string, Scenario[]> = {
  'X (Draft.js)': X_SCENARIOS,
  'Facebook (Lexical)': FACEBOOK_SCENARIOS,
  'YouTube (plain box, live chat frame)': YOUTUBE_SCENARIOS,
  'X Pro (Draft.js in a deck column)': X_PRO_SCENARIOS,
  'Meta Business Suite (Lexical caption box)': BUSINESS_SUITE_SCENARIOS,
  'YouTube Studio (comment reply)': YOUTUBE_STUDIO_SCENARIOS,
  'X after a redesign (generic layer)': REDESIGN_SCENARIOS.x,
  'Facebook after a redesign (generic layer)': REDESIGN_SCENARIOS.facebook,
  'YouTube after a redesign (generic layer)': REDESIGN_SCENARIOS.youtube,
};

/**
 * No request leaves the browser: on each site, type a draft with a phone
 * number and redact it. Only these pages (and the extension's own files) may
 * be requested.
 */
export const NETWORK = {
  routed: [X_HOME, FB_FEED, YT_WATCH, YT_CHAT, X_PRO, FB_BUSINESS, YT_STUDIO],
  scenarios: (
    ['x-home', 'fb-post', 'yt-comment', 'xpro-reply', 'business-post', 'studio-reply', 'x-redesign'] as const
  ).map((box): Scenario => ({
    name: `no request from ${box}`,
    box,
    steps: [
      { click: 'editor' },
      { type: 'Proud of my team. Call 902 555 0148' },
      { host: { severity: 'high' } },
      { fix: 'Redact it' },
      { host: { lacks: ['personal-info'] } },
    ],
  })),
};

/**
 * Runs in the page (serialised by the runners): records, in `window.__pasted`,
 * what a page's own paste listener reads from each paste event's clipboardData.
 */
export function listenPaste(): void {
  const w = window as unknown as { __pasted: string[] };
  w.__pasted = [];
  document.addEventListener('paste', (e) => w.__pasted.push(e.clipboardData?.getData('text/plain') ?? ''), true);
}

/** Rule ids of a `data-rules` value. */
export function ruleList(value: string | null): string[] {
  return (value ?? '').split(' ').filter(Boolean);
}

/** Why a host's state does not match `want`, or null when it does. */
export function hostMismatch(
  got: { rules: string | null; severity: string | null; account: string | null; surface: string | null },
  want: HostState,
): string | null {
  const rules = ruleList(got.rules);
  const problems: string[] = [];
  if (want.rules && rules.join(' ') !== want.rules.join(' ')) problems.push(`rules ${rules} ≠ ${want.rules}`);
  for (const r of want.has ?? []) if (!rules.includes(r)) problems.push(`rules ${rules} lack ${r}`);
  for (const r of want.lacks ?? []) if (rules.includes(r)) problems.push(`rules ${rules} have ${r}`);
  for (const k of ['severity', 'account', 'surface'] as const) {
    if (want[k] !== undefined && got[k] !== want[k]) problems.push(`${k} ${got[k]} ≠ ${want[k]}`);
  }
  return problems.length ? problems.join('; ') : null;
}
