/**
 * What a moderator reads about a mark, in English and French: the concern in a few words, the
 * province's terms-of-use reason in plain words, and what to do on this site. The mark
 * (components/moderation) renders these as they come; the popup says how many comments on the
 * page may need moderation. Advice only: Postwise hides, deletes and reports nothing itself.
 *
 * Pure: no browser API.
 */
import type { Lang, Site } from '../types';
import { MODERATION_REASONS, type ModerationReason } from './types';

/** What a moderator reads about one reason. */
export interface ReasonAdvice {
  reason: ModerationReason;
  /** What the concern is, in a few words: "A threat". */
  concern: string;
  /** The terms of use's reason in plain words. */
  terms: string;
  /** What to do on this site. */
  action: string;
}

type ReasonText = { concern: string; terms: string };

const REASONS: Record<Lang, Record<ModerationReason, ReasonText>> = {
  en: {
    threat: {
      concern: 'A threat or a call to violence',
      terms:
        'The terms of use do not allow violent content. A threat against a person or a place is also a safety matter: treat it as real.',
    },
    'personal-info': {
      concern: 'Personal information',
      terms:
        'The terms of use do not allow information that violates a person’s privacy, including the commenter’s own (a health card, SIN, phone number, address or case number).',
    },
    abuse: {
      concern: 'Abusive or hateful content',
      terms:
        'The terms of use do not allow abusive or oppressive language, including racist, sexist, homophobic, misogynistic or transphobic content, or content promoting bigotry.',
    },
    harassment: {
      concern: 'Harassment of a person',
      terms:
        'The terms of use do not allow harassing or abusive language toward individuals or groups: insults and personal attacks aimed at someone, not disagreement.',
    },
    profanity: {
      concern: 'Profane language',
      terms: 'The terms of use do not allow profane language, even inside a fair point.',
    },
    spam: {
      concern: 'Spam or business solicitation',
      terms: 'The terms of use do not allow business solicitation or spam.',
    },
    partisan: {
      concern: 'A partisan comment (for information)',
      terms:
        'Citizens may take sides; this is not a reason to remove the comment. The account itself must not answer with partisan commentary.',
    },
  },
  fr: {
    threat: {
      concern: 'Une menace ou un appel à la violence',
      terms:
        'Les conditions d’utilisation interdisent le contenu violent. Une menace contre une personne ou un lieu est aussi une question de sécurité : prenez-la au sérieux.',
    },
    'personal-info': {
      concern: 'Des renseignements personnels',
      terms:
        'Les conditions d’utilisation interdisent l’information qui porte atteinte à la vie privée d’une personne, y compris celle de l’auteur du commentaire (carte santé, NAS, numéro de téléphone, adresse ou numéro de dossier).',
    },
    abuse: {
      concern: 'Des propos injurieux ou haineux',
      terms:
        'Les conditions d’utilisation interdisent les propos injurieux ou oppressifs, y compris le contenu raciste, sexiste, homophobe, misogyne ou transphobe, ou qui promeut l’intolérance.',
    },
    harassment: {
      concern: 'Du harcèlement envers une personne',
      terms:
        'Les conditions d’utilisation interdisent les propos harcelants ou injurieux envers des personnes ou des groupes : des insultes et des attaques personnelles visant quelqu’un, pas un désaccord.',
    },
    profanity: {
      concern: 'Des jurons',
      terms: 'Les conditions d’utilisation interdisent le langage grossier, même au sein d’une critique légitime.',
    },
    spam: {
      concern: 'Du pourriel ou de la sollicitation commerciale',
      terms: 'Les conditions d’utilisation interdisent la sollicitation commerciale et le pourriel.',
    },
    partisan: {
      concern: 'Un commentaire partisan (à titre indicatif)',
      terms:
        'Les citoyens peuvent prendre parti; ce n’est pas une raison de retirer le commentaire. Le compte lui-même ne doit pas répondre par un commentaire partisan.',
    },
  },
};

/** How a moderator acts on each site, by kind of step. */
type Step = 'remove' | 'private' | 'threat' | 'partisan';

const STEP_OF: Record<ModerationReason, Step> = {
  threat: 'threat',
  'personal-info': 'private',
  abuse: 'remove',
  harassment: 'remove',
  profanity: 'remove',
  spam: 'remove',
  partisan: 'partisan',
};

