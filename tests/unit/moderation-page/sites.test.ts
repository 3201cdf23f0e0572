// @vitest-environment happy-dom
import { COMMENT_SITES, moderatedBy, byOwner, sameAccount } from '@/lib/moderation/sites';
import type { CommentSite } from '@/lib/moderation/sites';
import { shownText } from '@/lib/moderation/sites/common';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { readEditableText } from '@/lib/sites/text';
import { loadFixture } from '../sites/load';

/** Each comment by others on the page: its fixture id (data-c on it or its list item), author and text. */
function others(site: CommentSite) {
  return site
    .containers(document)
    .map((c) => site.read(c))
    .filter((c) => c !== null)
    .filter((c) => {
      const owner = site.owner(c.container);
      return owner && !byOwner(c.author, owner.identity);
    })
    .map((c) => ({ id: c.container.closest('[data-c]')?.getAttribute('data-c'), author: c.author, text: c.text }));
}

const official = (site: 'facebook' | 'x' | 'youtube', handle: string) => ({
  officialAccounts: [{ site, handle }],
});

describe('facebook: a Page post with comments and replies', () => {
  const fb = COMMENT_SITES.facebook;
  beforeEach(() => loadFixture('facebook-page-comments'));

  test('finds every comment and reply by others, with author and text, and not the Page’s own reply', () => {
    const found = others(fb);
    expect(found.map((c) => c.id)).toEqual([
      'benign-1',
      'personal-info',
      'benign-2',
      'criticism-1',
      'criticism-2',
      'profanity',
      'harassment',
      'benign-3',
      'threat',
      'spam',
      'partisan',
      'benign-4',
    ]);
    expect(found[0]).toEqual({
      id: 'benign-1',
      author: 'Sam Lee',
      text: 'Thanks for the update! Does this include the Digby clinic?',
    });
    expect(found[2]!.text).toBe("Merci pour l'information, c'est très utile pour ma mère.");
    // The post's own text, the author's name and the actions are not read as a comment.
    expect(found.some((c) => /rural clinic hours|Like|Reply$/.test(c.text))).toBe(false);
  });

  test('the post belongs to the Page the person acts as', () => {
    const [first] = fb.containers(document);
    const owner = fb.owner(first!);
    expect(owner?.identity).toEqual({ kind: 'page', name: 'Nova Scotia Government', handle: 'nsgov' });
    expect(fb.viewer(document)).toEqual({ kind: 'page', name: 'Nova Scotia Government' });
    expect(moderatedBy('facebook', owner, fb.viewer(document), official('facebook', 'nsgov'), {})).toBe(true);
    expect(
      moderatedBy('facebook', owner, fb.viewer(document), official('facebook', 'Nova Scotia Government'), {}),
    ).toBe(true);
    // Not listed by the manager: official only when the person chose so for the site.
    expect(moderatedBy('facebook', owner, fb.viewer(document), DEFAULT_SETTINGS, {})).toBe(false);
    expect(moderatedBy('facebook', owner, fb.viewer(document), DEFAULT_SETTINGS, { facebook: 'official' })).toBe(true);
    // Another site's official account is not this one.
    expect(moderatedBy('facebook', owner, fb.viewer(document), official('x', 'nsgov'), {})).toBe(false);
  });

  test('containerOf a text node inside a reply is the reply, not its parent comment', () => {
    const reply = document.querySelector('[data-c="harassment"] [role="article"]')!;
    const text = reply.querySelector('span[lang] div')!.firstChild!;
    expect(fb.containerOf(text)).toBe(reply);
    expect(fb.containerOf(document.querySelector('#post-h')!)).toBeNull();
  });
});

describe('facebook: a personal profile’s post', () => {
  test('the person is the owner, but the account is personal: not moderated', () => {
    loadFixture('facebook-personal-comments');
    const fb = COMMENT_SITES.facebook;
    const [first] = fb.containers(document);
    const owner = fb.owner(first!);
    const viewer = fb.viewer(document);
    expect(viewer).toEqual({ kind: 'profile', name: 'Jane Doe' });
    expect(sameAccount(owner?.identity, viewer)).toBe(true);
    expect(moderatedBy('facebook', owner, viewer, official('facebook', 'nsgov'), {})).toBe(false);
  });
});

