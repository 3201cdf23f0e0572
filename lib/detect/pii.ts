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
 * All regular expressions are compiled once, below, and exported as
 * `PII_PATTERNS` so a test can prove them free of super-linear backtracking:
 * they use only bounded repeats, no nested unbounded quantifiers and no
 * overlapping alternatives under a quantifier.
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
import { toSource, type NormText } from './normalize';

export type PiiKind =
  'phone' | 'email' | 'sin' | 'health-card' | 'address' | 'postal-code' | 'date-of-birth' | 'case-number';

export interface PiiMatch {
  kind: PiiKind;
  /** UTF-16 offsets into the original text (norm.source). */
  start: number;
  end: number;
  /** true when it is an organisation's line or inbox, not a person's: the engine will not flag it as personal-info */
  organisational: boolean;
  /** for emails: the domain (lowercase) */
  domain?: string;
  /** for emails at a government domain (or a subdomain of one): true */
  government?: boolean;
  /** true when the writer gives their own details ("text me at", "my number", "email me") — the engine words its message gently */
  own: boolean;
}

export interface PiiOptions {
  /** Matched as the domain itself and every subdomain. */
  governmentDomains: string[];
  /** Organisational phone numbers a manager lists (any format; compared by digits, a leading 1 ignored). */
  publishedNumbers: string[];
  /**
   * On a personal account a bare "our"/"us"/"we"/"notre"/"nous" is the
   * writer's household, not an organisation, so it is not an organisational cue
   * there (explicit phrases like "call us", "our office" still are).
   */
  account: 'personal' | 'official' | 'unknown';
}

export const DEFAULT_PII_OPTIONS: Readonly<PiiOptions> = Object.freeze({
  governmentDomains: ['novascotia.ca', 'gov.ns.ca'],
  publishedNumbers: [],
  account: 'unknown',
});

// ---------------------------------------------------------------------------
// Patterns (over the folded, lower-case view)
// ---------------------------------------------------------------------------

/** Not preceded by a word character (the view is ASCII for everything we match). */
const NB = '(?<![a-z0-9_])';
/** Not followed by a word character. */
const NA = '(?![a-z0-9_])';

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|' +
  'janv|jan|fevr|fev|feb|mar|apr|avr|jun|juil|jul|aug|sept|sep|oct|nov|dec';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH_NUM = '(?:0?[1-9]|1[0-2])';
const YEAR4 = '(?:19|20)\\d{2}';

