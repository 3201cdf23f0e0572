/**
 * Phone numbers spelled out in words to dodge filters: "nine-oh-two, five five
 * five, zero one nine three". Runs of digit words (English and French) that add
 * up to a North American number (7, 10 or 11 digits) are reported.
 */
import { asWords, type Token, type Words } from '../tokens';
import type { PiiMatch } from './types';
import { WORDS } from './words';

const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
  o: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  un: '1',
  une: '1',
  deux: '2',
  trois: '3',
  quatre: '4',
  cinq: '5',
  sept: '7',
  huit: '8',
  neuf: '9',
};

/** A Map: looking up arbitrary words in an object is slow. */
const DIGITS = new Map(Object.entries(DIGIT_WORDS));
const NUMERAL = /^\d{1,4}$/;

export interface SpelledNumber {
  /** Token indices [from, to). */
  from: number;
  to: number;
  digits: string;
}

/** Runs of at least seven digit words (digits may be written as numerals too: "902 five five five …"). */
export function findSpelledNumbers(tokens: readonly Token[] | Words): SpelledNumber[] {
  const { count, word, texts } = asWords(tokens);
  const out: SpelledNumber[] = [];
  let from = -1;
  let digits = '';
  let words = 0;
  const flush = (to: number) => {
    const n = digits.length;
    if (from >= 0 && words >= 3 && (n === 7 || n === 10 || (n === 11 && digits[0] === '1'))) {
      out.push({ from, to, digits });
    }
    from = -1;
    digits = '';
    words = 0;
  };
  for (let i = 0; i < count; i++) {
    const text = texts[word[i]!]!;
    const digit = DIGITS.get(text);
    const c = text.charCodeAt(0);
    const numeral = c >= 0x30 && c <= 0x39 && NUMERAL.test(text) ? text : undefined;
    if (digit === undefined && numeral === undefined && from < 0) continue; // the common case: an ordinary word
    // "six" in French and English; "un" only counts inside a run already started.
    if (digit !== undefined && !(text === 'un' || text === 'une' || text === 'o')) {
      if (from < 0) from = i;
      digits += digit;
      words++;
    } else if (from >= 0 && (digit !== undefined || numeral !== undefined)) {
      digits += digit ?? numeral;
      if (digit !== undefined) words++;
    } else if (numeral !== undefined && i + 1 < count && DIGITS.has(texts[word[i + 1]!]!)) {
      flush(i);
      from = i;
      digits = numeral;
    } else flush(i);
  }
  flush(count);
  return out;
}

/**
 * The matches of detectPii() with the phone numbers spelled out in words added
 * (those that overlap no match), sorted by start. `span` maps word indices to
 * source offsets.
 */
export function withSpelledNumbers(
  found: PiiMatch[],
  tokens: readonly Token[] | Words,
  span: (words: { from: number; to: number }) => [number, number],
): PiiMatch[] {
  const w = asWords(tokens);
  /** Sentences with me, my or moi in them: read once, when a spelled number needs it. */
  let ownSentences: Set<number> | undefined;
  for (const s of findSpelledNumbers(w)) {
    const [start, end] = span(s);
    if (found.some((m) => m.start < end && start < m.end)) continue;
    const local = s.digits.length === 11 ? s.digits.slice(1) : s.digits;
    const tollFree = WORDS.tollFree.has(local.slice(0, 3));
    if (!ownSentences) {
      ownSentences = new Set();
      for (let i = 0; i < w.count; i++) {
        const text = w.texts[w.word[i]!];
        if (text === 'me' || text === 'my' || text === 'moi') ownSentences.add(w.sentence[i]!);
      }
    }
    const own = ownSentences.has(w.sentence[s.from]!);
    found.push({ kind: 'phone', start, end, organisational: tollFree, own });
  }
  return found.sort((x, y) => x.start - y.start);
}
