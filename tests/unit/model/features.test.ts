import { Analysis } from '@/lib/detect/analysis';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { countUnits, extractFeatures, hashString, unitRanges, UNIT_WORDS } from '@/lib/model/features';
import { modelInput } from '@/lib/model/judge';
import type { EvalContext } from '@/lib/types';

const ctx: EvalContext = { account: 'personal', site: 'x', surface: 'post' };
const input = (text: string) => modelInput(new Analysis(text, ctx, DEFAULT_SETTINGS));

function features(text: string, bits = 16): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  extractFeatures(input(text), bits, (b, u) => out.push([b, u]));
  return out;
}

describe('judgment model features', () => {
  test('are deterministic and stay inside the buckets', () => {
    const a = features('Great job, Health. Another clinic closed 🙄');
    expect(features('Great job, Health. Another clinic closed 🙄')).toEqual(a);
    expect(a.every(([b]) => b >= 0 && b < 1 << 16)).toBe(true);
    expect(a.length).toBeGreaterThan(20);
  });

  test('fold case, accents and look-alike letters the way the detectors do', () => {
    const buckets = (t: string) => features(t).map(([b]) => b);
    expect(buckets('MINISTÈRE')).toEqual(buckets('ministere'));
    // Cyrillic а and е in "shame"
    expect(buckets('shаmе')).toEqual(buckets('shame'));
  });

  test('one unit per sentence, and long sentences cut into units', () => {
    expect(countUnits(input('One. Two words. Three here now.'))).toBe(3);
    const long = Array.from({ length: UNIT_WORDS * 2 + 5 }, (_, i) => `w${i % 7}x`).join(' ');
    expect(countUnits(input(long))).toBe(3);
    const ranges = unitRanges(input(long));
    expect(ranges.map(([a, b]) => b - a)).toEqual([UNIT_WORDS, UNIT_WORDS, 5]);
  });

  test('each feature belongs to the unit of its words', () => {
    const f = features('Nice day. You idiot.');
    expect(new Set(f.map(([, u]) => u))).toEqual(new Set([0, 1]));
  });

  test('emoji are features, and differ from each other', () => {
    const withRoll = features('sure 🙄').map(([b]) => b);
    const withHeart = features('sure ❤️').map(([b]) => b);
    const plain = features('sure').map(([b]) => b);
    expect(withRoll.length).toBe(plain.length + 1);
    expect(withRoll).not.toEqual(withHeart);
  });

  test('numbers are read by shape, so two phone numbers look alike', () => {
    const a = features('call 902 555 0148').map(([b]) => b);
    const b = features('call 782 123 4567').map(([b]) => b);
    expect(a).toEqual(b);
  });

  test('detector categories are features', () => {
    const a = input('Vote NDP!');
    expect(a.categoryHits.some((h) => h.category === 'party')).toBe(true);
    const withCat = features('Vote NDP!').length;
    const count = a.tokens.length;
    expect(withCat).toBeGreaterThan(count * 2);
  });

  test('two categories in one unit are a feature of their own, whatever the order they were found in', () => {
    const base = input('Those people again. Nothing but trouble.');
    const run = (hits: Array<{ category: string; from: number }>) => {
      const out: string[] = [];
      extractFeatures({ ...base, categoryHits: hits }, 16, (b, u) => out.push(`${b}@${u}`));
      return out.sort();
    };
    const none = run([]);
    const apart = run([
      { category: 'group', from: 0 },
      { category: 'dehumanise', from: 3 },
    ]);
    const together = run([
      { category: 'group', from: 3 },
      { category: 'dehumanise', from: 4 },
    ]);
    // Two categories alone: two features; in the same unit, one more for the pair.
    expect(apart.length).toBe(none.length + 2);
    expect(together.length).toBe(none.length + 3);
    expect(
      run([
        { category: 'dehumanise', from: 4 },
        { category: 'group', from: 3 },
      ]),
    ).toEqual(together);
    // A category twice in a unit pairs with nothing.
    expect(
      run([
        { category: 'group', from: 3 },
        { category: 'group', from: 4 },
      ]).length,
    ).toBe(none.length + 2);
  });

  test('hashString separates kinds by seed', () => {
    expect(hashString('vote', 1)).not.toBe(hashString('vote', 2));
    expect(hashString('vote', 1)).toBe(hashString('vote', 1));
  });
});
