// @vitest-environment happy-dom
import { editingHost, genericAdapter, inferSurface, isComposeField } from '@/lib/sites/generic';
import { facebookAdapter, xAdapter, youtubeAdapter } from '@/lib/sites';
import type { SiteAdapter } from '@/lib/sites';
import { key, loadFixture } from './load';

const el = (html: string, selector = '#f'): HTMLElement => {
  document.body.innerHTML = html;
  return document.querySelector(selector) as HTMLElement;
};

describe('generic: the editing host', () => {
  test('a field is its own host; inside a contenteditable, the outermost editable', () => {
    const field = el('<textarea id="f"></textarea>');
    expect(editingHost(field)).toBe(field);
    const root = el('<div id="f" contenteditable="true"><p><span id="s">hi</span></p></div>');
    expect(editingHost(document.getElementById('s')!.firstChild)).toBe(root);
  });

  test('a non-editable island (a mention) and plain elements have none', () => {
    el('<div contenteditable="true"><span contenteditable="false"><b id="m">@jane</b></span></div>');
    expect(editingHost(document.getElementById('m'))).toBeNull();
    expect(editingHost(el('<div id="f">text</div>'))).toBeNull();
    expect(editingHost(null)).toBeNull();
  });
});

describe('generic: what counts as a compose field', () => {
  test.each([
    ['a textarea', '<textarea id="f"></textarea>'],
    ['a text input', '<input id="f" type="text" aria-label="Add a comment">'],
    ['an input without a type', '<input id="f" placeholder="Write a reply">'],
    ['a contenteditable textbox', '<div id="f" contenteditable="true" role="textbox"></div>'],
    ['a contenteditable combobox (mentions)', '<div id="f" contenteditable="true" role="combobox"></div>'],
    ['a contenteditable in a form', '<form><div id="f" contenteditable="true"></div></form>'],
    ['a contenteditable in a dialog', '<div role="dialog"><div><div id="f" contenteditable=""></div></div></div>'],
    [
      'a contenteditable beside its send button',
      '<x-composer><div><div id="f" contenteditable="true"></div></div><x-buttons><button>Comment</button></x-buttons></x-composer>',
    ],
  ])('%s: yes', (_name, html) => expect(isComposeField(el(html))).toBe(true));

  test.each([
    ['a search input', '<input id="f" type="search">'],
    ['a search form', '<form role="search"><input id="f" type="text"></form>'],
    ['a searchbox', '<div id="f" contenteditable="true" role="searchbox"></div>'],
    ['a field labelled search', '<input id="f" type="text" aria-label="Search Facebook">'],
    ['a field labelled in French', '<textarea id="f" placeholder="Rechercher"></textarea>'],
    ['a query field', '<input id="f" name="search_query">'],
    ['a combobox input (search suggestions)', '<input id="f" type="text" role="combobox">'],
    ['a login field', '<form><input id="f" type="text" name="username"><input type="password"></form>'],
    ['a login form’s textarea', '<form><textarea id="f"></textarea><input type="password"></form>'],
    ['a username by autocomplete', '<input id="f" type="text" autocomplete="username">'],
    ['an email field', '<input id="f" type="email">'],
    ['a password', '<input id="f" type="password">'],
    ['a verification code', '<input id="f" type="text" aria-label="Verification code">'],
    ['a disabled textarea', '<textarea id="f" disabled></textarea>'],
    ['a read-only input', '<input id="f" type="text" readonly>'],
    ['a lone contenteditable', '<section><div id="f" contenteditable="true"></div></section>'],
  ])('%s: no', (_name, html) => expect(isComposeField(el(html))).toBe(false));
});

describe('generic: the surface, as well as it can be told', () => {
  test.each([
    ['a reply by its label', '<textarea id="f" placeholder="Add a reply..."></textarea>', 'reply'],
    ['a reply in French', '<div id="f" contenteditable role="textbox" aria-label="Répondre à Sam"></div>', 'reply'],
    [
      'a comment by its label',
      '<div id="f" contenteditable role="textbox" aria-label="Comment as Jane"></div>',
      'comment',
    ],
    ['a message by its label', '<textarea id="f" aria-label="Start a new message"></textarea>', 'message'],
    [
      'a label linked by id',
      '<span id="l">Post your reply</span><textarea id="f" aria-labelledby="l"></textarea>',
      'reply',
    ],
    ['a dialog with no post in it', '<div role="dialog"><textarea id="f"></textarea></div>', 'post'],
    [
      'a dialog showing the post replied to',
      '<div role="dialog"><article>Hi</article><textarea id="f"></textarea></div>',
      'reply',
    ],
    [
      'a box inside a post',
      '<div role="article"><p>Post</p><form><textarea id="f"></textarea></form></div>',
      'comment',
    ],
    [
      'a box after the post it answers',
      '<main><article>Focal</article><div><textarea id="f"></textarea></div></main>',
      'reply',
    ],
    ['a box above a timeline', '<main><div><textarea id="f"></textarea></div><article>Older</article></main>', 'quote'],
    ['nothing to tell', '<div><textarea id="f"></textarea></div>', 'quote'],
  ])('%s → %s', (_name, html, surface) => expect(inferSurface(el(html), 'quote')).toBe(surface));
});

