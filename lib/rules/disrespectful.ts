import { judged } from './judged';
import { defineRule, type RuleSpan } from './types';
import type { Analysis } from '../detect/analysis';

/** "I'm such an idiot": an insult aimed at oneself is not aimed at people. */
function aimedAtSelf(a: Analysis, sourceStart: number): boolean {
  const before = a.text
    .slice(Math.max(0, sourceStart - 30), sourceStart)
    .toLowerCase()
    .replace(/[’']/g, ' ');
  return /\b(i m|im|i am|i was|i feel like|me|myself|je suis|moi)\b[^.!?]{0,16}$/.test(before);
}

export default defineRule({
  id: 'disrespectful',
  severity: { personal: 'warning', official: 'high' },
  text: {
    en: {
      message: {
        judged: 'This reads as mocking or insulting someone.',
        default: 'This may come across as disrespectful.',
        profanity: 'This contains profanity.',
        insult: 'This insults or calls people names.',
      },
      suggestion:
        'Keep a respectful, constructive tone: say what you disagree with, without the insult or the swearing.',
    },
    fr: {
      message: {
        judged: 'Ce message semble se moquer de quelqu’un ou l’insulter.',
        default: 'Ce message pourrait sembler irrespectueux.',
        profanity: 'Ce message contient des jurons.',
        insult: 'Ce message insulte des personnes ou les traite de noms.',
      },
      suggestion:
        'Gardez un ton respectueux et constructif : dites avec quoi vous êtes en désaccord, sans insulte ni juron.',
    },
  },
  check(a, s) {
    const spans: RuleSpan[] = [];
    const atSelf: number[] = [];
    for (const w of a.toneWords) {
      if (w.kind === 'insult' && aimedAtSelf(a, w.sourceStart)) {
        atSelf.push(w.sourceStart);
        continue;
      }
      spans.push({ start: w.sourceStart, end: w.sourceEnd, variant: w.kind === 'slur' ? 'insult' : w.kind });
    }
    for (const cat of ['insult', 'profanity', 'slur'] as const) {
      for (const h of a.hits(cat)) {
        const [start, end] = a.span(h);
        spans.push({ start, end, variant: cat === 'profanity' ? 'profanity' : 'insult' });
      }
    }
    // The model may read "I'm such an idiot" as an insult: not where the insult it weighed is the writer's at themself.
    return judged(s, 'disrespectful', spans).filter(
      (span) => span.variant !== 'judged' || !atSelf.some((at) => at >= span.start && at < span.end),
    );
  },
});
