/** The options page's words, in English and French. */
import type { Strings } from '@/lib/i18n';

/** Words of the options page. */
export const STRINGS: Strings<
  | 'title'
  | 'intro'
  | 'loading'
  | 'error'
  | 'policy'
  | 'practice'
  | 'setByOrg'
  | 'set-and-locked'
  | 'locked-default'
  | 'managed'
  | 'manager-only'
  | 'save'
  | 'saved'
  | 'nothing'
  | 'notSaved'
  | 'defaults'
  | 'noneLocked'
  | 'lockedList'
> = {
  en: {
    title: 'Postwise settings',
    intro:
      'Your choices are kept in this browser. Settings your organisation manages are shown but cannot be changed here.',
    loading: 'Loading…',
    error: 'Postwise could not read its settings: {error}',
    policy: 'Read the policy',
    practice: 'Practise with sample posts',
    setByOrg: 'Set by your organisation',
    'set-and-locked': 'your organisation’s policy sets this value and locks it.',
    'locked-default': 'your organisation’s policy locks this setting at its default value.',
    managed: 'your organisation’s policy sets this value, and it takes precedence over your own choice.',
    'manager-only': 'Only your organisation can set this, through its policy.',
    save: 'Save',
    saved: 'Saved.',
    nothing: 'Nothing to save: no change.',
    notSaved: 'Not saved:',
    defaults: 'Restore defaults',
    noneLocked: 'Your organisation has not locked any setting.',
    lockedList: 'Locked by your organisation:',
  },
  fr: {
    title: 'Réglages de Postwise',
    intro:
      'Vos choix sont conservés dans ce navigateur. Les réglages gérés par votre organisation sont affichés mais ne peuvent pas être modifiés ici.',
    loading: 'Chargement…',
    error: 'Postwise n’a pas pu lire ses réglages : {error}',
    policy: 'Lire la politique',
    practice: 'S’exercer avec des exemples',
    setByOrg: 'Réglé par votre organisation',
    'set-and-locked': 'la stratégie de votre organisation fixe cette valeur et la verrouille.',
    'locked-default': 'la stratégie de votre organisation verrouille ce réglage à sa valeur par défaut.',
    managed: 'la stratégie de votre organisation fixe cette valeur, qui l’emporte sur votre choix.',
    'manager-only': 'Seule votre organisation peut le régler, par sa stratégie.',
    save: 'Enregistrer',
    saved: 'Enregistré.',
    nothing: 'Rien à enregistrer : aucune modification.',
    notSaved: 'Non enregistré :',
    defaults: 'Rétablir les valeurs par défaut',
    noneLocked: 'Votre organisation n’a verrouillé aucun réglage.',
    lockedList: 'Verrouillés par votre organisation :',
  },
};
