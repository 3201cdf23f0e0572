/** The guidance's words in English and French (Canadian usage). */
import type { Strings } from '@/lib/i18n';

/** Every string key of the guidance. */
export type Key =
  | 'badge'
  | 'high'
  | 'warning'
  | 'info'
  | 'title'
  | 'close'
  | 'policyWords'
  | 'readPolicy'
  | 'triggeredBy'
  | 'postingAs'
  | 'personal'
  | 'official'
  | 'sourceDefault'
  | 'sourceMatch'
  | 'toOfficial'
  | 'toPersonal'
  | 'accountRefused'
  | 'fixed'
  | 'copied'
  | 'failed'
  | 'allClear'
  | 'reviewTitle'
  | 'reviewIntro'
  | 'edit'
  | 'postAnyway'
  | 'announce';

/** A lookup in the current language (from `pick(STRINGS, lang)`). */
export type Translate = (key: Key, values?: Record<string, string | number>) => string;

export const STRINGS: Strings<Key> = {
  en: {
    badge: 'Postwise: {count} to review, most serious: {severity}',
    high: 'High',
    warning: 'Warning',
    info: 'Note',
    title: 'Postwise guidance',
    close: 'Close',
    policyWords: 'The policy’s words: {section}',
    readPolicy: 'Read this section of the policy',
    triggeredBy: 'In your draft:',
    postingAs: 'Posting as: {account}',
    personal: 'personal account',
    official: 'official account',
    sourceDefault: 'Postwise could not tell which account this is, so it treats it as personal.',
    sourceMatch: 'This account is one of your organisation’s official accounts.',
    toOfficial: 'This is an official account',
    toPersonal: 'This is my personal account',
    accountRefused: 'The account could not be changed: {reason}',
    fixed: 'Done: your draft was changed.',
    copied:
      'Postwise could not change the text safely in this editor. The corrected draft is on your clipboard: select your draft and paste to replace it.',
    failed:
      'Postwise could not change the text safely in this editor, nor copy it. Here is the corrected draft to copy by hand:',
    allClear: 'Nothing more to review in this draft.',
    reviewTitle: 'Review before posting',
    reviewIntro: 'The Social Media Policy asks you to reconsider this draft:',
    edit: 'Edit',
    postAnyway: 'Post anyway',
    announce: 'Postwise, high: {message}',
  },
  fr: {
    badge: 'Postwise : {count} point(s) à revoir, le plus important : {severity}',
    high: 'Élevé',
    warning: 'Attention',
    info: 'Remarque',
    title: 'Conseils Postwise',
    close: 'Fermer',
    policyWords: 'Le texte de la politique : {section}',
    readPolicy: 'Lire cette section de la politique',
    triggeredBy: 'Dans votre brouillon :',
    postingAs: 'Publication en tant que : {account}',
    personal: 'compte personnel',
    official: 'compte officiel',
    sourceDefault: 'Postwise ne reconnaît pas ce compte; il le traite donc comme personnel.',
    sourceMatch: 'Ce compte fait partie des comptes officiels de votre organisation.',
    toOfficial: 'C’est un compte officiel',
    toPersonal: 'C’est mon compte personnel',
    accountRefused: 'Le compte n’a pas pu être changé : {reason}',
    fixed: 'C’est fait : votre brouillon a été modifié.',
    copied:
      'Postwise n’a pas pu modifier le texte sans risque dans cet éditeur. Le brouillon corrigé est dans votre presse-papiers : sélectionnez votre brouillon et collez pour le remplacer.',
    failed:
      'Postwise n’a pas pu modifier le texte sans risque dans cet éditeur, ni le copier. Voici le brouillon corrigé, à copier vous-même :',
    allClear: 'Plus rien à revoir dans ce brouillon.',
    reviewTitle: 'Vérifiez avant de publier',
    reviewIntro: 'La Politique sur les médias sociaux vous demande de revoir ce brouillon :',
    edit: 'Modifier',
    postAnyway: 'Publier quand même',
    announce: 'Postwise, élevé : {message}',
  },
};
