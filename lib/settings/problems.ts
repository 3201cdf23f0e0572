/**
 * Validation problems in plain words, in English and French: which part of a
 * setting was wrong, what was expected and what was found. Built from valibot's
 * issues, so every schema in `schema.ts` is explained the same way.
 */
import type * as v from 'valibot';
import type { Lang } from '../types';

/** The "what was expected" phrases the schema's own checks use (English → French). */
export const EXPECTED = {
  time: { en: 'a time as HH:MM (24-hour), such as 08:30', fr: 'une heure au format HH:MM (24 h), comme 08:30' },
  date: { en: 'a date as YYYY-MM-DD, such as 2026-12-24', fr: 'une date au format AAAA-MM-JJ, comme 2026-12-24' },
  domain: { en: 'a domain name such as novascotia.ca', fr: 'un nom de domaine comme novascotia.ca' },
  timeZone: {
    en: 'a time zone name such as America/Halifax',
    fr: 'un nom de fuseau horaire comme America/Halifax',
  },
  email: {
    en: 'an email address such as name@novascotia.ca (or nothing)',
    fr: 'une adresse courriel comme nom@novascotia.ca (ou rien)',
  },
} as const satisfies Record<string, Record<Lang, string>>;

const BY_ENGLISH = new Map<string, Record<Lang, string>>(Object.values(EXPECTED).map((e) => [e.en, e]));

type Issue = v.BaseIssue<unknown>;

const TYPES: Record<string, Record<Lang, string>> = {
  string: { en: 'text', fr: 'du texte' },
  number: { en: 'a number', fr: 'un nombre' },
  boolean: { en: 'true or false', fr: 'true ou false' },
  object: { en: 'a group of values ({ … })', fr: 'un groupe de valeurs ({ … })' },
  array: { en: 'a list ([ … ])', fr: 'une liste ([ … ])' },
};

function units(input: unknown, lang: Lang): string {
  if (Array.isArray(input)) return lang === 'fr' ? 'éléments' : 'items';
  return lang === 'fr' ? 'caractères' : 'characters';
}

/** What the value should have been, in plain words. */
function expected(issue: Issue, lang: Lang): string {
  const req = (issue as { requirement?: unknown }).requirement;
  const fr = lang === 'fr';
  const known = BY_ENGLISH.get(issue.message);
  if (known) return known[lang];
  switch (issue.type) {
    case 'picklist':
    case 'literal':
    case 'union':
      return (
        (fr ? 'l’une de ces valeurs : ' : 'one of ') +
        (issue.expected ?? '').replace(/^\((.*)\)$/, '$1').replace(/ \| /g, ', ')
      );
    case 'integer':
      return fr ? 'un nombre entier' : 'a whole number';
    case 'min_value':
      return fr ? `un nombre d’au moins ${String(req)}` : `a number of at least ${String(req)}`;
    case 'max_value':
      return fr ? `un nombre d’au plus ${String(req)}` : `a number of at most ${String(req)}`;
    case 'min_length':
      return fr
        ? `au moins ${String(req)} ${units(issue.input, lang)}`
        : `at least ${String(req)} ${units(issue.input, lang)}`;
    case 'max_length':
      return fr
        ? `au plus ${String(req)} ${units(issue.input, lang)}`
        : `at most ${String(req)} ${units(issue.input, lang)}`;
    default: {
      const type = TYPES[issue.type];
      if (type) return type[lang];
      return issue.expected ?? issue.message;
    }
  }
}

/** Where in the setting: "email" or "days.2"; empty for the setting as a whole. */
export function issuePath(issue: Issue): string {
  return (issue.path ?? []).map((p) => String(p.key)).join('.');
}

/** One issue in plain words, e.g. `email: expected an email address …, found "bob"`. */
export function describeIssue(issue: Issue, lang: Lang): string {
  const path = issuePath(issue);
  if (issue.type === 'object' && issue.received === 'undefined' && path) {
    return `${path}: ${lang === 'fr' ? 'manquant (obligatoire)' : 'missing (required)'}`;
  }
  const found = lang === 'fr' ? 'trouvé' : 'found';
  const want = lang === 'fr' ? 'attendu' : 'expected';
  // For a length, valibot reports the length found: say what it counts.
  const received = /_length$/.test(issue.type) ? `${issue.received} ${units(issue.input, lang)}` : issue.received;
  const text = `${want} ${expected(issue, lang)}, ${found} ${received}`;
  return path ? `${path}: ${text}` : text;
}

/** All issues of one value, joined. */
export function describeIssues(issues: readonly Issue[], lang: Lang): string {
  return issues.map((i) => describeIssue(i, lang)).join('; ');
}
