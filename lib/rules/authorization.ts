import { defineRule, type RuleSpan } from './types';
import { SECTIONS } from './policy';
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
  policy: {
    ...SECTIONS.authorization,
    quote:
      'Before granting an interview to a reporter or agreeing to appear on the evening news, you are required to make contact with your department Media Relations Advisor or Communications Director to discuss the request. The same policy applies to online communications. If you are thinking about posting to a social media site on a work-related matter, discuss the matter with Communications Nova Scotia staff first.',
    quoteFr:
      "Avant d'accorder une entrevue à un journaliste ou d'accepter de paraître aux nouvelles, vous devez communiquer avec le conseiller en relations avec les médias ou le directeur des communications de votre ministère pour discuter de la demande. La même politique s'applique aux communications en ligne. Si vous songez à publier sur un site de médias sociaux au sujet d'une question liée au travail, discutez-en d'abord avec le personnel de Communications Nouvelle-Écosse.",
  },
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
    const media = mediaRequests(a);
    if (media.length) return media.slice(0, 1);
    if (a.account === 'personal' && s.workRelated) return [{ start: 0, end: 0 }];
    return [];
  },
});
