import { judged } from './judged';
import { defineRule, type RuleSpan } from './types';
import type { Analysis } from '../detect/analysis';
import type { LexHit } from '../detect/lexicon';

/** "I'll shoot you an email" is not a threat. */
const HARMLESS_OBJECTS = new Set([
  'email',
  'e',
  'message',
  'text',
  'note',
  'dm',
  'line',
  'invite',
  'link',
  'reply',
  'msg',
  'pm',
  'quick',
  'update',
  'call',
]);

function harmless(a: Analysis, h: LexHit): boolean {
  const next = a.wordText(h.to);
  const after = a.wordText(h.to + 1);
  return (next === 'a' || next === 'an') && after !== undefined && HARMLESS_OBJECTS.has(after);
}

export default defineRule({
  id: 'hateful-or-threatening',
  severity: { personal: 'high', official: 'high' },
  text: {
    en: {
      message: {
        judged: 'This reads as a threat, or as contempt for a group of people.',
        default: 'This may read as hateful, discriminatory or threatening.',
        slur: 'This contains a slur.',
        threat: 'This reads as a threat or a call to violence, even if meant as a joke.',
        hate: 'This reads as discriminatory toward a group of people.',
      },
      suggestion:
        'Remove it. Racist, discriminatory, violent or threatening comments can lead to discipline, even on a personal account in your own time.',
    },
    fr: {
      message: {
        judged: 'Ce message semble menaçant, ou méprisant envers un groupe de personnes.',
        default: 'Ce message pourrait être perçu comme haineux, discriminatoire ou menaçant.',
        slur: 'Ce message contient une insulte raciste ou discriminatoire.',
        threat: "Ce message se lit comme une menace ou un appel à la violence, même s'il se veut une blague.",
        hate: 'Ce message se lit comme discriminatoire envers un groupe de personnes.',
      },
      suggestion:
        'Retirez-le. Les commentaires racistes, discriminatoires, violents ou menaçants peuvent entraîner des mesures disciplinaires, même sur un compte personnel et en dehors des heures de travail.',
    },
  },
  check(a, s) {
    const spans: RuleSpan[] = [];
    for (const w of a.toneWords)
      if (w.kind === 'slur') spans.push({ start: w.sourceStart, end: w.sourceEnd, variant: 'slur' });
    for (const cat of ['slur', 'threat', 'hate'] as const) {
      for (const h of a.hits(cat)) {
        if (cat === 'threat' && harmless(a, h)) continue;
        const [start, end] = a.span(h);
        spans.push({ start, end, variant: cat });
      }
    }
    return judged(s, 'hateful-or-threatening', spans);
  },
});
