/** The activity dashboard's words, in English and French. */
import type { Strings } from '@/lib/i18n';

type Key =
  | 'title'
  | 'intro'
  | 'loading'
  | 'unavailable'
  | 'empty'
  | 'minutesTitle'
  | 'minutesCaption'
  | 'day'
  | 'workMinutes'
  | 'otherMinutes'
  | 'rulesTitle'
  | 'rulesCaption'
  | 'rule'
  | 'times'
  | 'noGuidance'
  | 'outcomesTitle'
  | 'outcomesCaption'
  | 'outcome'
  | 'guidance'
  | 'edited'
  | 'fixed'
  | 'postedAnyway'
  | 'posts'
  | 'reminders'
  | 'exportJson'
  | 'exportCsv'
  | 'clear'
  | 'confirmClear'
  | 'confirmYes'
  | 'cancel'
  | 'cleared'
  | 'exported'
  | 'failed'
  | 'max';

/** Every label of the dashboard. */
export const STRINGS: Strings<Key> = {
  en: {
    title: 'Your activity',
    intro:
      'Only you see this. Postwise keeps which guidance appeared and what you did next, never what you wrote, names or handles. Rows older than {days} days are deleted.',
    loading: 'Loading your activity…',
    unavailable: 'Your activity could not be read ({reason}).',
    empty: 'Nothing recorded in the last four weeks.',
    minutesTitle: 'Personal social media during work hours',
    minutesCaption: 'Minutes per day, {from} to {to}',
    day: 'Day',
    workMinutes: 'Minutes in work hours',
    otherMinutes: 'Minutes outside work hours',
    rulesTitle: 'Guidance by rule',
    rulesCaption: 'Times each piece of guidance appeared in the last four weeks',
    rule: 'Guidance',
    times: 'Times',
    noGuidance: 'No guidance appeared in the last four weeks.',
    outcomesTitle: 'What happened after the guidance',
    outcomesCaption: 'Counts over the last four weeks',
    outcome: 'What happened',
    guidance: 'Guidance appeared',
    edited: 'Edited after review',
    fixed: 'Fix applied',
    postedAnyway: 'Posted anyway',
    posts: 'Posts made',
    reminders: 'Work-hours reminders: {shown} shown, {snoozed} snoozed.',
    exportJson: 'Export JSON',
    exportCsv: 'Export CSV',
    clear: 'Clear activity log…',
    confirmClear: 'Delete every event in your activity log? This cannot be undone.',
    confirmYes: 'Delete everything',
    cancel: 'Cancel',
    cleared: 'Your activity log is empty.',
    exported: 'Saved {filename}.',
    failed: 'That did not work ({reason}).',
    max: 'max {value}',
  },
  fr: {
    title: 'Votre activité',
    intro:
      'Vous seul voyez ceci. Postwise garde les conseils affichés et ce que vous avez fait ensuite, jamais ce que vous avez écrit, ni noms ni pseudonymes. Les lignes de plus de {days} jours sont supprimées.',
    loading: 'Chargement de votre activité…',
    unavailable: "Votre activité n'a pas pu être lue ({reason}).",
    empty: 'Rien d’enregistré au cours des quatre dernières semaines.',
    minutesTitle: 'Médias sociaux personnels pendant les heures de travail',
    minutesCaption: 'Minutes par jour, du {from} au {to}',
    day: 'Jour',
    workMinutes: 'Minutes pendant le travail',
    otherMinutes: 'Minutes hors du travail',
    rulesTitle: 'Conseils par règle',
    rulesCaption: 'Nombre de fois où chaque conseil est apparu ces quatre dernières semaines',
    rule: 'Conseil',
    times: 'Fois',
    noGuidance: 'Aucun conseil ces quatre dernières semaines.',
    outcomesTitle: 'Ce qui a suivi les conseils',
    outcomesCaption: 'Totaux des quatre dernières semaines',
    outcome: 'Suite',
    guidance: 'Conseil affiché',
    edited: 'Modifié après révision',
    fixed: 'Correction appliquée',
    postedAnyway: 'Publié quand même',
    posts: 'Publications',
    reminders: 'Rappels des heures de travail : {shown} affichés, {snoozed} reportés.',
    exportJson: 'Exporter en JSON',
    exportCsv: 'Exporter en CSV',
    clear: "Effacer le journal d'activité…",
    confirmClear: "Supprimer tous les événements de votre journal d'activité ? C'est irréversible.",
    confirmYes: 'Tout supprimer',
    cancel: 'Annuler',
    cleared: "Votre journal d'activité est vide.",
    exported: '{filename} enregistré.',
    failed: "Cela n'a pas fonctionné ({reason}).",
    max: 'max. {value}',
  },
};
