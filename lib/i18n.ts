/**
 * The interface language: the setting when the person or manager chose one,
 * otherwise the browser's language (French for any fr-* locale), otherwise
 * English. Each component keeps its own English and French strings beside it
 * and picks them with `pick`.
 */
import type { Lang } from './types';

export function uiLanguage(setting: 'auto' | Lang | undefined, browserLanguage: string | undefined): Lang {
  if (setting === 'en' || setting === 'fr') return setting;
  return browserLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export type Strings<K extends string> = Record<Lang, Record<K, string>>;

/** The strings of one language, with {name} placeholders filled. */
export function pick<K extends string>(strings: Strings<K>, lang: Lang) {
  const table = strings[lang];
  return (key: K, values: Record<string, string | number> = {}): string =>
    table[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

/** An instant as people read it in the language ("March 3, 2026", "3 mars 2026"); the date alone by default. */
export function readableDate(
  at: number,
  lang: Lang,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', options).format(at);
}
