/**
 * Training for the judgment model: logistic regression per head over sparse
 * hashed features, by AdaGrad in a seeded order, so the same data always gives
 * the same weights. Used by `npm run train` (scripts/train.ts) and its tests;
 * nothing here is bundled into the extension.
 */
import { extractFeatures, type ModelInput } from './features';
import { HEADS, JudgmentModel, type Head, type HeadThresholds, type ModelFile } from './model';

/** One training example: sparse feature values (L2-normalised counts). */
export interface Example {
  idx: Uint32Array;
  val: Float32Array;
}

/** A draft's features by unit (bucket lists), read once and reused for every fold. */
export interface DraftFeatures {
  units: Uint32Array[];
}

export function draftFeatures(input: ModelInput, bits: number): DraftFeatures {
  const units: number[][] = [];
  extractFeatures(input, bits, (bucket, unit) => {
    while (units.length <= unit) units.push([]);
    units[unit]!.push(bucket);
  });
  return { units: units.map((u) => Uint32Array.from(u)) };
}

/** Sums feature counts over some units into one example, normalised as the scorer does (÷ √n). */
export function example(f: DraftFeatures, from = 0, to = f.units.length): Example {
  const counts = new Map<number, number>();
  let n = 0;
  for (let u = from; u < to; u++) {
    for (const b of f.units[u]!) {
      counts.set(b, (counts.get(b) ?? 0) + 1);
      n++;
    }
  }
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const norm = n ? 1 / Math.sqrt(n) : 0;
  return { idx: Uint32Array.from(keys), val: Float32Array.from(keys, (k) => counts.get(k)! * norm) };
}

/** Windows a benign draft also teaches as negatives: each unit and each adjacent pair. */
export function windows(f: DraftFeatures): Example[] {
  const out: Example[] = [];
  const n = f.units.length;
  if (n < 2) return out;
  for (let u = 0; u < n; u++) {
    out.push(example(f, u, u + 1));
    if (u + 1 < n && n > 2) out.push(example(f, u, u + 2));
  }
  return out;
}

export interface LearnOptions {
  bits: number;
  epochs: number;
  /** AdaGrad step. */
  rate: number;
  /** L2 penalty on the weights an example touches. */
  l2: number;
  seed: number;
  /**
   * Multiple-instance rounds: a draft's label usually comes from one sentence, so after the
   * first pass each labelled draft's best window (as the scorer reads it) is added as a
   * positive of its own and training goes on for `epochs` more.
   */
  rounds: number;
}

export const DEFAULT_LEARN: LearnOptions = {
  bits: 16,
  epochs: 12,
  rate: 0.25,
  l2: 3e-3,
  seed: 20261206,
  rounds: 0,
};

/** A small seeded generator (mulberry32): the same seed, the same order. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A head's weights with AdaGrad's running sums, so training can resume. */
export interface HeadState {
  w: Float32Array;
  b: number;
  g2: Float32Array;
  gb: number;
}

/** Trains one head: examples with targets 1 or 0 (resuming from `state` when given). */
export function trainHead(
  examples: readonly Example[],
  targets: ArrayLike<number>,
  opts: LearnOptions,
  state?: HeadState,
): HeadState {
  const B = 1 << opts.bits;
  const w = state?.w ?? new Float32Array(B);
  const g2 = state?.g2 ?? new Float32Array(B);
  let b = state?.b ?? 0;
  let gb = state?.gb ?? 0;
  let pos = 0;
  for (let i = 0; i < targets.length; i++) pos += targets[i]!;
  const neg = targets.length - pos;
  // Positives are rarer: weigh them up, partly (thresholds are calibrated afterwards).
  const posWeight = pos ? Math.min(8, Math.max(1, Math.sqrt(neg / pos))) : 1;
  const order = Array.from(examples, (_, i) => i);
  const random = rng(opts.seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const ex = examples[k]!;
      const y = targets[k]!;
      let z = b;
      for (let i = 0; i < ex.idx.length; i++) z += w[ex.idx[i]!]! * ex.val[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - y) * (y ? posWeight : 1);
      for (let i = 0; i < ex.idx.length; i++) {
        const f = ex.idx[i]!;
        const g = err * ex.val[i]! + opts.l2 * w[f]!;
        g2[f]! += g * g;
        w[f]! -= (opts.rate * g) / (Math.sqrt(g2[f]!) + 1e-6);
      }
      gb += err * err;
      b -= (opts.rate * err) / (Math.sqrt(gb) + 1e-6);
    }
  }
  return { w, b, g2, gb };
}

