import { judged } from './judged';
import { defineRule, type RuleSpan } from './types';
import type { Analysis } from '../detect/analysis';
import type { LexHit } from '../detect/lexicon';
import { isSpecificGovernment } from '../detect/signals';

/** Words that may name the province as a place, not as a government. */
const GEOGRAPHIC = /province|provincial|nova scotia|nouvelle ecosse|^ns s$/;
/** Sentences that go on about what the previous one named: "It's a disaster." */
const ANAPHORA = new Set(['it', 'this', 'that', 'these', 'those', 'they', 'c', 'ce', 'cela', 'ca', 'ils', 'elles']);

function governmentTarget(a: Analysis, sentence: number, negative?: LexHit): LexHit | undefined {
  const refs = a.inSentence('gov-ref', sentence);
  const policy = a.inSentence('policy-noun', sentence);
  const otherGov = a.inSentence('other-gov', sentence).length > 0;
  // An official account speaks for the government: "the new reservation system has been a mess".
  if (a.account === 'official' && negative && !otherGov && !refs.length) {
    // …when the judgment follows the program closely, not aimed at the commenters.
    const judged = policy.find((p) => negative.from >= p.to && negative.from - p.to <= 10);
    if (judged) return judged;
  }
  const parties = a.inSentence('party', sentence);
  return refs.find((r) => {
    // "An NDP government would be a disaster": about a party (partisan), not a policy.
    if (parties.some((p) => p.to === r.from || p.to + 1 === r.from)) return false;
    const specific = isSpecificGovernment(r);
    if (!specific && otherGov) return false; // "the government" beside "federal" or "the city"
    if (GEOGRAPHIC.test(r.entry.phrase) && !policy.length) return false; // "the province's beaches"
    return true;
  });
}

export default defineRule({
  id: 'criticizes-government',
  severity: { personal: 'info', personalWorkRelated: 'warning', official: 'high' },
  text: {
    en: {
      message: {
        judged: 'This reads as criticism of a policy, program or decision of the Government of Nova Scotia.',
        default: 'This criticizes a policy, program or decision of the Government of Nova Scotia.',
      },
      suggestion:
        'Employees are asked never to criticize government policy. Raise concerns through your manager, or keep to facts without judgment.',
    },
    fr: {
      message: {
        judged:
          'Ce message semble critiquer une politique, un programme ou une décision du gouvernement de la Nouvelle-Écosse.',
        default:
          'Ce message critique une politique, un programme ou une décision du gouvernement de la Nouvelle-Écosse.',
      },
      suggestion:
        'On demande aux employés de ne jamais critiquer les politiques du gouvernement. Faites part de vos préoccupations à votre gestionnaire, ou tenez-vous-en aux faits.',
    },
  },
  check(a, s) {
    const spans: RuleSpan[] = [];
    for (const neg of a.hits('negative')) {
      const sentence = a.sentenceOf(neg);
      let target = governmentTarget(a, sentence, neg);
      // "… cutting the rural transit grant again. Awful decision.": a short verdict, or one that
      // starts "It …", judges what the sentence before it named.
      const short = a.sentenceLength(sentence) <= 4;
      if (!target && sentence > 0 && (short || ANAPHORA.has(a.firstWord(sentence) ?? ''))) {
        target = governmentTarget(a, sentence - 1);
      }
      if (!target) continue;
      // "The province: an NDP government would be a disaster": the judgment is about a party.
      const lo = Math.min(target.from, neg.from);
      const hi = Math.max(target.to, neg.to);
      if (a.hits('party').some((p) => p.from >= lo && p.to <= hi)) continue;
      const [s1, e1] = a.span(target);
      const [s2, e2] = a.span(neg);
      spans.push({ start: Math.min(s1, s2), end: Math.max(e1, e2) });
    }
    return judged(s, 'criticizes-government', spans);
  },
});
