import { judged } from './judged';
import { defineRule, type RuleSpan } from './types';
import { aboutGovernmentProgram } from '../detect/signals';
import type { Category } from '../detect/categories';

export default defineRule({
  id: 'official-business',
  severity: { personal: 'high', official: null },
  impliesWork: true,
  text: {
    en: {
      message: {
        judged: 'This reads as doing government business (a service, an announcement) from a personal account.',
        default: 'This does official government business from a personal account.',
        announce: 'This announces government business from a personal account.',
        service: 'This offers government service from a personal account.',
      },
      suggestion:
        'Use your department’s official account and channels for announcements and for handling people’s applications or files.',
    },
    fr: {
      message: {
        judged:
          'Ce message semble mener des affaires du gouvernement (un service, une annonce) depuis un compte personnel.',
        default: 'Ce message mène des affaires officielles du gouvernement depuis un compte personnel.',
        announce: 'Ce message annonce des affaires du gouvernement depuis un compte personnel.',
        service: 'Ce message offre un service gouvernemental depuis un compte personnel.',
      },
      suggestion:
        'Utilisez le compte officiel et les canaux de votre ministère pour les annonces et pour traiter les demandes ou les dossiers des gens.',
    },
  },
  check(a, s) {
    const spans: RuleSpan[] = [];
    const add = (cat: Category, variant: string) => {
      for (const h of a.hits(cat)) {
        const [start, end] = a.span(h);
        spans.push({ start, end, variant });
      }
    };
    add('on-behalf', 'default');
    add('announce-strong', 'announce');
    add('case-request', 'service');
    // "Your road test is booked … I put it in the system myself": handling someone's file.
    if (a.has('your-case') && !aboutGovernmentProgram(a)) add('service-strong', 'service');
    // Announcing, asking for someone's file, or promising to process it is government business
    // only when it is about a government program.
    if (aboutGovernmentProgram(a)) {
      add('case-request-program', 'service');
      add('announce', 'announce');
      add('service-delivery', 'service');
      add('service-strong', 'service');
    }
    return judged(s, 'official-business', spans);
  },
});
