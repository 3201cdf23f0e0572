/**
 * "Before you post about work": whom to ask (the department's communications
 * contact, or Communications Nova Scotia) and when, in the policy's words.
 */
import { effectiveContact } from '@/lib/settings/contact';
import type { Settings } from '@/lib/settings/schema';
import type { Lang } from '@/lib/types';
import { pick, type Strings } from '@/lib/i18n';
import { RULE_CATALOGUE } from '@/lib/rules/ids';
import { ContactCard } from '../common/ContactCard';
import { PolicyQuote } from '../common/PolicyQuote';

const STRINGS: Strings<'title' | 'department' | 'when' | 'work' | 'media' | 'read'> = {
  en: {
    title: 'Before you post about work',
    department: 'Your department: {name}',
    when: 'Ask first when:',
    work: 'you are thinking about posting on a work-related matter;',
    media: 'a reporter asks you for an interview, or to appear on the news (media requests).',
    read: 'Read “Authorization” in the policy',
  },
  fr: {
    title: 'Avant de publier au sujet du travail',
    department: 'Votre ministère : {name}',
    when: 'Consultez d’abord :',
    work: 'si vous songez à publier sur une question liée au travail;',
    media: 'si un journaliste vous demande une entrevue ou de paraître aux nouvelles (demandes des médias).',
    read: 'Lire « Authorization » (Autorisation) dans la politique',
  },
};

/** Whom to ask and when. */
export function ContactSection({ settings, lang }: { settings: Settings; lang: Lang }) {
  const t = pick(STRINGS, lang);
  return (
    <section aria-labelledby="contact-title" data-testid="before-posting">
      <h2 id="contact-title">{t('title')}</h2>
      {settings.department && <p>{t('department', { name: settings.department })}</p>}
      <ContactCard contact={effectiveContact(settings, lang)} lang={lang} />
      <p>{t('when')}</p>
      <ul>
        <li>{t('work')}</li>
        <li>{t('media')}</li>
      </ul>
      <PolicyQuote
        words={RULE_CATALOGUE.authorization.quote}
        lang={lang}
        anchor="authorization"
        linkText={t('read')}
        folded
      />
    </section>
  );
}
