/**
 * Inter-labeller agreement on the training corpus. A second labeller relabels a
 * sample of every author's drafts blind (data/corpus/relabel/<author>.jsonl,
 * same format, no notes needed); this compares the two, label by label:
 * observed agreement and Cohen's kappa, and lists every disagreement so it can
 * be settled in the corpus or the brief.
 *
 *   npm run corpus:agreement            the figures and the disagreements
 *   npm run corpus:agreement -- --sample   print the sample to relabel (ids, text, context), one per line
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from './train/inputs';
import { CONTENT_LABELS, parseLine, readCorpus, type Draft } from './train/corpus';

/** Every draft whose position in its author's file is a multiple of this is in the sample. */
export const SAMPLE_EVERY = 9;

const corpus = readCorpus(join(ROOT, 'data/corpus'));
const byAuthor = new Map<string, Draft[]>();
for (const d of corpus.drafts) byAuthor.set(d.author, [...(byAuthor.get(d.author) ?? []), d]);

if (process.argv.includes('--sample')) {
  for (const [, drafts] of [...byAuthor].sort(([a], [b]) => a.localeCompare(b))) {
    drafts.forEach((d, i) => {
      if (i % SAMPLE_EVERY === 0) console.log(JSON.stringify({ id: d.id, text: d.text, context: d.context }));
    });
  }
  process.exit(0);
}

const dir = join(ROOT, 'data/corpus/relabel');
const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
  : [];
const first = new Map(corpus.drafts.map((d) => [d.id, d]));
type Item = { a: Draft; b: Draft };
const pairs: Item[] = [];
for (const f of files) {
  const author = basename(f, '.jsonl');
  readFileSync(join(dir, f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .forEach((line, i) => {
      // The second labeller saw the text but need not copy it: take it from the first file.
      const o = JSON.parse(line) as { id?: string; text?: string };
      o.text ??= first.get(o.id ?? '')?.text;
      const { draft, problems } = parseLine(JSON.stringify(o), author);
      if (!draft) return console.error(`${f}:${i + 1}: ${problems.join('; ')}`);
      const a = first.get(draft.id);
      if (a) pairs.push({ a, b: draft });
    });
}
if (!pairs.length) {
  console.log('No relabelled drafts in data/corpus/relabel.');
  process.exit(0);
}

const DIMENSIONS: Array<{ name: string; get: (d: Draft) => boolean }> = [
  ...CONTENT_LABELS.map((l) => ({ name: l as string, get: (d: Draft) => d.labels.includes(l) })),
  { name: 'signal work', get: (d) => d.signals.work },
  { name: 'signal selfId', get: (d) => d.signals.selfId },
  { name: 'signal disclaimer', get: (d) => d.signals.disclaimer },
  { name: 'signal media', get: (d) => d.signals.media },
];

console.log(`${pairs.length} drafts relabelled blind, from ${files.length} authors\n`);
console.log('label                     both  first  second  agree   kappa');
for (const dim of DIMENSIONS) {
  // A label either labeller marked optional is left out of that draft's comparison.
  const rows = pairs.filter(({ a, b }) => !a.optional.includes(dim.name) && !b.optional.includes(dim.name));
  const n = rows.length;
  let both = 0;
  let onlyA = 0;
  let onlyB = 0;
  for (const { a, b } of rows) {
    const x = dim.get(a);
    const y = dim.get(b);
    if (x && y) both++;
    else if (x) onlyA++;
    else if (y) onlyB++;
  }
  const agree = (n - onlyA - onlyB) / n;
  const pa = (both + onlyA) / n;
  const pb = (both + onlyB) / n;
  const chance = pa * pb + (1 - pa) * (1 - pb);
  const kappa = chance < 1 ? (agree - chance) / (1 - chance) : 1;
  console.log(
    `${dim.name.padEnd(24)}${String(both).padStart(6)}${String(onlyA).padStart(7)}${String(onlyB).padStart(8)}` +
      `${`${(100 * agree).toFixed(1)}%`.padStart(8)}${kappa.toFixed(2).padStart(8)}`,
  );
}
const exact = pairs.filter(({ a, b }) => [...a.expect].sort().join() === [...b.expect].sort().join()).length;
console.log(
  `\nsame expected rules on ${exact} of ${pairs.length} drafts (${((100 * exact) / pairs.length).toFixed(0)}%)`,
);
if (process.argv.includes('--list')) {
  console.log('\ndisagreements (first labeller → second):');
  for (const { a, b } of pairs) {
    const x = [...a.expect].sort().join(',');
    const y = [...b.expect].sort().join(',');
    if (x !== y) console.log(`${a.id}: [${x}] → [${y}]\n    ${a.text.slice(0, 200)}`);
  }
}
