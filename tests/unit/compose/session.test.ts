// @vitest-environment happy-dom
import { createSession, DEBOUNCE_MS } from '@/lib/compose/session';
import type { Finding } from '@/lib/types';

const finding = (rule: Finding['rule'], severity: Finding['severity'] = 'high'): Finding => ({
  rule,
  severity,
  start: 0,
  end: 1,
  message: rule,
  policyRef: { section: 's', anchor: 'a', quote: 'q' },
});

/** A contenteditable with a session on it; `evaluate` is controlled by the test. */
function setup(evaluate: (text: string) => Promise<Finding[]>) {
  document.body.innerHTML = '<div id="ed" contenteditable="true"></div>';
  const el = document.getElementById('ed')!;
  const results: { text: string; findings: Finding[] }[] = [];
  const errors: unknown[] = [];
  const session = createSession(el, {
    read: () => el.textContent ?? '',
    evaluate,
    onResult: (r) => results.push({ text: r.text, findings: r.findings }),
    onError: (e) => errors.push(e),
  });
  const type = (text: string, init: InputEventInit = {}) => {
    el.textContent = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, ...init }));
  };
  return { el, session, results, errors, type };
}

/** Lets promise callbacks run without moving fake time. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('waits for a pause of ~300 ms, then evaluates the latest text once', async () => {
  const evaluate = vi.fn(async () => [finding('personal-info')]);
  const { session, results, type } = setup(evaluate);
  type('T');
  await vi.advanceTimersByTimeAsync(200);
  type('Te');
  await vi.advanceTimersByTimeAsync(200);
  type('Tex');
  expect(evaluate).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
  expect(evaluate).toHaveBeenCalledTimes(1);
  expect(evaluate).toHaveBeenCalledWith('Tex');
  expect(results).toEqual([{ text: 'Tex', findings: [finding('personal-info')] }]);
  expect(session.dirty).toBe(false);
  session.dispose();
});

test('nothing is sent while an IME composition is in progress', async () => {
  const evaluate = vi.fn(async () => []);
  const { el, session, type } = setup(evaluate);
  el.dispatchEvent(new CompositionEvent('compositionstart'));
  type('にほ', { isComposing: true });
  await vi.advanceTimersByTimeAsync(1000);
  expect(evaluate).not.toHaveBeenCalled();
  expect(session.composing).toBe(true);
  expect(session.snapshot).toBe('にほ'); // still snapshotted
  el.textContent = '日本';
  el.dispatchEvent(new CompositionEvent('compositionend'));
  await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
  expect(evaluate).toHaveBeenCalledExactlyOnceWith('日本');
  session.dispose();
});

test('an answer overtaken by a newer request is dropped', async () => {
  const answers: ((f: Finding[]) => void)[] = [];
  const evaluate = vi.fn(() => new Promise<Finding[]>((resolve) => answers.push(resolve)));
  const { session, results, type } = setup(evaluate);
  type('call 902 555 0148');
  await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
  type('call me');
  await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
  expect(evaluate).toHaveBeenCalledTimes(2);
  answers[1]!([]); // the newer answer arrives first
  await settle();
  answers[0]!([finding('personal-info')]); // the stale one arrives late
  await settle();
  expect(results).toEqual([{ text: 'call me', findings: [] }]);
  expect(session.findings).toEqual([]);
  session.dispose();
});

test('the snapshot survives the site clearing the box; flush evaluates at once', async () => {
  const evaluate = vi.fn(async (t: string) => (t.includes('0148') ? [finding('personal-info')] : []));
  const { el, session, type } = setup(evaluate);
  type('call 902 555 0148');
  expect(session.dirty).toBe(true);
  expect(session.snapshot).toBe('call 902 555 0148');
  const flushed = session.flush();
  await settle();
  expect(await flushed).toEqual([finding('personal-info')]);
  expect(session.dirty).toBe(false);
  // The same text is not asked twice.
  await session.flush();
  expect(evaluate).toHaveBeenCalledTimes(1);
  // A forced flush asks again (the account changed).
  const forced = session.flush(true);
  await settle();
  await forced;
  expect(evaluate).toHaveBeenCalledTimes(2);
  el.textContent = '';
  await settle(); // the editor's own mutation is seen without an input event
  expect(session.snapshot).toBe('');
  session.dispose();
});

test('an empty box that was never evaluated is not dirty; a failure is reported, not thrown', async () => {
  const evaluate = vi.fn(async () => {
    throw new Error('background gone');
  });
  const { session, errors, type } = setup(evaluate);
  expect(session.dirty).toBe(false);
  type('hello');
  await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
  expect(errors).toHaveLength(1);
  expect(session.findings).toEqual([]);
  session.dispose();
  type('after dispose');
  await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
  expect(evaluate).toHaveBeenCalledTimes(1);
});
