// @vitest-environment happy-dom
import { createSubmitGuard, verdictFor, type Guarded, type SubmitIntent, type Verdict } from '@/lib/compose/submit';
import type { Finding } from '@/lib/types';

const high = { severity: 'high' } as Finding;
const warning = { severity: 'warning' } as Finding;

test.each([
  [[high], false, true, 'review'],
  [[warning], false, true, 'pass'],
  [[], true, true, 'hold'],
  [[high], true, true, 'hold'],
  [[high], false, false, 'pass'],
  [[high], true, false, 'pass'],
] as const)('verdict for findings %j, dirty %s, review on %s: %s', (findings, dirty, reviewBeforePosting, expected) => {
  expect(verdictFor({ findings: [...findings], dirty, reviewBeforePosting })).toBe(expected);
});

/** An editor and its Post button; the site's own handlers record what they receive. */
function page(verdict: () => Verdict) {
  document.body.innerHTML =
    '<div id="ed" contenteditable="true">hi</div><button id="post"><span id="label">Post</span></button><button id="other">Like</button><postwise-guidance id="ours"></postwise-guidance>';
  const ed = document.getElementById('ed')!;
  const post = document.getElementById('post')!;
  const site: string[] = [];
  post.addEventListener('click', () => site.push('click'));
  ed.addEventListener('keydown', (e) => site.push(`key:${e.key}:${e.ctrlKey}:${e.keyCode}`));
  const box: Guarded = {
    element: ed,
    submitControl: () => post,
    isKeyboardSubmit: (e) => e.key === 'Enter' && e.ctrlKey,
    verdict,
  };
  const stopped: { intent: SubmitIntent; verdict: Verdict }[] = [];
  const abort = new AbortController();
  const errors: unknown[] = [];
  const guard = createSubmitGuard(
    window,
    {
      boxes: () => [box],
      isOwnUi: (t) => t === document.getElementById('ours'),
      onStopped: (_b, intent, v) => stopped.push({ intent, verdict: v }),
      onError: (e) => errors.push(e),
    },
    abort.signal,
  );
  return { ed, post, site, stopped, guard, abort, errors };
}

test('a click on the submit control (or inside it) is stopped before the site sees it', () => {
  const { post, site, stopped, abort } = page(() => 'review');
  const label = document.getElementById('label')!;
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, clientX: 12 });
  label.dispatchEvent(event);
  expect(event.defaultPrevented).toBe(true);
  expect(site).toEqual([]);
  expect(stopped).toHaveLength(1);
  expect(stopped[0]!.intent).toMatchObject({ kind: 'click', target: label, init: { clientX: 12 } });
  document.getElementById('other')!.click(); // anything else goes through untouched
  post.click(); // …and a second submit is stopped again
  expect(stopped).toHaveLength(2);
  abort.abort();
  post.click();
  expect(site).toEqual(['click']); // torn down: never in the way
});

test('a keyboard submit is stopped; other keys and a pass go through', () => {
  let verdict: Verdict = 'review';
  const { ed, site, stopped } = page(() => verdict);
  ed.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  ed.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', ctrlKey: true, bubbles: true, cancelable: true }));
  expect(site).toEqual(['key:Enter:false:0', 'key:a:true:0']);
  const ctrlEnter = new KeyboardEvent('keydown', {
    key: 'Enter',
    ctrlKey: true,
    keyCode: 13,
    bubbles: true,
    cancelable: true,
  });
  ed.dispatchEvent(ctrlEnter);
  expect(ctrlEnter.defaultPrevented).toBe(true);
  expect(stopped.map((s) => s.intent.kind)).toEqual(['key']);
  verdict = 'pass';
  ed.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
  expect(site).toHaveLength(3);
});

test('replay dispatches the same event once, and the guard lets exactly that one through', () => {
  const { ed, post, site, stopped, guard } = page(() => 'review');
  post.click();
  ed.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, keyCode: 13, bubbles: true, cancelable: true }),
  );
  expect(site).toEqual([]);
  guard.replay(stopped[0]!.intent, null);
  guard.replay(stopped[1]!.intent, null);
  expect(site).toEqual(['click', 'key:Enter:true:13']);
  post.click(); // the next real submit is reviewed again
  expect(stopped).toHaveLength(3);
  // The original target left the page: the fallback receives the event.
  const gone = { ...stopped[2]!.intent, target: document.createElement('span') };
  guard.replay(gone, post);
  expect(site).toEqual(['click', 'key:Enter:true:13', 'click']);
});

test('Postwise’s own interface is ignored; a failure of ours never blocks the submit', () => {
  const { post, site, stopped, errors } = page(() => {
    throw new Error('boom');
  });
  document.getElementById('ours')!.click();
  post.click();
  expect(stopped).toEqual([]);
  expect(site).toEqual(['click']);
  expect(errors).toHaveLength(1);
});
