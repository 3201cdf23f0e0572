/**
 * Guided examples for the practice page, each for a rule: the draft to try
 * (English and French), the account and surface it is written from, and the
 * policy's words the rule cites (lib/rules/ids.ts, never copied here).
 */
import { RULE_CATALOGUE, type RuleId } from '@/lib/rules/ids';
import { SECTIONS } from '@/lib/rules/policy';
import type { Lang, Surface } from '@/lib/types';

/** One guided example, as written below. */
interface Example {
  id: string;
  /** The rule it illustrates: the page shows the policy's words that rule cites. */
  rule: RuleId;
  title: Record<Lang, string>;
  draft: Record<Lang, string>;
  account: 'personal' | 'official';
  surface: Surface;
}

/** An example with its rule's citation: the anchor of the policy section and the policy's own words. */
export interface PracticeExample extends Example {
  anchor: string;
  /** The policy's own words (English; the policy is in English). */
  words: string;
}

const cited = (ex: Example): PracticeExample => {
  const { section, quote } = RULE_CATALOGUE[ex.rule];
  return { ...ex, anchor: SECTIONS[section].anchor, words: quote.en };
};

const EXAMPLE_LIST: Example[] = [
  {
    id: 'partisan',
    rule: 'partisan',
    title: { en: 'Political comments', fr: 'Commentaires politiques' },
    draft: {
      en: 'Vote NDP on Tuesday! Time for a change. #nspoli',
      fr: "J'ai hâte de voter pour les libéraux le jour de l'élection. Il est temps de changer! #nspoli",
    },
    account: 'personal',
    surface: 'post',
  },
  {
    id: 'work',
    rule: 'self-identify',
    title: { en: 'Posting about your work', fr: 'Publier au sujet de votre travail' },
    draft: {
      en: 'Our team at the Department of Agriculture just opened applications for the new farm rebate. Apply before June 30!',
      fr: "Notre équipe au ministère de l'Agriculture vient d'ouvrir les demandes pour la nouvelle remise agricole. Faites votre demande avant le 30 juin!",
    },
    account: 'personal',
    surface: 'post',
  },
  {
    id: 'confidential',
    rule: 'confidential',
    title: { en: 'Confidential information', fr: 'Information confidentielle' },
    draft: {
      en: "Don't share this, but the draft budget isn't public yet: big cuts are coming to our division.",
      fr: "Ne partagez pas ceci, mais le budget provisoire n'est pas encore public : de grosses compressions s'en viennent dans notre division.",
    },
    account: 'personal',
    surface: 'post',
  },
  {
    id: 'media',
    rule: 'authorization',
    title: { en: 'A reporter asks for an interview', fr: 'Un journaliste demande une entrevue' },
    draft: {
      en: 'A reporter from the Chronicle Herald asked me for an interview about our new program.',
      fr: 'Un journaliste du Chronicle Herald m’a demandé une entrevue au sujet de notre nouveau programme.',
    },
    account: 'personal',
    surface: 'post',
  },
  {
    id: 'respect',
    rule: 'disrespectful',
    title: { en: 'Tone and respect', fr: 'Ton et respect' },
    draft: {
      en: 'My manager is an idiot and the new parking policy at work is a joke.',
      fr: 'Mon gestionnaire est un idiot et la nouvelle politique de stationnement au travail est une farce.',
    },
    account: 'personal',
    surface: 'post',
  },
  {
    id: 'privacy',
    rule: 'personal-info',
    title: { en: 'Someone’s personal information', fr: 'Les renseignements personnels d’une personne' },
    draft: {
      en: 'Mrs. Jones, call me at 902-555-0134 about your claim.',
      fr: 'Madame Jones, appelez-moi au 902-555-0134 au sujet de votre demande.',
    },
    account: 'personal',
    surface: 'comment',
  },
  {
    id: 'records',
    rule: 'records',
    title: { en: 'Replying from an official account', fr: 'Répondre d’un compte officiel' },
    draft: {
      en: 'Sorry to hear about the delay with your application. Can you tell us more about your case here?',
      fr: 'Désolés d’apprendre le retard de votre demande. Pouvez-vous nous en dire plus sur votre dossier ici?',
    },
    account: 'official',
    surface: 'reply',
  },
];

/** The guided examples, in the order the page shows them. */
export const EXAMPLES: PracticeExample[] = EXAMPLE_LIST.map(cited);
