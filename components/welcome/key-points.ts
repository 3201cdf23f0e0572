/**
 * The Social Media Policy's key points in plain words, for the welcome page:
 * each with the section of the bundled policy page that says it in full.
 * The policy is in English; the French is a plain-language rendering.
 */
import { SECTIONS } from '@/lib/rules/policy';
import type { Lang } from '@/lib/types';

/** One key point. */
export interface KeyPoint {
  id: string;
  title: Record<Lang, string>;
  text: Record<Lang, string>;
  /** The policy section (lib/rules/policy.ts) it comes from. */
  section: (typeof SECTIONS)[keyof typeof SECTIONS];
}

export const KEY_POINTS: KeyPoint[] = [
  {
    id: 'partisan',
    title: { en: 'Stay non-partisan', fr: 'Restez non partisan' },
    text: {
      en: 'Do not make partisan political comments as a government employee, and do not link to the websites or accounts of politicians or political parties.',
      fr: 'Ne faites pas de commentaires politiques partisans en tant qu’employé du gouvernement, et ne faites pas de liens vers les sites ou les comptes de politiciens ou de partis politiques.',
    },
    section: SECTIONS.directives,
  },
  {
    id: 'self-identify',
    title: { en: 'Say who you are', fr: 'Dites qui vous êtes' },
    text: {
      en: 'When you post about your job or your department’s work, say that you work for the government and what your area is.',
      fr: 'Quand vous publiez au sujet de votre emploi ou du travail de votre ministère, dites que vous travaillez pour le gouvernement et dans quel domaine.',
    },
    section: SECTIONS.selfIdentification,
  },
  {
    id: 'authorization',
    title: { en: 'Ask before posting about work', fr: 'Consultez avant de publier sur le travail' },
    text: {
      en: 'Before you post about a work matter, or answer a reporter, talk to your communications staff.',
      fr: 'Avant de publier sur une question de travail, ou de répondre à un journaliste, parlez-en au personnel des communications.',
    },
    section: SECTIONS.authorization,
  },
  {
    id: 'confidential',
    title: { en: 'Keep confidential things confidential', fr: 'Protégez ce qui est confidentiel' },
    text: {
      en: 'Protect confidential information online as anywhere else, and keep government material out of your personal accounts.',
      fr: 'Protégez l’information confidentielle en ligne comme ailleurs, et gardez le matériel du gouvernement hors de vos comptes personnels.',
    },
    section: SECTIONS.confidentiality,
  },
  {
    id: 'respect',
    title: { en: 'Be respectful and professional', fr: 'Soyez respectueux et professionnel' },
    text: {
      en: 'Keep a respectful, constructive tone: no personal attacks, harassment or discrimination, and do not criticize government policy.',
      fr: 'Gardez un ton respectueux et constructif : pas d’attaques personnelles, de harcèlement ni de discrimination, et ne critiquez pas les politiques du gouvernement.',
    },
    section: SECTIONS.professionalism,
  },
  {
    id: 'privacy',
    title: { en: 'Protect people’s privacy', fr: 'Protégez la vie privée' },
    text: {
      en: 'Never post someone’s personal information (a phone number, an address, a health card or case number). A possible privacy breach must be reported.',
      fr: 'Ne publiez jamais les renseignements personnels d’une personne (téléphone, adresse, carte santé, numéro de dossier). Une atteinte possible à la vie privée doit être signalée.',
    },
    section: SECTIONS.directives,
  },
  {
    id: 'accounts',
    title: { en: 'Official business on official accounts', fr: 'Les affaires officielles sur les comptes officiels' },
    text: {
      en: 'Do not do government business from a personal account. New government accounts must be approved by Communications Nova Scotia. On an official account, move a case conversation to direct message or email.',
      fr: 'Ne traitez pas d’affaires du gouvernement à partir d’un compte personnel. Les nouveaux comptes du gouvernement doivent être approuvés par Communications Nouvelle-Écosse. Sur un compte officiel, poursuivez une conversation sur un dossier par message privé ou par courriel.',
    },
    section: SECTIONS.records,
  },
  {
    id: 'personal-time',
    title: { en: 'Your own time, your own accounts', fr: 'Votre temps, vos comptes' },
    text: {
      en: 'Personal social media should not get in the way of work. On your own time, use a private email address, and add a disclaimer where people could wonder whether you speak for your employer.',
      fr: 'Les médias sociaux personnels ne doivent pas nuire au travail. Dans vos temps libres, utilisez une adresse courriel personnelle, et ajoutez un avis de non-responsabilité là où l’on pourrait croire que vous parlez au nom de votre employeur.',
    },
    section: SECTIONS.outsideWork,
  },
  {
    id: 'compliance',
    title: { en: 'What you post stays', fr: 'Ce que vous publiez reste' },
    text: {
      en: 'Think of anything you post as permanent. Posts that harm the government’s reputation or break these rules can lead to discipline, even on your own time.',
      fr: 'Considérez tout ce que vous publiez comme permanent. Les publications qui nuisent à la réputation du gouvernement ou enfreignent ces règles peuvent entraîner des mesures disciplinaires, même dans vos temps libres.',
    },
    section: SECTIONS.compliance,
  },
];
