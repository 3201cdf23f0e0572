import { defineRule } from './types';
import { redactSpan } from './fixes';

export default defineRule({
  id: 'personal-info',
  severity: { personal: 'high', official: 'high' },
  text: {
    en: {
      message: {
        default: "This shares someone's personal information.",
        phone: 'This shares a phone number that looks like a person’s.',
        email: 'This shares a personal email address.',
        sin: 'This looks like a Social Insurance Number.',
        'health-card': 'This looks like a health card number.',
        address: 'This shares a home address.',
        'postal-code': 'This shares a postal code tied to a person.',
        'date-of-birth': 'This shares a date of birth.',
        'case-number': 'This shares a case, claim or file number.',
        own: 'These look like your own contact details. They are personal information too, and a public post stays public.',
      },
      suggestion:
        'Take it out of the public post. Share personal details only in a private message, and never someone else’s.',
      fix: 'Redact it',
    },
    fr: {
      message: {
        default: "Ce message contient les renseignements personnels de quelqu'un.",
        phone: "Ce message contient un numéro de téléphone qui semble être celui d'une personne.",
        email: 'Ce message contient une adresse courriel personnelle.',
        sin: "Ceci ressemble à un numéro d'assurance sociale.",
        'health-card': "Ceci ressemble à un numéro de carte d'assurance maladie.",
        address: 'Ce message contient une adresse domiciliaire.',
        'postal-code': 'Ce message contient un code postal lié à une personne.',
        'date-of-birth': 'Ce message contient une date de naissance.',
        'case-number': 'Ce message contient un numéro de dossier, de demande ou de réclamation.',
        own: 'Ces coordonnées semblent être les vôtres. Ce sont aussi des renseignements personnels, et une publication publique le reste.',
      },
      suggestion:
        "Retirez-les de la publication publique. Ne communiquez des renseignements personnels que par message privé, et jamais ceux d'une autre personne.",
      fix: 'Masquer',
    },
  },
  check(a) {
    return a.pii
      .filter((m) => !m.organisational && !m.government)
      .map((m) => ({
        start: m.start,
        end: m.end,
        variant: m.own && (m.kind === 'phone' || m.kind === 'email') ? 'own' : m.kind,
        fix: (_lang, label) => redactSpan(a.text, m.start, m.end, label),
      }));
  },
});
