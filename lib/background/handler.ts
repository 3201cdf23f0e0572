/**
 * The background's one message handler: a map from each request type to a
 * small function, typed by lib/messaging.ts (no casts). Browser APIs come in
 * through `deps`, so the handler is tested with fakes. Errors are caught here
 * and answered, never thrown at the sender.
 */
import { evaluate } from '../engine';
import {
  isRequest,
  isTabState,
  type Handlers,
  type RequestOf,
  type RequestType,
  type Responses,
  type TabMessage,
  type TabResponseOf,
} from '../messaging';
import type { SettingsStore, StorageArea } from './settings-store';

export interface BackgroundDeps {
  settings: SettingsStore;
  /** Per-session storage (storage.session): tab states survive a service-worker restart. */
  session: Required<StorageArea>;
  /** Optional features register their own handlers (the log, reminders). */
  extra?: Partial<Handlers>;
  /** Sends a message to a tab's content script (insert a disclaimer from the popup); undefined when none answers. */
  sendToTab?: <M extends TabMessage>(tabId: number, message: M) => Promise<TabResponseOf<M> | undefined>;
  onError?: (where: string, error: unknown) => void;
}

const tabKey = (tabId: number) => `tab:${tabId}`;

/** The handlers of the core requests: evaluation, settings, tab state, inserting text. */
function coreHandlers(deps: BackgroundDeps): Partial<Handlers> {
  return {
    evaluate: async (req) => {
      const { settings } = await deps.settings.resolve();
      const lang = req.lang ?? (settings.language === 'fr' ? 'fr' : 'en');
      const findings = evaluate(req.text, req.context, settings, {
        lang,
        onError: (rule, e) => deps.onError?.(`rule ${rule}`, e),
      });
      return { findings };
    },
    settings: async () => {
      const r = await deps.settings.resolve();
      return {
        settings: r.settings,
        source: r.source,
        locked: [...r.locked],
        problems: r.problems,
        accountChoices: r.accountChoices,
      };
    },
    'set-user-settings': (req) => deps.settings.setUser(req.values),
    'set-account': (req) => deps.settings.setAccount(req.site, req.account),
    'tab-state': async (req, tabId) => {
      if (tabId === undefined) return { ok: false };
      await deps.session.set({ [tabKey(tabId)]: req.state });
      return { ok: true };
    },
    'get-tab-state': async (req) => {
      const state = (await deps.session.get(tabKey(req.tabId)))[tabKey(req.tabId)];
      return { state: isTabState(state) ? state : null };
    },
    'insert-text': async (req) => {
      if (!deps.sendToTab) return { ok: false, reason: 'not available' };
      const answer = await deps.sendToTab(req.tabId, { type: 'postwise:insert', text: req.text });
      return answer ?? { ok: false, reason: 'no compose box on this page' };
    },
  };
}

/** Calls the handler of a request's type, if there is one. */
function dispatch<K extends RequestType>(
  handlers: Partial<Handlers>,
  type: K,
  req: RequestOf<K>,
  tabId?: number,
): Promise<Responses[K]> | undefined {
  return handlers[type]?.(req, tabId);
}

export function createHandler(deps: BackgroundDeps) {
  const handlers: Partial<Handlers> = { ...coreHandlers(deps), ...deps.extra };

  /** For runtime.onMessage: never throws; answers { error } instead. */
  return async function onMessage(message: unknown, tabId?: number): Promise<unknown> {
    if (!isRequest(message)) return undefined;
    try {
      return (await dispatch(handlers, message.type, message, tabId)) ?? { ok: false, reason: 'not handled' };
    } catch (error) {
      deps.onError?.(message.type, error);
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
}
