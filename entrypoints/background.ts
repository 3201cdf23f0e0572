import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { SettingsStore } from '@/lib/background/settings-store';
import { createHandler } from '@/lib/background/handler';

export default defineBackground(() => {
  const settings = new SettingsStore(browser.storage.local, browser.storage.managed ?? null);
  browser.storage.onChanged.addListener(() => settings.invalidate());
  const onMessage = createHandler({
    settings,
    session: browser.storage.session ?? browser.storage.local,
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    onError: (where, error) => console.warn(`Postwise: ${where} failed`, error),
  });
  browser.runtime.onMessage.addListener((message, sender) => onMessage(message, sender.tab?.id));
  // Drop a closed tab's state.
  browser.tabs.onRemoved.addListener(
    (tabId) => void (browser.storage.session ?? browser.storage.local).remove(`tab:${tabId}`),
  );
});
