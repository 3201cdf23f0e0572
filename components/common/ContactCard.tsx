/** The person to ask before posting about work, as a small card. */
import type { Contact } from '@/lib/settings/contact';
import { pick, type Strings } from '@/lib/i18n';
import type { Lang } from '@/lib/types';

const STRINGS: Strings<'fallback' | 'phone' | 'email'> = {
  en: { fallback: 'No department contact is set, so ask:', phone: 'Phone', email: 'Email' },
  fr: {
    fallback: 'Aucune personne-ressource n’est indiquée pour votre ministère; adressez-vous à :',
    phone: 'Téléphone',
    email: 'Courriel',
  },
};

/** Name, title, phone and email; says when it is the policy's fallback. */
export function ContactCard({ contact, lang }: { contact: Contact; lang: Lang }) {
  const t = pick(STRINGS, lang);
  return (
    <div class="contact" data-testid="contact">
      {!contact.configured && <p class="muted">{t('fallback')}</p>}
      <p>
        {contact.name && <strong>{contact.name}</strong>}
        {contact.name && contact.title && <br />}
        {contact.title}
      </p>
      <ul class="plain">
        {contact.phone && (
          <li>
            {t('phone')}: <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
          </li>
        )}
        {contact.email && (
          <li>
            {t('email')}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </li>
        )}
      </ul>
    </div>
  );
}
