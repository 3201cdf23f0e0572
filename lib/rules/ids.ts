/**
 * The rules of ../shared/RULES.md, each defined once beside its id: its
 * titles (long for the options page and the docs, short for the dashboard's
 * charts, English and French) and the policy it cites (section and words). The
 * order is the order of evaluation. Ids are stable: never rename or reuse one.
 * Pure data: the UI reads this file, never the rules' code.
 */
import type { SECTIONS } from './policy';

type Words = { readonly en: string; readonly fr: string };

/** What the UI and the docs say of a rule, and what it cites. */
export interface RuleCatalogueEntry {
  /** Long title: the options page, the docs (docs/rules.md, "### `id` — title"). */
  readonly title: Words;
  /** Short title: the dashboard's charts. */
  readonly short: Words;
  /** The section of the policy the rule cites (lib/rules/policy.ts). */
  readonly section: keyof typeof SECTIONS;
  /** The policy's own words (English; French rendering). */
  readonly quote: Words;
}

export const RULE_CATALOGUE = {
  partisan: {
    title: { en: 'Partisan comments', fr: 'Commentaires partisans' },
    short: { en: 'Partisan content', fr: 'Contenu partisan' },
    section: 'directives',
    quote: {
      en: 'Employees shall not make partisan, political comments while speaking or writing as a government employee. Comments must be objective in nature.',
      fr: "Les employés ne doivent pas faire de commentaires politiques partisans lorsqu'ils parlent ou écrivent en tant qu'employés du gouvernement. Les commentaires doivent être objectifs.",
    },
  },
  'political-link': {
    title: { en: 'Links to politicians or parties', fr: 'Liens vers des politiciens ou des partis' },
    short: { en: 'Political link', fr: 'Lien politique' },
    section: 'directives',
    quote: {
      en: 'Do not refer or link to the websites or social media accounts of politicians or political parties.',
      fr: 'Ne faites pas référence aux sites Web ou aux comptes de médias sociaux de politiciens ou de partis politiques, et n’y créez pas de liens.',
    },
  },
  'criticizes-government': {
    title: { en: 'Criticism of government policy', fr: 'Critique des politiques du gouvernement' },
    short: { en: 'Criticizes government', fr: 'Critique du gouvernement' },
    section: 'professionalism',
    quote: {
      en: 'Never criticize policies of the government',
      fr: 'Ne jamais critiquer les politiques du gouvernement',
    },
  },
  disrespectful: {
    title: { en: 'Disrespectful language', fr: 'Propos irrespectueux' },
    short: { en: 'Disrespectful', fr: 'Irrespectueux' },
    section: 'professionalism',
    quote: {
      en: 'Always maintain a respectful, constructive tone. Never launch personal attacks or make defamatory or offensive statements.',
      fr: "Toujours garder un ton respectueux et constructif. Ne jamais lancer d'attaques personnelles ni faire de déclarations diffamatoires ou offensantes.",
    },
  },
  'hateful-or-threatening': {
    title: { en: 'Hateful or threatening language', fr: 'Propos haineux ou menaçants' },
    short: { en: 'Hateful or threatening', fr: 'Haineux ou menaçant' },
    section: 'compliance',
    quote: {
      en: 'Making insulting or threatening comments about your workplace that could damage relationships and disrupt the workplace; … Posting racist, discriminatory or violent comments.',
      fr: 'Faire des commentaires insultants ou menaçants au sujet de votre milieu de travail qui pourraient nuire aux relations et perturber le milieu de travail; … publier des commentaires racistes, discriminatoires ou violents.',
    },
  },
  'personal-info': {
    title: { en: 'Personal information', fr: 'Renseignements personnels' },
    short: { en: 'Personal information', fr: 'Renseignements personnels' },
    section: 'directives',
    quote: {
      en: 'Government employees using any social media shall be governed by … all Government of Nova Scotia laws, policies and procedures affecting … protection of privacy.',
      fr: 'Les employés du gouvernement qui utilisent les médias sociaux sont assujettis … à toutes les lois, politiques et procédures du gouvernement de la Nouvelle-Écosse touchant … la protection de la vie privée.',
    },
  },
  confidential: {
    title: { en: 'Confidential material', fr: 'Information confidentielle' },
    short: { en: 'Confidential', fr: 'Confidentiel' },
    section: 'confidentiality',
    quote: {
      en: 'Many of us are privy to confidential and sometimes sensitive information in our work. It is every bit as important to protect confidential information when posting comments online as anywhere else.',
      fr: "Bon nombre d'entre nous ont accès à des renseignements confidentiels et parfois délicats dans leur travail. Il est tout aussi important de protéger les renseignements confidentiels lorsqu'on publie des commentaires en ligne qu'ailleurs.",
    },
  },
  'self-identify': {
    title: { en: 'Say you work for government', fr: 'Dire que vous travaillez pour le gouvernement' },
    short: { en: 'Self-identification', fr: 'Identification' },
    section: 'selfIdentification',
    quote: {
      en: 'Be transparent. If you want to speak or write online in an official capacity, or about something connected with your job or the work of your department … you should identify yourself as a government employee, and your area of expertise.',
      fr: "Soyez transparent. Si vous voulez vous exprimer en ligne à titre officiel, ou au sujet d'une chose liée à votre emploi ou au travail de votre ministère, … vous devriez vous identifier comme employé du gouvernement et préciser votre domaine d'expertise.",
    },
  },
  disclaimer: {
    title: { en: 'Disclaimer', fr: 'Avis de non-responsabilité' },
    short: { en: 'Disclaimer', fr: 'Avis de non-responsabilité' },
    section: 'outsideWork',
    quote: {
      en: 'Use a disclaimer anywhere there may be uncertainty about the capacity in which you are acting. A disclaimer, such as: "The postings on this site are my own and do not represent the views or opinions of my employer" can help protect you.',
      fr: 'Utilisez un avis de non-responsabilité partout où il pourrait y avoir un doute sur le titre auquel vous agissez. Un avis comme « Les publications sur ce site sont les miennes et ne représentent pas les points de vue ni les opinions de mon employeur » peut vous protéger.',
    },
  },
  authorization: {
    title: { en: 'Ask before posting about work', fr: 'Consulter avant de publier sur le travail' },
    short: { en: 'Authorization', fr: 'Autorisation' },
    section: 'authorization',
    quote: {
      en: 'Before granting an interview to a reporter or agreeing to appear on the evening news, you are required to make contact with your department Media Relations Advisor or Communications Director to discuss the request. The same policy applies to online communications. If you are thinking about posting to a social media site on a work-related matter, discuss the matter with Communications Nova Scotia staff first.',
      fr: "Avant d'accorder une entrevue à un journaliste ou d'accepter de paraître aux nouvelles, vous devez communiquer avec le conseiller en relations avec les médias ou le directeur des communications de votre ministère pour discuter de la demande. La même politique s'applique aux communications en ligne. Si vous songez à publier sur un site de médias sociaux au sujet d'une question liée au travail, discutez-en d'abord avec le personnel de Communications Nouvelle-Écosse.",
    },
  },
  'official-business': {
    title: { en: 'Official business on a personal account', fr: 'Affaires officielles sur un compte personnel' },
    short: { en: 'Official business', fr: 'Affaires officielles' },
    section: 'directives',
    quote: {
      en: 'Personal social media accounts shall not be used to conduct official Government business.',
      fr: 'Les comptes personnels de médias sociaux ne doivent pas servir à mener les affaires officielles du gouvernement.',
    },
  },
  'government-email': {
    title: { en: 'Government email on a personal account', fr: 'Courriel du gouvernement sur un compte personnel' },
    short: { en: 'Government email', fr: 'Courriel du gouvernement' },
    section: 'outsideWork',
    quote: {
      en: 'As a private citizen, when engaging in social media activities, Nova Scotia Government employees must use a private email address rather than their provincial government email address.',
      fr: 'À titre de simples citoyens, les employés du gouvernement de la Nouvelle-Écosse doivent utiliser une adresse courriel personnelle plutôt que leur adresse courriel du gouvernement provincial dans leurs activités sur les médias sociaux.',
    },
  },
  records: {
    title: { en: 'Records management', fr: 'Gestion des documents' },
    short: { en: 'Records', fr: 'Documents' },
    section: 'records',
    quote: {
      en: 'When engaging in interactive communication on social media, and it becomes apparent that the conversation should be captured for records management purposes, invite the participant to continue the conversation via Direct Message or email.',
      fr: "Lorsqu'une conversation interactive sur les médias sociaux doit de toute évidence être consignée aux fins de la gestion des documents, invitez la personne à la poursuivre par message privé ou par courriel.",
    },
  },
  'work-hours': {
    title: { en: 'Personal posting during work hours', fr: 'Publication personnelle pendant les heures de travail' },
    short: { en: 'Work hours', fr: 'Heures de travail' },
    section: 'duringWork',
    quote: {
      en: "It's not appropriate for anybody to be regularly updating their Facebook status, or otherwise spending significant amounts of time with social activity when they're on the job. Your personal use of social media should not interfere with your work commitments.",
      fr: "Il n'est approprié pour personne de mettre régulièrement à jour son statut Facebook ou de consacrer beaucoup de temps aux activités sociales pendant les heures de travail. Votre utilisation personnelle des médias sociaux ne doit pas nuire à vos obligations professionnelles.",
    },
  },
} as const satisfies Record<string, RuleCatalogueEntry>;

export type RuleId = keyof typeof RULE_CATALOGUE;

/** Every rule id, in the order of evaluation. */
export const RULE_IDS = Object.keys(RULE_CATALOGUE) as RuleId[];

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && Object.hasOwn(RULE_CATALOGUE, value);
}
