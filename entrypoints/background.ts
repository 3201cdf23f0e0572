import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { SettingsStore } from '@/lib/background/settings-store';
import { createHandler } from '@/lib/background/handler';
import { startActivity } from '@/lib/background/activity';
import { createWelcome, managedSettled, WELCOME_PATH } from '@/lib/background/welcome';
import { createModerationHandlers } from '@/lib/background/moderation';
import { moderationLogger } from '@/lib/background/log-handlers';
import { uiLanguage } from '@/lib/i18n';

export default defineBackground(() => {
  const warn = (where: string, error: unknown) => console.warn(`Postwise: ${where} failed`, error);
  const settings = new SettingsStore(browser.storage.local, browser.storage.managed ?? null);
  browser.storage.onChanged.addListener(() => settings.invalidate());
  // The private activity log and work-hours reminders (lib/log, lib/reminders): state in storage only.
  const activity = startActivity(browser, settings, { onError: warn });
  // The first run: the welcome page once per profile, and the acknowledgement (lib/background/welcome.ts).
  const welcome = createWelcome({
    storage: browser.storage.local,
    settings: async () => (await settings.resolve()).settings,
    open: () => browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH as '/') }),
    managedSettled: () => managedSettled({ managed: browser.storage.managed, onChanged: browser.storage.onChanged }),
    lang: (s) => uiLanguage(s.language, browser.i18n.getUILanguage()),
  });
  browser.runtime.onInstalled.addListener(
    (details) => void welcome.onInstalled(details).catch((e: unknown) => warn('welcome page', e)),
  );
  const session = browser.storage.session ?? browser.storage.local;
  // Moderation assist: judging others' comments, dismissals, the tab's count in the badge, the log's summary.
  const moderation = createModerationHandlers({
    settings: async () => (await settings.resolve()).settings,
    local: browser.storage.local,
    session,
    // Manifest V3's action, Manifest V2's (Firefox) browserAction: Postwise sets no other badge.
    badge: browser.action ?? browser.browserAction ?? null,
    logMarked: moderationLogger(activity.log, async () => (await settings.resolve()).settings),
    onError: warn,
  });
  const onMessage = createHandler({
    settings,
    session,
    extra: { ...activity.handlers, ...welcome.handlers, ...moderation },
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    onError: warn,
  });
  browser.runtime.onMessage.addListener((message, sender) => onMessage(message, sender.tab?.id));
  // Drop a closed tab's state and moderation count.
  browser.tabs.onRemoved.addListener((tabId) => {
    void session.remove(`tab:${tabId}`);
    void moderation.forgetTab(tabId).catch((e: unknown) => warn('moderation count', e));
  });
  // A page that loads anew starts without marks: its content script reports its own count again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading')
      void moderation.forgetTab(tabId).catch((e: unknown) => warn('moderation count', e));
  });
});
