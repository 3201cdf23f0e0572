/**
 * The personal-information detector's regular expressions, compiled once, over
 * the folded view (lower case, no accents). Exported as one object so a test
 * can prove each free of super-linear backtracking: only bounded repeats, no
 * nested unbounded quantifiers, no overlapping alternatives under a quantifier.
 */

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
