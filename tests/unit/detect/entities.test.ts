import { acceptEntities } from '@/lib/detect/entities';
import type { LexHit } from '@/lib/detect/lexicon';

const hit = (category: string, from: number, to: number, data?: object): LexHit => ({
  category,
  from,
  to,
  entry: { category, phrase: `${category}@${from}`, data },
});

function accept(hits: LexHit[], typed: Record<number, string>, link = false): string[] {
  return acceptEntities(
    hits,
    (h) => typed[h.from] ?? '',
    () => link,
  ).map((h) => h.entry.phrase);
}

test('spelling: upper-case abbreviations, capitalised members, titled department names', () => {
  const pc = hit('party', 0, 1, { upper: true });
  const liberal = hit('party', 1, 2, { capital: true });
  const titled = hit('dept', 2, 4, { titled: true });
  expect(accept([pc, liberal, titled], { 0: 'PCs', 1: 'Liberal', 2: 'NS Environment' })).toEqual([
    'party@0',
    'party@1',
    'dept@2',
  ]);
  expect(accept([pc, liberal, titled], { 0: 'pc', 1: 'liberal', 2: 'ns environment' })).toEqual([]);
});

test('an entity inside an ordinary phrase (liberal arts) is not political', () => {
  const liberal = hit('party', 0, 1);
  expect(accept([liberal, hit('not-political', 0, 2)], {})).toEqual(['not-political@0']);
});

test('an ambiguous surname counts beside another political word or link, or before a demand', () => {
  const houston = hit('politician', 0, 1, { ambiguous: true });
  expect(accept([houston], {})).toEqual([]);
  expect(accept([houston], {}, true)).toEqual(['politician@0']);
  expect(accept([houston, hit('politics-topic', 5, 6)], {})).toEqual(['politician@0', 'politics-topic@5']);
  expect(accept([houston, hit('stance', 2, 4)], {})).toEqual(['politician@0', 'stance@2']);
  expect(accept([houston, hit('stance', 4, 6)], {})).toEqual(['stance@4']);
});
