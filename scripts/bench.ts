/**
 * Engine benchmark: median and 99th-percentile time per evaluation for drafts
 * of 280, 2,000, 10,000 and 100,000 characters, and the time per 1,000
 * characters, so growth is visibly linear. Budgets (DESIGN.md): under 1 ms for
 * 280 characters, under 20 ms for 100,000.
 *
 *   npm run bench
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EvalContext, Finding } from '../lib/types';

// Measure the engine as it ships: bundled and minified, as in the extension's background.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = resolve(root, 'node_modules/.cache/postwise-bench/engine.mjs');
mkdirSync(dirname(outfile), { recursive: true });
await build({
  entryPoints: [resolve(root, 'lib/engine.ts')],
  bundle: true,
  minify: true,
  minifyIdentifiers: !process.env.BENCH_NAMES,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  outfile,
  logLevel: 'error',
});
const { evaluate } = (await import(pathToFileURL(outfile).href)) as {
  evaluate: (text: string, context: EvalContext) => Finding[];
};

const SENTENCES = [
  'Beautiful sunrise over Peggy’s Cove this morning, worth the early drive!',
  'Proud of my team at the Department of Agriculture for the farm safety campaign launch today.',
  'Vote Liberal on election day. Houston has to go.',
  'Text me at 902 555 0148 if you have a kayak for sale.',
  'What a f*cking joke this comment section is.',
  'Les postes de travail sont prêts au ministère de l’Éducation; opinions personnelles.',
  'Check out the platform: https://www.nsndp.ca/platform and follow @nspcparty.',
  'Road closures on Highway 102 near Exit 10 tonight for paving; 511 has live updates.',
  'Don’t share this, but the draft budget cuts the ferry funding in half.',
  'A reporter from the Chronicle Herald asked me for an interview about the wildfire response.',
];

function draftOf(length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += SENTENCES[i % SENTENCES.length] + ' ';
  return out.slice(0, length);
}

const context: EvalContext = { account: 'personal', site: 'x', surface: 'post', at: '2026-11-24T10:15:00-04:00' };
const BUDGET: Record<number, number> = { 280: 1, 100_000: 20 };

function measure(text: string, runs: number): { median: number; p99: number } {
  for (let i = 0; i < Math.min(20, runs); i++) evaluate(text, context); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    evaluate(text, context);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p99: at(0.99) };
}

console.log('Postwise engine benchmark (node ' + process.version + ')');
console.log('chars      median ms    p99 ms   ms per 1,000 chars   budget');
let over = false;
for (const [length, runs] of [
  [280, 2000],
  [2_000, 1000],
  [10_000, 300],
  [100_000, 60],
] as const) {
  const { median, p99 } = measure(draftOf(length), runs);
  const budget = BUDGET[length];
  const verdict = budget === undefined ? '' : median < budget ? `< ${budget} ms: ok` : `< ${budget} ms: OVER`;
  if (budget !== undefined && median >= budget) over = true;
  console.log(
    `${String(length).padStart(7)}   ${median.toFixed(3).padStart(9)}   ${p99.toFixed(3).padStart(7)}   ${((median / length) * 1000).toFixed(4).padStart(18)}   ${verdict}`,
  );
}
if (over) console.log('Over budget: see docs/architecture.md, "Performance".');