describe('generic: the layer over each site', () => {
  test('it finds nothing by itself, and follows a field typed into with the site’s hints', () => {
    const field = el('<div><textarea id="f" aria-label="Add a comment…"></textarea><button>Comment</button></div>');
    const layer = genericAdapter(youtubeAdapter);
    expect(layer).toBe(genericAdapter(youtubeAdapter)); // one layer per site
    expect(layer.findComposeBoxes(document)).toEqual([]);
    const box = layer.boxFor(field)!;
    expect(box).toMatchObject({ site: 'youtube', element: field, surface: 'comment', anchor: field, generic: true });
    expect(layer.readText(box)).toBe('');
    expect(layer.findSubmit(box)).toBeNull(); // never stops a click it does not understand
  });

  test('a contenteditable is anchored after its container; the site’s default surface applies', () => {
    const field = el('<div id="wrap"><div id="f" contenteditable="true" role="textbox"></div></div>');
    const box = genericAdapter(youtubeAdapter).boxFor(field)!;
    expect(box.anchor.id).toBe('wrap');
    expect(box.surface).toBe('comment');
    expect(genericAdapter(xAdapter).boxFor(field)!.surface).toBe('post');
  });

  test('Ctrl/Cmd+Enter is a submit only where the site posts with it (X)', () => {
    const field = el('<div role="dialog"><textarea id="f"></textarea></div>');
    const onX = genericAdapter(xAdapter);
    const box = onX.boxFor(field)!;
    expect(onX.isKeyboardSubmit(key({ ctrlKey: true }), box)).toBe(true);
    expect(onX.isKeyboardSubmit(key({ metaKey: true }), box)).toBe(true);
    expect(onX.isKeyboardSubmit(key(), box)).toBe(false);
    expect(onX.isKeyboardSubmit(key({ ctrlKey: true, isComposing: true }), box)).toBe(false);
    for (const site of [facebookAdapter, youtubeAdapter]) {
      expect(genericAdapter(site).isKeyboardSubmit(key({ ctrlKey: true }), box)).toBe(false);
      expect(genericAdapter(site).isKeyboardSubmit(key(), box)).toBe(false);
    }
  });

  test('Messenger stays excluded on Facebook, and the identity is what the adapter can still read', () => {
    const doc = loadFixture('facebook-messenger-tab');
    const chat = doc.querySelector('[contenteditable]')!;
    expect(genericAdapter(facebookAdapter).boxFor(chat)).toBeNull();
    expect(genericAdapter(xAdapter).boxFor(chat)).not.toBeNull(); // the exclusion is Facebook's

    const field = el(
      '<a data-testid="AppTabBar_Profile_Link" href="/jane_doe">Profile</a><div role="dialog"><textarea id="f"></textarea></div>',
    );
    const onX = genericAdapter(xAdapter);
    expect(onX.identity(document, onX.boxFor(field)!)).toEqual({ handle: 'jane_doe', kind: 'profile' });
    const throwing: SiteAdapter = {
      ...xAdapter,
      identity: () => {
        throw new Error('boom');
      },
    };
    const layer = genericAdapter(throwing);
    expect(layer.identity(document, layer.boxFor(field)!)).toBeNull();
  });

  test.each([
    ['x-changed-layout', xAdapter, 'post'],
    ['facebook-changed-layout', facebookAdapter, 'post'],
    ['youtube-changed-layout', youtubeAdapter, 'comment'],
  ] as const)('%s: the adapter finds nothing; the generic layer guides the first box', (name, site, surface) => {
    const doc = loadFixture(name);
    expect(site.findComposeBoxes(doc)).toEqual([]);
    const field = doc.querySelector('[contenteditable="true"], textarea')!;
    expect(site.boxFor(field)).toBeNull();
    expect(genericAdapter(site).boxFor(field)).toMatchObject({ element: field, surface, generic: true });
  });
});
