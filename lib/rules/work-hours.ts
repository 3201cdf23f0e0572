import { defineRule } from './types';
import { SECTIONS } from './policy';
import { workTimeStatus } from '../worktime';

export default defineRule({
  id: 'work-hours',
  policy: {
    ...SECTIONS.duringWork,
    quote:
      "It's not appropriate for anybody to be regularly updating their Facebook status, or otherwise spending significant amounts of time with social activity when they're on the job. Your personal use of social media should not interfere with your work commitments.",
    quoteFr:
      "Il n'est approprié pour personne de mettre régulièrement à jour son statut Facebook ou de consacrer beaucoup de temps aux activités sociales pendant les heures de travail. Votre utilisation personnelle des médias sociaux ne doit pas nuire à vos obligations professionnelles.",
  },
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