function dot(ex: Example, w: Float32Array, b: number): number {
  let z = b;
  for (let i = 0; i < ex.idx.length; i++) z += w[ex.idx[i]!]! * ex.val[i]!;
  return z;
}

/** The window of a draft the scorer would read as the most likely, under the current weights. */
export function bestWindow(
  f: DraftFeatures,
  wins: readonly Example[],
  w: Float32Array,
  b: number,
): Example | undefined {
  if (f.units.length < 2) return undefined;
  let best: Example | undefined;
  let top = -Infinity;
  for (const win of wins) {
    const z = dot(win, w, b);
    if (z > top) [top, best] = [z, win];
  }
  return best;
}

/** Per head: which drafts it learns from (1, 0) and which it skips (-1). */
export type Targets = Record<Head, Int8Array>;

/** Trains every head on the given drafts; returns interleaved weights and biases. */
export function trainAll(
  drafts: readonly DraftFeatures[],
  targets: Targets,
  opts: LearnOptions,
): { weights: Float32Array; bias: number[] } {
  const H = HEADS.length;
  const B = 1 << opts.bits;
  const weights = new Float32Array(B * H);
  const bias: number[] = [];
  const whole = drafts.map((d) => example(d));
  const parts = drafts.map((d) => windows(d));
  HEADS.forEach((head, h) => {
    const ex: Example[] = [];
    const ys: number[] = [];
    drafts.forEach((_, i) => {
      const y = targets[head][i]!;
      if (y < 0) return;
      ex.push(whole[i]!);
      ys.push(y);
      // Every window of a draft that does not carry the label is a negative too.
      if (y === 0) {
        for (const win of parts[i]!) {
          ex.push(win);
          ys.push(0);
        }
      }
    });
    const headOpts = { ...opts, seed: opts.seed + h };
    let state = trainHead(ex, ys, headOpts);
    for (let round = 0; round < opts.rounds; round++) {
      const more: Example[] = [];
      drafts.forEach((d, i) => {
        if (targets[head][i] !== 1) return;
        const win = bestWindow(d, parts[i]!, state.w, state.b);
        if (win) more.push(win);
      });
      state = trainHead(
        [...ex, ...more],
        [...ys, ...more.map(() => 1)],
        { ...headOpts, seed: headOpts.seed + 101 * (round + 1) },
        state,
      );
    }
    const { w, b } = state;
    for (let k = 0; k < B; k++) weights[k * H + h] = w[k]!;
    bias.push(b);
  });
  return { weights, bias };
}

/** int8 quantisation per head; returns the scales and the bytes. */
export function quantize(weights: Float32Array): { scale: number[]; q: Int8Array } {
  const H = HEADS.length;
  const max = new Array<number>(H).fill(0);
  for (let i = 0; i < weights.length; i++) max[i % H] = Math.max(max[i % H]!, Math.abs(weights[i]!));
  const scale = max.map((m) => (m > 0 ? m / 127 : 1));
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i]! / scale[i % H]!);
  return { scale, q };
}

export function dequantize(scale: readonly number[], q: Int8Array): Float32Array {
  const H = HEADS.length;
  return Float32Array.from(q, (v, i) => v * scale[i % H]!);
}

/** What the weights file stores: int8 weights, rounded scales and biases. */
function pack(trained: { weights: Float32Array; bias: number[] }): { scale: number[]; q: Int8Array; bias: number[] } {
  const { scale, q } = quantize(trained.weights);
  return {
    scale: scale.map((x) => Number(x.toPrecision(8))),
    q,
    bias: trained.bias.map((b) => Number(b.toFixed(6))),
  };
}

/** A model from trained weights, exactly as the weights file will load. */
export function modelOf(
  trained: { weights: Float32Array; bias: number[] },
  bits: number,
  thresholds: Record<Head, HeadThresholds>,
  cues: Record<Head, readonly string[]>,
): JudgmentModel {
  const { scale, q, bias } = pack(trained);
  return new JudgmentModel({ bits, weights: dequantize(scale, q), bias, thresholds, cues });
}

export function modelFile(
  trained: { weights: Float32Array; bias: number[] },
  bits: number,
  thresholds: Record<Head, HeadThresholds>,
  cues: Record<Head, string[]>,
  meta: { dataHash: string; drafts: number; authors: string[] },
): ModelFile {
  const { scale, q, bias } = pack(trained);
  return {
    format: 'postwise-judgment/1',
    bits,
    heads: [...HEADS],
    bias,
    scale,
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64'),
    thresholds,
    cues,
    dataHash: meta.dataHash,
    trainedOn: { drafts: meta.drafts, authors: meta.authors },
  };
}
