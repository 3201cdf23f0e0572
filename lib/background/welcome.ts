/**
 * The first run: opens the welcome page on install (and after an update that
 * changed the guidelines), once per profile, unless the organisation turned it
 * off; and keeps the person's "I have read the guidelines" acknowledgement.
 * Handlers `guidelines`, `acknowledge-guidelines` and `export-acknowledgement`
 * are registered through `createHandler({ extra })`. Browser APIs come in
 * through `deps`; everything lives in storage.local, nothing in memory.
 */
import type { GuidelinesState, Request, Responses } from '../messaging';
import type { Settings } from '../settings/schema';
import type { Lang } from '../types';
import {
  ACKNOWLEDGEMENT_KEY,
  acknowledgementFile,
  acknowledgementStatus,
  parseAcknowledgement,
} from '../welcome/acknowledgement';
import { opensWelcome, parseWelcomeOpened, WELCOME_OPENED_KEY, type InstallReason } from '../welcome/first-run';
import { GUIDELINES_VERSION } from '../welcome/version';
import type { StorageArea } from './settings-store';

/** The extension page the first run opens. */
export const WELCOME_PATH = '/welcome.html';

/** What the first run needs. */
export interface WelcomeDeps {
  /** storage.local. */
  storage: Required<StorageArea>;
  /** The resolved settings (defaults < person < manager). */
  settings: () => Promise<Settings>;
  /** Opens the welcome page in a new tab. */
  open: () => Promise<unknown>;
  /** Resolves once a managed policy has had its chance to arrive (see `managedSettled`). */
  managedSettled?: () => Promise<void>;
  lang: (settings: Settings) => Lang;
  now?: () => number;
}

type Handlers = {
  [K in 'guidelines' | 'acknowledge-guidelines' | 'export-acknowledgement']: (
    req: Extract<Request, { type: K }>,
  ) => Promise<Responses[K]>;
};

/** The first run's install listener and its handlers. */
export function createWelcome(deps: WelcomeDeps): {
  onInstalled(details: { reason: InstallReason }): Promise<boolean>;
  handlers: Handlers;
} {
  const now = deps.now ?? Date.now;
  const read = async (key: string) => (await deps.storage.get(key))[key];

  async function state(s?: Settings): Promise<GuidelinesState> {
    const settings = s ?? (await deps.settings());
    const acknowledgement = parseAcknowledgement(await read(ACKNOWLEDGEMENT_KEY));
    return {
      version: GUIDELINES_VERSION,
      acknowledgement,
      status: acknowledgementStatus(acknowledgement),
      required: settings.welcome === 'require',
    };
  }

  return {
    /** On runtime.onInstalled: answers whether the page was opened. */
    async onInstalled({ reason }) {
      if (reason !== 'install' && reason !== 'update') return false;
      await deps.managedSettled?.();
      const s = await deps.settings();
      if (!opensWelcome(reason, parseWelcomeOpened(await read(WELCOME_OPENED_KEY)), s.welcome)) return false;
      // Remembered before the tab opens: a second install event (or a restart) finds it.
      await deps.storage.set({ [WELCOME_OPENED_KEY]: { version: GUIDELINES_VERSION, at: now() } });
      await deps.open();
      return true;
    },
    handlers: {
      guidelines: () => state(),
      async 'acknowledge-guidelines'() {
        await deps.storage.set({ [ACKNOWLEDGEMENT_KEY]: { version: GUIDELINES_VERSION, at: now() } });
        return { ok: true, state: await state() };
      },
      async 'export-acknowledgement'(req) {
        const s = await deps.settings();
        const ack = parseAcknowledgement(await read(ACKNOWLEDGEMENT_KEY));
        if (!ack) return { ok: false, reason: 'not acknowledged yet' };
        const format = req.format === 'csv' ? 'csv' : 'json';
        return {
          ok: true,
          ...acknowledgementFile(ack, format, { exportedAt: now(), department: s.department, lang: deps.lang(s) }),
        };
      },
    },
  };
}

/** The parts of browser.storage that `managedSettled` reads. */
export interface ManagedWatch {
  managed: { get(keys?: null): Promise<Record<string, unknown>> } | null | undefined;
  onChanged: {
    addListener(cb: (changes: unknown, area: string) => void): void;
    removeListener(cb: (changes: unknown, area: string) => void): void;
  };
}

/**
 * Resolves when the managed policy is there, or when `ms` passed without one. Chrome hands an
 * extension its policy shortly after start-up, so right after a force install the policy
 * (`welcome: "off"`) may not be readable yet. Without managed storage (Firefox without a policy
 * rejects the read) there is nothing to wait for.
 */
export async function managedSettled(watch: ManagedWatch, ms = 3000): Promise<void> {
  try {
    if (!watch.managed || Object.keys(await watch.managed.get(null)).length) return;
  } catch {
    return;
  }
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      watch.onChanged.removeListener(listener);
      resolve();
    };
    const listener = (_changes: unknown, area: string) => {
      if (area === 'managed') done();
    };
    const timer = setTimeout(done, ms);
    watch.onChanged.addListener(listener);
  });
}
