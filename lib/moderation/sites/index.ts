/**
 * Moderation assist's view of the three sites, and the one decision it shares with the compose
 * guidance: a page is moderated only when the account whose post (video, thread) it is is the
 * account the person acts as, and that account is official for this person by the same rule
 * the guidance uses (lib/settings/account.ts: the manager's `officialAccounts`, else the
 * person's choice for the site, else personal).
 */
import { resolveAccount } from '../../settings/account';
import type { Settings } from '../../settings/schema';
import type { Identity } from '../../sites/types';
import type { Account, Site } from '../../types';
import { facebookComments } from './facebook';
import type { CommentSite, Owner } from './types';
import { xComments } from './x';
import { youtubeComments } from './youtube';

export type { CommentSite, Owner, PageComment } from './types';
export { facebookComments, xComments, youtubeComments };

export const COMMENT_SITES: Readonly<Record<'facebook' | 'x' | 'youtube', CommentSite>> = {
  facebook: facebookComments,
  x: xComments,
  youtube: youtubeComments,
};

/** A name or handle as compared: trimmed, without a leading @, in lower case. */
export const normaliseName = (s: string | undefined): string => (s ?? '').trim().replace(/^@/, '').toLowerCase();

/** The names and handles an identity goes by, normalised. */
function namesOf(id: Identity | null | undefined): string[] {
  return [id?.handle, id?.name].map(normaliseName).filter(Boolean);
}

/** True when the two identities share a name or a handle. */
export function sameAccount(a: Identity | null | undefined, b: Identity | null | undefined): boolean {
  const names = namesOf(b);
  return namesOf(a).some((n) => names.includes(n));
}

/** True when `author` (a shown name or @handle) is the owner account itself. */
export function byOwner(author: string, owner: Identity): boolean {
  const a = normaliseName(author);
  return a !== '' && namesOf(owner).includes(a);
}

/**
 * True when the comments under `owner`'s post are to be moderated by this person: the person
 * acts as that account (the page says so, or the signed-in identity is it) and the account is
 * official for them.
 */
export function moderatedBy(
  site: Site,
  owner: Owner | null,
  viewer: Identity | null,
  settings: Pick<Settings, 'officialAccounts'>,
  choices: Partial<Record<Site, Account>>,
): boolean {
  if (!owner) return false;
  if (!owner.viewerIsOwner && !sameAccount(owner.identity, viewer)) return false;
  // Either may carry the name the manager listed: the Page's name, its address, the @handle.
  return [owner.identity, viewer].some(
    (id) => id && resolveAccount(site, id, settings, choices).account === 'official',
  );
}
