/**
 * The phrase data (lib/data/work.json, civic.json, confidential.json, tone.json,
 * political.json) kept clean: sorted lists, no phrase twice in a category
 * (compared as the lexicon reads it: folded), every {slot} a category, stems
 * long enough to be safe, every category read by a rule, a detector or a slot,
 * and the glossary of docs/rules.md complete.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import tone from '@/lib/data/tone.json';
import {
  ALIASES,
  CATEGORIES,
  INCLUDES,
  PHRASE_FILES,
  dataCategories,
  isCategory,
  slotsOf,
} from '@/lib/detect/categories';
import { buildLevels, lexiconEntries } from '@/lib/detect/lexicons';
import { politicalData } from '@/lib/detect/political';
import { fold } from '@/lib/detect/tokens';
import { glossary, glossarySection } from '../../../scripts/data';
import cuesFile from '@/lib/data/judgment-cues.json';
import { cueCategories } from '@/lib/model/cues';

const ROOT = resolve(__dirname, '../../..');
/** Stems of phrases (lexicon) and of single tone words: shorter ones match too many words. */
const MIN_STEM = 4;
const MIN_WORD_STEM = 3;

/** A phrase as the lexicon reads it: folded words, slots and gaps as written. */
function canonical(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((piece) => {
      if (/^\{[\w-]+\}$/.test(piece) || /^~\d$/.test(piece)) return piece;
      const stem = piece.endsWith('*');
      return fold(stem ? piece.slice(0, -1) : piece) + (stem ? '*' : '');
    })
    .join(' ');
}

function unsorted(list: readonly string[]): string | undefined {
  for (let i = 1; i < list.length; i++) {
    if (list[i - 1]! >= list[i]!) return `"${list[i]}" goes before "${list[i - 1]}" (npm run data:sort)`;
  }
  return undefined;
}

const categories = dataCategories();

describe.each(categories.map(([area, name, data]) => [`${area}.json ${name}`, name, data] as const))(
  '%s',
  (_label, name, data) => {
    const lists = { en: data.en, fr: data.fr, any: data.any ?? [] };

    test('says what it means', () => {
      expect(data.note.length).toBeGreaterThan(20);
    });

    test('lists are sorted', () => {
      for (const [lang, list] of Object.entries(lists)) expect(unsorted(list), `${name}.${lang}`).toBeUndefined();
    });

    test('no phrase twice (as the lexicon reads it)', () => {
      const seen = new Map<string, string>();
      const twice: string[] = [];
      for (const phrase of Object.values(lists).flat()) {
        const key = canonical(phrase);
        if (seen.has(key)) twice.push(`"${phrase}" is "${seen.get(key)}"`);
        else seen.set(key, phrase);
      }
      expect(twice).toEqual([]);
    });

    test('every {slot} is a category, and "any" holds only patterns of slots and gaps', () => {
      for (const phrase of Object.values(lists).flat()) {
        for (const slot of slotsOf(phrase)) expect(isCategory(slot), `{${slot}} in "${phrase}"`).toBe(true);
      }
      for (const phrase of lists.any)
        expect(phrase, 'a pattern with words goes in en or fr').toMatch(/^(\{[\w-]+\}|~\d)( (\{[\w-]+\}|~\d))*$/);
    });

    test(`stems have at least ${MIN_STEM} letters`, () => {
      for (const phrase of Object.values(lists).flat()) {
        for (const piece of canonical(phrase).split(' ')) {
          if (piece.endsWith('*')) expect(piece.length - 1, `"${phrase}"`).toBeGreaterThanOrEqual(MIN_STEM);
        }
      }
    });
  },
);

test('the categories of the data files are sorted, and each is in one file only', () => {
  const seen = new Set<string>();
  for (const [area, file] of Object.entries(PHRASE_FILES)) {
    const names = Object.keys(file.categories);
    expect(unsorted(names), `${area}.json`).toBeUndefined();
    for (const n of names) {
      expect(seen.has(n), `${n} is in two files`).toBe(false);
      seen.add(n);
    }
  }
});

test('the single tone words are single, sorted, unique and with long enough stems', () => {
  for (const [kind, lists] of Object.entries(tone.words)) {
    if (typeof lists === 'string') continue;
    for (const scope of ['any', 'en', 'fr'] as const) {
      const list: readonly string[] = lists[scope];
      expect(unsorted(list), `words.${kind}.${scope}`).toBeUndefined();
      for (const w of list) {
        expect(w, 'a phrase goes in categories').not.toMatch(/\s/);
        if (w.endsWith('*')) expect(w.length - 1, w).toBeGreaterThanOrEqual(MIN_WORD_STEM);
      }
    }
  }
});

test('the whole lexicon builds: every slot names a category, no category refers to itself', () => {
  expect(() => buildLevels(lexiconEntries({ extraDepartments: [] }, politicalData({})))).not.toThrow();
});

/** Quoted names in the engine's code (rules and detectors, not the category table itself). */
function namesInCode(): Set<string> {
  const out = new Set<string>();
  for (const dir of ['lib/rules', 'lib/detect']) {
    for (const f of readdirSync(join(ROOT, dir), { recursive: true }) as string[]) {
      if (!f.endsWith('.ts') || f === 'categories.ts') continue;
      for (const m of readFileSync(join(ROOT, dir, f), 'utf8').matchAll(/'([a-z][a-z-]*)'/g)) out.add(m[1]!);
    }
  }
  return out;
}

test('every category is read: by a rule or a detector, as a {slot}, as a cue of the judgment model, or through an alias or inclusion that is', () => {
  const read = new Set([...CATEGORIES].filter((c) => namesInCode().has(c)));
  for (const c of Object.values(cuesFile.cues).flat().flatMap(cueCategories)) read.add(c as never);
  const slots = new Set(categories.flatMap(([, , d]) => [...d.en, ...d.fr, ...(d.any ?? [])].flatMap(slotsOf)));
  for (const s of slots) read.add(s as never);
  const groups: Array<[string, readonly string[]]> = [...Object.entries(ALIASES), ...Object.entries(INCLUDES)];
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, parts] of groups) {
      if (!read.has(name as never)) continue;
      for (const p of parts) {
        if (!read.has(p as never)) {
          read.add(p as never);
          changed = true;
        }
      }
    }
  }
  expect([...CATEGORIES].filter((c) => !read.has(c))).toEqual([]);
});

test('docs/rules.md has the glossary of every category, as npm run data:sort writes it', () => {
  const docs = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  expect(squash(glossarySection(docs))).toBe(squash(glossary()));
});
