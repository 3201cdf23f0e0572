/**
 * Which account is posting: official when the page's identity matches one of
 * the configured official accounts for the site; otherwise what the person
 * chose for the site; otherwise personal (an unknown identity is treated as
 * personal, and shown as such).
 */
import type { Account, Site } from '../types';
import type { Settings } from './schema';

export interface AccountDecision {
  account: 'personal' | 'official';
  source: 'official-match' | 'person' | 'default';
}

const normalizeHandle = (h: string) => h.trim().replace(/^@/, '').toLowerCase();

export function resolveAccount(
  site: Site,
  identity: { handle?: string; name?: string } | null,
  settings: Pick<Settings, 'officialAccounts'>,
  choices: Partial<Record<Site, Account>>,
): AccountDecision {
  const ids = [identity?.handle, identity?.name].filter((x): x is string => !!x).map(normalizeHandle);
  const match = settings.officialAccounts.some((o) => o.site === site && ids.includes(normalizeHandle(o.handle)));
  if (match) return { account: 'official', source: 'official-match' };
  const chosen = choices[site];
  if (chosen === 'official' || chosen === 'personal') return { account: chosen, source: 'person' };
  return { account: 'personal', source: 'default' };
}
