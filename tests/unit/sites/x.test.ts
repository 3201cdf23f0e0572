// @vitest-environment happy-dom
import { xAdapter as x } from '@/lib/sites/x';
import { key, loadFixture } from './load';

const byTestId = (id: string) => document.querySelector(`[data-testid="${id}"]`);

describe('x: matches', () => {
  test.each([
    ['https://x.com/home', true],
    ['https://twitter.com/compose/post', true],
    ['https://mobile.twitter.com/home', true],
    ['https://mobile.x.com/i/chat', true],
    ['https://pro.x.com/i/decks/1', true],
    ['https://example.com/x.com', false],
    ['https://x.com.evil.example/home', false],
    ['https://www.facebook.com/', false],
  ])('%s → %s', (url, ok) => expect(x.matches(new URL(url))).toBe(ok));
});

describe('x: home inline composer', () => {
  test('finds the editor, reads Draft blocks with the empty middle line', () => {
    const doc = loadFixture('x-home-composer');
    const boxes = x.findComposeBoxes(doc);
    expect(boxes).toHaveLength(1);
    const [box] = boxes;
    expect(box!.element).toBe(byTestId('tweetTextarea_0'));
    expect(box!.surface).toBe('post');
    expect(box!.anchor.classList.contains('DraftEditor-root')).toBe(true);
    expect(x.readText(box!)).toBe('Shipping day 🚀\n\nSecond paragraph');
    expect(x.findSubmit(box!)).toBe(byTestId('tweetButtonInline'));
    expect(x.identity(doc, box!)).toEqual({ handle: 'jane_doe', name: 'Jane Doe', kind: 'profile' });
  });

  test('boxFor a text node inside the editor returns the same box', () => {
    const doc = loadFixture('x-home-composer');
    const text = doc.querySelector('[data-text="true"]')!.firstChild!;
    expect(text.nodeType).toBe(3);
    expect(x.boxFor(text)?.element).toBe(byTestId('tweetTextarea_0'));
    expect(x.boxFor(byTestId('toolBar')!)).toBeNull();
  });

  test('a re-rendered editor is found again', () => {
    const doc = loadFixture('x-home-composer');
    const old = byTestId('tweetTextarea_0')!;
    const fresh = old.cloneNode(true) as HTMLElement;
    fresh.querySelector('[data-text="true"]')!.textContent = 'Rewritten';
    old.replaceWith(fresh);
    const [box] = x.findComposeBoxes(doc);
    expect(box!.element).toBe(fresh);
    expect(box!.element.isConnected).toBe(true);
    expect(x.readText(box!)).toBe('Rewritten\n\nSecond paragraph');
  });

  test('keyboard submit: Ctrl/Cmd+Enter only, never while composing', () => {
    const [box] = x.findComposeBoxes(loadFixture('x-home-composer'));
    expect(x.isKeyboardSubmit(key({ ctrlKey: true }), box!)).toBe(true);
    expect(x.isKeyboardSubmit(key({ metaKey: true }), box!)).toBe(true);
    expect(x.isKeyboardSubmit(key(), box!)).toBe(false);
    expect(x.isKeyboardSubmit(key({ shiftKey: true }), box!)).toBe(false);
    expect(x.isKeyboardSubmit(key({ ctrlKey: true, isComposing: true }), box!)).toBe(false);
    expect(x.isKeyboardSubmit(key({ key: 'a', ctrlKey: true }), box!)).toBe(false);
  });
});

describe('x: compose modal over the home composer (thread)', () => {
  test('three boxes in document order, each with its own submit', () => {
    const doc = loadFixture('x-compose-modal-thread');
    const boxes = x.findComposeBoxes(doc);
    expect(boxes.map((b) => b.element.getAttribute('data-testid'))).toEqual([
      'tweetTextarea_0',
      'tweetTextarea_0',
      'tweetTextarea_1',
    ]);
    expect(boxes.map((b) => b.surface)).toEqual(['post', 'post', 'post']);
    const [home, first, second] = boxes;
    expect(x.readText(home!)).toBe('');
    expect(x.readText(first!)).toBe('Road closures for Saturday (1/2)\nRoute 102 northbound');
    expect(x.readText(second!)).toBe(''); // placeholder "Add another post" is not text
    expect(x.findSubmit(home!)).toBe(byTestId('tweetButtonInline'));
    expect(x.findSubmit(first!)).toBe(byTestId('tweetButton'));
    expect(x.findSubmit(second!)).toBe(byTestId('tweetButton'));
    expect(x.identity(doc, second!)).toEqual({ handle: 'ns_comms', name: 'NS Comms', kind: 'profile' });
  });

  test('findComposeBoxes on the dialog only returns the modal editors', () => {
    const doc = loadFixture('x-compose-modal-thread');
    const boxes = x.findComposeBoxes(doc.querySelector('[role="dialog"]')!);
    expect(boxes).toHaveLength(2);
  });
});

