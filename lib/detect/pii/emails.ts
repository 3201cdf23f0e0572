/**
 * Email addresses: plain, spelled out (j dot doe at hotmail dot com) and
 * obfuscated (name [at] domain [dot] ca); whether a domain is the
 * government's, and whether an inbox is shared (info@, volunteers@).
 */
import { add, type Candidate } from './candidates';
import { PII_PATTERNS } from './patterns';
import { WORDS } from './words';

/** PII_PATTERNS.email, tried at one position. */
const EMAIL_AT = new RegExp(PII_PATTERNS.email.source, 'y');

/**
 * The matches of PII_PATTERNS.email, found from each '@' instead of by trying
 * the pattern at every character: a match uses the first '@' after its start,
 * at most 64 characters on, so the starts before each '@' are tried in order,
 * as a global scan would, and nothing else.
 */
function* emailMatches(t: string): Generator<RegExpExecArray> {
  let from = 0; // where the scan would go on (the end of the last match)
  for (let at = t.indexOf('@'); at >= 0; at = t.indexOf('@', at + 1)) {
    for (let s = Math.max(from, at - 64); s < at; s++) {
      EMAIL_AT.lastIndex = s;
      const m = EMAIL_AT.exec(t);
      if (!m) continue;
      yield m;
      from = m.index + m[0].length;
      break;
    }
  }
}

export function findEmails(t: string, govDomains: readonly string[], out: Candidate[]): void {
  for (const m of emailMatches(t)) {
    const local = m[1] ?? '';
    const domain = m[2] ?? '';
    // A local part never starts or ends with a dot; trim one that does ("see.me@…" is rare; "...info@" is a typo).
    let s = m.index;
    let l = local;
    while (l.startsWith('.')) {
      l = l.slice(1);
      s++;
    }
    if (!l || l.endsWith('.')) continue;
    const government = isGovernmentDomain(domain, govDomains);
    add(out, {
      kind: 'email',
      s,
      e: m.index + m[0].length,
      fixedOrg: isRoleInbox(l) || undefined,
      domain,
      government,
    });
  }
}

export function isGovernmentDomain(domain: string, govDomains: readonly string[]): boolean {
  return govDomains.some((g) => domain === g || domain.endsWith('.' + g));
}

/** An address written in words or disguised: the whole match, its local part and domain as read. */
function addEmail(out: Candidate[], m: RegExpExecArray, local: string, domain: string, govDomains: readonly string[]) {
  add(out, {
    kind: 'email',
    s: m.index,
    e: m.index + m[0].length,
    fixedOrg: isRoleInbox(local) || undefined,
    domain,
    government: isGovernmentDomain(domain, govDomains),
  });
}

export function findSpelledEmails(t: string, govDomains: readonly string[], out: Candidate[]): void {
  const re = PII_PATTERNS.spelledEmail;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const local = (m[1] ?? '').replace(/ dot /g, '.');
    const domain = `${(m[2] ?? '').replace(/ dot /g, '.')}.${m[3] ?? ''}`;
    addEmail(out, m, local, domain, govDomains);
  }
}

export function findObfuscatedEmails(t: string, govDomains: readonly string[], out: Candidate[]): void {
  const re = PII_PATTERNS.obfuscatedEmail;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const local = m[1] ?? '';
    const domain = (m[2] ?? '').replace(/ ?[[(] ?dot ?[\])] ?/g, '.');
    if (!/\.[a-z]{2,24}$/.test(domain)) continue;
    addEmail(out, m, local, domain, govDomains);
  }
}

export function isRoleInbox(local: string): boolean {
  const l = local.toLowerCase();
  const base = l.split('+')[0] ?? l;
  if (WORDS.roleInboxes.has(base) || WORDS.noReply.has(base)) return true;
  let from = 0;
  for (let i = 0; i <= base.length; i++) {
    const ch = base[i];
    if (ch === undefined || ch === '.' || ch === '_' || ch === '-') {
      if (WORDS.roleInboxes.has(base.slice(from, i))) return true;
      from = i + 1;
    }
  }
  return false;
}
