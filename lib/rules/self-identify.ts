import { defineRule } from './types';

export default defineRule({
  id: 'self-identify',
  severity: { personal: 'warning', official: null },
  text: {
    en: {
      message: { default: 'This is about your work, but doesn’t say that you work for the Province.' },
      suggestion:
        'Say who you are: for example, “I work for the Department of … as a …”. It keeps you, and the Province, from seeming to influence the discussion covertly.',
    },
    fr: {
      message: { default: 'Ce message porte sur votre travail, mais ne dit pas que vous travaillez pour la province.' },
      suggestion:
        'Dites qui vous êtes : par exemple, « Je travaille au ministère de … comme … ». Cela évite que vous, ou la province, sembliez influencer la discussion en cachette.',
    },
  },
  check(a, s) {
    if (!s.workRelated || s.selfIdentified) return [];
    const first = [...s.workHits].sort((x, y) => x.from - y.from)[0];
    if (!first) {
      // Work-related by the model's reading: point at the words that weighed.
      const work = s.judgment?.work;
      if (work?.fires) return [{ start: work.start, end: work.end }];
      // Work-related because official business or internal information was found: point at it.
      return [s.impliedBy ? { ...s.impliedBy } : { start: 0, end: 0 }];
    }
    const [start, end] = a.span(first);
    return [{ start, end }];
  },
});
