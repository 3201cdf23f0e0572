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

export function tokenize(norm: NormText): Token[] {
  const t = norm.text;
  const tokens: Token[] = [];
  let sentence = 0;
  let pendingBreak = false;
  let i = 0;
  const n = t.length;
  while (i < n) {
    const c = t.charCodeAt(i);
    const word = c < 0x80 ? isWordCode(c) : isWordCode(c) && OTHER_WORD.test(t[i] ?? '');
    if (!word) {
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
    const start = i;
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
    if (i === start + 1 && isLetterCode(t.charCodeAt(start))) {
      let j = i;
      let letters = 1;
      while ((t[j] === '.' || t[j] === '-') && isLetterCode(t.charCodeAt(j + 1)) && !isWordCode(t.charCodeAt(j + 2))) {
        j += 2;
        letters++;
      }
      if (letters >= 4) {
        if (pendingBreak && tokens.length) sentence++;
        pendingBreak = false;
        let word = '';
        for (let k = start; k < j; k += 2) word += t[k];
        tokens.push({ text: word, start, end: j, sentence });
        i = j;
        continue;
      }
    }
    if (pendingBreak && tokens.length) sentence++;
    pendingBreak = false;
    tokens.push({ text: t.slice(start, i), start, end: i, sentence });
  }
  return tokens;
}

/** A phrase as the lexicon reads it: its folded words joined by spaces ("l'Éducation" -> "l education"). */
export function fold(s: string): string {
  return tokenize(normalize(s))
    .map((t) => t.text)
    .join(' ');
}
