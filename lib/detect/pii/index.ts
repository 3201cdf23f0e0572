/**
 * Personal information in a draft: phone numbers, email addresses, Social
 * Insurance Numbers, Nova Scotia health card numbers, street addresses, postal
 * codes, dates of birth and case/claim/file numbers, in English and French.
 *
 * Pure: no DOM, no browser APIs, no libraries. Every pattern runs once over the
 * folded view (`norm.text`: lower case, no accents, no zero-width characters,
 * fullwidth digits made ASCII) and every match is mapped back to the exact
 * characters the person typed with `toSource`.
 *
 * The parts: patterns.ts (every regular expression, checked for backtracking by
 * a test), numbers.ts, emails.ts and addresses.ts (the finders), context.ts
 * (cue words), text.ts (shared readers), spelled.ts (numbers written in words),
 * and lib/data/pii.json (the word lists).
 *
 * Organisational or personal? For phones, postal codes and addresses the
 * context decides, clause by clause:
 *  - a sentence with one match: the whole sentence; a personal cue (me, my,
 *    his, her, dad, mrs, moi, ma…) overrides an organisational one (our office,
 *    hotline, ligne, centre…);
 *  - a sentence with several matches: the words between the previous match and
 *    this one ("call our office at X or text me at Y": Y gets "or text me at"),
 *    else the words after it, else the whole sentence;
 *  - a postal code right after an address takes the address's verdict.
 * Toll-free numbers, numbers the manager lists and the government exchanges
 * 902-424 and 902-722 are organisational whatever the words say.
 */
import { toSource, type NormText } from '../normalize';
import type { Candidate } from './candidates';
import { findCues, judge, V_CUED, V_ORG, V_OWN } from './context';
import { findEmails, findObfuscatedEmails, findSpelledEmails } from './emails';
import { findAddresses } from './addresses';
import { findCaseNumbers, findDatesOfBirth, findHealthCards, findPhones, findPostalCodes, findSins } from './numbers';
import { lowerBound, nanp, sentenceStarts } from './text';
import { DEFAULT_PII_OPTIONS, type PiiMatch, type PiiOptions } from './types';

export { PII_PATTERNS } from './patterns';
export { isRoleInbox } from './emails';
export * from './types';

/** Drops overlapping candidates, keeping the more specific kind; returns the rest sorted by start. */
function resolveOverlaps(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.s - b.s || a.prio - b.prio);
  const kept: Candidate[] = [];
  let i = 0;
  while (i < cands.length) {
    // A cluster: candidates that overlap one another, directly or through a chain.
    let j = i + 1;
    let clusterEnd = cands[i]!.e;
    while (j < cands.length && cands[j]!.s < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, cands[j]!.e);
      j++;
    }
    if (j === i + 1) {
      kept.push(cands[i]!);
    } else {
      const cluster = cands.slice(i, j).sort((a, b) => a.prio - b.prio || a.s - b.s);
      const chosen: Candidate[] = [];
      for (const c of cluster) {
        if (chosen.every((k) => c.e <= k.s || c.s >= k.e)) chosen.push(c);
      }
      chosen.sort((a, b) => a.s - b.s);
      for (const c of chosen) kept.push(c);
    }
    i = j;
  }
  return kept;
}

export function detectPii(norm: NormText, options: Partial<PiiOptions> = {}): PiiMatch[] {
  const t = norm.text;
  if (!t) return [];
  const govDomains = (options.governmentDomains ?? DEFAULT_PII_OPTIONS.governmentDomains)
    .map((d) => d.trim().toLowerCase())
    .map((d) => (d.startsWith('@') || d.startsWith('.') ? d.slice(1) : d))
    .filter(Boolean);
  const published = new Set(
    (options.publishedNumbers ?? []).map((p) => nanp(p).slice(0, 10)).filter((d) => d.length === 10),
  );
  const account = options.account ?? DEFAULT_PII_OPTIONS.account;

  const cands: Candidate[] = [];
  if (t.includes('@')) findEmails(t, govDomains, cands);
  // Both need their telltale words; most drafts have neither, so the scans are skipped.
  if (/[[(] ?at ?[\])]/.test(t)) findObfuscatedEmails(t, govDomains, cands);
  if (t.includes(' at ') && t.includes(' dot ')) findSpelledEmails(t, govDomains, cands);
  let hasDigit = false;
  for (let i = 0; i < t.length && !hasDigit; i++) {
    const c = t.charCodeAt(i);
    hasDigit = c >= 48 && c <= 57;
  }
  if (hasDigit) {
    findHealthCards(t, cands);
    findSins(t, cands);
    findCaseNumbers(t, cands);
    findDatesOfBirth(t, cands);
    findPhones(t, published, cands);
    findAddresses(norm, cands);
    findPostalCodes(t, cands);
  }
  if (!cands.length) return [];
  const kept = resolveOverlaps(cands);

  // Context.
  const pronounIsOrg = account !== 'personal';
  const starts = sentenceStarts(t);
  const sent = new Int32Array(kept.length);
  for (let i = 0; i < kept.length; i++) sent[i] = Math.max(0, lowerBound(starts, kept[i]!.s + 1) - 1);
  // The verdicts read cues in the matches' sentences only, and no cue crosses the end of a sentence
  // (none holds . ! ? ; or a line break): only those sentences are searched.
  const sentences: Array<[number, number]> = [];
  for (let i = 0; i < kept.length; i++) {
    if (i > 0 && sent[i] === sent[i - 1]) continue;
    sentences.push([starts[sent[i]!] ?? 0, starts[sent[i]! + 1] ?? t.length]);
  }
  const cues = findCues(t, sentences);

  const out: PiiMatch[] = [];
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    const si = sent[i]!;
    const sStart = starts[si] ?? 0;
    const sEnd = starts[si + 1] ?? t.length;
    const prev = i > 0 && sent[i - 1] === si ? kept[i - 1] : undefined;
    const next = i + 1 < kept.length && sent[i + 1] === si ? kept[i + 1] : undefined;
    const place = c.kind === 'address' || c.kind === 'postal-code';
    let v: number;
    if (!prev && !next) {
      v = judge(cues, sStart, c.s, c.e, sEnd, place, pronounIsOrg);
    } else {
      // Words before this match (back to the previous one), else after it, else the sentence.
      v = judge(cues, prev ? prev.e : sStart, c.s, 0, 0, place, pronounIsOrg);
      if (!(v & V_CUED)) v = judge(cues, c.e, next ? next.s : sEnd, 0, 0, place, pronounIsOrg);
      if (!(v & V_CUED)) v = judge(cues, sStart, c.s, c.e, sEnd, place, pronounIsOrg);
    }
    let organisational = false;
    if (c.kind === 'phone' || c.kind === 'email') organisational = c.fixedOrg === true;
    if ((c.kind === 'phone' || place) && v & V_ORG) organisational = true;
    let own = (v & V_OWN) !== 0;

    // A postal code right after an address shares its verdict.
    const last = out[out.length - 1];
    if (c.kind === 'postal-code' && prev?.kind === 'address' && last && c.s - prev.e <= 60) {
      organisational = last.organisational;
      own = last.own;
    }

    const [start, end] = toSource(norm, c.s, c.e);
    const match: PiiMatch = { kind: c.kind, start, end, organisational, own };
    if (c.kind === 'email') {
      match.domain = c.domain;
      match.government = c.government ?? false;
    }
    out.push(match);
  }
  return out;
}
