/** Whether the person can change a setting, and if not, why. */
import { FIELDS } from '@/lib/settings/fields';
import type { SettingKey } from '@/lib/settings/schema';
import type { SettingsView } from '../common/useSettings';

/** Why a setting is read-only: set and locked, locked at its default, set by policy, or manager-only. */
export type LockReason = 'set-and-locked' | 'locked-default' | 'managed' | 'manager-only';

/** Null when the person may change it. A managed value wins over the person's, so it is read-only too. */
export function lockReason(view: SettingsView, key: SettingKey): LockReason | null {
  if (FIELDS[key].managerOnly) return 'manager-only';
  const locked = view.locked.includes(key);
  const managed = view.source[key] === 'managed';
  if (locked) return managed ? 'set-and-locked' : 'locked-default';
  return managed ? 'managed' : null;
}
