/**
 * What the extension's own pages (popup, options, practice) need from the
 * browser, behind one small interface: components take it as a prop, so tests
 * can hand them the same wiring over WXT's fake browser.
 */
import { browser } from 'wxt/browser';
import type { Request, ResponseOf } from '../messaging';

/** The active tab, as far as the extension may see it (the URL only on the sites it guides). */
export interface ActiveTab {
  id?: number;
  url?: string;
}

/** The browser, as the extension's pages use it. */
export interface UiApi {
  /** Sends a request to the background; rejects with the background's error. */
  send<R extends Request>(request: R): Promise<ResponseOf<R>>;
  /** The active tab of the current window (the page the popup was opened over). */
  activeTab(): Promise<ActiveTab | null>;
  /** Puts text on the clipboard; false when the browser refused. */
  copy(text: string): Promise<boolean>;
  /** The browser's interface language, e.g. "fr-CA". */
  browserLanguage(): string;
  /** Calls back when settings or policy change; returns the unsubscribe. */
  onSettingsChanged(callback: () => void): () => void;
}

/** The real wiring, over `wxt/browser` (the fake browser under Vitest). */
export function browserApi(): UiApi {
  return {
    async send(request) {
      const answer = (await browser.runtime.sendMessage(request)) as ResponseOf<typeof request> & { error?: string };
      if (answer && typeof answer === 'object' && 'error' in answer && typeof answer.error === 'string') {
        throw new Error(answer.error);
      }
      return answer;
    },
    async activeTab() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab ? { id: tab.id, url: tab.url } : null;
    },
    async copy(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    browserLanguage: () => navigator.language,
    onSettingsChanged(callback) {
      const listener = (_changes: unknown, area: string) => {
        if (area === 'local' || area === 'managed') callback();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
