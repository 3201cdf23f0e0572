/**
 * "Before you post about work": whom to ask (the department's communications
 * contact, or Communications Nova Scotia) and when, in the policy's words.
 */
import { effectiveContact } from '@/lib/settings/contact';
import type { Settings } from '@/lib/settings/schema';
import type { Lang } from '@/lib/types';
import { pick, type Strings } from '@/lib/i18n';
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

/** The policy's Authorization section, in its words (and a French rendering). */
export const AUTHORIZATION_WORDS = {
  en: 'Before granting an interview to a reporter or agreeing to appear on the evening news, you are required to make contact with your department Media Relations Advisor or Communications Director to discuss the request. The same policy applies to online communications. If you are thinking about posting to a social media site on a work-related matter, discuss the matter with Communications Nova Scotia staff first.',
  fr: "Avant d'accorder une entrevue à un journaliste ou d'accepter de paraître aux nouvelles, vous devez communiquer avec le conseiller en relations avec les médias ou le directeur des communications de votre ministère pour discuter de la demande. La même politique s'applique aux communications en ligne. Si vous songez à publier sur un site de médias sociaux au sujet d'une question liée au travail, discutez-en d'abord avec le personnel de Communications Nouvelle-Écosse.",
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
      <PolicyQuote words={AUTHORIZATION_WORDS} lang={lang} anchor="authorization" linkText={t('read')} folded />
    </section>
  );
}
