/**
 * Guided examples for the practice page, each drawn from a section of the
 * policy: the draft to try (English and French), the account and surface it is
 * written from, and the policy's words it illustrates.
 */
import type { Lang, Surface } from '@/lib/types';

/** One guided example. */
export interface PracticeExample {
  id: string;
  title: Record<Lang, string>;
  /** Anchor of the policy section (lib/rules/policy.ts). */
  anchor: string;
  /** The policy's own words (English; the policy is in English). */
  words: string;
  draft: Record<Lang, string>;
  account: 'personal' | 'official';
  surface: Surface;
}

/** The guided examples, in the order the page shows them. */
export const EXAMPLES: PracticeExample[] = [
  {
    id: 'partisan',
    title: { en: 'Political comments', fr: 'Commentaires politiques' },
    anchor: 'policy-directives',
    words:
      'Employees shall not make partisan, political comments while speaking or writing as a government employee. Comments must be objective in nature.',
    draft: {
      en: 'Vote NDP on Tuesday! Time for a change. #nspoli',
      fr: "J'ai hâte de voter pour les libéraux le jour de l'élection. Il est temps de changer! #nspoli",
    },
    account: 'personal',
    surface: 'post',
  },
  {
    id: 'work',
    title: { en: 'Posting about your work', fr: 'Publier au sujet de votre travail' },
    anchor: 'self-identification',
    words:
      'If you want to speak or write online in an official capacity, or about something connected with your job or the work of your department … you should identify yourself as a government employee, and your area of expertise.',
    draft: {
      en: 'Our team at the Department of Agriculture just opened applications for the new farm rebate. Apply before June 30!',
      fr: "Notre équipe au ministère de l'Agriculture vient d'ouvrir les demandes pour la nouvelle remise agricole. Faites votre demande avant le 30 juin!",
    },
    account: 'personal',
    surface: 'post',
  },
  {
    id: 'confidential',
    title: { en: 'Confidential information', fr: 'Information confidentielle' },
    anchor: 'confidentiality',
    words:
      'It is every bit as important to protect confidential information when posting comments online as anywhere else.',
    draft: {
      en: "Don't share this, but the draft budget isn't public yet: big cuts are coming to our division.",
      fr: "Ne partagez pas ceci, mais le budget provisoire n'est pas encore public : de grosses compressions s'en viennent dans notre division.",
    },
    account: 'personal',
    surface: 'post',
  },
  {
    id: 'media',
    title: { en: 'A reporter asks for an interview', fr: 'Un journaliste demande une entrevue' },
    anchor: 'authorization',
    words:
      'Before granting an interview to a reporter or agreeing to appear on the evening news, you are required to make contact with your department Media Relations Advisor or Communications Director to discuss the request.',
    draft: {
      en: 'A reporter from the Chronicle Herald asked me for an interview about our new program.',
      fr: 'Un journaliste du Chronicle Herald m’a demandé une entrevue au sujet de notre nouveau programme.',
    },
    account: 'personal',
    surface: 'post',
  },
  {
    id: 'respect',
    title: { en: 'Tone and respect', fr: 'Ton et respect' },
    anchor: 'professionalism',
    words:
      'Always maintain a respectful, constructive tone. Never launch personal attacks or make defamatory or offensive statements.',
    draft: {
      en: 'My manager is an idiot and the new parking policy at work is a joke.',
      fr: 'Mon gestionnaire est un idiot et la nouvelle politique de stationnement au travail est une farce.',
    },
    account: 'personal',
    surface: 'post',
  },
  {
    id: 'privacy',
    title: { en: 'Someone’s personal information', fr: 'Les renseignements personnels d’une personne' },
    anchor: 'policy-directives',
    words:
      'Government employees using any social media shall be governed by … all Government of Nova Scotia laws, policies and procedures affecting … protection of privacy.',
    draft: {
      en: 'Mrs. Jones, call me at 902-555-0134 about your claim.',
      fr: 'Madame Jones, appelez-moi au 902-555-0134 au sujet de votre demande.',
    },
    account: 'personal',
    surface: 'comment',
  },
  {
    id: 'records',
    title: { en: 'Replying from an official account', fr: 'Répondre d’un compte officiel' },
    anchor: 'records-management',
    words:
      'When engaging in interactive communication on social media, and it becomes apparent that the conversation should be captured for records management purposes, invite the participant to continue the conversation via Direct Message or email.',
    draft: {
      en: 'Sorry to hear about the delay with your application. Can you tell us more about your case here?',
      fr: 'Désolés d’apprendre le retard de votre demande. Pouvez-vous nous en dire plus sur votre dossier ici?',
    },
    account: 'official',
    surface: 'reply',
  },
];
