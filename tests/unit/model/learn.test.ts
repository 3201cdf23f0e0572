import { Analysis } from '@/lib/detect/analysis';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { modelInput } from '@/lib/model/judge';
import {
  draftFeatures,
  example,
  modelFile,
  modelOf,
  quantize,
  dequantize,
  rng,
  trainAll,
  windows,
  type Targets,
} from '@/lib/model/learn';
import { HEADS, JudgmentModel, type Head, type HeadThresholds } from '@/lib/model/model';
import type { EvalContext } from '@/lib/types';

const ctx: EvalContext = { account: 'personal', site: 'facebook', surface: 'post' };
const BITS = 14;
const feats = (t: string) => draftFeatures(modelInput(new Analysis(t, ctx, DEFAULT_SETTINGS)), BITS);
const thresholds = Object.fromEntries(HEADS.map((h) => [h, { high: 0.5, mid: 0.5 }])) as Record<Head, HeadThresholds>;
const cues = Object.fromEntries(HEADS.map((h) => [h, [] as string[]])) as Record<Head, string[]>;

const POS = ['you will regret this', 'you are going to regret it', 'you will regret crossing me', 'regret it you will'];
const NEG = ['lovely regatta today', 'going to the rink', 'you will love this pie', 'crossing the causeway now'];

function targetsFor(n: number, positive: (i: number) => boolean): Targets {
  return Object.fromEntries(
    HEADS.map((h) => [
      h,
      Int8Array.from({ length: n }, (_, i) => (h === 'hateful-or-threatening' ? (positive(i) ? 1 : 0) : 0)),
    ]),
  ) as Targets;
}

describe('training the judgment model', () => {
  const drafts = [...POS, ...NEG].map(feats);
  const targets = targetsFor(drafts.length, (i) => i < POS.length);
  const opts = { bits: BITS, epochs: 20, rate: 0.3, l2: 1e-5, seed: 7, rounds: 0 };

  test('learns a separable head and leaves the others low', () => {
    const model = modelOf(trainAll(drafts, targets, opts), BITS, thresholds, cues);
    const score = (t: string) => model.score(modelInput(new Analysis(t, ctx, DEFAULT_SETTINGS))).scores;
    expect(score('you will regret this one')['hateful-or-threatening'].p).toBeGreaterThan(0.7);
    expect(score('lovely pie at the rink')['hateful-or-threatening'].p).toBeLessThan(0.3);
    expect(score('you will regret this one').partisan.p).toBeLessThan(0.3);
  });

  test('is deterministic: the same data and seed give the same weights', () => {
    const a = trainAll(drafts, targets, opts);
    const b = trainAll(drafts, targets, opts);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(a.bias).toEqual(b.bias);
    const c = trainAll(drafts, targets, { ...opts, seed: 8 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(c.weights.buffer))).toBe(false);
  });

  test('a skipped draft (-1) teaches nothing', () => {
    const all = targetsFor(drafts.length, (i) => i < POS.length);
    all['hateful-or-threatening'].fill(-1);
    const trained = trainAll(drafts, all, opts);
    const h = HEADS.indexOf('hateful-or-threatening');
    expect(trained.weights.filter((_, i) => i % HEADS.length === h).every((x) => x === 0)).toBe(true);
    expect(trained.bias[h]).toBe(0);
  });

  test('the weights file loads back to the same scores as the model trained', () => {
    const trained = trainAll(drafts, targets, opts);
    const file = JSON.parse(
      JSON.stringify(modelFile(trained, BITS, thresholds, cues, { dataHash: 'x', drafts: 8, authors: ['a'] })),
    );
    const loaded = JudgmentModel.fromFile(file);
    const direct = modelOf(trained, BITS, thresholds, cues);
    const input = modelInput(new Analysis('you will regret this. Lovely pie.', ctx, DEFAULT_SETTINGS));
    expect(loaded.score(input)).toEqual(direct.score(input));
  });

  test('a weights file of another format or other heads is refused', () => {
    const file = modelFile(trainAll(drafts, targets, opts), BITS, thresholds, cues, {
      dataHash: 'x',
      drafts: 8,
      authors: ['a'],
    });
    expect(() => JudgmentModel.fromFile({ ...file, format: 'other' as never })).toThrow(/format/);
    expect(() => JudgmentModel.fromFile({ ...file, heads: ['partisan'] as never })).toThrow(/heads/);
    expect(() => JudgmentModel.fromFile({ ...file, bits: BITS + 1 })).toThrow(/buckets/);
  });

  test('quantisation keeps each weight within half a step', () => {
    const w = Float32Array.from({ length: HEADS.length * 50 }, (_, i) => Math.sin(i) * (1 + (i % HEADS.length)));
    const { scale, q } = quantize(w);
    const back = dequantize(scale, q);
    w.forEach((x, i) => expect(Math.abs(x - back[i]!)).toBeLessThanOrEqual(scale[i % HEADS.length]! / 2 + 1e-6));
  });

  test('benign windows: one per unit and per adjacent pair, none for one sentence', () => {
    expect(windows(feats('Just one sentence here'))).toHaveLength(0);
    expect(windows(feats('One. Two. Three.'))).toHaveLength(5);
    const ex = example(feats('a b a'));
    expect(ex.idx.length).toBe(ex.val.length);
    expect([...ex.idx]).toEqual([...ex.idx].sort((x, y) => x - y));
  });

  test('the seeded generator repeats itself', () => {
    const a = rng(42);
    const b = rng(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
