/**
 * Keeps the phrase data tidy: sorts every list of lib/data/{political,work,
 * civic,confidential,tone}.json (and the categories in each file), drops exact
 * duplicates, and writes the glossary of categories in docs/rules.md from the
 * notes. tests/unit/engine/lexicon-data.test.ts checks both.
 *
 *   npm run data:sort
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_NOTES, dataCategories, PHRASE_FILES } from '../lib/detect/categories';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const START =
  '<!-- glossary: written by `npm run data:sort` from the notes in lib/data and lib/detect/categories.ts -->';
const END = '<!-- /glossary -->';

const sortList = (list: unknown) => (Array.isArray(list) ? [...new Set(list as string[])].sort() : list);

function sortCategory(c: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) out[k] = k === 'note' ? v : sortList(v);
  return out;
}

/** Sorts a phrase file: its categories by name, each list, and the single tone words. */
export function sortFile(json: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...json };
  const cats = json.categories as Record<string, Record<string, unknown>>;
  out.categories = Object.fromEntries(
    Object.keys(cats)
      .sort()
      .map((k) => [k, sortCategory(cats[k]!)]),
  );
  if (json.words) {
    const words = json.words as Record<string, unknown>;
    out.words = Object.fromEntries(
      Object.entries(words).map(([k, v]) => [
        k,
        typeof v === 'object' ? sortCategory(v as Record<string, unknown>) : v,
      ]),
    );
  }
  return out;
}

/** The glossary: every category, what it means, and where it is defined. */
export function glossary(): string {
  const rows = [
    ...dataCategories().map(([area, name, data]) => ({ name, where: `${area}.json`, note: data.note })),
    ...Object.entries(BUILT_NOTES).map(([name, note]) => ({ name, where: 'code', note })),
  ].sort((a, b) => (a.name < b.name ? -1 : 1));
  return rows.map((r) => `- \`${r.name}\` (${r.where}): ${r.note}`).join('\n');
}

/** The glossary as it stands in docs/rules.md. */
export function glossarySection(docs: string): string {
  const from = docs.indexOf(START);
  const to = docs.indexOf(END);
  return from < 0 || to < from ? '' : docs.slice(from + START.length, to);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const area of Object.keys(PHRASE_FILES)) {
    const path = resolve(ROOT, `lib/data/${area}.json`);
    const sorted = sortFile(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
    writeFileSync(path, JSON.stringify(sorted, null, 2) + '\n');
  }
  const docsPath = resolve(ROOT, 'docs/rules.md');
  const docs = readFileSync(docsPath, 'utf8');
  const from = docs.indexOf(START);
  const to = docs.indexOf(END);
  if (from < 0 || to < from) throw new Error(`docs/rules.md needs the markers ${START} and ${END}`);
  writeFileSync(docsPath, docs.slice(0, from + START.length) + '\n\n' + glossary() + '\n\n' + docs.slice(to));
  console.log('Sorted the phrase data and wrote the glossary in docs/rules.md.');
}
