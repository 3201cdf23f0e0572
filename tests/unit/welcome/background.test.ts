/** The first run in the background, over WXT's fake browser: storage is real, the tab opener a spy. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandler } from '@/lib/background/handler';
import { SettingsStore } from '@/lib/background/settings-store';
import { createWelcome, managedSettled } from '@/lib/background/welcome';
import type { Responses } from '@/lib/messaging';
import { GUIDELINES_VERSION } from '@/lib/welcome/version';

const NOW = Date.UTC(2026, 2, 3, 14, 5);

function boot() {
  const settings = new SettingsStore(fakeBrowser.storage.local, fakeBrowser.storage.managed);
  fakeBrowser.storage.onChanged.addListener(() => settings.invalidate());
  const open = vi.fn(async () => undefined);
  const welcome = createWelcome({
    storage: fakeBrowser.storage.local,
    settings: async () => (await settings.resolve()).settings,
    open,
    lang: (s) => (s.language === 'fr' ? 'fr' : 'en'),
    now: () => NOW,
  });
  const send = createHandler({ settings, session: fakeBrowser.storage.session, extra: welcome.handlers });
  return { welcome, open, send };
}

beforeEach(() => fakeBrowser.reset());

describe('the welcome page opens on its own once per profile', () => {
  test('on install; not again on a second install event, an update of the same guidelines, or a browser update', async () => {
    const w = boot();
    expect(await w.welcome.onInstalled({ reason: 'install' })).toBe(true);
    expect(w.open).toHaveBeenCalledTimes(1);
    // A restarted background (a new worker, the same storage) sees the same events again.
    const again = boot();
    for (const reason of ['install', 'update', 'browser_update', 'chrome_update']) {
      expect(await again.welcome.onInstalled({ reason })).toBe(false);
    }
    expect(again.open).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get('welcomeOpened')).welcomeOpened).toEqual({
      version: GUIDELINES_VERSION,
      at: NOW,
    });
  });

  test('after an update that changed the guidelines', async () => {
    await fakeBrowser.storage.local.set({ welcomeOpened: { version: '2010-09-01.1', at: 0 } });
    const w = boot();
    expect(await w.welcome.onInstalled({ reason: 'update' })).toBe(true);
  });

  test('never when the organisation turned it off', async () => {
    await fakeBrowser.storage.managed.set({ welcome: 'off' });
    const w = boot();
    expect(await w.welcome.onInstalled({ reason: 'install' })).toBe(false);
    expect(w.open).not.toHaveBeenCalled();
  });
});

describe('the acknowledgement', () => {
  test('stored with the version and the time; the state says whether the organisation requires it', async () => {
    await fakeBrowser.storage.managed.set({ welcome: 'require' });
    const w = boot();
    expect(await w.send({ type: 'guidelines' })).toEqual({
      version: GUIDELINES_VERSION,
      acknowledgement: null,
      status: 'none',
      required: true,
    });
    const answer = (await w.send({ type: 'acknowledge-guidelines' })) as Responses['acknowledge-guidelines'];
    expect(answer.ok).toBe(true);
    expect(answer.state).toMatchObject({
      status: 'current',
      acknowledgement: { version: GUIDELINES_VERSION, at: NOW },
    });
    expect((await fakeBrowser.storage.local.get('acknowledgement')).acknowledgement).toEqual({
      version: GUIDELINES_VERSION,
      at: NOW,
    });
  });

  test('an acknowledgement of older guidelines is out of date', async () => {
    await fakeBrowser.storage.local.set({ acknowledgement: { version: '2010-09-01.1', at: NOW } });
    const state = (await boot().send({ type: 'guidelines' })) as Responses['guidelines'];
    expect(state).toMatchObject({ status: 'outdated', required: false });
  });

  test('exported as JSON or CSV once given, with the department; refused before', async () => {
    await fakeBrowser.storage.managed.set({ department: 'Department of Agriculture' });
    const w = boot();
    expect(await w.send({ type: 'export-acknowledgement', format: 'json' })).toEqual({
      ok: false,
      reason: 'not acknowledged yet',
    });
    await w.send({ type: 'acknowledge-guidelines' });
    const json = (await w.send({
      type: 'export-acknowledgement',
      format: 'json',
    })) as Responses['export-acknowledgement'];
    expect(JSON.parse(json.data!)).toMatchObject({
      guidelinesVersion: GUIDELINES_VERSION,
      department: 'Department of Agriculture',
      acknowledgedAt: '2026-03-03T14:05:00.000Z',
    });
    const csv = (await w.send({
      type: 'export-acknowledgement',
      format: 'csv',
    })) as Responses['export-acknowledgement'];
    expect(csv).toMatchObject({ ok: true, mime: 'text/csv', filename: 'postwise-acknowledgement-2026-03-03.csv' });
  });
});

describe('waiting for a managed policy right after install', () => {
  const watch = (values: Record<string, unknown> | Error) => {
    const listeners = new Set<(c: unknown, area: string) => void>();
    return {
      listeners,
      managed: { get: async () => (values instanceof Error ? Promise.reject(values) : values) },
      onChanged: {
        addListener: (cb: (c: unknown, area: string) => void) => void listeners.add(cb),
        removeListener: (cb: (c: unknown, area: string) => void) => void listeners.delete(cb),
      },
    };
  };

  test('no wait when the policy is there, or when there is no managed storage', async () => {
    await managedSettled(watch({ welcome: 'off' }), 60_000);
    await managedSettled(watch(new Error('Managed storage manifest not found')), 60_000);
    await managedSettled({ managed: undefined, onChanged: watch({}).onChanged }, 60_000);
  });

  test('otherwise until the policy arrives, or the time runs out', async () => {
    vi.useFakeTimers();
    try {
      const w = watch({});
      let done = false;
      const waiting = managedSettled(w, 3000).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(10);
      expect(done).toBe(false);
      for (const l of w.listeners) l({}, 'local');
      await vi.advanceTimersByTimeAsync(10);
      expect(done).toBe(false);
      for (const l of [...w.listeners]) l({}, 'managed');
      await waiting;
      expect(w.listeners.size).toBe(0);

      const late = watch({});
      const timedOut = managedSettled(late, 3000);
      await vi.advanceTimersByTimeAsync(3000);
      await timedOut;
      expect(late.listeners.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
