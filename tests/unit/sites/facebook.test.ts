// @vitest-environment happy-dom
import { businessSuiteAdapter as bs, facebookAdapter as fb } from '@/lib/sites/facebook';
import { key, loadFixture } from './load';

const label = (el: Element | null | undefined) => el?.getAttribute('aria-label');

describe('facebook: matches', () => {
  test.each([
    ['https://www.facebook.com/', true],
    ['https://web.facebook.com/groups/123', true],
    ['https://m.facebook.com/story.php?id=1', true],
    ['https://www.facebook.com/messages/t/123', false],
    ['https://www.facebook.com/messages', false],
    ['https://www.facebook.com/messagesfromthepremier', true],
    ['https://www.messenger.com/t/123', false],
    ['https://fr-ca.facebook.com/groups/123', true],
    ['https://business.facebook.com/latest/composer', false], // Business Suite's own adapter
    ['https://developers.facebook.com/docs', false],
    ['https://example.com/', false],
  ])('%s → %s', (url, ok) => expect(fb.matches(new URL(url))).toBe(ok));
});

describe('facebook: comments and replies (English)', () => {
  test('finds the reply then the comment, in document order', () => {
    const boxes = fb.findComposeBoxes(loadFixture('facebook-comment'));
    expect(boxes.map((b) => b.surface)).toEqual(['reply', 'comment']);
    expect(boxes.map((b) => label(b.element))).toEqual(['Reply to Sam Lee', 'Comment as Jane Doe']);
  });

  test('reads Lexical paragraphs, <br> line breaks and the empty paragraph', () => {
    const [, comment] = fb.findComposeBoxes(loadFixture('facebook-comment'));
    expect(fb.readText(comment!)).toBe('Looks great\nline two\n\nSee you soon 👍');
  });

  test('submit is the button inside this form’s #focused-state-composer-submit', () => {
    const [reply, comment] = fb.findComposeBoxes(loadFixture('facebook-comment'));
    expect(label(fb.findSubmit(comment!))).toBe('Comment');
    expect(label(fb.findSubmit(reply!))).toBe('Reply');
    expect(fb.findSubmit(reply!)).not.toBe(fb.findSubmit(comment!));
  });

  test('Enter submits a comment; Shift+Enter, Ctrl+Enter and IME Enter do not', () => {
    const [reply, comment] = fb.findComposeBoxes(loadFixture('facebook-comment'));
    expect(fb.isKeyboardSubmit(key(), comment!)).toBe(true);
    expect(fb.isKeyboardSubmit(key(), reply!)).toBe(true);
    expect(fb.isKeyboardSubmit(key({ shiftKey: true }), comment!)).toBe(false);
    expect(fb.isKeyboardSubmit(key({ ctrlKey: true }), comment!)).toBe(false);
    expect(fb.isKeyboardSubmit(key({ isComposing: true }), comment!)).toBe(false);
    expect(fb.isKeyboardSubmit(key({ key: 'a' }), comment!)).toBe(false);
  });

  test('identity: "Comment as" name; a reply is not the person replied to', () => {
    const doc = loadFixture('facebook-comment');
    const [reply, comment] = fb.findComposeBoxes(doc);
    expect(fb.identity(doc, comment!)).toEqual({ name: 'Jane Doe', kind: 'profile' });
    expect(fb.identity(doc, reply!)).toEqual({ name: 'Jane Doe', kind: 'profile' });
  });

  test('boxFor a text node in the editor; a re-rendered editor is found again', () => {
    const doc = loadFixture('facebook-comment');
    const span = doc.querySelector('[aria-label="Comment as Jane Doe"] [data-lexical-text]')!;
    const box = fb.boxFor(span.firstChild!);
    expect(box?.surface).toBe('comment');
    const fresh = box!.element.cloneNode(false) as HTMLElement;
    fresh.innerHTML = '<p dir="auto"><span data-lexical-text="true">new</span></p>';
    box!.element.replaceWith(fresh);
    const again = fb.findComposeBoxes(doc);
    expect(again).toHaveLength(2);
    expect(again[1]!.element).toBe(fresh);
    expect(fb.readText(again[1]!)).toBe('new');
  });
});

describe('facebook: post composer acting as a Page', () => {
  test('post surface, text, Post button, Page identity', () => {
    const doc = loadFixture('facebook-page-composer');
    const boxes = fb.findComposeBoxes(doc);
    expect(boxes).toHaveLength(1);
    const box = boxes[0]!;
    expect(box.surface).toBe('post');
    expect(fb.readText(box)).toBe('Open until 6pm today\nFresh sourdough at 3');
    expect(label(fb.findSubmit(box))).toBe('Post');
    expect(fb.isKeyboardSubmit(key(), box)).toBe(false);
    expect(fb.isKeyboardSubmit(key({ ctrlKey: true }), box)).toBe(false);
    expect(fb.identity(doc, box)).toEqual({ name: 'Acme Bakery', handle: 'acme.bakery', kind: 'page' });
  });
});

