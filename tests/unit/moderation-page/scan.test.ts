// @vitest-environment happy-dom
import type { Request } from '@/lib/messaging';
import { moderateComment } from '@/lib/moderation/judge';
import { commentKey } from '@/lib/moderation/key';
import {
  BATCH,
  createScanner,
  MARK_TAG,
  SHARE,
  SLICE_MS,
  type IdleDeadlineLike,
  type MarkUi,
} from '@/lib/moderation/scan';
import { closest, collect } from '@/lib/moderation/sites/common';
import { COMMENT_SITES, type CommentSite, type Owner } from '@/lib/moderation/sites';
import type { ModerationReason } from '@/lib/moderation/types';
import { loadFixture } from '../sites/load';

/** The background's side, with the real judge: every request is recorded. */
function background(dismissed: string[] = []) {
  const requests: Request[] = [];
  const send = vi.fn(async (r: Request) => {
    requests.push(r);
    switch (r.type) {
      case 'moderate':
        return { verdicts: r.comments.map((c) => moderateComment({ text: c.text, site: r.site })) };
      case 'moderation-dismissals':
        return { keys: dismissed };
      default:
        return { ok: true };
    }
  });
  return {
    send: send as never,
    requests,
    of: <T extends Request['type']>(t: T) => requests.filter((r) => r.type === t) as Extract<Request, { type: T }>[],
  };
}

function marks(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const host of Array.from(document.querySelectorAll(MARK_TAG))) {
    out[host.previousElementSibling!.closest('[data-c]')!.getAttribute('data-c')!] = host.getAttribute('data-rules')!;
  }
  return out;
}

function scanner(
  bg: ReturnType<typeof background>,
  moderated: boolean | ((owner: Owner) => boolean) = true,
  site: CommentSite = COMMENT_SITES.facebook,
) {
  const rendered = new Map<HTMLElement, { reasons: ModerationReason[]; dismiss(): void; breach(): void }>();
  const breach = vi.fn();
  const s = createScanner({
    doc: document,
    site,
    send: bg.send,
    moderated: (owner) => (typeof moderated === 'boolean' ? moderated : moderated(owner)),
    mark: (): MarkUi => {
      const host = document.createElement(MARK_TAG);
      return {
        host,
        render: (reasons, actions) => rendered.set(host, { reasons, ...actions }),
        remove: () => host.remove(),
      };
    },
    breach,
    report: (where, e) => {
      throw new Error(`${where}: ${String(e)}`);
    },
    defer: () => undefined, // passes run only when the test flushes
  });
  return { s, rendered, breach };
}

const FB_MARKS = {
  'personal-info': 'personal-info',
  profanity: 'profanity',
  harassment: 'harassment',
  threat: 'threat',
  spam: 'spam',
  partisan: 'partisan',
};

beforeEach(() => loadFixture('facebook-page-comments'));

test('marks the comments due a mark, right after each, and sends each comment by others once', async () => {
  const bg = background();
  const { s } = scanner(bg);
  await s.start();
  await s.flush();
  expect(marks()).toEqual(FB_MARKS);
  const sent = bg.of('moderate').flatMap((r) => r.comments.map((c) => c.text));
  expect(sent).toHaveLength(12); // 13 comments, less the Page's own reply
  expect(sent.some((t) => t.startsWith('Yes, Digby is included'))).toBe(false);
  expect(bg.of('moderate').every((r) => r.site === 'facebook' && r.comments.length <= BATCH)).toBe(true);
  // Counts for the badge and popup, and with them one summary row per comment marked: one message.
  expect(bg.of('moderation-page')).toEqual([
    {
      type: 'moderation-page',
      site: 'facebook',
      counts: { 'personal-info': 1, threat: 1, harassment: 1, profanity: 1, spam: 1, partisan: 1 },
      total: 6,
      marked: [['personal-info'], ['profanity'], ['harassment'], ['threat'], ['spam'], ['partisan']],
    },
  ]);
  // Nothing read again without a change.
  await s.flush();
  expect(bg.of('moderate').flatMap((r) => r.comments)).toHaveLength(12);
});

