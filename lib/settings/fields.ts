/**
 * What the options page and the managed schema say about each setting: its
 * group, its label and a line of help, in English and French. A Record over
 * SettingKey, so a setting added to `schema.ts` without its words here is a
 * type error.
 */
import type { Lang } from '../types';
import type { SettingKey } from './schema';

type Words = Record<Lang, string>;

/** The options page's sections, in display order. */
export const GROUPS = [
  'general',
  'contact',
  'breach',
  'accounts',
  'workHours',
  'disclaimers',
  'rules',
  'names',
  'privacy',
  'management',
] as const;
/** A section of the options page. */
export type GroupId = (typeof GROUPS)[number];

/** What the options page and the managed schema say about a setting. */
export interface FieldMeta {
  group: GroupId;
  label: Words;
  help: Words;
  /** Only a manager sets it (by policy); the options page shows it read-only. */
  managerOnly?: boolean;
}

/** Section headings and a line under each. */
export const GROUP_META: Record<GroupId, { label: Words; help: Words }> = {
  general: {
    label: { en: 'General', fr: 'Général' },
    help: {
      en: 'Language, your department and the check before posting.',
      fr: 'Langue, ministère et vérification avant de publier.',
    },
  },
  contact: {
    label: { en: 'Before you post about work', fr: 'Avant de publier au sujet du travail' },
    help: {
      en: 'The person to ask before posting about a work matter or answering a media request.',
      fr: 'La personne à consulter avant de publier sur une question de travail ou de répondre aux médias.',
    },
  },
  breach: {
    label: { en: 'Privacy breaches', fr: 'Atteintes à la vie privée' },
    help: {
      en: 'Whom to report to when a post may have shared someone’s personal information.',
      fr: 'À qui signaler une publication qui pourrait avoir communiqué des renseignements personnels.',
    },
  },
  accounts: {
    label: { en: 'Accounts', fr: 'Comptes' },
    help: {
      en: 'Which accounts post for your department, so Postwise can tell them from your own.',
      fr: 'Les comptes qui publient pour votre ministère, pour que Postwise les distingue des vôtres.',
    },
  },
  workHours: {
    label: { en: 'Work hours', fr: 'Heures de travail' },
    help: {
      en: 'When you are at work: personal posting then gets a gentle reminder.',
      fr: 'Quand vous êtes au travail : une publication personnelle reçoit alors un rappel discret.',
    },
  },
  disclaimers: {
    label: { en: 'Disclaimers', fr: 'Avis de non-responsabilité' },
    help: {
      en: 'The sentence that says your posts are your own views, in English and French.',
      fr: 'La phrase qui indique que vos publications sont vos opinions personnelles, en français et en anglais.',
    },
  },
  rules: {
    label: { en: 'Guidance rules', fr: 'Règles de conseil' },
    help: {
      en: 'Turn a rule off, or change how strongly it speaks.',
      fr: 'Désactiver une règle, ou changer son niveau.',
    },
  },
  names: {
    label: { en: 'Names and numbers', fr: 'Noms et numéros' },
    help: {
      en: 'Extra names Postwise should recognise, one per line.',
      fr: 'Noms supplémentaires que Postwise doit reconnaître, un par ligne.',
    },
  },
  privacy: {
    label: { en: 'Activity log', fr: 'Journal d’activité' },
    help: {
      en: 'Postwise keeps a private log on this computer: rule names and times, never what you wrote.',
      fr: 'Postwise tient un journal privé sur cet ordinateur : noms des règles et heures, jamais ce que vous avez écrit.',
    },
  },
  management: {
    label: { en: 'Managed by your organisation', fr: 'Géré par votre organisation' },
    help: {
      en: 'Settings your organisation has locked by policy.',
      fr: 'Les réglages que votre organisation a verrouillés par stratégie.',
    },
  },
};

