import { defineRule } from './types';
import { SECTIONS } from './policy';

export default defineRule({
  id: 'self-identify',
  policy: {
    ...SECTIONS.selfIdentification,
    quote:
      'Be transparent. If you want to speak or write online in an official capacity, or about something connected with your job or the work of your department … you should identify yourself as a government employee, and your area of expertise.',
    quoteFr:
      "Soyez transparent. Si vous voulez vous exprimer en ligne à titre officiel, ou au sujet d'une chose liée à votre emploi ou au travail de votre ministère, … vous devriez vous identifier comme employé du gouvernement et préciser votre domaine d'expertise.",
  },
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
    if (!first) return [{ start: 0, end: 0 }];
    const [start, end] = a.span(first);
    return [{ start, end }];
  },
});
