/**
 * Moderation assist: the shared vocabulary between the page side (finding others' comments on an
 * official account's posts, marking them) and the judging and logging side. Types only.
 *
 * Privacy: a comment's text is read in the page and judged by the background's engine, as a
 * draft is (`moderate` message), and is never stored nor sent anywhere else. The log keeps
 * reason ids, counts and times; a dismissal is remembered by a one-way hash of the comment
 * (`CommentKey`), never by its text or its author.
 */
import type { Lang, Site } from '../types';

/** Why a moderator may want to look at a comment, by the province's terms of use. */
export type ModerationReason =
  | 'profanity'
  | 'abuse'
  | 'threat'
  | 'harassment'
  | 'personal-info'
  | 'spam'
  /** Informational only: never a removal suggestion. */
  | 'partisan';

/** The order reasons are shown and written in `data-rules`. */
export const MODERATION_REASONS: readonly ModerationReason[] = [
  'threat',
  'personal-info',
  'abuse',
  'harassment',
  'profanity',
  'spam',
  'partisan',
];

/** What the judge says about one comment. `reasons` empty: no mark. */
export interface ModerationVerdict {
  reasons: ModerationReason[];
}

/** A comment as the page side hands it to the judge. */
export interface CommentInput {
  text: string;
  lang?: Lang;
  site: Site;
}

/** A hex one-way hash identifying a comment for dismissals (site + text), never reversible to text. */
export type CommentKey = string;
