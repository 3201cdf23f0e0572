/**
 * What the judgment model's weights depend on, and their hash (recorded in the
 * weights file, so a test can tell when the weights are older than the data).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function dataHash(files: string[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort()) {
    h.update(f.slice(ROOT.length).split('\\').join('/'));
    h.update(readFileSync(f));
  }
  return h.digest('hex');
}

/** What the weights depend on: the corpus, the split, the lexicons and cues, and the feature code. */
export function trainingInputs(): string[] {
  const corpusDir = join(ROOT, 'data/corpus');
  const dataDir = join(ROOT, 'lib/data');
  return [
    ...readdirSync(corpusDir)
      .filter((f) => f.endsWith('.jsonl') || f === 'split.json')
      .map((f) => join(corpusDir, f)),
    ...readdirSync(dataDir)
      .filter((f) => f.endsWith('.json') && f !== 'judgment-model.json')
      .map((f) => join(dataDir, f)),
    join(ROOT, 'lib/model/features.ts'),
  ];
}
