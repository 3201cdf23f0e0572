/** Words for the options page's editors: part and choice labels in the reader's language. */
import { FIELDS } from '@/lib/settings/fields';
import { CHOICE_LABELS, PART_LABELS } from '@/lib/settings/labels';
import type { SettingKey } from '@/lib/settings/schema';
import type { Lang } from '@/lib/types';

/** The label of a setting ("workHours") or of one of its parts ("workHours.start"). */
export function partLabel(path: string[], lang: Lang): string {
  if (path.length === 1) return FIELDS[path[0] as SettingKey]?.label[lang] ?? path[0]!;
  return PART_LABELS[path.join('.')]?.[lang] ?? path[path.length - 1]!;
}

/** The label of one choice of a picklist. */
export function choiceLabel(value: unknown, lang: Lang): string {
  return CHOICE_LABELS[String(value)]?.[lang] ?? String(value);
}
