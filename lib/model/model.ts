/**
 * The judgment model: one logistic regression per head over hashed features
 * (features.ts), read from a versioned weights file trained in this repository
 * (`npm run train`, scripts/train/). Scoring is synchronous and deterministic.
 *
 * A draft is scored as a whole and by windows (each unit, each pair of adjacent
 * units): a head's score is the highest of these, and the window that scored
 * highest is where the finding points. So one bad sentence in a long post is
 * not diluted by the rest, and a person sees which words weighed.
 */
import { countUnits, extractFeatures, wordFeatures, type ModelInput } from './features';

/** What the model judges: content rules and the signals several rules share. */
export const HEADS = [
  'partisan',
  'criticizes-government',
  'disrespectful',
  'hateful-or-threatening',
  'official-business',
  'confidential',
  'work',
  'self-id',
  'media',
] as const;
export type Head = (typeof HEADS)[number];

export interface HeadThresholds {
  /** Fires on the model's score alone at or above this probability. */
  high: number;
  /** Fires at or above this probability when a detector cue supports it. */
  mid: number;
  /** A pattern's finding stands only when the model's probability is at least this (0: always). */
  keep?: number;
}

/** The weights file (lib/data/judgment-model.json). */
export interface ModelFile {
  format: 'postwise-judgment/1';
  /** Hash buckets: 2^bits. */
  bits: number;
  heads: Head[];
  bias: number[];
  /** int8 weights, bucket-major (heads interleaved), base64; weight = q * scale[head]. */
  scale: number[];
  weights: string;
  thresholds: Record<Head, HeadThresholds>;
  /** Detector categories that count as a supporting cue for each head. */
  cues: Record<Head, string[]>;
  /** Hash of the training data and lexicons the weights were trained from. */
  dataHash: string;
  trainedOn: { drafts: number; authors: string[] };
}

export interface HeadScore {
  /** Probability (0-1) of the best window. */
  p: number;
  /** Units [from, to) of the best window. */
  from: number;
  to: number;
}

export type Scores = Record<Head, HeadScore>;

