/**
 * The privacy-breach card: the next step the policy requires when personal
 * information may have been made public ("Privacy breaches that may occur are
 * the responsibility of the departments in which they originate and must be
 * reported in accordance with legislation and policy"). What to do now, and
 * whom to report to: the department's privacy officer (`privacyContact`), or
 * the person's manager when none is set.
 *
 * The background builds the card (`breachCard`) and records that it was shown;
 * whoever shows it renders the words as they come (components/guidance/BreachCard),
 * so the content script carries no words of its own. Two origins: a person
 * chose "Post anyway" on a draft with a high personal-information finding (the
 * background answers that log event with the card), or a moderator's mark is
 * about personal information that has been visible (`{type: 'breach-card',
 * origin: 'moderation'}`).
 *
 * Pure: no browser.
 */
import { pick, readableDate, type Strings } from '../i18n';
import { privacyContact } from '../settings/contact';
import type { Settings } from '../settings/schema';
import type { Lang, RuleId, Severity, Site } from '../types';

/** Why the card is offered: "Post anyway" on a draft, or a moderator's mark on a comment. */
export type BreachOrigin = 'posted-anyway' | 'moderation';
export const BREACH_ORIGINS = ['posted-anyway', 'moderation'] as const satisfies readonly BreachOrigin[];

/** True when a post went out with a high personal-information finding: the card is due. */
export function offersBreachCard(event: { rules: readonly RuleId[]; severities: readonly Severity[] }): boolean {
  return event.rules.some((rule, i) => rule === 'personal-info' && event.severities[i] === 'high');
}

/** The card, in the reader's language, ready to render as it is. */
export interface BreachCard {
  lang: Lang;
  title: string;
  /**
   * In order: what happened (a paragraph), what to do now (the list of steps), and whom to report
   * to (a paragraph; the privacy officer's name, title, phone and email on lines of their own).
   */
  body: [intro: string, steps: string[], reportTo: string];
  /** The policy's words. */
  quote: string;
  /** The policy page's anchor of the quote, and the link's words. */
  anchor: string;
  readPolicy: string;
  close: string;
}

/** The policy directive on privacy breaches, in its words (English; French rendering beside it). */
export const BREACH_WORDS = {
  en: 'Privacy breaches that may occur are the responsibility of the departments in which they originate and must be reported in accordance with legislation and policy.',
  fr: 'Les atteintes à la vie privée qui peuvent survenir relèvent des ministères où elles prennent naissance et doivent être signalées conformément aux lois et aux politiques.',
} as const;

const SITE_NAMES: Record<Site, string> = { facebook: 'Facebook', x: 'X', youtube: 'YouTube', other: '' };

type Key =
  | 'title'
  | `intro-${BreachOrigin}`
  | `remove-${BreachOrigin}`
  | 'note'
  | 'manager'
  | 'officer'
  | 'noOfficer'
  | 'phone'
  | 'email'
  | 'readPolicy'
  | 'close'
  | 'thisSite';

const STRINGS: Strings<Key> = {
  en: {
    title: 'This may be a privacy breach',
    'intro-posted-anyway':
      'Your post may show someone’s personal information (a phone number, an address, a health card, SIN or case number). If it does, act now:',
    'intro-moderation':
      'This comment shows someone’s personal information, and it has been visible on an account your department runs. Act now:',
    'remove-posted-anyway': 'Remove or hide the post, or edit the information out of it.',
    'remove-moderation': 'Hide or delete the comment, and invite the person to continue by private message.',
    note: 'Note when and where: {where}, {when}, and who could see it (not the information itself).',
    manager: 'Tell your manager.',
    officer: 'Report it to your department’s privacy officer:',
    noOfficer: 'Report it to your manager or supervisor, who will involve your department’s privacy officer.',
    phone: 'Phone: {value}',
    email: 'Email: {value}',
    readPolicy: 'Read the policy directive',
    close: 'Close',
    thisSite: 'this site',
  },
  fr: {
    title: 'Il pourrait s’agir d’une atteinte à la vie privée',
    'intro-posted-anyway':
      'Votre publication pourrait montrer des renseignements personnels (numéro de téléphone, adresse, carte santé, NAS ou numéro de dossier). Si c’est le cas, agissez maintenant :',
    'intro-moderation':
      'Ce commentaire montre des renseignements personnels, et il a été visible sur un compte géré par votre ministère. Agissez maintenant :',
    'remove-posted-anyway': 'Supprimez ou masquez la publication, ou retirez-en les renseignements.',
    'remove-moderation': 'Masquez ou supprimez le commentaire, et invitez la personne à poursuivre par message privé.',
    note: 'Notez quand et où : {where}, {when}, et qui a pu le voir (sans recopier les renseignements).',
    manager: 'Informez votre gestionnaire.',
    officer: 'Signalez-le à l’agent de protection de la vie privée de votre ministère :',
    noOfficer:
      'Signalez-le à votre gestionnaire ou superviseur, qui fera appel à l’agent de protection de la vie privée de votre ministère.',
    phone: 'Téléphone : {value}',
    email: 'Courriel : {value}',
    readPolicy: 'Lire la directive de la politique',
    close: 'Fermer',
    thisSite: 'ce site',
  },
};

/** A date and time as people read them, in the computer's time zone unless one is given. */
export function readableTime(at: number, lang: Lang, timeZone?: string): string {
  return readableDate(at, lang, { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
}

/** What the card needs to know of the moment. */
export interface BreachContext {
  origin: BreachOrigin;
  site: Site;
  /** When it was posted or seen (epoch ms). */
  at: number;
  lang: Lang;
  /** For tests; the computer's own time zone otherwise. */
  timeZone?: string;
}

/** The card for this moment, with the privacy officer from the settings (or the manager). */
export function breachCard(settings: Pick<Settings, 'privacyContact'>, ctx: BreachContext): BreachCard {
  const t = pick(STRINGS, ctx.lang);
  const officer = privacyContact(settings);
  const where = SITE_NAMES[ctx.site] || t('thisSite');
  const contact = officer
    ? [
        officer.name,
        officer.title,
        officer.phone && t('phone', { value: officer.phone }),
        officer.email && t('email', { value: officer.email }),
      ].filter(Boolean)
    : [];
  return {
    lang: ctx.lang,
    title: t('title'),
    body: [
      t(`intro-${ctx.origin}`),
      [
        t(`remove-${ctx.origin}`),
        t('note', { where, when: readableTime(ctx.at, ctx.lang, ctx.timeZone) }),
        t('manager'),
      ],
      [officer ? t('officer') : t('noOfficer'), ...contact].join('\n'),
    ],
    quote: BREACH_WORDS[ctx.lang],
    anchor: 'policy-directives',
    readPolicy: t('readPolicy'),
    close: t('close'),
  };
}