export const PII_PATTERNS = {
  /** North American numbers: optional +1/1, area and exchange 2-9xx, optional extension. */
  phone:
    /(?<![a-z0-9_$+/@#-])(?<!\d[.,])((?:(?:\+ ?1|1)[-. ]?)?(?:\([2-9]\d{2}\)|[2-9]\d{2})[-. ]?[2-9]\d{2}[-. ]?\d{4})(?:,? ?(?:extension|ext|poste|x)\.? ?[:#]? ?(\d{1,6}))?(?![a-z0-9_@]|[-.]\d)/g,
  email: /(?<![a-z0-9._%+-])([a-z0-9._%+-]{1,64})@((?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})(?![a-z0-9-]|\.[a-z0-9])/g,
  /** Spelled out in plain words, for the common mail providers and government: j dot doe at hotmail dot com. */
  spelledEmail:
    /(?<![a-z0-9._-])([a-z0-9][a-z0-9._-]{0,63}(?: dot [a-z0-9][a-z0-9_-]{0,30}){0,3}) at (gmail|hotmail|outlook|yahoo|icloud|live|msn|aol|protonmail|proton|eastlink|bellaliant|sympatico|novascotia|gov dot ns|gov\.ns) dot (com|ca|net|me|org)(?![a-z0-9])/g,
  /** Addresses written to dodge harvesters: name [at] domain [dot] ca, name (at) domain (dot) ca. */
  obfuscatedEmail:
    /(?<![a-z0-9._%+-])([a-z0-9._%+-]{1,64}) ?[[(] ?at ?[\])] ?([a-z0-9-]{1,63}(?:(?: ?[[(] ?dot ?[\])] ?|\.)[a-z0-9-]{1,63}){1,8})(?![a-z0-9-])/g,
  /** 9 digits: 3-3-3 with spaces or hyphens, or unbroken. */
  sin: /(?<![a-z0-9_$.,/#@+-])(?<!\d )\d{3}(?: \d{3} \d{3}|-\d{3}-\d{3}|\d{6})(?![a-z0-9_]|[-.,/]\d| \d)/g,
  sinKeyword: new RegExp(`${NB}(?:s\\.?i\\.?n|social insurance|n\\.?a\\.?s|assurance sociale)${NA}`, 'g'),
  /** Labels that make a 9-digit number something else (an order, an invoice…). */
  nonSinLabel: new RegExp(
    `${NB}(?:orders?|tracking|invoices?|confirmation|reference|ref|transactions?|accounts?|acct|commande|suivi|facture|receipt|recu|policy|claims?|cases?|files?|tickets?|dossiers?|demandes?|reclamations?)${NA}`,
    'g',
  ),
  /** 10 digits: 4-3-3 with spaces or hyphens, or unbroken. */
  healthCard: /(?<![a-z0-9_$.,/#@+-])(?<!\d )\d{4}(?: \d{3} \d{3}|-\d{3}-\d{3}|\d{6})(?![a-z0-9_]|[-.,/]\d| \d)/g,
  healthKeyword: new RegExp(
    `${NB}(?:health ?cards?|health (?:number|insurance)|hcn|msi|cartes? (?:sante|d'assurance[- ]maladie)|assurance[- ]maladie)${NA}`,
    'g',
  ),
  postalCode: /(?<![a-z0-9_@./#-])[abceghj-nprstvxy]\d[abceghj-nprstv-z][ -]?\d[abceghj-nprstv-z]\d(?![a-z0-9_@-])/g,
  /** A civic number: 1-5 digits, optional letter (14a) or unit (12-34). */
  civic: /(?<![a-z0-9_$.,:/#@+-])\d{1,5}(?:[a-z](?![a-z0-9_])|-\d{1,5})?(?![a-z0-9_%]|[.,:/-]\d)/g,
  /** One word after a civic number, read with lastIndex (sticky). */
  addressWord: /[.,]?[ \t]{1,2}([a-z][a-z'-]{0,29}|\d{1,3}(?:st|nd|rd|th))(?![a-z0-9_])/y,
  date: new RegExp(
    `(?<![a-z0-9_/.-])(?:` +
      `${YEAR4}[-/.]${MONTH_NUM}[-/.]${DAY}` +
      `|${DAY}[-/.]${DAY}[-/.](?:${YEAR4}|\\d{2})` +
      `|(?:${MONTHS})\\.?[ ]{1,2}${DAY}(?:st|nd|rd|th)?,?[ ]{1,2}${YEAR4}` +
      `|${DAY}(?:st|nd|rd|th|er)?[ ]{1,2}(?:of[ ]{1,2})?(?:${MONTHS})\\.?,?[ ]{1,2}${YEAR4}` +
      `|(?:${MONTHS})\\.?,?[ ]{1,2}${YEAR4}` +
      `)(?![a-z0-9_]|[-/.]\\d)`,
    'g',
  ),
  dobKeyword: new RegExp(
    `${NB}(?:born|birth ?date|date of birth|d\\.?o\\.?b|birthday|nee? (?:le|en)|date de naissance)${NA}`,
    'g',
  ),
  /**
   * Label, optional "number"/"no."/"#"/"numero", optional "is"/":", then the identifier (group 1):
   * letters and digits in hyphen- or slash-separated parts, or digit groups separated by spaces.
   */
  caseNumber: new RegExp(
    `${NB}(?:numero de dossier|claims?|cases?|files?|applications?|references?|ref|tickets?|accounts?|dossiers?|demandes?|reclamations?)(?![a-z])` +
      `[ \\t]{0,3}(?:(?:number|numero|num|nbr|no|n°|id|#)\\.?[ \\t]{0,3})?(?:(?:is|was|est|:)[ \\t]{0,3})?[:#]?[ \\t]{0,3}` +
      `(\\d{3,5}(?: \\d{3,4}){1,3}|[a-z0-9]{1,20}(?:[-/][a-z0-9]{1,20}){0,5})(?![a-z0-9_]|[-/][a-z0-9])`,
    'g',
  ),
  /** Identifiers that are a school or fiscal year ("2026-27") or a date, not a case number. */
  yearRange: /^(?:19|20)\d{2}[-/](?:\d{2}|(?:19|20)\d{2})$/,
  isoDate: /^(?:19|20)\d{2}[-/](?:0?[1-9]|1[0-2])[-/](?:0?[1-9]|[12]\d|3[01])$/,
  /** Words that say a line, inbox or place belongs to an organisation. */
  orgCue: new RegExp(
    `${NB}(?:offices?|bureaux?|hotlines?|helplines?|help lines?|info ?lines?|information lines?|main lines?|lines?|lignes?|` +
      `toll[- ]?free|sans[- ]frais|centres?|centers?|front desk|reception|receptionist|switchboard|departments?|dept|` +
      `ministry|ministere|province|provincial|government|gouvernement|agency|agence|headquarters|branch|programs?|programmes?|` +
      `stores?|shop|library|bibliotheque|open|hours|heures|events?|evenements?|ceremony|ceremonies|ceremonie|celebrations?|festival|meetings?|sessions?|workshops?|ateliers?|concerts?|parade|reunion|venue|museum|musee|clinics?|clinique|` +
      `hospital|hopital|school|ecole|campus|hall|arena|locations?|located|visit|venez|appelez|contactez|` +
      `info|information|renseignements|(?:call|contact|visit|join|reach|email|e-mail|text|find|write to) us|nous joindre)${NA}`,
    'g',
  ),
  /** First person plural: organisational only on official or unknown accounts. */
  orgPronoun: new RegExp(`${NB}(?:our|ours|us|we|notre|nos|nous)${NA}`, 'g'),
  /** The writer's own details. "mon" is not Monday ("Mon-Fri", "Mon. to Fri."). */
  ownCue: new RegExp(
    `${NB}(?:me|my|mine|myself|moi|ma|mes|mon(?![-./]| ?[-/]| (?:to|through|thru|and|a|au) )|` +
      `i (?:live|reside|am at|was born)|i'm at|im at|i'm staying at|j'habite|je (?:vis|demeure|reside|suis joignable|suis nee?)|` +
      `m'(?:appeler|ecrire|joindre|rejoindre|texter|contacter|envoyer))${NA}`,
    'g',
  ),
  /** Someone else's details: pronouns, family, titles. */
  thirdCue: new RegExp(
    `${NB}(?:his|her|hers|him|their|theirs|dads?|moms?|mums?|mothers?|fathers?|sons?|daughters?|wife|husband|brothers?|sisters?|` +
      `grandmother|grandfather|grandma|grandpa|grandsons?|granddaughters?|aunt|uncle|cousins?|niece|nephew|fiancee?|` +
      `mrs|mr|ms|lui|elle|sa|ses|leurs?|pere|mere|fils|filles?|frere|soeur|tante|oncle|mari|femme|epouse|epoux|` +
      `tenants?|landlords?|neighbou?rs?|roommates?|locataires?|voisine?s?|name's|named)${NA}`,
    'g',
  ),
  /** Personal whoever it belongs to. */
  personalCue: new RegExp(`${NB}(?:cell|cells|cellphone|cell phone|cellulaire)${NA}`, 'g'),
  /** For addresses and postal codes: someone lives there. */
  homeCue: new RegExp(
    `${NB}(?:lives|(?:i|we|he|she|they|who|still|now) (?:live|lived|reside|resided)|living (?:at|on|in)|resides|residing|` +
      `residence|home|(?<!open )house|born|habite|habitent|habitait|demeure|domicile|chez)${NA}`,
    'g',
  ),
} satisfies Record<string, RegExp>;

// ---------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------

const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);
const GOV_EXCHANGES = new Set(['902424', '902722']);

const ROLE_INBOXES = new Set(
  (
    'info information infos contact contactus contacts help helpdesk support admin administration office inquiries ' +
    'enquiries inquiry enquiry service services media communications comms news feedback hello webmaster noreply ' +
    'donotreply reception general questions renseignements accueil courrier bureau admissions careers jobs emplois hr ' +
    'privacy foi sales team events mail postmaster press marketing registrar secretariat ask volunteers volunteer ' +
    'tickets orders order bookings booking reservations billing accounts accounting membership members ' +
    'registration register donations donate giving hiring recruitment payroll it techsupport customerservice ' +
    'customercare care studio shop store rsvp hi bonjour ventes abonnements benevoles benevolat inscriptions ' +
    'partnerships sponsorship sponsors editor editors newsroom tips letters subscriptions'
  ).split(' '),
);
const NO_REPLY = new Set(['no-reply', 'do-not-reply', 'no_reply', 'do_not_reply']);

const EN_STREET_TYPES = new Set(
  (
    'street st road rd avenue ave av drive dr lane ln crescent cres court ct boulevard blvd way place pl terrace terr ' +
    'row close circle cir highway hwy trail trl parkway pkwy square sq'
  ).split(' '),
);
const ABBREVIATED_TYPES = new Set('st rd ave av dr ln cres ct blvd pl terr cir hwy trl pkwy sq'.split(' '));
const FR_STREET_TYPES = new Set(
  'rue chemin ch avenue av boulevard boul route rte rang allee place promenade impasse croissant montee'.split(' '),
);
/** Lower-case words allowed inside a street name (not first in English names). */
const NAME_CONNECTORS = new Set("of the de du des la le l' d' st ste saint sainte".split(' '));
/** Words that are never part of a street name: "3 kids on the road". */
const NAME_STOPWORDS = new Set(
  (
    'a an and or on in at to of for from by with down up along across over under through into onto near past ' +
    'our your my his her their its this that these those is are was were be been more most new other same ' +
    'every each some any all no not very just only also than then there here when where which who what ' +
    'km kms m miles mile minutes minute mins hours hour days day years year people kids cars times ' +
    'et ou au aux en sur par pour dans avec depuis qui que chez vers sans sous un une'
  ).split(' '),
);
/** Words before a number that make it a route or exit, not a civic number. */
const ROUTE_WORDS = new Set('highway hwy route rte exit sortie autoroute trunk no number num'.split(' '));
/** Words followed by a period that do not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st ste mt ave rd blvd cres ct pl no nos ext tel approx etc jr sr prof hon rev gen sgt cpl ' +
    'inc ltd co corp vs fig dept govt gov est apt bldg mme mlle'
  ).split(' '),
);

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

interface Hits {
  s: number[];
  e: number[];
}

function collect(re: RegExp, text: string): Hits {
  const s: number[] = [];
  const e: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    s.push(m.index);
    e.push(m.index + m[0].length);
    if (m[0].length === 0) re.lastIndex++;
  }
  return { s, e };
}

/** First index i with arr[i] >= x. */
function lowerBound(arr: readonly number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a hit lies entirely within [from, to). */
function anyIn(h: Hits, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = lowerBound(h.s, from); i < h.s.length && (h.s[i] ?? to) < to; i++) {
    if ((h.e[i] ?? Infinity) <= to) return true;
  }
  return false;
}

/** Whether a hit ends within [from, to] (a label before a number). */
function endsIn(h: Hits, from: number, to: number): boolean {
  // Hits are sorted by start and do not overlap, so their ends are sorted too.
  const i = lowerBound(h.e, from);
  return i < h.e.length && (h.e[i] ?? Infinity) <= to;
}

/** Whether a hit lies within `radius` characters of [start, end). */
function near(h: Hits, start: number, end: number, radius: number): boolean {
  const i = lowerBound(h.e, start - radius);
  return i < h.s.length && (h.s[i] ?? Infinity) < end + radius;
}

function digitsOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
  }
  return out;
}

/** Ten-digit form of a North American number: digits only, a leading 1 dropped. */
function nanp(s: string): string {
  const d = digitsOf(s);
  return d.length === 11 && d[0] === '1' ? d.slice(1) : d;
}

function luhn(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let v = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

function isLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** Start offsets (in the view) of every sentence; the first is 0. */
function sentenceStarts(t: string): number[] {
  const out = [0];
  const n = t.length;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x0a) {
      out.push(i + 1);
      continue;
    }
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x3b) continue;
    let j = i;
    while (j + 1 < n && '.!?;'.includes(t[j + 1] ?? '')) j++;
    const next = t.charCodeAt(j + 1);
    const ends =
      Number.isNaN(next) ||
      next === 0x20 ||
      next === 0x0a ||
      next === 0x09 ||
      next === 0x0d ||
      next === 0x22 ||
      next === 0x27 ||
      next === 0x29;
    if (!ends) {
      i = j;
      continue;
    }
    if (c === 0x2e && j === i) {
      // "Mrs. Boudreau", "St. Margarets", "J. MacDonald": not the end of a sentence.
      let k = i;
      while (k > 0 && i - k < 12 && isLetter(t.charCodeAt(k - 1))) k--;
      const word = t.slice(k, i);
      if (word.length === 1 || ABBREVIATIONS.has(word)) {
        i = j;
        continue;
      }
    }
    out.push(j + 1);
    i = j;
  }
  return out;
}

/** The word just before `pos` in the view (skipping spaces, '#', ':'), or ''. */
function wordBefore(t: string, pos: number): string {
  let k = pos;
  while (k > 0 && pos - k < 4 && ' \t#:.'.includes(t[k - 1] ?? 'x')) k--;
  const end = k;
  while (k > 0 && end - k < 20 && isLetter(t.charCodeAt(k - 1))) k--;
  return t.slice(k, end);
}

// ---------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------

interface Candidate {
  kind: PiiKind;
  s: number; // view offsets
  e: number;
  prio: number;
  /** Decided by the number or address itself; context is not consulted. */
  fixedOrg?: boolean;
  domain?: string;
  government?: boolean;
}

const PRIORITY: Record<PiiKind, number> = {
  'health-card': 0,
  sin: 0,
  'case-number': 1,
  'date-of-birth': 2,
  email: 3,
  phone: 4,
  address: 5,
  'postal-code': 6,
};

function add(out: Candidate[], c: Omit<Candidate, 'prio'>): void {
  (c as Candidate).prio = PRIORITY[c.kind];
  out.push(c as Candidate);
}

function findPhones(t: string, published: ReadonlySet<string>, out: Candidate[]): void {
  const re = PII_PATTERNS.phone;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const ten = nanp(m[1] ?? '');
    if (ten.length !== 10) continue;
    const area = ten.slice(0, 3);
    const org = TOLL_FREE.has(area) || published.has(ten) || GOV_EXCHANGES.has(ten.slice(0, 6));
    add(out, {
      kind: 'phone',
      s: m.index,
      e: m.index + m[0].length,
      fixedOrg: org || undefined,
    });
  }
}

function findEmails(t: string, govDomains: readonly string[], out: Candidate[]): void {
  const re = PII_PATTERNS.email;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
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

function isGovernmentDomain(domain: string, govDomains: readonly string[]): boolean {
  return govDomains.some((g) => domain === g || domain.endsWith('.' + g));
}

function findSpelledEmails(t: string, govDomains: readonly string[], out: Candidate[]): void {
  const re = PII_PATTERNS.spelledEmail;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const local = (m[1] ?? '').replace(/ dot /g, '.');
    const domain = `${(m[2] ?? '').replace(/ dot /g, '.')}.${m[3] ?? ''}`;
    add(out, {
      kind: 'email',
      s: m.index,
      e: m.index + m[0].length,
      fixedOrg: isRoleInbox(local) || undefined,
      domain,
      government: isGovernmentDomain(domain, govDomains),
    });
  }
}

function findObfuscatedEmails(t: string, govDomains: readonly string[], out: Candidate[]): void {
  const re = PII_PATTERNS.obfuscatedEmail;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const local = m[1] ?? '';
    const domain = (m[2] ?? '').replace(/ ?[[(] ?dot ?[\])] ?/g, '.');
    if (!/\.[a-z]{2,24}$/.test(domain)) continue;
    add(out, {
      kind: 'email',
      s: m.index,
      e: m.index + m[0].length,
      fixedOrg: isRoleInbox(local) || undefined,
      domain,
      government: isGovernmentDomain(domain, govDomains),
    });
  }
}

export function isRoleInbox(local: string): boolean {
  const l = local.toLowerCase();
  const base = l.split('+')[0] ?? l;
  if (ROLE_INBOXES.has(base) || NO_REPLY.has(base)) return true;
  let from = 0;
  for (let i = 0; i <= base.length; i++) {
    const ch = base[i];
    if (ch === undefined || ch === '.' || ch === '_' || ch === '-') {
      if (ROLE_INBOXES.has(base.slice(from, i))) return true;
      from = i + 1;
    }
  }
  return false;
}

function findSins(t: string, out: Candidate[]): void {
  const re = PII_PATTERNS.sin;
  re.lastIndex = 0;
  let keywords: Hits | undefined;
  let labels: Hits | undefined;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const d = digitsOf(m[0]);
    if (d[0] === '8' || !luhn(d)) continue;
    keywords ??= collect(PII_PATTERNS.sinKeyword, t);
    const s = m.index;
    const e = s + m[0].length;
    const keyword = near(keywords, s, e, 300);
    if (!keyword) {
      // Without a keyword: only the 3-3-3 form, only a plausible first digit, and no other label.
      if (d[0] === '0' || m[0].length !== 11) continue;
      labels ??= collect(PII_PATTERNS.nonSinLabel, t);
      if (endsIn(labels, s - 30, s)) continue;
    }
    add(out, { kind: 'sin', s, e });
  }
}

function findHealthCards(t: string, out: Candidate[]): void {
  const re = PII_PATTERNS.healthCard;
  re.lastIndex = 0;
  let keywords: Hits | undefined;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    keywords ??= collect(PII_PATTERNS.healthKeyword, t);
    const s = m.index;
    const e = s + m[0].length;
    if (near(keywords, s, e, 100)) add(out, { kind: 'health-card', s, e });
  }
}

function findPostalCodes(t: string, out: Candidate[]): void {
  const re = PII_PATTERNS.postalCode;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    add(out, { kind: 'postal-code', s: m.index, e: m.index + m[0].length });
  }
}

function findDatesOfBirth(t: string, out: Candidate[]): void {
  const re = PII_PATTERNS.date;
  re.lastIndex = 0;
  let keywords: Hits | undefined;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    keywords ??= collect(PII_PATTERNS.dobKeyword, t);
    if (endsIn(keywords, m.index - 40, m.index)) {
      add(out, { kind: 'date-of-birth', s: m.index, e: m.index + m[0].length });
    }
  }
}

/** Words after "in" that make "in any case" an idiom. */
const CASE_IDIOM = new Set('any that this either each every no such which one some most many whichever'.split(' '));

function findCaseNumbers(t: string, out: Candidate[]): void {
  const re = PII_PATTERNS.caseNumber;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const id = m[1] ?? '';
    const digits = digitsOf(id).length;
    if (digits < 4) continue;
    if (digits === 4 && id.length === 4) {
      const year = Number(id);
      if (year >= 1900 && year <= 2099) continue;
    }
    if (PII_PATTERNS.yearRange.test(id) || PII_PATTERNS.isoDate.test(id)) continue;
    if (m[0].startsWith('case')) {
      const before = wordBefore(t, m.index);
      if (before === 'in') continue;
      if (CASE_IDIOM.has(before)) {
        const k = t.lastIndexOf(before, m.index);
        if (wordBefore(t, k) === 'in') continue;
      }
    }
    const e = m.index + m[0].length;
    add(out, { kind: 'case-number', s: e - id.length, e });
  }
}