describe('x: replies and quotes', () => {
  test('reply modal in French: reply surface, French text, composer avatar not the parent tweet', () => {
    const doc = loadFixture('x-reply-modal-fr');
    const [box] = x.findComposeBoxes(doc);
    expect(box!.surface).toBe('reply');
    expect(x.readText(box!)).toBe('Merci pour l’info 👍');
    expect(x.findSubmit(box!)?.textContent).toBe('Répondre');
    expect(x.identity(doc, box!)).toEqual({ handle: 'marie_t', name: 'Marie Thériault', kind: 'profile' });
  });

  test('inline reply on a status page', () => {
    const doc = loadFixture('x-reply-inline');
    const [box] = x.findComposeBoxes(doc);
    expect(box!.surface).toBe('reply');
    expect(x.findSubmit(box!)?.textContent).toBe('Reply');
    expect(x.identity(doc, box!)?.handle).toBe('jane_doe');
  });

  test('quote: quoted card attached in the composer', () => {
    const doc = loadFixture('x-quote');
    const [box] = x.findComposeBoxes(doc);
    expect(box!.surface).toBe('quote');
    expect(x.readText(box!)).toBe('Worth a read');
    expect(x.findSubmit(box!)).toBe(byTestId('tweetButton'));
    expect(x.identity(doc, box!)?.handle).toBe('jane_doe'); // not the quoted @nsgov
  });
});

describe('x: Chat / DM and mobile', () => {
  test('Chat textarea and legacy DM drawer are messages', () => {
    const doc = loadFixture('x-dm');
    const boxes = x.findComposeBoxes(doc);
    expect(boxes.map((b) => b.surface)).toEqual(['message', 'message']);
    const [chat, legacy] = boxes;
    expect(chat!.element.tagName).toBe('TEXTAREA');
    expect(x.readText(chat!)).toBe('see you at 5\nbring the slides');
    expect(x.findSubmit(chat!)).toBe(byTestId('dm-composer-send-button'));
    expect(x.readText(legacy!)).toBe('legacy hello');
    expect(x.findSubmit(legacy!)).toBe(byTestId('dmComposerSendButton'));
    expect(x.identity(doc, chat!)?.handle).toBe('jane_doe'); // not the other person's avatar
  });

  test('Chat: Enter sends, Shift+Enter does not', () => {
    const [chat] = x.findComposeBoxes(loadFixture('x-dm'));
    expect(x.isKeyboardSubmit(key(), chat!)).toBe(true);
    expect(x.isKeyboardSubmit(key({ shiftKey: true }), chat!)).toBe(false);
    expect(x.isKeyboardSubmit(key({ keyCode: 229 }), chat!)).toBe(false);
  });

  test('mobile compose page uses the textarea value', () => {
    const doc = loadFixture('x-mobile-compose');
    const [box] = x.findComposeBoxes(doc);
    (box!.element as HTMLTextAreaElement).value = 'Edited on mobile';
    expect(x.readText(box!)).toBe('Edited on mobile');
    expect(x.findSubmit(box!)).toBe(byTestId('tweetButton'));
    expect(x.identity(doc, box!)).toBeNull();
  });
});

describe('x: nothing to find', () => {
  test('a timeline without a composer', () => {
    expect(x.findComposeBoxes(loadFixture('x-no-composer'))).toEqual([]);
  });
  test('a changed layout without our hooks: empty, no throw', () => {
    const doc = loadFixture('x-changed-layout');
    expect(x.findComposeBoxes(doc)).toEqual([]);
    expect(x.boxFor(doc.querySelector('[contenteditable]')!.firstChild!)).toBeNull();
  });
});

describe('X Pro: the deck', () => {
  test('the reply box in a conversation column, and the compose modal posting as the team', () => {
    const doc = loadFixture('x-pro-deck');
    const boxes = x.findComposeBoxes(doc);
    expect(boxes.map((b) => b.surface)).toEqual(['reply', 'post']);
    const [reply, post] = boxes;
    expect(x.readText(reply!)).toBe('Applications open Monday');
    expect(x.findSubmit(reply!)?.textContent).toBe('Reply');
    expect(x.findSubmit(post!)).toBe(byTestId('tweetButton'));
    expect(x.readText(post!)).toBe('');
    expect(x.identity(doc, reply!)).toEqual({ handle: 'NS_Agriculture', name: 'NS Agriculture', kind: 'profile' });
    expect(x.isKeyboardSubmit(key({ ctrlKey: true }), post!)).toBe(true);
  });
});