test('nothing is read where the person does not moderate', async () => {
  const bg = background();
  const { s } = scanner(bg, false);
  await s.start();
  await s.flush();
  expect(bg.of('moderate')).toEqual([]);
  expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
});

test('a dismissed comment is never marked; Dismiss remembers the key and updates the counts', async () => {
  const threat = document.querySelector('[data-c="threat"] [role="article"] span[lang]')!.textContent!;
  const bg = background([commentKey('facebook', threat)]);
  const { s, rendered } = scanner(bg);
  await s.start();
  await s.flush();
  const { threat: _gone, ...rest } = FB_MARKS;
  expect(marks()).toEqual(rest);

  const spamHost = document.querySelector(`[data-c="spam"] ${MARK_TAG}`) as HTMLElement;
  const spamText = document.querySelector('[data-c="spam"] span[lang]')!.textContent!;
  rendered.get(spamHost)!.dismiss();
  expect(document.querySelector(`[data-c="spam"] ${MARK_TAG}`)).toBeNull();
  expect(bg.of('moderation-dismiss')).toEqual([{ type: 'moderation-dismiss', key: commentKey('facebook', spamText) }]);
  await s.flush(); // the count follows within COUNTS_MS
  expect(bg.of('moderation-page').at(-1)?.total).toBe(4);
  expect(s.counts().spam).toBeUndefined();
});

test('comments loaded later are read when they arrive; a re-rendered comment keeps its verdict', async () => {
  const bg = background();
  const { s } = scanner(bg);
  await s.start();
  await s.flush();
  const list = document.querySelector('[aria-label="Comments"]')!;
  const later = document.querySelector('[data-c="profanity"]')!.cloneNode(true) as HTMLElement;
  later.setAttribute('data-c', 'later');
  later.querySelector('span[lang] div')!.textContent = 'Get lost, you worthless piece of shit.';
  list.append(later);
  // The site draws the threat comment again: same words, new element.
  const threat = document.querySelector('[data-c="threat"]')!;
  const redrawn = threat.cloneNode(true) as HTMLElement;
  redrawn.querySelector(MARK_TAG)?.remove();
  threat.replaceWith(redrawn);
  await s.flush();
  expect(marks().later).toContain('profanity');
  expect(marks().threat).toBe('threat');
  const judged = bg.of('moderate').flatMap((r) => r.comments.map((c) => c.text));
  expect(judged.filter((t) => t.includes('burn the minister'))).toHaveLength(1);
  expect(
    bg
      .of('moderation-page')
      .flatMap((r) => r.marked ?? [])
      .filter((reasons) => reasons.includes('threat')),
  ).toHaveLength(1);
});

test('an element reused for another comment is read again, and its old mark goes', async () => {
  const bg = background();
  const { s } = scanner(bg);
  await s.start();
  await s.flush();
  const text = document.querySelector('[data-c="spam"] span[lang] div')!;
  text.textContent = 'Thank you, this helps a lot.';
  await s.flush();
  expect(marks().spam).toBeUndefined();
  const benign = document.querySelector('[data-c="benign-4"] span[lang] div')!;
  benign.textContent = 'Shut up, you fucking idiot.';
  await s.flush();
  expect(marks()['benign-4']).toContain('profanity');
});

test('a mark the site removed is put back; stop removes every mark and clears the count', async () => {
  const bg = background();
  const { s } = scanner(bg);
  await s.start();
  await s.flush();
  document.querySelector(`[data-c="spam"] ${MARK_TAG}`)!.remove();
  await s.flush();
  expect(marks().spam).toBe('spam');
  s.stop();
  expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
  expect(bg.of('moderation-page').at(-1)).toMatchObject({ counts: {}, total: 0 });
});

test('the breach action goes to the page (the privacy-breach card)', async () => {
  const bg = background();
  const { s, rendered, breach } = scanner(bg);
  await s.start();
  await s.flush();
  rendered.get(document.querySelector(`[data-c="personal-info"] ${MARK_TAG}`) as HTMLElement)!.breach();
  expect(breach).toHaveBeenCalledOnce();
});