/** Drafts of at most this many units are also scored as a whole. */
export const WHOLE_UNITS = 6;

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function decodeBase64(s: string): Int8Array {
  if (typeof atob === 'function') {
    const bin = atob(s);
    const out = new Int8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
    return out;
  }
  const buf = (globalThis as unknown as { Buffer: { from(s: string, e: string): Uint8Array } }).Buffer.from(
    s,
    'base64',
  );
  return new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** A typed array reused from call to call: zeros(n) is a view of n zeros, good until the next zeros(). */
class Reused<T extends Int32Array | Float64Array> {
  private buffer: T;

  constructor(private readonly make: (length: number) => T) {
    this.buffer = make(256);
  }

  zeros(length: number): T {
    if (this.buffer.length < length) this.buffer = this.make(Math.max(length, this.buffer.length * 2));
    const view = this.buffer.subarray(0, length) as T;
    view.fill(0);
    return view;
  }
}

interface Arrays {
  sums: Reused<Float64Array>;
  counts: Reused<Int32Array>;
  wordHash: Reused<Int32Array>;
  wordN: Reused<Int32Array>;
  wordSum: Reused<Float64Array>;
}

function fresh(): Arrays {
  const f64 = (n: number) => new Float64Array(n);
  const i32 = (n: number) => new Int32Array(n);
  return {
    sums: new Reused(f64),
    counts: new Reused(i32),
    wordHash: new Reused(i32),
    wordN: new Reused(i32),
    wordSum: new Reused(f64),
  };
}

const REUSED = fresh();
let scoring = false;

/** Weights in memory: a dense float table, heads interleaved per bucket. */
export class JudgmentModel {
  readonly bits: number;
  readonly heads: readonly Head[];
  readonly thresholds: Record<Head, HeadThresholds>;
  readonly cues: Record<Head, readonly string[]>;
  private readonly w: Float32Array;
  private readonly bias: Float64Array;

  constructor(init: {
    bits: number;
    weights: Float32Array;
    bias: ArrayLike<number>;
    thresholds: Record<Head, HeadThresholds>;
    cues: Record<Head, readonly string[]>;
  }) {
    this.bits = init.bits;
    this.heads = HEADS;
    this.w = init.weights;
    this.bias = Float64Array.from(init.bias);
    this.thresholds = init.thresholds;
    this.cues = init.cues;
    if (this.w.length !== (1 << this.bits) * HEADS.length)
      throw new Error('judgment model: weights do not fit the buckets');
  }

  static fromFile(file: ModelFile): JudgmentModel {
    if (file.format !== 'postwise-judgment/1') throw new Error(`judgment model: unknown format ${String(file.format)}`);
    if (file.heads.join() !== HEADS.join()) throw new Error('judgment model: heads differ from this version');
    const q = decodeBase64(file.weights);
    const H = HEADS.length;
    const w = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) w[i] = q[i]! * file.scale[i % H]!;
    return new JudgmentModel({
      bits: file.bits,
      weights: w,
      bias: file.bias,
      thresholds: file.thresholds,
      cues: file.cues,
    });
  }

  /** Scores a draft: per head, the best of the whole draft and its windows. */
  score(input: ModelInput): { scores: Scores; units: number } {
    // The sums live only while the draft is scored: one draft's arrays serve the next (unless a score
    // were asked within a score, which nothing does: that one gets its own).
    const reuse = !scoring;
    scoring = true;
    try {
      return this.scoreWith(input, reuse ? REUSED : fresh());
    } finally {
      if (reuse) scoring = false;
    }
  }

  private scoreWith(input: ModelInput, arrays: Arrays): { scores: Scores; units: number } {
    const H = HEADS.length;
    const unitCount = countUnits(input);
    const sums = arrays.sums.zeros(Math.max(unitCount, 1) * H);
    const counts = arrays.counts.zeros(Math.max(unitCount, 1));
    const w = this.w;
    const mask = (1 << this.bits) - 1;
    const add = (bucket: number, unit: number) => {
      counts[unit]!++;
      const base = bucket * H;
      const row = unit * H;
      for (let h = 0; h < H; h++) sums[row + h]! += w[base + h]!;
    };
    // A word's own features (the word and its character n-grams) are summed once per distinct word
    // (by its index among the draft's distinct words): most words of a long draft come back, and
    // their n-grams are most of the features.
    const distinct = input.words.texts.length;
    const wordHash = arrays.wordHash.zeros(distinct);
    /** How many features each distinct word has; 0 until it is first summed. */
    const wordN = arrays.wordN.zeros(distinct);
    const wordSum = arrays.wordSum.zeros(distinct * H);
    const units = extractFeatures(input, this.bits, add, (word, unit, index) => {
      if (wordN[index] === 0) {
        // Only this block's variables are captured: nothing is allocated for a word already summed.
        const first = index * H;
        let n = 0;
        wordHash[index] = wordFeatures(word, mask, 0, (bucket) => {
          n++;
          const base = bucket * H;
          for (let h = 0; h < H; h++) wordSum[first + h]! += w[base + h]!;
        });
        wordN[index] = n;
      }
      counts[unit]! += wordN[index]!;
      const at = index * H;
      const row = unit * H;
      for (let h = 0; h < H; h++) sums[row + h]! += wordSum[at + h]!;
      // The hash as a signed 32-bit integer: the same bits (the caller masks and mixes them), no number to box.
      return wordHash[index]!;
    });
    const scores = {} as Scores;
    const total = new Float64Array(H);
    let n = 0;
    for (let u = 0; u < counts.length; u++) {
      n += counts[u]!;
      for (let h = 0; h < H; h++) total[h]! += sums[u * H + h]!;
    }
    // The whole draft is a window too, while it is short: over a long paste a sum grows with its
    // length, so there only units and pairs of units are read.
    const whole = counts.length <= WHOLE_UNITS;
    HEADS.forEach((head, h) => {
      let best = whole ? (n ? this.bias[h]! + total[h]! / Math.sqrt(n) : this.bias[h]!) : -Infinity;
      let from = 0;
      let to = counts.length;
      if (counts.length > 1) {
        for (let u = 0; u < counts.length; u++) {
          const c1 = counts[u]!;
          if (c1) {
            const s1 = this.bias[h]! + sums[u * H + h]! / Math.sqrt(c1);
            if (s1 > best) [best, from, to] = [s1, u, u + 1];
          }
          if (u + 1 < counts.length) {
            const c2 = c1 + counts[u + 1]!;
            const s2 = this.bias[h]! + (sums[u * H + h]! + sums[(u + 1) * H + h]!) / Math.sqrt(c2);
            if (c2 && s2 > best) [best, from, to] = [s2, u, u + 2];
          }
        }
      }
      scores[head] = { p: sigmoid(best), from, to };
    });
    return { scores, units };
  }
}
