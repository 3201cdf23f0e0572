/**
 * The judgment model's features, hashed (the fastText family): for each word of
 * the folded draft, the word, the pair it makes with the next word, its
 * character 3- to 5-grams (which also catch disguised spellings and French
 * endings), emoji, and the detectors' category hits. Each feature is hashed into
 * one of 2^bits buckets and given to `emit` with the unit (a sentence, or a
 * slice of a long one) it belongs to, so one pass serves the whole draft and
 * every window of it.
 *
 * Pure and allocation-light: no strings are built per feature; hashes are
 * computed over character codes (FNV-1a).
 */
import type { Token, Words } from '../detect/tokens';

/** What the features are read from: the folded words and the detectors' hits. */
export interface ModelInput {
  /** The folded view of the draft. */
  readonly normText: string;
  /** The words, compact: what the features are read from. */
  readonly words: Words;
  /** The same words as objects. */
  readonly tokens: readonly Token[];
  /** Lexicon hits (token indices) with their category names. */
  readonly categoryHits: ReadonlyArray<{ readonly category: string; readonly from: number }>;
}

/** A unit is cut after this many words, so a long unpunctuated paste still has windows. */
export const UNIT_WORDS = 48;
/** Words longer than this contribute character n-grams of their first letters only. */
const MAX_GRAM_WORD = 24;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// Seeds that keep the feature kinds apart in the hash space.
const SEED_WORD = 0x1f;
const SEED_PAIR = 0x2f;
const SEED_GRAM = 0x3f;
const SEED_CAT = 0x4f;
const SEED_EMOJI = 0x5f;
const SEED_SHAPE = 0x6f;
const SEED_CAT_PAIR = 0x7f;

function step(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

export function hashString(s: string, seed: number): number {
  let h = step(FNV_OFFSET, seed);
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h >>> 0;
}

/** Mixes two hashes into one (for word pairs). */
function mix(a: number, b: number): number {
  let h = step(FNV_OFFSET, SEED_PAIR);
  h = step(h, a & 0xffff);
  h = step(h, a >>> 16);
  h = step(h, b & 0xffff);
  h = step(h, b >>> 16);
  return h >>> 0;
}

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** A word with digits is read by its shape (902 -> 000, 3pm -> 0aa), so numbers generalise. */
function shapeHash(w: string): number {
  let h = step(FNV_OFFSET, SEED_SHAPE);
  let last = -1;
  let run = 0;
  for (let i = 0; i < w.length && i < 16; i++) {
    const c = w.charCodeAt(i);
    const k = c >= 0x30 && c <= 0x39 ? 0x30 : c >= 0x61 && c <= 0x7a ? 0x61 : 0x2e;
    run = k === last ? run + 1 : 1;
    last = k;
    if (run <= 4) h = step(h, k);
  }
  return h >>> 0;
}

/** Character 3- to 5-grams of "<word>", each given to `out`. */
function grams(w: string, mask: number, unit: number, emit: (bucket: number, unit: number) => void): void {
  const n = Math.min(w.length, MAX_GRAM_WORD);
  // Positions -1 and n stand for the word's boundaries.
  for (let i = -1; i < n - 1; i++) {
    let h = step(FNV_OFFSET, SEED_GRAM);
    for (let j = i; j < i + 5 && j <= n; j++) {
      h = step(h, j < 0 || j === n ? 0x3c : w.charCodeAt(j));
      if (j - i >= 2) emit((h >>> 0) & mask, unit);
    }
  }
}

function isEmoji(c: number): boolean {
  return (c >= 0x1f300 && c <= 0x1faff) || (c >= 0x2600 && c <= 0x27bf);
}

function emoji(
  text: string,
  from: number,
  to: number,
  mask: number,
  unit: number,
  emit: (bucket: number, unit: number) => void,
): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2600) continue;
    const cp = text.codePointAt(i)!;
    if (isEmoji(cp)) emit(hashString(String(cp), SEED_EMOJI) & mask, unit);
    if (cp > 0xffff) i++;
  }
}

/**
 * The features of one word that depend on the word alone: the word itself (or
 * its shape) and its character n-grams, each given to `emit`. Returns the
 * word's hash, which the pair with the next word mixes in.
 */
export function wordFeatures(
  w: string,
  mask: number,
  unit: number,
  emit: (bucket: number, unit: number) => void,
): number {
  const digits = hasDigit(w);
  const h = digits ? shapeHash(w) : hashString(w, SEED_WORD);
  emit(h & mask, unit);
  if (w.length >= 2 && !digits) grams(w, mask, unit, emit);
  return h;
}

/**
 * Calls emit(bucket, unit) for every feature of the draft. Returns the number of
 * units (units are numbered from 0 in reading order).
 *
 * With `word`, a word's own features (wordFeatures()) are left to it, with the
 * word's unit and its index among the draft's distinct words (`words.texts`),
 * and it returns the word's hash (its 32 bits, signed or not): a scorer can read
 * a word that comes back from a cache (the same features, a different order of
 * summing).
 */