/** Whether the character that produced view offset `i` is upper case in the source. */
function capitalised(norm: NormText, i: number): boolean {
  const ch = norm.source[norm.starts[i] ?? 0] ?? '';
  return ch !== ch.toLowerCase();
}

function findAddresses(norm: NormText, out: Candidate[]): void {
  const t = norm.text;
  const civic = PII_PATTERNS.civic;
  const wordRe = PII_PATTERNS.addressWord;
  // In a draft typed all in lower case, street names are not capitalised either.
  let lowerCaseDraft: boolean | undefined;
  civic.lastIndex = 0;
  for (let m = civic.exec(t); m; m = civic.exec(t)) {
    const numStart = m.index;
    const numEnd = numStart + m[0].length;
    const after = t.charCodeAt(numEnd);
    if (after !== 0x20 && after !== 0x09 && after !== 0x2c) continue;
    if (ROUTE_WORDS.has(wordBefore(t, numStart))) continue;
    lowerCaseDraft ??= norm.source === norm.source.toLowerCase();

    // English: number, 1-4 name words, street type. French: number, type, 1-4 name words.
    // Words are read one at a time and the scan stops as soon as neither form can match.
    let strict = true; // every name word so far is capitalised, an ordinal or a connector
    let french = false;
    let frenchEnd = -1;
    let end = -1;
    wordRe.lastIndex = numEnd;
    for (let k = 0; k < 5; k++) {
      const w = wordRe.exec(t);
      if (!w) break;
      const sep = w[0].charCodeAt(0);
      if (k > 0 && sep === 0x2c) break; // a comma ends the street name
      const word = w[1] ?? '';
      const ws = wordRe.lastIndex - word.length;
      const we = wordRe.lastIndex;
      if (k === 0 && FR_STREET_TYPES.has(word)) {
        french = true;
        continue;
      }
      if (french) {
        if (NAME_CONNECTORS.has(word)) continue;
        if (NAME_STOPWORDS.has(word)) break;
        const c0 = word.charCodeAt(0);
        if ((c0 >= 48 && c0 <= 57) || lowerCaseDraft || capitalised(norm, ws)) {
          frenchEnd = we;
          continue;
        }
        break;
      }
      if (k > 0 && EN_STREET_TYPES.has(word)) {
        if (sep !== 0x2c && (strict || lowerCaseDraft || ABBREVIATED_TYPES.has(word))) {
          const first = t.charCodeAt(numEnd);
          if (first !== 0x2c) end = we;
        }
        break;
      }
      if (k === 4) break; // five words and no street type
      if (k > 0 && NAME_CONNECTORS.has(word)) continue;
      if (NAME_STOPWORDS.has(word)) break;
      const c0 = word.charCodeAt(0);
      if (!(c0 >= 48 && c0 <= 57) && !capitalised(norm, ws)) strict = false;
    }
    if (french) end = frenchEnd;
    if (end > 0)
      out.push({
        kind: 'address',
        s: numStart,
        e: end,
        prio: PRIORITY.address,
      });
  }
}

