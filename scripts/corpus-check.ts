/**
 * Checks the training corpus (data/corpus) and prints what it holds, per author:
 * drafts, French share, benign share, positives per judgment label and signal.
 *
 *   npm run corpus:check
 *
 * Exits 1 when a line is malformed or its labels contradict RULES.md.
 */
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus, type Draft } from './train/corpus';
import { Analysis } from '../lib/detect/analysis';
import { DEFAULT_SETTINGS } from '../lib/settings/schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const COLUMNS = [
  'partisan',
  'criticizes-government',
  'disrespectful',
  'hateful-or-threatening',
  'official-business',
  'confidential',
  'personal-info',
  'records',
] as const;

function row(name: string, drafts: Draft[]): string {
  const n = drafts.length || 1;
  const fr = drafts.filter((d) => new Analysis(d.text, d.context, DEFAULT_SETTINGS).lang === 'fr').length;
  const benign = drafts.filter((d) => d.expect.every((r) => r === 'work-hours')).length;
  const cols = COLUMNS.map((c) => String(drafts.filter((d) => d.labels.includes(c)).length).padStart(5));
  const sig = (k: 'work' | 'selfId' | 'media') => String(drafts.filter((d) => d.signals[k]).length).padStart(5);
  return (
    `${name.padEnd(10)}${String(drafts.length).padStart(6)}${`${Math.round((100 * fr) / n)}%`.padStart(5)}` +
    `${`${Math.round((100 * benign) / n)}%`.padStart(7)}${cols.join('')}${sig('work')}${sig('selfId')}${sig('media')}`
  );
}

const corpus = readCorpus(join(ROOT, 'data/corpus'));
const authors = [...new Set(corpus.drafts.map((d) => d.author))].sort();
console.log('author    drafts  fr  benign  part  crit  disr  hate  offb  conf  pers  recs  work  sfid  media');
for (const a of authors)
  console.log(
    row(
      a,
      corpus.drafts.filter((d) => d.author === a),
    ),
  );
console.log(row('all', corpus.drafts));
if (corpus.problems.length) {
  console.log(`\n${corpus.problems.length} problems:\n${corpus.problems.join('\n')}`);
  process.exitCode = 1;
} else console.log(`\n${corpus.drafts.length} drafts from ${authors.length} authors, no problems.`);
