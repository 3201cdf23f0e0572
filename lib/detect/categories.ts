/**
 * The lexicon's categories. Phrase lists live as data, one file per area
 * (lib/data/work.json, civic.json, confidential.json, tone.json,
 * political.json), each category once with a note saying what it means;
 * parties, politicians and departments are built by code from their own data
 * files (political.ts, employer.ts). `Category` is derived from all of them,
 * so a misspelt name in hits('…') is a type error, and a {slot} that names no
 * category makes the lexicon build throw (see buildLevels in lexicons.ts).
 * docs/rules.md, "Categories", explains each one; a test keeps it complete.
 */
import work from '../data/work.json';
import civic from '../data/civic.json';
import confidential from '../data/confidential.json';
import tone from '../data/tone.json';
import political from '../data/political.json';
import type { LexEntry } from './lexicon';

/** One category of a data file: what it means, and its phrases (en and fr for reading; both match everywhere). */
export interface CategoryData {
  readonly note: string;
  readonly en: readonly string[];
  readonly fr: readonly string[];
  /** Patterns made only of {category} slots and ~N gaps. */
  readonly any?: readonly string[];
}

/** The phrase files by area, in the order their entries join the lexicon. */
export const PHRASE_FILES = { political, work, civic, confidential, tone } as const;
export type PhraseArea = keyof typeof PHRASE_FILES;

export type DataCategory = {
  [A in PhraseArea]: keyof (typeof PHRASE_FILES)[A]['categories'];
}[PhraseArea];

/** Categories built by code from parties.json, politicians.json and departments.json. */
export const ENTITY_CATEGORIES = ['party', 'politician', 'political-role', 'dept', 'employer', 'workplace'] as const;
export type EntityCategory = (typeof ENTITY_CATEGORIES)[number];

/**
 * Categories made of others: as a {slot} they match a hit of any part, and
 * hits() lists the parts' hits in the order they were found.
 */
export const ALIASES = {
  pol: ['party', 'politician', 'political-role'],
  'employer-any': ['dept', 'employer', 'workplace'],
  'gov-ref': ['gov-ref-weak', 'gov-ref-strong'],
} as const satisfies Record<string, ReadonlyArray<DataCategory | EntityCategory>>;
export type AliasCategory = keyof typeof ALIASES;

export type Category = DataCategory | EntityCategory | AliasCategory;

/** What the categories built by code mean (the data files' categories carry their own note). */
export const BUILT_NOTES: Record<EntityCategory | AliasCategory, string> = {
  party:
    'A party by name, abbreviation (PC, NDP, written in capitals) or members (Liberals, Tories; les libéraux): parties.json.',
  politician:
    'A politician by full name, or by surname written with a capital; an ambiguous surname (Houston) only beside another political word: politicians.json.',
  'political-role': 'An office holder or candidate: the Premier, MLA, candidate, député: politicians.json.',
  dept: 'A provincial department or office, in its frames (Department of Health, NS Environment, ministère de la Santé), by proper name or abbreviation: departments.json.',
  employer:
    'The provincial government as an employer: Province of Nova Scotia, gouvernement de la Nouvelle-Écosse: departments.json.',
  workplace: 'A provincial workplace: Access Centre, the courthouse, palais de justice: departments.json.',
  pol: 'Alias: any party, politician or political-role. Used as {pol} in campaign and stance phrases.',
  'employer-any': 'Alias: any dept, employer or workplace. Used as {employer-any} in self-identification phrases.',
  'gov-ref':
    'Alias: gov-ref-weak and gov-ref-strong, in the order found, then every dept: a reference to the provincial government.',
};

/**
 * Categories whose hits() also list every hit of others, after their own:
 * resolved after matching, in this order (an extra pass over every word for
 * an alias would be waste). These are never {slots}.
 */
export const INCLUDES: Partial<Record<Category, readonly Category[]>> = {
  'gov-ref': ['dept'],
  'program-context': ['dept', 'gov-ref'],
  'gov-material': ['dept', 'gov-ref', 'work-cue'],
};

/** Every category of the data files, by area. */
export function dataCategories(): Array<[PhraseArea, DataCategory, CategoryData]> {
  const out: Array<[PhraseArea, DataCategory, CategoryData]> = [];
  for (const [area, file] of Object.entries(PHRASE_FILES) as Array<[PhraseArea, { categories: object }]>) {
    for (const [name, data] of Object.entries(file.categories) as Array<[DataCategory, CategoryData]>) {
      out.push([area, name, data]);
    }
  }
  return out;
}

/** Every category a phrase may name or a rule may read. */
export const CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  ...dataCategories().map(([, name]) => name),
  ...ENTITY_CATEGORIES,
  ...(Object.keys(ALIASES) as AliasCategory[]),
]);

export function isCategory(name: string): name is Category {
  return (CATEGORIES as ReadonlySet<string>).has(name);
}

/** The lexicon entries of the data files: each category's en, fr and any lists. */
export function dataEntries(): LexEntry[] {
  const out: LexEntry[] = [];
  for (const [, category, data] of dataCategories()) {
    for (const list of [data.en, data.fr, data.any ?? []]) for (const phrase of list) out.push({ category, phrase });
  }
  return out;
}

/** The alias each category belongs to (for the slot index). */
export const ALIAS_OF: Readonly<Record<string, AliasCategory>> = Object.fromEntries(
  (Object.entries(ALIASES) as Array<[AliasCategory, readonly string[]]>).flatMap(([alias, parts]) =>
    parts.map((p) => [p, alias]),
  ),
);

/** The {slot} names of a phrase. */
export function slotsOf(phrase: string): string[] {
  return [...phrase.matchAll(/\{([\w-]+)\}/g)].map((m) => m[1]!);
}
