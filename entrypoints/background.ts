import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { SettingsStore } from '@/lib/background/settings-store';
import { createHandler } from '@/lib/background/handler';
import { startActivity } from '@/lib/background/activity';
import { createWelcome, managedSettled, WELCOME_PATH } from '@/lib/background/welcome';
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
  const onMessage = createHandler({
    settings,
    session: browser.storage.session ?? browser.storage.local,
    extra: { ...activity.handlers, ...welcome.handlers },
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    onError: warn,
  });
  browser.runtime.onMessage.addListener((message, sender) => onMessage(message, sender.tab?.id));
  // Drop a closed tab's state.
  browser.tabs.onRemoved.addListener(
    (tabId) => void (browser.storage.session ?? browser.storage.local).remove(`tab:${tabId}`),
  );
});
