import { defineRule, type RuleSpan } from './types';
import type { Analysis } from '../detect/analysis';

/** A reporter's, journalist's or outlet's request, or a media interview; never a job interview. */
export function mediaRequests(a: Analysis): RuleSpan[] {
  return a.once('mediaRequests', () => {
    const jobSentences = new Set(a.hits('job-interview').map((h) => a.sentenceOf(h)));
    const spans: RuleSpan[] = [];
    for (const h of a.hits('media-interview')) {
      if (jobSentences.has(a.sentenceOf(h))) continue;
      const [start, end] = a.span(h);
      spans.push({ start, end, variant: 'media' });
    }
    for (const m of a.hits('media')) {
      const s = a.sentenceOf(m);
      if (jobSentences.has(s) || !a.inSentence('media-request', s).some((r) => r.from !== m.from)) continue;
      const [start, end] = a.span(m);
      spans.push({ start, end, variant: 'media' });
    }
    return spans;
  });
}

export default defineRule({
  id: 'authorization',
  severity: { personal: 'info', official: 'info' },
  text: {
    en: {
      message: {
        default: 'This is about a work matter: check with your communications staff before posting.',
        media: 'A media request or interview: talk to your communications staff before you agree.',
      },
      suggestion: 'Contact {contact} first.',
    },
    fr: {
      message: {
        default:
          'Ce message porte sur une question de travail : consultez votre personnel des communications avant de publier.',
        media:
          "Une demande des médias ou une entrevue : parlez-en à votre personnel des communications avant d'accepter.",
      },
      suggestion: "Communiquez d'abord avec {contact}.",
    },
  },
  check(a, s) {
    // A media request the phrase lists found (unless the model is sure it is none: a child's
    // Halloween reporter costume), or one the model reads that they did not foresee.
    const judgedMedia = s.judgment?.media;
    const media = judgedMedia?.vetoes ? [] : mediaRequests(a);
    if (media.length) return media.slice(0, 1);
    if (judgedMedia?.fires) return [{ start: judgedMedia.start, end: judgedMedia.end, variant: 'media' }];
    if (a.account === 'personal' && s.workRelated) return [{ start: 0, end: 0 }];
    return [];
  },
});
