import { defineRule } from './types';
import { removeSpan } from './fixes';

export default defineRule({
  id: 'government-email',
  severity: { personal: 'warning', official: null },
  text: {
    en: {
      message: { default: 'This uses a government email address on a personal account.' },
      suggestion: 'Use a private email address for personal matters.',
      fix: 'Remove the address',
    },
    fr: {
      message: { default: 'Ce message utilise une adresse courriel du gouvernement sur un compte personnel.' },
      suggestion: 'Utilisez une adresse courriel personnelle pour les affaires personnelles.',
      fix: "Retirer l'adresse",
    },
  },
  check(a) {
    return a.pii
      .filter((m) => m.kind === 'email' && m.government && !m.organisational)
      .map((m) => ({ start: m.start, end: m.end, fix: (_lang, label) => removeSpan(a.text, m.start, m.end, label) }));
  },
});