/** Every setting's group, label and help. */
export const FIELDS: Record<SettingKey, FieldMeta> = {
  language: {
    group: 'general',
    label: { en: 'Language', fr: 'Langue' },
    help: {
      en: 'The language of Postwise: "auto" follows the browser ("auto", "en" or "fr").',
      fr: 'La langue de Postwise : « auto » suit le navigateur (« auto », « en » ou « fr »).',
    },
  },
  department: {
    group: 'general',
    label: { en: 'Department', fr: 'Ministère' },
    help: {
      en: 'Your department, office or service, as you would name it.',
      fr: 'Votre ministère, bureau ou service, tel que vous le nommez.',
    },
  },
  reviewBeforePosting: {
    group: 'general',
    label: { en: 'Review before posting', fr: 'Revoir avant de publier' },
    help: {
      en: 'Ask "Edit" or "Post anyway" when a post with a high-severity finding is about to be sent.',
      fr: 'Demander « Modifier » ou « Publier quand même » avant l’envoi d’une publication avec un problème grave.',
    },
  },
  commsContact: {
    group: 'contact',
    label: { en: 'Communications contact', fr: 'Personne-ressource en communication' },
    help: {
      en: 'Name, title, phone and email of your department’s Communications Director. Empty: Communications Nova Scotia.',
      fr: 'Nom, titre, téléphone et courriel du directeur des communications de votre ministère. Vide : Communications Nouvelle-Écosse.',
    },
  },
  privacyContact: {
    group: 'breach',
    label: { en: 'Privacy contact', fr: 'Personne-ressource en protection de la vie privée' },
    help: {
      en: 'Name, title, phone and email of your department’s privacy officer, to report a possible privacy breach to. Empty: your manager.',
      fr: 'Nom, titre, téléphone et courriel de l’agent de protection de la vie privée de votre ministère, à qui signaler une atteinte possible à la vie privée. Vide : votre gestionnaire.',
    },
  },
  officialAccounts: {
    group: 'accounts',
    label: { en: 'Official accounts', fr: 'Comptes officiels' },
    help: {
      en: 'Your department’s accounts (site and handle): posts from them get the official-account guidance.',
      fr: 'Les comptes de votre ministère (site et identifiant) : leurs publications reçoivent les conseils pour comptes officiels.',
    },
  },
  allowAccountSwitch: {
    group: 'accounts',
    label: { en: 'Allow switching personal/official', fr: 'Permettre de choisir personnel/officiel' },
    help: {
      en: 'Whether you may tell Postwise yourself that you are posting for your department.',
      fr: 'Si vous pouvez indiquer vous-même à Postwise que vous publiez pour votre ministère.',
    },
  },
  workHours: {
    group: 'workHours',
    label: { en: 'Work hours', fr: 'Heures de travail' },
    help: {
      en: 'Days (1 = Monday … 7 = Sunday), start and end (HH:MM), time zone, and which holidays are days off.',
      fr: 'Jours (1 = lundi … 7 = dimanche), début et fin (HH:MM), fuseau horaire et jours fériés chômés.',
    },
  },
  reminders: {
    group: 'workHours',
    label: { en: 'Work-hours reminders', fr: 'Rappels pendant les heures de travail' },
    help: {
      en: 'A reminder after some minutes of personal social media in work hours (enabled, afterMinutes, capMinutes, via "banner" or "notification").',
      fr: 'Un rappel après quelques minutes de médias sociaux personnels pendant les heures de travail (enabled, afterMinutes, capMinutes, via « banner » ou « notification »).',
    },
  },
  welcome: {
    group: 'general',
    label: { en: 'Welcome page', fr: 'Page d’accueil' },
    help: {
      en: 'The page that presents the guidelines once, when Postwise is installed: "show" it, turn it "off", or "require" the acknowledgement that the guidelines were read.',
      fr: 'La page qui présente les lignes directrices une fois, à l’installation de Postwise : l’afficher (« show »), la désactiver (« off ») ou exiger la confirmation de lecture des lignes directrices (« require »).',
    },
  },
  moderation: {
    group: 'accounts',
    label: { en: 'Moderation assist', fr: 'Aide à la modération' },
    help: {
      en: 'On official accounts’ pages, mark the comments by others that a moderator may want to look at under the terms of use (profanity, abuse, threats, harassment, personal information, spam; partisan comments as a note): "on" or "off". Criticism of government is never marked. Nothing is hidden or deleted automatically.',
      fr: 'Sur les pages des comptes officiels, signaler les commentaires d’autrui qu’un modérateur voudra peut-être examiner selon les conditions d’utilisation (jurons, propos injurieux, menaces, harcèlement, renseignements personnels, pourriel; commentaires partisans à titre indicatif) : « on » ou « off ». La critique du gouvernement n’est jamais signalée. Rien n’est masqué ni supprimé automatiquement.',
    },
  },
  logRetentionDays: {
    group: 'privacy',
    label: { en: 'Keep the activity log (days)', fr: 'Conserver le journal (jours)' },
    help: {
      en: 'How many days the private activity log keeps its entries (1 to 3650).',
      fr: 'Nombre de jours de conservation du journal d’activité privé (1 à 3650).',
    },
  },
  disclaimers: {
    group: 'disclaimers',
    label: { en: 'Disclaimer templates', fr: 'Modèles d’avis' },
    help: {
      en: 'Offered in the popup and by the disclaimer fix. At least 10 characters each.',
      fr: 'Proposés dans la fenêtre Postwise et par la correction « avis ». Au moins 10 caractères chacun.',
    },
  },
  rules: {
    group: 'rules',
    label: { en: 'Rules', fr: 'Règles' },
    help: {
      en: 'Per rule id: enabled (true/false) and severity ("high", "warning" or "info").',
      fr: 'Par identifiant de règle : enabled (true/false) et severity (« high », « warning » ou « info »).',
    },
  },
  extraPoliticians: {
    group: 'names',
    label: { en: 'More politicians', fr: 'Autres politiciens' },
    help: {
      en: 'Names of politicians and candidates to recognise.',
      fr: 'Noms de politiciens et de candidats à reconnaître.',
    },
  },
  extraParties: {
    group: 'names',
    label: { en: 'More political parties', fr: 'Autres partis politiques' },
    help: {
      en: 'A party’s name, with its web domains and social handles if known.',
      fr: 'Le nom d’un parti, avec ses domaines Web et identifiants sociaux s’ils sont connus.',
    },
  },
  extraDepartments: {
    group: 'names',
    label: { en: 'More departments and offices', fr: 'Autres ministères et bureaux' },
    help: {
      en: 'Names of departments, offices or service centres to recognise as government.',
      fr: 'Noms de ministères, bureaux ou centres de services à reconnaître comme gouvernementaux.',
    },
  },
  governmentDomains: {
    group: 'names',
    label: { en: 'Government email domains', fr: 'Domaines de courriel du gouvernement' },
    help: {
      en: 'Email domains of the provincial government, such as novascotia.ca.',
      fr: 'Domaines de courriel du gouvernement provincial, comme novascotia.ca.',
    },
  },
  publishedNumbers: {
    group: 'names',
    label: { en: 'Published phone numbers', fr: 'Numéros de téléphone publics' },
    help: {
      en: 'Office and service numbers that are public, so they are not flagged as personal information.',
      fr: 'Numéros de bureaux et de services publics, pour qu’ils ne soient pas signalés comme renseignements personnels.',
    },
  },
  locked: {
    group: 'management',
    label: { en: 'Locked settings', fr: 'Réglages verrouillés' },
    help: {
      en: 'Names of the settings employees cannot change, such as "commsContact".',
      fr: 'Noms des réglages que les employés ne peuvent pas modifier, comme « commsContact ».',
    },
    managerOnly: true,
  },
};

export { CHOICE_LABELS, PART_LABELS, WEEKDAYS } from './labels';
