/**
 * The reminder's words: a short, gentle sentence and the Social Media Policy's
 * own words (the work-hours rule's quote, lib/rules/ids.ts).
 */
import { RULE_CATALOGUE } from '../rules/ids';
import { pick, type Strings } from '../i18n';
import type { Lang } from '../types';
import type { Reminder } from '../messaging';
import type { Why } from './policy';

const STRINGS: Strings<'threshold' | 'post' | 'snooze' | 'title'> = {
  en: {
    title: 'Postwise: a gentle reminder',
    threshold:
      'About {minutes} minutes of personal social media during work hours today. Maybe time to step away from the feed?',
    post: 'You just posted from a personal account during work hours. If it can wait, breaks and evenings are yours.',
    snooze: 'Snooze for today',
  },
  fr: {
    title: 'Postwise : un petit rappel',
    threshold:
      "Environ {minutes} minutes de médias sociaux personnels pendant les heures de travail aujourd'hui. Peut-être le moment de faire une pause ?",
    post: 'Vous venez de publier depuis un compte personnel pendant les heures de travail. Si cela peut attendre, vos pauses et vos soirées sont à vous.',
    snooze: "Plus de rappels aujourd'hui",
  },
};

/** The reminder for a decision ('threshold' or 'post'), in the reader's language. */
export function reminderFor(why: Why, minutes: number, lang: Lang): Reminder {
  const t = pick(STRINGS, lang);
  return {
    message: why === 'post' ? t('post') : t('threshold', { minutes }),
    quote: RULE_CATALOGUE['work-hours'].quote[lang],
  };
}

/** Labels for a browser notification. */
export function notificationLabels(lang: Lang): { title: string; snooze: string } {
  const t = pick(STRINGS, lang);
  return { title: t('title'), snooze: t('snooze') };
}
