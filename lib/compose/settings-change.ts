/**
 * Which storage changes matter to the guidance: the person's settings and
 * account choices (storage.local, written by the background's SettingsStore)
 * and the managed policy. Other keys (reminders, the popup's tab states) change
 * often and must not re-evaluate every box. The keys are spelled here, not
 * imported, to keep the settings schema out of the content script; a test
 * checks them against lib/background/settings-store.ts.
 */
export const SETTINGS_KEYS = ['userSettings', 'accountChoices'] as const;

export function isSettingsChange(changes: Record<string, unknown>, area: string): boolean {
  if (area === 'managed') return true;
  return area === 'local' && SETTINGS_KEYS.some((k) => k in changes);
}
