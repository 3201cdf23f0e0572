/**
 * Words for the parts of a setting, its choices and the days of the week, in
 * English and French: the options page's editors read them (fields.ts has each
 * setting's own label and help).
 */
import type { Lang } from '../types';

type Words = Record<Lang, string>;

/** Labels of the parts of a setting, by path without list indexes ("workHours.start"). */
export const PART_LABELS: Record<string, Words> = {
  'commsContact.name': { en: 'Name', fr: 'Nom' },
  'commsContact.title': { en: 'Title', fr: 'Titre' },
  'commsContact.phone': { en: 'Phone', fr: 'Téléphone' },
  'commsContact.email': { en: 'Email', fr: 'Courriel' },
  'privacyContact.name': { en: 'Name', fr: 'Nom' },
  'privacyContact.title': { en: 'Title', fr: 'Titre' },
  'privacyContact.phone': { en: 'Phone', fr: 'Téléphone' },
  'privacyContact.email': { en: 'Email', fr: 'Courriel' },
  officialAccounts: { en: 'Account', fr: 'Compte' },
  'officialAccounts.site': { en: 'Site', fr: 'Site' },
  'officialAccounts.handle': { en: 'Handle or page name', fr: 'Identifiant ou nom de la page' },
  'workHours.days': { en: 'Work days', fr: 'Jours de travail' },
  'workHours.start': { en: 'Start', fr: 'Début' },
  'workHours.end': { en: 'End', fr: 'Fin' },
  'workHours.timeZone': { en: 'Time zone', fr: 'Fuseau horaire' },
  'workHours.holidays': { en: 'Holidays off', fr: 'Jours fériés chômés' },
  'workHours.extraHolidays': {
    en: 'Other days off (YYYY-MM-DD, one per line)',
    fr: 'Autres congés (AAAA-MM-JJ, un par ligne)',
  },
  extraParties: { en: 'Party', fr: 'Parti' },
  'extraParties.name': { en: 'Name', fr: 'Nom' },
  'extraParties.domains': { en: 'Web domains (one per line)', fr: 'Domaines Web (un par ligne)' },
  'extraParties.handles': { en: 'Social handles (one per line)', fr: 'Identifiants sociaux (un par ligne)' },
  'disclaimers.en': { en: 'English', fr: 'Anglais' },
  'disclaimers.fr': { en: 'French', fr: 'Français' },
  'reminders.enabled': { en: 'Remind me', fr: 'Me le rappeler' },
  'reminders.afterMinutes': { en: 'After (minutes of personal use)', fr: 'Après (minutes d’utilisation personnelle)' },
  'reminders.capMinutes': { en: 'At most once every (minutes)', fr: 'Au plus une fois toutes les (minutes)' },
  'reminders.via': { en: 'Shown as', fr: 'Affiché comme' },
};

/** Labels of the choices a setting offers, by value. */
export const CHOICE_LABELS: Record<string, Words> = {
  auto: { en: 'Same as the browser', fr: 'Comme le navigateur' },
  en: { en: 'English', fr: 'English (anglais)' },
  fr: { en: 'Français (French)', fr: 'Français' },
  facebook: { en: 'Facebook', fr: 'Facebook' },
  x: { en: 'X', fr: 'X' },
  youtube: { en: 'YouTube', fr: 'YouTube' },
  'ns-civil-service': {
    en: 'Nova Scotia civil-service holidays',
    fr: 'Jours fériés de la fonction publique de la N.-É.',
  },
  none: { en: 'None', fr: 'Aucun' },
  high: { en: 'High', fr: 'Élevé' },
  warning: { en: 'Warning', fr: 'Avertissement' },
  info: { en: 'Info', fr: 'Info' },
  banner: { en: 'A banner on the page', fr: 'Une bannière dans la page' },
  notification: { en: 'A notification', fr: 'Une notification' },
  show: { en: 'Show it once', fr: 'L’afficher une fois' },
  on: { en: 'On', fr: 'Activée' },
  off: { en: 'Off', fr: 'Désactivée' },
  require: {
    en: 'Show it and ask for the acknowledgement',
    fr: 'L’afficher et demander la confirmation de lecture',
  },
};

/** Monday … Sunday (ISO weekday 1 … 7). */
export const WEEKDAYS: Words[] = [
  { en: 'Monday', fr: 'lundi' },
  { en: 'Tuesday', fr: 'mardi' },
  { en: 'Wednesday', fr: 'mercredi' },
  { en: 'Thursday', fr: 'jeudi' },
  { en: 'Friday', fr: 'vendredi' },
  { en: 'Saturday', fr: 'samedi' },
  { en: 'Sunday', fr: 'dimanche' },
];
