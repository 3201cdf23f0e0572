/**
 * Words and sentences of the folded view, found in one linear pass.
 * Apostrophes and hyphens split words ("l'éducation" -> "l", "education";
 * "wait-time" -> "wait", "time"), so lexicon phrases are written the same way.
 */
import { normalize, type NormText } from './normalize';

export interface Token {
  /** The folded word. */
  readonly text: string;
  /** Offsets in the folded view. */
  readonly start: number;
  readonly end: number;
  /** Index of the sentence the word belongs to. */
  readonly sentence: number;
}

/**
 * A draft's words in compact form: parallel typed arrays, and each distinct
 * word's text once (a long draft has tens of thousands of words and a few
 * thousand distinct ones). Word i is texts[word[i]], from start[i] to end[i]
 * in the folded view, in sentence sentence[i].
 */
export interface Words {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly sentence: Int32Array;
  /** Index of each word's text in `texts`. */
  readonly word: Int32Array;
  /** The distinct folded words, in order of first appearance. */
  readonly texts: readonly string[];
}

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  return c > 0xbf;
}

function isLetterCode(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

const OTHER_WORD = /[\p{L}\p{N}]/u;
/** ! $ * | between letters: leetspeak and masking. */
const inWord = (c: number) => c === 0x21 || c === 0x24 || c === 0x2a || c === 0x7c;

/**
 * The interner's hash table, shared by every call (one interner works at a
 * time, start to end, within a call): a slot is taken when its stamp is the
 * working interner's, so nothing is cleared between calls.
 */
let tableStamp = new Int32Array(256);
let tableIndex = new Int32Array(256);
/** Each distinct word's hash, by index (for a rehash), shared the same way. */
let wordHash = new Int32Array(256);
let lastStamp = 0;

function nextStamp(): number {
  if (lastStamp === 0x7fffffff) {
    tableStamp.fill(0);
    lastStamp = 0;
  }
  return ++lastStamp;
}

/**
 * Distinct words by their characters, read in place: a word's text is made a
 * string only the first time it appears. Open addressing over FNV-1a hashes.
 */
class Interner {
  readonly texts: string[] = [];
  /** The table's size in use, a power of two. */
  private size = 256;
  private stamp = nextStamp();

  /** The index of s[from, to) among the distinct words, added if new. */
  intern(s: string, from: number, to: number): number {
    let h = 0x811c9dc5 | 0;
    for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    const mask = this.size - 1;
    const len = to - from;
    for (let k = h & mask; ; k = (k + 1) & mask) {
      if (tableStamp[k] !== this.stamp) break;
      const index = tableIndex[k]!;
      const text = this.texts[index]!;
      if (wordHash[index] !== h || text.length !== len) continue;
      let same = true;
      for (let i = 0; i < len; i++) {
        if (text.charCodeAt(i) !== s.charCodeAt(from + i)) {
          same = false;
          break;
        }
      }
      if (same) return index;
    }
    const index = this.texts.length;
    this.texts.push(from === 0 && to === s.length ? s : s.slice(from, to));
    if (index === wordHash.length) {
      const grown = new Int32Array(wordHash.length * 2);
      grown.set(wordHash);
      wordHash = grown;
    }
    wordHash[index] = h;
    if (this.texts.length * 2 > this.size) this.rehash();
    else this.place(h, index);
    return index;
  }

  private place(h: number, index: number): void {
    const mask = this.size - 1;
    let k = h & mask;
    while (tableStamp[k] === this.stamp) k = (k + 1) & mask;
    tableStamp[k] = this.stamp;
    tableIndex[k] = index;
  }

  private rehash(): void {
    this.size *= 2;
    if (tableStamp.length < this.size) {
      tableStamp = new Int32Array(this.size);
      tableIndex = new Int32Array(this.size);
    }
    // A new stamp frees every slot of the smaller table.
    this.stamp = nextStamp();
    for (let i = 0; i < this.texts.length; i++) this.place(wordHash[i]!, i);
  }
}

/** words()'s working arrays (start, end, sentence and word, a quarter each), reused from call to call. */
let wordScratch = new Int32Array(4 * 1024);

/** The words and sentences of the folded view, in one linear pass. */
export function words(norm: NormText): Words {
  const t = norm.text;
  const n = t.length;
  // Made in four arrays reused from call to call (words() is never re-entered), copied at the end into
  // one buffer of the right size.
  let capacity = wordScratch.length >> 2;
  let start = wordScratch.subarray(0, capacity);
  let end = wordScratch.subarray(capacity, capacity * 2);
  let sent = wordScratch.subarray(capacity * 2, capacity * 3);
  let word = wordScratch.subarray(capacity * 3);
  const interner = new Interner();
  let count = 0;
  const push = (s: number, e: number, sentence: number, w: number) => {
    if (count === capacity) {
      const grown = new Int32Array(capacity * 8);
      grown.set(start, 0);
      grown.set(end, capacity * 2);
      grown.set(sent, capacity * 4);
      grown.set(word, capacity * 6);
      capacity *= 2;
      wordScratch = grown;
      start = grown.subarray(0, capacity);
      end = grown.subarray(capacity, capacity * 2);
      sent = grown.subarray(capacity * 2, capacity * 3);
      word = grown.subarray(capacity * 3);
    }
    start[count] = s;
    end[count] = e;
    sent[count] = sentence;
    word[count] = w;
    count++;
  };
  let sentence = 0;
  let pendingBreak = false;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    const isWord = c < 0x80 ? isWordCode(c) : isWordCode(c) && OTHER_WORD.test(t[i] ?? '');
    if (!isWord) {
      if (c === 0x0a) pendingBreak = true;
      else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b) {
        const next = t.charCodeAt(i + 1);
        if (Number.isNaN(next) || next === 0x20 || next === 0x0a || next === 0x09 || next === 0x22) {
          pendingBreak = true;
        }
      }
      i++;
      continue;
    }
    const from = i;
    while (i < n) {
      const d = t.charCodeAt(i);
      if (d < 0x80 ? isWordCode(d) : OTHER_WORD.test(t[i] ?? '')) i++;
      else if (inWord(d)) {
        // Symbols standing for letters inside a word stay in it: k!ll, f***ing, a$$.
        let j = i;
        while (j < n && inWord(t.charCodeAt(j))) j++;
        if (j < n && isWordCode(t.charCodeAt(j))) i = j;
        else break;
      } else break;
    }
    // Letters spelled out with dots or dashes: k.i.l.l, c-o-n-f-i-d-e-n-t-i-a-l (four letters or more).
    if (i === from + 1 && isLetterCode(t.charCodeAt(from))) {
      let j = i;
      let letters = 1;
      while ((t[j] === '.' || t[j] === '-') && isLetterCode(t.charCodeAt(j + 1)) && !isWordCode(t.charCodeAt(j + 2))) {
        j += 2;
        letters++;
      }
      if (letters >= 4) {
        if (pendingBreak && count) sentence++;
        pendingBreak = false;
        let spelled = '';
        for (let k = from; k < j; k += 2) spelled += t[k];
        push(from, j, sentence, interner.intern(spelled, 0, spelled.length));
        i = j;
        continue;
      }
    }
    if (pendingBreak && count) sentence++;
    pendingBreak = false;
    push(from, i, sentence, interner.intern(t, from, i));
  }
  const out = new Int32Array(count * 4);
  out.set(start.subarray(0, count), 0);
  out.set(end.subarray(0, count), count);
  out.set(sent.subarray(0, count), count * 2);
  out.set(word.subarray(0, count), count * 3);
  return {
    count,
    start: out.subarray(0, count),
    end: out.subarray(count, count * 2),
    sentence: out.subarray(count * 2, count * 3),
    word: out.subarray(count * 3),
    texts: interner.texts,
  };
}

/** The words as objects, one per word. */
export function toTokens(w: Words): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < w.count; i++) {
    tokens.push({ text: w.texts[w.word[i]!]!, start: w.start[i]!, end: w.end[i]!, sentence: w.sentence[i]! });
  }
  return tokens;
}

/** The compact form of words given as objects. */
export function wordsOf(tokens: readonly Token[]): Words {
  const n = tokens.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const sentence = new Int32Array(n);
  const word = new Int32Array(n);
  const interner = new Interner();
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    start[i] = t.start;
    end[i] = t.end;
    sentence[i] = t.sentence;
    word[i] = interner.intern(t.text, 0, t.text.length);
  }
  return { count: n, start, end, sentence, word, texts: interner.texts };
}

/** Words given either way, in compact form. */
export function asWords(tokens: readonly Token[] | Words): Words {
  return 'texts' in tokens ? tokens : wordsOf(tokens);
}

export function tokenize(norm: NormText): Token[] {
  return toTokens(words(norm));
}

/** A phrase as the lexicon reads it: its folded words joined by spaces ("l'Éducation" -> "l education"). */
export function fold(s: string): string {
  return tokenize(normalize(s))
    .map((t) => t.text)
    .join(' ');
}