interface CueSet {
  org: Hits;
  pronoun: Hits;
  own: Hits;
  third: Hits;
  personal: Hits;
  home: Hits;
}

const V_ORG = 1;
const V_OWN = 2;
const V_CUED = 4;

function hasIn(h: Hits, a1: number, b1: number, a2: number, b2: number): boolean {
  return anyIn(h, a1, b1) || anyIn(h, a2, b2);
}

/** Verdict (V_* bits) from the cues in [a1, b1) and [a2, b2). */
function judge(
  cues: CueSet,
  a1: number,
  b1: number,
  a2: number,
  b2: number,
  place: boolean,
  pronounIsOrg: boolean,
): number {
  const own = hasIn(cues.own, a1, b1, a2, b2);
  const third = hasIn(cues.third, a1, b1, a2, b2);
  const personal = own || third || hasIn(cues.personal, a1, b1, a2, b2) || (place && hasIn(cues.home, a1, b1, a2, b2));
  const org = hasIn(cues.org, a1, b1, a2, b2) || (pronounIsOrg && hasIn(cues.pronoun, a1, b1, a2, b2));
  return (!personal && org ? V_ORG : 0) | (own && !third ? V_OWN : 0) | (personal || org ? V_CUED : 0);
}

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
  const cues: CueSet = {
    org: collect(PII_PATTERNS.orgCue, t),
    pronoun: collect(PII_PATTERNS.orgPronoun, t),
    own: collect(PII_PATTERNS.ownCue, t),
    third: collect(PII_PATTERNS.thirdCue, t),
    personal: collect(PII_PATTERNS.personalCue, t),
    home: collect(PII_PATTERNS.homeCue, t),
  };
  const pronounIsOrg = account !== 'personal';
  const starts = sentenceStarts(t);
  const sent = new Int32Array(kept.length);
  for (let i = 0; i < kept.length; i++) sent[i] = Math.max(0, lowerBound(starts, kept[i]!.s + 1) - 1);

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
