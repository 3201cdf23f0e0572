/**
 * Political entities: parties (English and French names, abbreviations,
 * nicknames, members), politicians and political offices, their web domains
 * and social handles. Names that go stale live in lib/data/*.json; managers
 * extend them through settings (extraParties, extraPoliticians).
 */
import partiesData from '../data/parties.json';
import politiciansData from '../data/politicians.json';
import government from '../data/government.json';
import political from '../data/political.json';
import { phrases, type LexEntry } from './lexicon';
import { normalize } from './normalize';
import { fold } from './tokens';

export interface PoliticalExtras {
  extraParties?: ReadonlyArray<{ name: string; domains?: readonly string[]; handles?: readonly string[] }>;
  /** Names ("Jane Smith") or handles ("@janesmithmla"). */
  extraPoliticians?: readonly string[];
}

export interface PoliticalData {
  domains: string[];
  handles: Set<string>;
  /** Surnames distinctive enough to recognise inside a handle. */
  handleSurnames: string[];
  entries: LexEntry<EntityData>[];
}

export interface EntityData {
  /** The entity must be written with a capital letter (Liberal, Premier). */
  capital?: boolean;
  /** An ambiguous surname (Houston): political only beside another political word. */
  ambiguous?: boolean;
  /** An abbreviation that must be written in capitals (PC, CPC). */
  upper?: boolean;
  /** A name that must be written in title case (NS Environment). */
  titled?: boolean;
}

const foldHandle = (s: string) => normalize(s.replace(/^@/, '')).text.replace(/[^a-z0-9_]/g, '');

function buildData(extras: PoliticalExtras): PoliticalData {
  const entries: LexEntry<EntityData>[] = [];
  const domains = new Set<string>();
  const handles = new Set<string>();
  for (const p of partiesData.parties) {
    entries.push(...phrases<EntityData>('party', p.names));
    entries.push(...phrases<EntityData>('party', p.abbreviations, { upper: true }));
    p.domains.forEach((d) => domains.add(d));
    p.handles.forEach((h) => handles.add(foldHandle(h)));
  }
  entries.push(...phrases<EntityData>('party', partiesData.members.capitalised, { capital: true }));
  entries.push(...phrases<EntityData>('party', partiesData.members.anyCase));
  // French writes members in lower case after an article: "les libéraux", "des conservateurs".
  entries.push(
    ...phrases<EntityData>(
      'party',
      political.frenchMembers.fr.flatMap((m) => ['les', 'des', 'aux', 'ces'].map((a) => `${a} ${m}`)),
    ),
  );
  for (const x of extras.extraParties ?? []) {
    entries.push({ category: 'party', phrase: fold(x.name) });
    x.domains?.forEach((d) => domains.add(d.toLowerCase()));
    x.handles?.forEach((h) => handles.add(foldHandle(h)));
  }
  const handleSurnames: string[] = [];
  for (const p of politiciansData.politicians) {
    entries.push({ category: 'politician', phrase: fold(p.name) });
    entries.push({
      category: 'politician',
      phrase: fold(p.surname),
      data: { capital: true, ambiguous: p.ambiguousSurname === true },
    });
    p.handles.forEach((h) => handles.add(foldHandle(h)));
    if (!p.ambiguousSurname) handleSurnames.push(foldHandle(p.surname));
  }
  for (const x of extras.extraPoliticians ?? []) {
    if (x.trim().startsWith('@')) handles.add(foldHandle(x));
    else if (fold(x)) entries.push({ category: 'politician', phrase: fold(x) });
  }
  entries.push(
    ...phrases<EntityData>(
      'political-role',
      politiciansData.roles.en.filter((r) => !['premier', 'mp', 'mps', 'mla', 'mlas'].includes(r)),
    ),
  );
  entries.push(...phrases<EntityData>('political-role', ['premier'], { capital: true }));
  entries.push(...phrases<EntityData>('political-role', ['mp', 'mps', 'mla', 'mlas'], { upper: true }));
  entries.push(...phrases<EntityData>('political-role', politiciansData.roles.fr));
  return { domains: [...domains], handles, handleSurnames, entries };
}

let cache: { key: string; data: PoliticalData } | undefined;
export function politicalData(extras: PoliticalExtras = {}): PoliticalData {
  const key = JSON.stringify([extras.extraParties ?? [], extras.extraPoliticians ?? []]);
  if (cache?.key !== key) cache = { key, data: buildData(extras) };
  return cache.data;
}

const NON_POLITICAL_HANDLES = new Set(government.nonPoliticalHandles.map(foldHandle));
const PARTY_TOKENS = new Set(political.handles.partyTokens);
/** In this order: a longer adjunct before one it starts with (canada before can). */
const ADJUNCTS = political.handles.adjuncts;

function stripAdjuncts(s: string): string {
  let changed = true;
  while (changed && s.length > 2) {
    changed = false;
    for (const a of ADJUNCTS) {
      if (s.length > a.length + 1 && s.startsWith(a)) {
        s = s.slice(a.length);
        changed = true;
      } else if (s.length > a.length + 1 && s.endsWith(a)) {
        s = s.slice(0, -a.length);
        changed = true;
      }
    }
  }
  return s;
}

/** Whether a social handle belongs to a party, a politician or a political office. */
export function isPoliticalHandle(handle: string, data: PoliticalData): boolean {
  const h = foldHandle(handle);
  if (!h || NON_POLITICAL_HANDLES.has(h)) return false;
  if (data.handles.has(h)) return true;
  for (const part of h.split('_').filter(Boolean)) {
    if (PARTY_TOKENS.has(part) || PARTY_TOKENS.has(stripAdjuncts(part))) return true;
    if (part === 'mla' || part === 'mp' || part === 'premier') return true;
  }
  const bare = h.replace(/_/g, '');
  if (/[a-z]mla$/.test(bare)) return true; // JaneDoeMLA (but not @mlandry)
  return data.handleSurnames.some((s) => s.length >= 5 && bare.includes(s));
}

const NON_POLITICAL_DOMAINS = [...government.emailDomains, ...government.nonPoliticalDomains];
const SOCIAL_HOSTS = government.socialHosts;

/** host is d or ends with "." + d (read in place: no string per domain tried). */
const underDomain = (host: string, d: string) =>
  host === d || (host.length > d.length && host.endsWith(d) && host.charCodeAt(host.length - d.length - 1) === 0x2e);

export type PoliticalLinkKind = 'party-site' | 'political-account';

/** Whether a URL points at a party's site or a politician's or party's social account. */
export function politicalUrl(host: string, path: string, data: PoliticalData): PoliticalLinkKind | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (NON_POLITICAL_DOMAINS.some((d) => underDomain(h, d))) return null;
  if (data.domains.some((d) => underDomain(h, d))) return 'party-site';
  if (SOCIAL_HOSTS.some((d) => underDomain(h, d))) {
    const seg = path.split(/[/?#]/).find((s) => s.length > 0) ?? '';
    let handle = seg;
    try {
      handle = decodeURIComponent(seg);
    } catch {
      // keep the raw segment
    }
    handle = handle.replace(/^@/, '');
    if (handle && isPoliticalHandle(handle, data)) return 'political-account';
  }
  return null;
}
