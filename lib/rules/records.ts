import { defineRule } from './types';
import { appendText } from './fixes';

const INVITATION = {
  en: 'Please send us a direct message or an email so we can help with your file.',
  fr: 'Veuillez nous envoyer un message privé ou un courriel afin que nous puissions vous aider avec votre dossier.',
};

export default defineRule({
  id: 'records',
  severity: { personal: null, official: 'info' },
  text: {
    en: {
      message: { default: 'This replies in public about a person’s own case or file.' },
      suggestion: 'Invite them to continue by direct message or email, so the conversation is kept as a record.',
      fix: 'Invite them to a direct message',
    },
    fr: {
      message: { default: "Ce message répond en public au sujet du dossier d'une personne." },
      suggestion:
        'Invitez la personne à poursuivre par message privé ou par courriel, afin que la conversation soit consignée.',
      fix: 'Inviter à un message privé',
    },
  },
  check(a) {
    if (a.context.surface !== 'reply' && a.context.surface !== 'comment') return [];
    const cases = a.hits('your-case');
    if (!cases.length || a.has('private-channel') || a.links.some((l) => l.kind === 'email')) return [];
    const [start, end] = a.span(cases[0]!);
    return [{ start, end, fix: (_lang, label) => appendText(a.text, INVITATION[a.lang], label) }];
  },
});
