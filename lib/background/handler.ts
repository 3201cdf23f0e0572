/**
 * The background's one message handler: each request type maps to a small
 * function. Browser APIs come in through `deps`, so the handler is tested with
 * fakes. Errors are caught here and answered, never thrown at the sender.
 */
import { evaluate } from '../engine';
import { isRequest, type Request, type ResponseOf, type Responses, type TabState } from '../messaging';
import type { SettingsStore, StorageArea } from './settings-store';

export interface BackgroundDeps {
  settings: SettingsStore;
  /** Per-session storage (storage.session): tab states survive a service-worker restart. */
  session: Required<StorageArea>;
  /** Optional features register their own handlers (the log, reminders). */
  extra?: Partial<{
    [K in Request['type']]: (req: Extract<Request, { type: K }>, tabId?: number) => Promise<Responses[K]>;
  }>;
  /** Sends a message to a tab's content script (insert a disclaimer from the popup). */
  sendToTab?: (tabId: number, message: unknown) => Promise<unknown>;
  onError?: (where: string, error: unknown) => void;
}

const tabKey = (tabId: number) => `tab:${tabId}`;

export function createHandler(deps: BackgroundDeps) {
  async function handle<R extends Request>(req: R, tabId?: number): Promise<ResponseOf<R>> {
    const extra = deps.extra?.[req.type] as ((r: R, tabId?: number) => Promise<ResponseOf<R>>) | undefined;
    if (extra) return extra(req, tabId);
    switch (req.type) {
      case 'evaluate': {
        const { settings } = await deps.settings.resolve();
        const lang = req.lang ?? (settings.language === 'fr' ? 'fr' : 'en');
        const findings = evaluate(req.text, req.context, settings, {
          lang,
          onError: (rule, e) => deps.onError?.(`rule ${rule}`, e),
        });
        return { findings } as ResponseOf<R>;
      }
      case 'settings': {
        const r = await deps.settings.resolve();
        return {
          settings: r.settings,
          source: r.source,
          locked: [...r.locked],
          problems: r.problems,
          accountChoices: r.accountChoices,
        } as ResponseOf<R>;
      }
      case 'set-user-settings':
        return (await deps.settings.setUser(req.values)) as ResponseOf<R>;
      case 'set-account':
        return (await deps.settings.setAccount(req.site, req.account)) as ResponseOf<R>;
      case 'tab-state': {
        if (tabId === undefined) return { ok: false } as ResponseOf<R>;
        await deps.session.set({ [tabKey(tabId)]: req.state });
        return { ok: true } as ResponseOf<R>;
      }
      case 'get-tab-state': {
        const got = await deps.session.get(tabKey(req.tabId));
        return { state: (got[tabKey(req.tabId)] as TabState | undefined) ?? null } as ResponseOf<R>;
      }
      case 'insert-text': {
        if (!deps.sendToTab) return { ok: false, reason: 'not available' } as ResponseOf<R>;
        const answer = (await deps.sendToTab(req.tabId, { type: 'postwise:insert', text: req.text })) as
          { ok: boolean; reason?: string } | undefined;
        return (answer ?? { ok: false, reason: 'no compose box on this page' }) as ResponseOf<R>;
      }
      default:
        return { ok: false, reason: 'not handled' } as unknown as ResponseOf<R>;
    }
  }

  /** For runtime.onMessage: never throws; answers { error } instead. */
  return async function onMessage(message: unknown, tabId?: number): Promise<unknown> {
    if (!isRequest(message)) return undefined;
    try {
      return await handle(message, tabId);
    } catch (error) {
      deps.onError?.(message.type, error);
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
}
