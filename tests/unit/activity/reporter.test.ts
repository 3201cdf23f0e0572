// @vitest-environment happy-dom
import { ActivityReporter } from '@/lib/activity/reporter';
import type { ActivityRequest, Responses } from '@/lib/messaging';

const SEC = 1000;

/** A page whose visibility and focus the test controls. */
function page() {
  let visible = true;
  let focused = true;
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => (visible ? 'visible' : 'hidden'));
  vi.spyOn(document, 'hasFocus').mockImplementation(() => focused);
  return {
    hide() {
      visible = false;
      document.dispatchEvent(new Event('visibilitychange'));
    },
    show() {
      visible = true;
      document.dispatchEvent(new Event('visibilitychange'));
    },
    blur() {
      focused = false;
      window.dispatchEvent(new Event('blur'));
    },
    focus() {
      focused = true;
      window.dispatchEvent(new Event('focus'));
    },
  };
}

function reporter(answer: Responses['activity'] = { ok: true }) {
  const sent: ActivityRequest[] = [];
  const onReminder = vi.fn();
  let account: 'personal' | 'official' = 'personal';
  const r = new ActivityReporter({
    document,
    window,
    site: 'facebook',
    account: () => account,
    send: async (m) => {
      sent.push(m);
      return answer;
    },
    onReminder,
  });
  return { r, sent, onReminder, setAccount: (a: typeof account) => (account = a) };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 10, 24, 14, 0));
});
afterEach(() => vi.useRealTimers());

describe('ActivityReporter', () => {
  test('reports every 60 s of visible, focused time', async () => {
    page();
    const { r, sent } = reporter();
    r.start();
    await vi.advanceTimersByTimeAsync(59 * SEC);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1 * SEC);
    expect(sent).toEqual([{ type: 'activity', site: 'facebook', account: 'personal', seconds: 60, typing: false }]);
    await vi.advanceTimersByTimeAsync(120 * SEC);
    expect(sent.map((m) => m.seconds)).toEqual([60, 60, 60]);
    await r.stop();
  });

  test('hidden or unfocused time does not count; short visits add up', async () => {
    const p = page();
    const { r, sent } = reporter();
    r.start();
    await vi.advanceTimersByTimeAsync(40 * SEC);
    p.hide();
    await vi.advanceTimersByTimeAsync(300 * SEC);
    expect(sent).toEqual([]);
    p.show();
    await vi.advanceTimersByTimeAsync(10 * SEC);
    p.blur();
    await vi.advanceTimersByTimeAsync(300 * SEC);
    expect(sent).toEqual([]);
    p.focus();
    await vi.advanceTimersByTimeAsync(10 * SEC);
    expect(sent.map((m) => m.seconds)).toEqual([60]);
    await r.stop();
  });

  test('starting on a hidden page counts nothing until it is shown', async () => {
    const p = page();
    p.hide();
    const { r, sent } = reporter();
    r.start();
    await vi.advanceTimersByTimeAsync(600 * SEC);
    expect(sent).toEqual([]);
    p.show();
    await vi.advanceTimersByTimeAsync(60 * SEC);
    expect(sent).toHaveLength(1);
    await r.stop();
  });

  test('typing sets a flag (never the text), cleared after each report', async () => {
    page();
    const { r, sent } = reporter();
    r.start();
    const box = document.createElement('div');
    box.contentEditable = 'true';
    document.body.append(box);
    box.textContent = 'a secret draft';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(60 * SEC);
    await vi.advanceTimersByTimeAsync(60 * SEC);
    expect(sent.map((m) => m.typing)).toEqual([true, false]);
    expect(JSON.stringify(sent)).not.toContain('secret');
    await r.stop();
    box.remove();
  });

  test('a post reports at once with the seconds so far, the surface and the current account', async () => {
    page();
    const { r, sent, setAccount } = reporter();
    r.start();
    await vi.advanceTimersByTimeAsync(25 * SEC);
    setAccount('official');
    await r.posted('comment');
    expect(sent).toEqual([
      {
        type: 'activity',
        site: 'facebook',
        account: 'official',
        seconds: 25,
        typing: false,
        posted: true,
        surface: 'comment',
      },
    ]);
    // The next report counts from the post.
    await vi.advanceTimersByTimeAsync(60 * SEC);
    expect(sent.map((m) => m.seconds)).toEqual([25, 60]);
    await r.stop();
  });

  test('the reminder in the answer goes to onReminder', async () => {
    page();
    const reminder = { message: 'About 20 minutes…', quote: "It's not appropriate…" };
    const { r, onReminder } = reporter({ ok: true, reminder });
    r.start();
    await vi.advanceTimersByTimeAsync(60 * SEC);
    expect(onReminder).toHaveBeenCalledWith(reminder);
    await r.stop();
  });

  test('stop() reports what is left and removes its listeners; pagehide reports too', async () => {
    const p = page();
    const { r, sent } = reporter();
    r.start();
    await vi.advanceTimersByTimeAsync(30 * SEC);
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((m) => m.seconds)).toEqual([30]);
    await vi.advanceTimersByTimeAsync(12 * SEC);
    await r.stop();
    expect(sent.map((m) => m.seconds)).toEqual([30, 12]);
    p.hide();
    p.show();
    await vi.advanceTimersByTimeAsync(600 * SEC);
    expect(sent).toHaveLength(2);
  });

  test('a computer asleep on the page counts one interval, not the night', async () => {
    page();
    const { r, sent } = reporter();
    r.start();
    vi.setSystemTime(Date.now() + 8 * 3600 * SEC); // the clock jumps; timers did not run
    await vi.advanceTimersByTimeAsync(60 * SEC);
    expect(sent.map((m) => m.seconds)).toEqual([60]);
    await r.stop();
  });

  test('a failing send (extension reloaded) is swallowed', async () => {
    page();
    const r = new ActivityReporter({
      document,
      window,
      site: 'x',
      account: () => 'personal',
      send: () => Promise.reject(new Error('Extension context invalidated.')),
    });
    r.start();
    await vi.advanceTimersByTimeAsync(120 * SEC);
    await expect(r.stop()).resolves.toBeUndefined();
  });
});
