/**
 * When the welcome page opens on its own: on install, and after an update
 * that changed the guidelines (GUIDELINES_VERSION), once per profile. Whether
 * it was opened is remembered in storage.local with the version, so a browser
 * restart, or an install event that a force-installed extension sees again on
 * every start in some deployments, never opens it twice. A manager's
 * `welcome: "off"` keeps it closed. Pure.
 */
import * as v from 'valibot';
import type { Settings } from '../settings/schema';
import { GUIDELINES_VERSION } from './version';

/** storage.local key: when the welcome page was last opened on its own, and for which version. */
export const WELCOME_OPENED_KEY = 'welcomeOpened';

/** The record under WELCOME_OPENED_KEY. */
export interface WelcomeOpened {
  version: string;
  at: number;
}

const WELCOME_OPENED = v.object({ version: v.string(), at: v.number() });

/** The stored record, or null when there is none (or it is not one). */
export function parseWelcomeOpened(value: unknown): WelcomeOpened | null {
  const result = v.safeParse(WELCOME_OPENED, value);
  return result.success ? result.output : null;
}

/** runtime.onInstalled's reason: 'install', 'update', 'browser_update' (Firefox), 'chrome_update', … */
export type InstallReason = string;

/** Whether to open the welcome page now. */
export function opensWelcome(
  reason: InstallReason,
  opened: WelcomeOpened | null,
  setting: Settings['welcome'],
  version: string = GUIDELINES_VERSION,
): boolean {
  if (setting === 'off') return false;
  if (reason !== 'install' && reason !== 'update') return false;
  return opened?.version !== version;
}