test('after a navigation within the site, every post is decided again (X: a timeline, then a conversation)', async () => {
  history.replaceState(null, '', '/home');
  loadFixture('x-thread-replies');
  const bg = background();
  const { s } = scanner(bg, (owner) => owner.identity.handle === 'NovaScotiaGov', COMMENT_SITES.x);
  await s.start();
  await s.flush();
  expect(bg.of('moderate')).toEqual([]);
  history.replaceState(null, '', '/NovaScotiaGov/status/1890000000000000001');
  s.rescan();
  await s.flush();
  expect(Object.keys(marks()).sort()).toEqual(['harassment', 'partisan', 'personal-info', 'profanity', 'spam']);
  history.replaceState(null, '', '/');
});

test('paced by construction: however many comments arrive, at most SHARE of the time, SLICE_MS at once', async () => {
  // 600 comments, one in ten due a mark; each costs 50 µs to read, on a clock of the test's own.
  document.body.innerHTML = Array.from(
    { length: 600 },
    (_, i) => `<div class="c"><p class="t">Comment ${i}${i % 10 === 3 ? ', you idiot' : ''}</p></div>`,
  ).join('');
  let clock = 0;
  let worked = 0;
  const site: CommentSite = {
    site: 'youtube',
    textSelector: '.t',
    containers: (root) => collect(root, '.c'),
    containerOf: (node) => closest(node, '.c'),
    read(container) {
      clock += 0.05;
      worked += 0.05;
      const t = container.querySelector('.t')!;
      return { container, author: 'someone', text: t.textContent!, texts: [t] };
    },
    owner: () => ({
      identity: { kind: 'channel', handle: '@NovaScotiaGov' },
      viewerIsOwner: true,
      scope: document.body,
    }),
    viewer: () => null,
  };
  const requests: Request[] = [];
  const send = async (r: Request) => {
    requests.push(r);
    if (r.type === 'moderate')
      return { verdicts: r.comments.map((c) => ({ reasons: c.text.includes('idiot') ? ['harassment'] : [] })) };
    return r.type === 'moderation-dismissals' ? { keys: [] } : { ok: true };
  };
  let next: { run: (deadline: IdleDeadlineLike) => void; at: number } | null = null;
  const s = createScanner({
    doc: document,
    site,
    send: send as never,
    moderated: () => true,
    mark: (): MarkUi => {
      const host = document.createElement(MARK_TAG);
      return { host, render: () => undefined, remove: () => host.remove() };
    },
    report: (where, e) => {
      throw new Error(`${where}: ${String(e)}`);
    },
    now: () => clock,
    defer: (run, waitMs) => void (next = { run, at: clock + waitMs }),
  });
  await s.start();
  let slice = 0;
  let done = 0;
  while (next && clock < 60_000) {
    const { run, at } = next as { run: (deadline: IdleDeadlineLike) => void; at: number };
    next = null;
    clock = Math.max(clock, at);
    const before = worked;
    run({ timeRemaining: () => 0, didTimeout: true });
    slice = Math.max(slice, worked - before);
    // All the work so far fits the budget: a full slice at the start, then SHARE of the time.
    expect(worked).toBeLessThanOrEqual(SLICE_MS + SHARE * clock + 0.05 + 1e-9);
    await new Promise((resolve) => setTimeout(resolve, 0)); // the background answers
    if (!done && document.querySelectorAll(MARK_TAG).length === 60) done = clock;
  }
  expect(document.querySelectorAll(MARK_TAG)).toHaveLength(60);
  expect(worked).toBeCloseTo(30, 5); // each comment read once
  expect(slice).toBeLessThanOrEqual(SLICE_MS + 0.05 + 1e-9); // one comment past the slice at most
  // And as fast as the budget allows: 30 ms of reading at SHARE, give or take a pass.
  expect(done).toBeLessThan((30 - SLICE_MS) / SHARE + 1_000);
  expect(requests.filter((r) => r.type === 'moderate')).toHaveLength(2); // 500, then 100
  s.stop();
});
