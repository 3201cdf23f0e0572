/** The moderation mark's own words in English and French (Canadian usage). */
import type { Strings } from '@/lib/i18n';

export type MarkKey = 'label' | 'info' | 'why' | 'hide' | 'dismiss' | 'dismissLabel' | 'breach' | 'more';

export const MARK_STRINGS: Strings<MarkKey> = {
  en: {
    label: 'Postwise: this comment may need moderation',
    info: 'Postwise: for your information',
    why: 'Why',
    hide: 'Hide details',
    dismiss: 'Dismiss',
    dismissLabel: 'Dismiss this mark: the comment needs nothing',
    breach: 'It may be a privacy breach: what to do',
    more: '+{count}',
  },
  fr: {
    label: 'Postwise : ce commentaire pourrait demander une modération',
    info: 'Postwise : pour information',
    why: 'Pourquoi',
    hide: 'Masquer les détails',
    dismiss: 'Ignorer',
    dismissLabel: 'Ignorer cette marque : le commentaire ne demande rien',
    breach: 'Atteinte possible à la vie privée : que faire',
    more: '+{count}',
  },
};