describe('facebook: French interface', () => {
  test('reply, comment and post with French labels', () => {
    const doc = loadFixture('facebook-fr');
    const boxes = fb.findComposeBoxes(doc);
    expect(boxes.map((b) => b.surface)).toEqual(['reply', 'comment', 'post']);
    const [reply, comment, post] = boxes;
    expect(fb.readText(comment!)).toBe(''); // the aria-hidden placeholder is not text
    expect(fb.readText(post!)).toBe('Première ligne\n\n\nAprès deux lignes vides');
    expect(label(fb.findSubmit(reply!))).toBe('Répondre');
    expect(label(fb.findSubmit(comment!))).toBe('Commenter');
    expect(label(fb.findSubmit(post!))).toBe('Publier'); // not "Suivant"
    expect(fb.identity(doc, comment!)).toEqual({ name: 'Jeanne Tremblay', kind: 'profile' });
    expect(fb.identity(doc, post!)).toEqual({ name: 'Jeanne Tremblay', handle: '100000000000002', kind: 'profile' });
  });

  test('unknown locale: the reply is recognised by structure', () => {
    const doc = loadFixture('facebook-reply-de');
    const boxes = fb.findComposeBoxes(doc);
    expect(boxes.map((b) => b.surface)).toEqual(['reply', 'comment']);
    expect(fb.findSubmit(boxes[0]!)).toBeNull(); // no submit rendered until focused; Enter still works
    expect(fb.isKeyboardSubmit(key(), boxes[0]!)).toBe(true);
    expect(fb.identity(doc, boxes[1]!)).toBeNull(); // no English/French label, no user data
  });
});

describe('facebook: nothing to find', () => {
  test('Messenger chat tab is excluded, leaving no compose box', () => {
    const doc = loadFixture('facebook-messenger-tab');
    expect(fb.findComposeBoxes(doc)).toEqual([]);
    expect(fb.boxFor(doc.querySelector('[data-lexical-text]')!)).toBeNull();
  });

  test('changed layout without the Lexical hook: empty, no throw', () => {
    expect(fb.findComposeBoxes(loadFixture('facebook-changed-layout'))).toEqual([]);
  });
});

describe('Meta Business Suite', () => {
  test.each([
    ['https://business.facebook.com/latest/composer/?asset_id=123', true],
    ['https://business.facebook.com/latest/home', true],
    ['https://business.facebook.com/latest/inbox/all?thread_type=FB_MESSAGE', false], // Messenger
    ['https://business.facebook.com/latest/inbox', false],
    ['http://business.facebook.com/latest/composer', false],
    ['https://www.facebook.com/', false],
  ])('%s → %s', (url, ok) => expect(bs.matches(new URL(url))).toBe(ok));

  test('the composer: its combobox caption box, the Schedule button, the Page from the address', () => {
    history.replaceState(null, '', '/latest/composer/?asset_id=1234567890&context_ref=HOME');
    const doc = loadFixture('facebook-business-composer');
    const [box, ...more] = bs.findComposeBoxes(doc);
    expect(more).toEqual([]);
    expect(box).toMatchObject({ site: 'facebook', surface: 'post' });
    expect(box!.element.getAttribute('role')).toBe('combobox');
    expect(bs.readText(box!)).toBe('Apple program opens Monday');
    expect(bs.findSubmit(box!)?.textContent).toBe('Schedule');
    expect(bs.identity(doc, box!)).toEqual({ handle: '1234567890', kind: 'page' });
    expect(bs.isKeyboardSubmit(key(), box!)).toBe(false);
    expect(bs.boxFor(box!.element.querySelector('span')!)?.element).toBe(box!.element);
    expect(fb.findComposeBoxes(doc)).toEqual([]); // not Facebook's own composer
  });

  test('Facebook’s own boxes where Business Suite shows them are still Facebook’s', () => {
    const doc = loadFixture('facebook-comment');
    expect(bs.findComposeBoxes(doc).map((b) => b.surface)).toEqual(['reply', 'comment']);
    const [reply] = bs.findComposeBoxes(doc);
    expect(bs.findSubmit(reply!)).toBe(fb.findSubmit(reply!));
    expect(bs.identity(doc, reply!)).toEqual(fb.identity(doc, reply!));
  });
});
