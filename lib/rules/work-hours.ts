import { defineRule } from './types';
import { workTimeStatus } from '../worktime';

export default defineRule({
  id: 'work-hours',
  severity: { personal: 'info', official: null },
  text: {
    en: {
      message: { default: 'It’s work hours: personal social media shouldn’t interfere with your work.' },
      suggestion: 'If this can wait, post it on your break or after work.',
    },
    fr: {
      message: {
        default: "C'est l'heure du travail : les médias sociaux personnels ne doivent pas nuire à votre travail.",
      },
      suggestion: 'Si cela peut attendre, publiez-le pendant votre pause ou après le travail.',
    },
  },
  check(a) {
    if (!a.context.at) return [];
    return workTimeStatus(a.context.at, a.settings.workHours).inside ? [{ start: 0, end: 0 }] : [];
  },
});