/** How to hide or delete a comment, per site. */
const REMOVE: Record<Lang, Record<Site, string>> = {
  en: {
    facebook:
      'On Facebook, open the comment’s ⋯ menu and choose Hide comment (the writer and their friends still see it) or Delete; hide it if the comment is otherwise a fair point.',
    youtube:
      'On YouTube, open the comment’s ⋮ menu and choose Remove, or hold it for review in YouTube Studio (Comments).',
    x: 'On X, open the reply’s ⋯ menu on your post and choose Hide reply; report it if it breaks X’s rules.',
    other: 'Hide or delete the comment with the site’s own moderation tools.',
  },
  fr: {
    facebook:
      'Sur Facebook, ouvrez le menu ⋯ du commentaire et choisissez Masquer le commentaire (l’auteur et ses amis le voient encore) ou Supprimer; masquez-le si le commentaire soulève par ailleurs un point légitime.',
    youtube:
      'Sur YouTube, ouvrez le menu ⋮ du commentaire et choisissez Supprimer, ou retenez-le pour examen dans YouTube Studio (Commentaires).',
    x: 'Sur X, ouvrez le menu ⋯ de la réponse à votre publication et choisissez Masquer la réponse; signalez-la si elle enfreint les règles de X.',
    other: 'Masquez ou supprimez le commentaire avec les outils de modération du site.',
  },
};

const PRIVATE: Record<Lang, string> = {
  en: 'Hide the comment so the information is no longer public, then reply inviting the person to send their question by private message or through the public enquiries form, without repeating any detail. Note when and where it appeared: it may be a privacy breach to report.',
  fr: 'Masquez le commentaire pour que l’information ne soit plus publique, puis répondez en invitant la personne à envoyer sa question par message privé ou par le formulaire de demandes de renseignements, sans répéter aucun détail. Notez quand et où il a paru : il peut s’agir d’une atteinte à la vie privée à signaler.',
};

const THREAT: Record<Lang, Record<Site, string>> = {
  en: {
    facebook:
      'Take a screenshot with the date and time, then hide the comment (⋯ menu) and report it to Facebook. Tell your manager now; if anyone may be in danger, call 911, otherwise call the police’s non-emergency line.',
    youtube:
      'Take a screenshot with the date and time, then report the comment (⋮ menu, Report) and remove it. Tell your manager now; if anyone may be in danger, call 911, otherwise call the police’s non-emergency line.',
    x: 'Take a screenshot with the date and time, then report the reply (⋯ menu, Report) and hide it. Tell your manager now; if anyone may be in danger, call 911, otherwise call the police’s non-emergency line.',
    other:
      'Take a screenshot with the date and time, then report and remove the comment. Tell your manager now; if anyone may be in danger, call 911, otherwise call the police’s non-emergency line.',
  },
  fr: {
    facebook:
      'Faites une capture d’écran avec la date et l’heure, puis masquez le commentaire (menu ⋯) et signalez-le à Facebook. Avisez votre gestionnaire sans tarder; si quelqu’un peut être en danger, composez le 911, sinon la ligne non urgente de la police.',
    youtube:
      'Faites une capture d’écran avec la date et l’heure, puis signalez le commentaire (menu ⋮, Signaler) et supprimez-le. Avisez votre gestionnaire sans tarder; si quelqu’un peut être en danger, composez le 911, sinon la ligne non urgente de la police.',
    x: 'Faites une capture d’écran avec la date et l’heure, puis signalez la réponse (menu ⋯, Signaler) et masquez-la. Avisez votre gestionnaire sans tarder; si quelqu’un peut être en danger, composez le 911, sinon la ligne non urgente de la police.',
    other:
      'Faites une capture d’écran avec la date et l’heure, puis signalez et supprimez le commentaire. Avisez votre gestionnaire sans tarder; si quelqu’un peut être en danger, composez le 911, sinon la ligne non urgente de la police.',
  },
};

const PARTISAN: Record<Lang, string> = {
  en: 'Nothing to remove. Leave it up, and keep the account’s own replies objective.',
  fr: 'Rien à retirer. Laissez-le en ligne et gardez les réponses du compte objectives.',
};

function action(step: Step, site: Site, lang: Lang): string {
  switch (step) {
    case 'remove':
      return REMOVE[lang][site];
    case 'private':
      return PRIVATE[lang];
    case 'threat':
      return THREAT[lang][site];
    case 'partisan':
      return PARTISAN[lang];
  }
}

/** The advice for a comment's reasons, the most serious first (MODERATION_REASONS' order). */
export function moderationAdvice(reasons: readonly ModerationReason[], site: Site, lang: Lang): ReasonAdvice[] {
  return MODERATION_REASONS.filter((r) => reasons.includes(r)).map((reason) => ({
    reason,
    ...REASONS[lang][reason],
    action: action(STEP_OF[reason], site, lang),
  }));
}

/** The concern of one reason, in a few words ("A threat or a call to violence"). */
export function reasonTitle(reason: ModerationReason, lang: Lang): string {
  return REASONS[lang][reason].concern;
}

/** The popup's line for a page: "3 comments may need moderation on this page". */
export function moderationCountText(count: number, lang: Lang): string {
  if (lang === 'fr')
    return count === 1
      ? '1 commentaire pourrait nécessiter une modération sur cette page'
      : `${count} commentaires pourraient nécessiter une modération sur cette page`;
  return count === 1
    ? '1 comment may need moderation on this page'
    : `${count} comments may need moderation on this page`;
}
