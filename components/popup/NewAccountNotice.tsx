/**
 * "New government social media accounts must be approved by Communications
 * Nova Scotia": shown when the person marks an account as official in the
 * popup and it is not one of the official accounts their organisation
 * listed. Whom to ask is the department's communications contact, or
 * Communications Nova Scotia itself.
 */
import { effectiveContact } from '@/lib/settings/contact';
import type { Settings } from '@/lib/settings/schema';
import type { Lang, Site } from '@/lib/types';
import { pick, type Strings } from '@/lib/i18n';
import { ContactCard } from '../common/ContactCard';
import { PolicyQuote } from '../common/PolicyQuote';
import { SITE_NAMES } from './tab-strings';

const STRINGS: Strings<'title' | 'none' | 'others' | 'approval' | 'ask' | 'read'> = {
  en: {
    title: 'Is this a new account?',
    none: 'Your organisation has not listed an official {site} account.',
    others: 'This account is not one of the official {site} accounts your organisation listed: {handles}.',
    approval:
      'New government social media accounts must be approved by Communications Nova Scotia before they are used. If this account is already approved, ask your manager to add it to the official accounts in Postwise’s policy.',
    ask: 'To have a new account approved, ask:',
    read: 'Read “Policy Directives” in the policy',
  },
  fr: {
    title: 'Est-ce un nouveau compte?',
    none: 'Votre organisation n’a indiqué aucun compte {site} officiel.',
    others: 'Ce compte ne fait pas partie des comptes {site} officiels indiqués par votre organisation : {handles}.',
    approval:
      'Les nouveaux comptes de médias sociaux du gouvernement doivent être approuvés par Communications Nouvelle-Écosse avant d’être utilisés. Si ce compte est déjà approuvé, demandez à votre gestionnaire de l’ajouter aux comptes officiels de la stratégie de Postwise.',
    ask: 'Pour faire approuver un nouveau compte, adressez-vous à :',
    read: 'Lire « Policy Directives » (Directives de la politique) dans la politique',
  },
};

/** The policy directive on new accounts, in its words (and a French rendering). */
export const NEW_ACCOUNT_WORDS = {
  en: 'The decision to create or initiate new Government social media accounts must be approved by Communications Nova Scotia, as the government’s central agency for the management and delivery of communications services.',
  fr: 'La décision de créer ou de lancer de nouveaux comptes de médias sociaux du gouvernement doit être approuvée par Communications Nouvelle-Écosse, en tant qu’organisme central du gouvernement chargé de la gestion et de la prestation des services de communication.',
};

/** The notice, for an account the person marked as official on `site`. */
export function NewAccountNotice(props: {
  settings: Pick<Settings, 'officialAccounts' | 'commsContact'>;
  site: Exclude<Site, 'other'>;
  lang: Lang;
}) {
  const { settings, site, lang } = props;
  const t = pick(STRINGS, lang);
  const listed = settings.officialAccounts.filter((a) => a.site === site).map((a) => a.handle);
  const name = SITE_NAMES[site];
  return (
    <div class="notice" role="note" aria-labelledby="new-account-title" data-testid="new-account">
      <p>
        <strong id="new-account-title">{t('title')}</strong>{' '}
        {listed.length ? t('others', { site: name, handles: listed.join(', ') }) : t('none', { site: name })}
      </p>
      <p>{t('approval')}</p>
      <p>{t('ask')}</p>
      <ContactCard contact={effectiveContact(settings, lang)} lang={lang} />
      <PolicyQuote words={NEW_ACCOUNT_WORDS} lang={lang} anchor="policy-directives" linkText={t('read')} folded />
    </div>
  );
}
