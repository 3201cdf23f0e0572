/** The popup's tab section, in English and French. */
import type { Strings } from '@/lib/i18n';

/** Sites by their names for people. */
export const SITE_NAMES = { facebook: 'Facebook', x: 'X', youtube: 'YouTube' } as const;

/** Words of the tab section. */
export const STRINGS: Strings<
  | 'title'
  | 'site'
  | 'noSite'
  | 'postingAs'
  | 'personal'
  | 'official'
  | 'officialMatch'
  | 'lockedSwitch'
  | 'failed'
  | 'noBox'
  | 'box'
  | 'high'
  | 'warning'
  | 'info'
  | 'precise'
  | 'generic'
> = {
  en: {
    title: 'This tab',
    site: 'Site',
    noSite: 'Postwise guides you on Facebook, X and YouTube. There is nothing to check on this page.',
    postingAs: 'Posting as',
    personal: 'Personal account',
    official: 'Official (department) account',
    officialMatch: 'Posting as: an official account your organisation listed.',
    lockedSwitch: 'set by your organisation',
    failed: 'The change was not saved.',
    noBox: 'No compose box is open.',
    box: 'Open compose box',
    high: 'High',
    warning: 'Warning',
    info: 'Info',
    precise: 'Postwise recognises this compose box precisely.',
    generic:
      'Postwise recognises this compose box only generically: the guidance works, but the review before posting follows only the keyboard. The site may have changed; Postwise may need an update.',
  },
  fr: {
    title: 'Cet onglet',
    site: 'Site',
    noSite: 'Postwise vous guide sur Facebook, X et YouTube. Il n’y a rien à vérifier sur cette page.',
    postingAs: 'Publier en tant que',
    personal: 'Compte personnel',
    official: 'Compte officiel (ministère)',
    officialMatch: 'Publier en tant que : un compte officiel indiqué par votre organisation.',
    lockedSwitch: 'réglé par votre organisation',
    failed: 'La modification n’a pas été enregistrée.',
    noBox: 'Aucune zone de rédaction n’est ouverte.',
    box: 'Zone de rédaction ouverte',
    high: 'Élevé',
    warning: 'Avertissement',
    info: 'Info',
    precise: 'Postwise reconnaît précisément cette zone de rédaction.',
    generic:
      'Postwise ne reconnaît cette zone de rédaction que de façon générale : les conseils fonctionnent, mais la vérification avant publication ne suit que le clavier. Le site a peut-être changé; Postwise devra peut-être être mis à jour.',
  },
};
