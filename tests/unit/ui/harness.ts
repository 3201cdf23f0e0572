/**
 * The background as the extension's pages see it, over WXT's fake browser:
 * the real settings store and message handler, with managed storage, the
 * person's settings and the active tab set per test.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vi } from 'vitest';
import { SettingsStore, USER_KEY } from '@/lib/background/settings-store';
import { createHandler } from '@/lib/background/handler';
import { createWelcome } from '@/lib/background/welcome';
import { createModerationHandlers } from '@/lib/background/moderation';
import type { ModerationCounts } from '@/lib/messaging';
import type { TabState } from '@/lib/messaging';
import { browserApi } from '@/lib/ui/api';

export interface Setup {
  managed?: Record<string, unknown>;
  user?: Record<string, unknown>;
  /** The active tab's address (and id 7). */
  url?: string;
  tabState?: TabState;
  /** The tab's last moderation count, as its content script reported it. */
  moderation?: { counts: ModerationCounts; total?: number };
  /** What the tab's content script answers to an insert ('none': no content script in the tab). */
  insertAnswer?: { ok: boolean; reason?: string } | 'none';
}

/** Resets the fake browser, wires the background and returns the pages' API and the tab messages sent. */
export async function setup(options: Setup = {}) {
  fakeBrowser.reset();
  if (options.managed) await fakeBrowser.storage.managed.set(options.managed);
  if (options.user) await fakeBrowser.storage.local.set({ [USER_KEY]: options.user });
  if (options.tabState) await fakeBrowser.storage.session.set({ 'tab:7': options.tabState });
  const sendToTab = vi.fn(async () => {
    if (options.insertAnswer === 'none')
      throw new Error('Could not establish connection. Receiving end does not exist.');
    return options.insertAnswer ?? { ok: true };
  });
  const settings = new SettingsStore(fakeBrowser.storage.local, fakeBrowser.storage.managed);
  fakeBrowser.storage.onChanged.addListener(() => settings.invalidate());
  // The first run's handlers, as the background registers them (entrypoints/background.ts).
  const welcome = createWelcome({
    storage: fakeBrowser.storage.local,
    settings: async () => (await settings.resolve()).settings,
    open: async () => undefined,
    lang: (s) => (s.language === 'fr' ? 'fr' : 'en'),
  });
  // Moderation assist's handlers, as the background registers them.
  const moderation = createModerationHandlers({
    settings: async () => (await settings.resolve()).settings,
    local: fakeBrowser.storage.local,
    session: fakeBrowser.storage.session,
  });
  if (options.moderation)
    await moderation['moderation-page']({ type: 'moderation-page', site: 'facebook', ...options.moderation }, 7);
  const onMessage = createHandler({
    settings,
    session: fakeBrowser.storage.session,
    sendToTab,
    extra: { ...welcome.handlers, ...moderation },
  });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => onMessage(message));
  const tabs = options.url ? [{ id: 7, url: options.url, index: 0, active: true, windowId: 0 }] : [];
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(tabs as never);
  const api = browserApi();
  return { api, sendToTab, settings };
}