export function extractFeatures(
  input: ModelInput,
  bits: number,
  emit: (bucket: number, unit: number) => void,
  word?: (w: string, unit: number, index: number) => number,
): number {
  const mask = (1 << bits) - 1;
  const { normText } = input;
  const { count, start, end, sentence: sentenceOf, word: textOf, texts } = input.words;
  const unitOf = new Int32Array(count);
  let unit = -1;
  let sentence = -1;
  let words = 0;
  let prevHash = 0;
  let prevEnd = 0;
  for (let k = 0; k < count; k++) {
    // Emoji between the previous word and this one belong to the previous word's unit.
    emoji(normText, prevEnd, start[k]!, mask, Math.max(unit, 0), emit);
    prevEnd = end[k]!;
    if (sentenceOf[k] !== sentence || words >= UNIT_WORDS) {
      unit++;
      sentence = sentenceOf[k]!;
      words = 0;
      prevHash = 0;
    }
    unitOf[k] = unit;
    words++;
    const index = textOf[k]!;
    const w = texts[index]!;
    if (word) {
      const h = word(w, unit, index);
      if (prevHash !== 0) emit(mix(prevHash, h) & mask, unit);
      prevHash = h;
      continue;
    }
    const h = hasDigit(w) ? shapeHash(w) : hashString(w, SEED_WORD);
    emit(h & mask, unit);
    if (prevHash !== 0) emit(mix(prevHash, h) & mask, unit);
    prevHash = h;
    if (w.length >= 2 && !hasDigit(w)) grams(w, mask, unit, emit);
  }
  emoji(normText, prevEnd, normText.length, mask, Math.max(unit, 0), emit);
  const hits = input.categoryHits;
  const pairs: number[] = [];
  for (const hit of hits) {
    const h = hashString(hit.category, SEED_CAT);
    const u = unitOf[hit.from] ?? 0;
    emit(h & mask, u);
    pairs.push(u, h);
  }
  categoryPairs(pairs, mask, emit);
  return unit + 1;
}

/** At most this many distinct categories of one unit are paired (a long unit of hits costs no more). */
const MAX_PAIRED = 12;
const TWO_32 = 4294967296;

/** Reused from call to call: the unit and category of each hit, as one sortable number. */
let keys = new Float64Array(256);
const run = new Uint32Array(MAX_PAIRED);

/**
 * Two categories in the same unit, as one feature each pair ("a group" beside "an insult", a
 * threat's subject beside a harm): what the words around them are, the pair says in general.
 * `flat` holds unit and category hash, in pairs, in the order the hits were found.
 */
function categoryPairs(flat: number[], mask: number, emit: (bucket: number, unit: number) => void): void {
  const n = flat.length / 2;
  if (n < 2) return;
  if (keys.length < n) keys = new Float64Array(Math.max(n, keys.length * 2));
  const sorted = keys.subarray(0, n);
  for (let i = 0; i < n; i++) sorted[i] = flat[2 * i]! * TWO_32 + flat[2 * i + 1]!;
  sorted.sort();
  let size = 0;
  let unit = -1;
  for (let i = 0; i <= n; i++) {
    const key = i < n ? sorted[i]! : -1;
    const u = i < n ? Math.floor(key / TWO_32) : -1;
    if (u !== unit) {
      for (let a = 0; a < size; a++) {
        for (let b = a + 1; b < size; b++) {
          let h = step(FNV_OFFSET, SEED_CAT_PAIR);
          h = step(h, run[a]! & 0xffff);
          h = step(h, run[a]! >>> 16);
          h = step(h, run[b]! & 0xffff);
          h = step(h, run[b]! >>> 16);
          emit((h >>> 0) & mask, unit);
        }
      }
      size = 0;
      unit = u;
    }
    if (i === n) break;
    const h = key - u * TWO_32;
    if (size < MAX_PAIRED && (size === 0 || run[size - 1] !== h)) run[size++] = h;
  }
}

/** How many units the draft has (as extractFeatures numbers them). */
export function countUnits(input: ModelInput): number {
  let units = 0;
  let sentence = -1;
  let words = 0;
  const { count, sentence: sentenceOf } = input.words;
  for (let k = 0; k < count; k++) {
    if (sentenceOf[k] !== sentence || words >= UNIT_WORDS) {
      units++;
      sentence = sentenceOf[k]!;
      words = 0;
    }
    words++;
  }
  return units;
}

/**
 * Where each unit starts, as a token index, and after the last one the number
 * of tokens: unit u is tokens [starts[u], starts[u + 1]). unitRanges() in one
 * typed array.
 */
export function unitStarts(input: ModelInput): Int32Array {
  const { count, sentence: sentenceOf } = input.words;
  const out = new Int32Array(countUnits(input) + 1);
  let units = 0;
  let sentence = -1;
  let words = 0;
  for (let k = 0; k < count; k++) {
    if (sentenceOf[k] !== sentence || words >= UNIT_WORDS) {
      out[units++] = k;
      sentence = sentenceOf[k]!;
      words = 0;
    }
    words++;
  }
  out[units] = count;
  return out;
}

/** The source-text range of each unit, as token index ranges [from, to). */
export function unitRanges(input: ModelInput): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let sentence = -1;
  let words = 0;
  const { count, sentence: sentenceOf } = input.words;
  for (let k = 0; k < count; k++) {
    if (sentenceOf[k] !== sentence || words >= UNIT_WORDS) {
      out.push([k, k + 1]);
      sentence = sentenceOf[k]!;
      words = 0;
    }
    words++;
    out[out.length - 1]![1] = k + 1;
  }
  return out;
}
