import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { SettingsStore } from '@/lib/background/settings-store';
import { createHandler } from '@/lib/background/handler';
import { startActivity } from '@/lib/background/activity';

export default defineBackground(() => {
  const warn = (where: string, error: unknown) => console.warn(`Postwise: ${where} failed`, error);
  const settings = new SettingsStore(browser.storage.local, browser.storage.managed ?? null);
  browser.storage.onChanged.addListener(() => settings.invalidate());
  // The private activity log and work-hours reminders (lib/log, lib/reminders): state in storage only.
  const activity = startActivity(browser, settings, { onError: warn });
  const onMessage = createHandler({
    settings,
    session: browser.storage.session ?? browser.storage.local,
    extra: activity.handlers,
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    onError: warn,
  });
  browser.runtime.onMessage.addListener((message, sender) => onMessage(message, sender.tab?.id));
  // Drop a closed tab's state.
  browser.tabs.onRemoved.addListener(
    (tabId) => void (browser.storage.session ?? browser.storage.local).remove(`tab:${tabId}`),
  );
});