describe('youtube: the official channel’s video', () => {
  const yt = COMMENT_SITES.youtube;
  beforeEach(() => loadFixture('youtube-watch-comments'));

  test('finds comments and replies by others, not the channel’s own reply', () => {
    const found = others(yt);
    expect(found.map((c) => c.id)).toEqual([
      'benign-1',
      'criticism-1',
      'threat',
      'benign-2',
      'abuse',
      'benign-3',
      'criticism-2',
      'spam',
      'profanity-fr',
      'personal-info',
      'benign-4',
    ]);
    expect(found[0]).toEqual({
      id: 'benign-1',
      author: '@margaretsmith4821',
      text: 'Thank you for posting this, the captions helped my father a lot.',
    });
  });

  test('the owner row says the person is the channel', () => {
    const owner = yt.owner(yt.containers(document)[0]!);
    expect(owner).toMatchObject({
      identity: { kind: 'channel', name: 'Nova Scotia Government', handle: '@NovaScotiaGov' },
      viewerIsOwner: true,
    });
    expect(moderatedBy('youtube', owner, null, official('youtube', '@NovaScotiaGov'), {})).toBe(true);
  });

  test('someone else watching the channel’s video (no owner buttons) does not moderate it', () => {
    document.querySelector('#owner-buttons')!.remove();
    const owner = yt.owner(yt.containers(document)[0]!);
    expect(owner?.viewerIsOwner).toBe(false);
    // The simplebox shows another channel: the person is not the owner.
    document.querySelector('ytd-topbar-menu-button-renderer img')!.setAttribute('alt', 'Jane Cooks');
    expect(moderatedBy('youtube', owner, yt.viewer(document), official('youtube', '@NovaScotiaGov'), {})).toBe(false);
  });

  test('emoji in a comment are read as their alt text', () => {
    const span = document.querySelector('[data-c="benign-3"] #content-text span')!;
    span.insertAdjacentHTML('beforeend', ' <img class="emoji" alt="👍" src="https://example.invalid/e.png">');
    expect(yt.read(span.closest('ytd-comment-view-model')!)?.text).toBe(
      'What time does the online form open on Monday? 👍',
    );
  });
});

describe('youtube studio: the channel’s comments page', () => {
  test('every comment is on the channel’s own videos; its own reply is left out', () => {
    loadFixture('youtube-studio-moderation');
    const yt = COMMENT_SITES.youtube;
    expect(others(yt).map((c) => c.id)).toEqual([
      'benign-1',
      'criticism-1',
      'profanity',
      'benign-2',
      'personal-info',
      'spam',
      'benign-3',
    ]);
    const owner = yt.owner(yt.containers(document)[0]!);
    expect(owner?.identity).toEqual({ kind: 'channel', name: 'Nova Scotia Government' });
    expect(moderatedBy('youtube', owner, yt.viewer(document), official('youtube', 'Nova Scotia Government'), {})).toBe(
      true,
    );
  });
});

describe('x: a thread by the official account', () => {
  const x = COMMENT_SITES.x;
  beforeEach(() => {
    history.replaceState(null, '', '/NovaScotiaGov/status/1890000000000000001');
    loadFixture('x-thread-replies');
  });
  afterEach(() => history.replaceState(null, '', '/'));

  test('finds the replies by others, not the thread’s own posts', () => {
    const found = others(x);
    expect(found.map((c) => c.id)).toEqual([
      'benign-1',
      'criticism-1',
      'benign-2',
      'harassment',
      'profanity',
      'partisan',
      'criticism-2',
      'spam',
      'personal-info',
      'benign-3',
    ]);
    expect(found[0]).toEqual({
      id: 'benign-1',
      author: 'halifaxmom',
      text: 'Thanks! Is there an income limit for the rebate?',
    });
  });

  test('moderated when signed in as the account; not when someone else reads the thread', () => {
    const reply = document.querySelector<HTMLElement>('[data-c="benign-1"]')!;
    const owner = x.owner(reply);
    expect(owner?.identity).toEqual({ handle: 'NovaScotiaGov', kind: 'profile' });
    expect(moderatedBy('x', owner, x.viewer(document), official('x', 'novascotiagov'), {})).toBe(true);
    const someone = { handle: 'jane_doe', kind: 'profile' } as const;
    expect(moderatedBy('x', owner, someone, official('x', 'NovaScotiaGov'), { x: 'official' })).toBe(false);
  });

  test('a timeline is no conversation: nothing is read there', () => {
    history.replaceState(null, '', '/home');
    expect(x.owner(document.querySelector<HTMLElement>('[data-c="benign-1"]')!)).toBeNull();
  });
});

describe('the text a person reads: read without a walk where nothing could change it', () => {
  const cases = [
    'Plain words, a <b>bold</b> one and an <a href="#">@handle</a>  ',
    '<span>nested <span>inline <i>spans</i></span></span>',
    'Two lines<br>with a break',
    'Emoji <img alt="👍" src=""> by their alt',
    '<div>Block one</div><div>Block two</div>',
    '<p>Para</p>tail',
    'Shown <span hidden>hidden</span> text',
    'Shown <span aria-hidden="true">decoration</span> text',
    'Code <script>var x = 1;</script><style>p{}</style> left out',
    '<span class="public-DraftEditorPlaceholder-root">Write a comment</span>Typed',
    '<ul><li>one</li><li>two</li></ul>',
  ];
  test.each(cases)('%s', (html) => {
    document.body.innerHTML = `<div id="t">${html}</div>`;
    const el = document.getElementById('t')!;
    expect(shownText(el)).toBe(readEditableText(el).trim());
  });

  test('every comment on the fixtures reads the same as before', () => {
    for (const [fixture, site] of [
      ['facebook-page-comments', COMMENT_SITES.facebook],
      ['youtube-watch-comments', COMMENT_SITES.youtube],
      ['youtube-studio-comments', COMMENT_SITES.youtube],
      ['x-thread-replies', COMMENT_SITES.x],
    ] as const) {
      loadFixture(fixture);
      for (const c of site.containers(document)) {
        for (const t of site.read(c)?.texts ?? []) expect(shownText(t)).toBe(readEditableText(t as HTMLElement).trim());
      }
    }
  });
});
