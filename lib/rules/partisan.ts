import { judged } from './judged';
import { defineRule, type RuleSpan } from './types';
import type { Analysis } from '../detect/analysis';

const POL = ['party', 'politician', 'political-role'] as const;
/** How far (in words) a stance may stand from the party or politician it is about. */
const NEAR = 8;

function stanceNearEntity(a: Analysis): RuleSpan[] {
  const out: RuleSpan[] = [];
  const entities = POL.flatMap((c) => a.hits(c));
  const stances = [...a.hits('stance'), ...a.hits('negative')];
  for (const e of entities) {
    const s = stances.find(
      (x) =>
        Math.abs(a.sentenceOf(x) - a.sentenceOf(e)) <= 1 &&
        Math.abs(x.from - e.from) <= NEAR &&
        (x.to <= e.from || x.from >= e.to),
    );
    if (s) {
      const [start] = a.span(e.from < s.from ? e : s);
      const [, end] = a.span(e.from < s.from ? s : e);
      out.push({ start, end });
    }
  }
  return out;
}

export default defineRule({
  id: 'partisan',
  severity: { personal: 'info', personalWorkRelated: 'warning', official: 'high' },
  text: {
    en: {
      message: {
        judged: 'This reads as taking a side for or against a party or politician.',
        default: 'This takes a side for or against a party or politician.',
        campaign: 'This campaigns for or against a party or candidate.',
        share: 'This shares or promotes partisan content.',
      },
      suggestion:
        'As a government employee, keep comments objective. On a personal account, make sure nothing ties the post to your job; on an official account, remove it.',
    },
    fr: {
      message: {
        judged: 'Ce message semble prendre parti pour ou contre un parti ou une personnalité politique.',
        default: 'Ce message prend parti pour ou contre un parti ou une personnalité politique.',
        campaign: 'Ce message fait campagne pour ou contre un parti ou un candidat.',
        share: 'Ce message partage ou promeut un contenu partisan.',
      },
      suggestion:
        "En tant qu'employé du gouvernement, restez objectif. Sur un compte personnel, assurez-vous que rien ne lie la publication à votre emploi; sur un compte officiel, retirez-la.",
    },
  },
  check(a, s) {
    const spans: RuleSpan[] = [];
    const politicalPresence = POL.some((c) => a.has(c)) || a.politicalLinks.length > 0;
    for (const h of [...a.hits('campaign'), ...a.hits('slogan')]) {
      const [start, end] = a.span(h);
      spans.push({ start, end, variant: 'campaign' });
    }
    // "Platform", "campaign", "lawn signs": campaigning only when promoted or endorsed beside a party or politician.
    if (politicalPresence && (a.has('promote') || a.has('stance'))) {
      for (const h of a.hits('campaign-weak')) {
        const [start, end] = a.span(h);
        spans.push({ start, end, variant: 'campaign' });
      }
    }
    spans.push(...stanceNearEntity(a));
    // Promoting or endorsing a party's or politician's link or account (follow, check out, RT …).
    // "Worth a watch, whatever your politics": sharing without taking a side.
    const neutral = a.has('neutral-share');
    if (a.politicalLinks.length && !neutral && (a.has('promote') || a.has('stance') || a.has('negative'))) {
      for (const l of a.politicalLinks) spans.push({ start: l.start, end: l.end, variant: 'share' });
    }
    return judged(s, 'partisan', spans);
  },
});
