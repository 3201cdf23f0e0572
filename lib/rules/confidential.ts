import { judged } from './judged';
import { defineRule, type RuleSpan } from './types';
import type { LexHit } from '../detect/lexicon';

const overlaps = (x: LexHit, y: LexHit) => x.from < y.to && y.from < x.to;

export default defineRule({
  id: 'confidential',
  severity: { personal: 'high', official: 'high' },
  impliesWork: true,
  text: {
    en: {
      message: {
        judged: 'This reads as sharing internal or not-yet-public government information.',
        default: 'This looks like confidential or internal government information.',
      },
      suggestion:
        'Don’t post it. Internal, embargoed or cabinet material stays inside government until it is made public.',
    },
    fr: {
      message: {
        judged: 'Ce message semble divulguer de l’information interne ou pas encore publique du gouvernement.',
        default: 'Ceci semble être de l’information confidentielle ou interne du gouvernement.',
      },
      suggestion:
        "Ne le publiez pas. Les documents internes, sous embargo ou du Cabinet restent au gouvernement jusqu'à leur diffusion publique.",
    },
  },
  check(a, s) {
    const not = a.hits('confidential-not');
    const keep = (h: LexHit) => !not.some((n) => overlaps(n, h));
    const strong = a.hits('confidential-strong').filter(keep);
    const weak = a.hits('confidential-weak').filter(keep);
    const material = a.hits('gov-material');
    // "CONFIDENTIAL: Kayla's surprise party is Saturday": a personal occasion, and nothing of
    // government or work beside it (a department, the province, a work cue, government material).
    if (
      a.has('personal-occasion') &&
      !material.some((m) => ![...strong, ...weak].some((h) => overlaps(m, h))) &&
      !a.has('dept') &&
      !a.has('gov-ref') &&
      !a.has('work-cue') &&
      !a.has('workplace')
    )
      return judged(s, 'confidential', []);
    const spans: RuleSpan[] = [];
    for (const h of strong) {
      const [start, end] = a.span(h);
      spans.push({ start, end });
    }
    // A weak marker counts from an official account, beside another weak marker, or beside
    // government or work material other than itself.
    const distinctWeak = new Set(weak.map((h) => h.entry.phrase)).size;
    // "The draft of my novel isn't public yet": a personal creation, not government material.
    if (a.has('personal-creation')) weak.length = 0;
    for (const h of weak) {
      if (a.account !== 'official' && distinctWeak < 2 && !material.some((m) => !overlaps(m, h))) continue;
      const [start, end] = a.span(h);
      spans.push({ start, end });
    }
    return judged(s, 'confidential', spans);
  },
});
