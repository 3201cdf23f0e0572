import { defineRule } from './types';
import { removeSpan } from './fixes';

export default defineRule({
  id: 'political-link',
  severity: { personal: 'info', personalWorkRelated: 'warning', official: 'high' },
  text: {
    en: {
      message: {
        default: "This links to a political party's or politician's website or account.",
        mention: "This mentions a political party's or politician's account.",
      },
      suggestion: 'Remove the link or mention, or post it from a personal account with nothing tying it to your job.',
      fix: 'Remove the link',
    },
    fr: {
      message: {
        default: "Ce message renvoie au site Web ou au compte d'un parti ou d'une personnalité politique.",
        mention: "Ce message mentionne le compte d'un parti ou d'une personnalité politique.",
      },
      suggestion:
        'Retirez le lien ou la mention, ou publiez-le depuis un compte personnel sans lien avec votre emploi.',
      fix: 'Retirer le lien',
    },
  },
  check(a) {
    return a.politicalLinks.map((l) => ({
      start: l.start,
      end: l.end,
      variant: l.kind === 'mention' ? 'mention' : 'default',
      fix: (_lang, label) => removeSpan(a.text, l.start, l.end, label),
    }));
  },
});
