// @vitest-environment happy-dom
import { ADAPTERS, adapterFor, businessSuiteAdapter } from '@/lib/sites';
import { loadFixture } from './load';

describe('adapterFor', () => {
  test.each([
    ['https://x.com/home', 'x'],
    ['https://twitter.com/i/chat/1', 'x'],
    ['https://mobile.twitter.com/compose/post', 'x'],
    ['https://www.facebook.com/groups/1', 'facebook'],
    ['https://www.youtube.com/live_chat?v=1', 'youtube'],
    ['https://pro.x.com/i/decks/1', 'x'],
    ['https://studio.youtube.com/channel/UC1/comments', 'youtube'],
    ['https://business.facebook.com/latest/composer/', 'facebook'],
    ['https://business.facebook.com/latest/inbox/all', null],
    ['https://www.facebook.com/messages/t/1', null],
    ['https://www.messenger.com/', null],
    ['https://example.com/', null],
    ['file:///x.com/home', null],
  ])('%s → %s', (url, site) => expect(adapterFor(new URL(url))?.site ?? null).toBe(site));

  test('one adapter per site, and Business Suite’s for Facebook Pages', () => {
    expect(ADAPTERS.map((a) => a.site)).toEqual(['x', 'facebook', 'youtube', 'facebook']);
    expect(adapterFor(new URL('https://business.facebook.com/latest/composer/'))).toBe(businessSuiteAdapter);
  });

  test('adapters ignore other sites’ editors and never throw on odd roots', () => {
    const doc = loadFixture('facebook-comment');
    const x = ADAPTERS[0]!;
    const yt = ADAPTERS[2]!;
    expect(x.findComposeBoxes(doc)).toEqual([]);
    expect(yt.findComposeBoxes(doc)).toEqual([]);
    const frag = document.createDocumentFragment();
    for (const a of ADAPTERS) expect(a.findComposeBoxes(frag)).toEqual([]);
    const broken = {
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as ParentNode;
    for (const a of ADAPTERS) expect(a.findComposeBoxes(broken)).toEqual([]);
  });

  test('findComposeBoxes accepts the editor element itself as root', () => {
    loadFixture('x-home-composer');
    const ed = document.querySelector('[data-testid="tweetTextarea_0"]')!;
    expect(ADAPTERS[0]!.findComposeBoxes(ed).map((b) => b.element)).toEqual([ed]);
  });
});
