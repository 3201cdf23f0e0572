// @vitest-environment happy-dom
import { youtubeAdapter as yt } from '@/lib/sites/youtube';
import { key, loadFixture, parseFixture } from './load';

const label = (el: Element | null | undefined) => el?.getAttribute('aria-label');

describe('youtube: matches', () => {
  test.each([
    ['https://www.youtube.com/watch?v=abc', true],
    ['https://m.youtube.com/shorts/abc', true],
    ['https://www.youtube.com/live_chat?v=abc&is_popout=1', true],
    ['https://studio.youtube.com/channel/UC1/comments/inbox', true],
    ['https://music.youtube.com/', false],
    ['https://example.com/youtube.com', false],
  ])('%s → %s', (url, ok) => expect(yt.matches(new URL(url))).toBe(ok));
});

describe('youtube: video comments and replies', () => {
  test('comment then reply, with <br>, emoji alt and <div> lines', () => {
    const boxes = yt.findComposeBoxes(loadFixture('youtube-watch-comment'));
    expect(boxes.map((b) => b.surface)).toEqual(['comment', 'reply']);
    const [comment, reply] = boxes;
    expect(comment!.anchor.tagName).toBe('YTD-COMMENTBOX');
    expect(yt.readText(comment!)).toBe('Great explanation\nat 3:10 🔥');
    expect(yt.readText(reply!)).toBe('Cast iron\n10 inch\n\nlink below');
  });

  test('each box submits through its own #submit-button', () => {
    const [comment, reply] = yt.findComposeBoxes(loadFixture('youtube-watch-comment'));
    const c = yt.findSubmit(comment!);
    const r = yt.findSubmit(reply!);
    expect(c?.tagName).toBe('BUTTON');
    expect(label(c)).toBe('Comment');
    expect(label(r)).toBe('Reply');
    expect(c!.closest('#submit-button')).not.toBeNull();
  });

  test('no keyboard submit in comments', () => {
    const [comment] = yt.findComposeBoxes(loadFixture('youtube-watch-comment'));
    expect(yt.isKeyboardSubmit(key(), comment!)).toBe(false);
    expect(yt.isKeyboardSubmit(key({ ctrlKey: true }), comment!)).toBe(false);
  });

  test('identity from the comment box avatar', () => {
    const doc = loadFixture('youtube-watch-comment');
    const [comment, reply] = yt.findComposeBoxes(doc);
    expect(yt.identity(doc, comment!)).toEqual({ name: 'Jane Cooks', kind: 'channel' });
    expect(yt.identity(doc, reply!)).toEqual({ name: 'Jane Cooks', kind: 'channel' });
  });

  test('boxFor a text node; a re-rendered editor is found again', () => {
    const doc = loadFixture('youtube-watch-comment');
    const root = doc.querySelector('#contenteditable-root')!;
    expect(yt.boxFor(root.firstChild!)?.element).toBe(root);
    const fresh = root.cloneNode(false) as HTMLElement;
    fresh.textContent = 'typed again';
    root.replaceWith(fresh);
    const [comment] = yt.findComposeBoxes(doc);
    expect(comment!.element).toBe(fresh);
    expect(yt.readText(comment!)).toBe('typed again');
  });
});

describe('youtube: Shorts, posts and live chat', () => {
  test('Shorts comment in French, identity from the account header', () => {
    const doc = loadFixture('youtube-shorts-fr');
    const [box] = yt.findComposeBoxes(doc);
    expect(box!.surface).toBe('comment');
    expect(yt.readText(box!)).toBe('Trop bon 😋 merci');
    expect(label(yt.findSubmit(box!))).toBe('Ajouter un commentaire');
    expect(yt.identity(doc, box!)).toEqual({ handle: '@janecooks', name: 'Jane Cooks', kind: 'channel' });
  });

  test('channel post: post surface, two <br> make an empty line, labelled Post button', () => {
    const doc = loadFixture('youtube-post');
    const [box] = yt.findComposeBoxes(doc);
    expect(box!.surface).toBe('post');
    expect(yt.readText(box!)).toBe('New recipe Friday!\n\nGuess the dish');
    expect(label(yt.findSubmit(box!))).toBe('Post');
    expect(yt.identity(doc, box!)).toBeNull();
  });

  test('live chat document: comment surface, send button, Enter sends', () => {
    const doc = parseFixture('youtube-live-chat');
    const boxes = yt.findComposeBoxes(doc);
    expect(boxes).toHaveLength(1);
    const box = boxes[0]!;
    expect(box.surface).toBe('comment');
    expect(box.element.tagName).toBe('DIV');
    expect(yt.readText(box)).toBe('hello chat 👋'); // not the "Chat…" label
    expect(label(yt.findSubmit(box))).toBe('Send');
    expect(yt.isKeyboardSubmit(key(), box)).toBe(true);
    expect(yt.isKeyboardSubmit(key({ shiftKey: true }), box)).toBe(false);
    expect(yt.isKeyboardSubmit(key({ isComposing: true }), box)).toBe(false);
    expect(yt.identity(doc, box)).toEqual({ name: 'Jane Cooks', kind: 'channel' });
    expect(yt.boxFor(box.element.firstChild!)?.element).toBe(box.element);
  });
});

describe('youtube: nothing to find', () => {
  test('placeholder only, before the box opens', () => {
    expect(yt.findComposeBoxes(loadFixture('youtube-no-box'))).toEqual([]);
  });
  test('changed layout: empty, no throw', () => {
    const doc = loadFixture('youtube-changed-layout');
    expect(yt.findComposeBoxes(doc)).toEqual([]);
    expect(yt.boxFor(doc.querySelector('[contenteditable]')!)).toBeNull();
  });
});

describe('YouTube Studio: comment replies', () => {
  test('the reply boxes of two threads, each with its own Reply button; the channel from the drawer', () => {
    const doc = loadFixture('youtube-studio-comments');
    const boxes = yt.findComposeBoxes(doc);
    expect(boxes.map((b) => [b.element.tagName, b.surface])).toEqual([
      ['TEXTAREA', 'reply'],
      ['TEXTAREA', 'reply'],
    ]);
    const [first, second] = boxes;
    expect(first!.anchor.tagName).toBe('YTCP-COMMENTBOX');
    expect(yt.readText(first!)).toBe('Monday, call 902 555 0148');
    expect(yt.findSubmit(first!)?.textContent).toBe('Reply'); // 2026: no id, named Reply
    expect(label(yt.findSubmit(second!))).toBe('Reply'); // older: #submit-button
    expect(yt.findSubmit(second!)).not.toBe(yt.findSubmit(first!));
    expect(yt.isKeyboardSubmit(key(), first!)).toBe(false);
    expect(yt.isKeyboardSubmit(key({ ctrlKey: true }), first!)).toBe(false);
    expect(yt.identity(doc, first!)).toEqual({ name: 'Nova Scotia Agriculture', kind: 'channel' });
  });
});
