/**
 * Tone: profanity, insults and slurs written as single words, with obfuscation
 * undone (the words of lib/data/tone.json). The phrases of name-calling,
 * threats and discrimination are categories of the same file, matched by the
 * lexicon pass.
 *
 * Obfuscation handled here: leetspeak (sh1t, @ss), masking (f*ck, f#ck),
 * punctuation inside words (f.u.c.k, b-i-t-c-h), spaced-out letters
 * (b i t c h), stretched letters (fuuuck). Zero-width characters and
 * look-alike letters are already gone in the folded view.
 */
import tone from '../data/tone.json';
import type { Lang } from '../types';
import { type NormText } from './normalize';
import { LEET } from './obfuscation';

export type ToneKind = 'profanity' | 'insult' | 'slur';

export interface ToneHit {
  kind: ToneKind;
  /** Offsets in the folded view. */
  start: number;
  end: number;
}

type Scope = 'any' | Lang;
interface Listed {
  word: string;
  kind: ToneKind;
  scope: Scope;
  stem: boolean;
}

/** Every single word of the lists: exact words by word, stems by their first two letters. */
const EXACT = new Map<string, Listed[]>();
const STEMS = new Map<number, Listed[]>();
/** First two letters as a number: a Map key without allocating a string. */
const key2 = (w: string) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1);
/** Every listed word by its first letter: a masked word never starts with a mask, so only those can match it. */
const BY_FIRST = new Map<string, Listed[]>();
for (const kind of ['slur', 'profanity', 'insult'] as const) {
  for (const scope of ['any', 'en', 'fr'] as const) {
    for (const w of tone.words[kind][scope]) {
      const stem = w.endsWith('*');
      const item: Listed = { word: stem ? w.slice(0, -1) : w, kind, scope, stem };
      const first = BY_FIRST.get(item.word[0]!);
      if (first) first.push(item);
      else BY_FIRST.set(item.word[0]!, [item]);
      if (stem) {
        const list = STEMS.get(key2(item.word));
        if (list) list.push(item);
        else STEMS.set(key2(item.word), [item]);
      } else {
        const list = EXACT.get(item.word);
        if (list) list.push(item);
        else EXACT.set(item.word, [item]);
      }
    }
  }
}

/**
 * Which plain words (letters a-z only) can be listed at all, by their first
 * letters: stems by two, exact words of two letters by two and longer ones by
 * three. A word none of them allows is passed over without making a string of it.
 */
const STEM_PAIRS = new Uint8Array(26 * 26);
const EXACT_PAIRS = new Uint8Array(26 * 26);
const EXACT_TRIPLES = new Uint8Array(26 * 26 * 26);
const letterAt = (w: string, i: number) => {
  const c = w.charCodeAt(i) - 0x61;
  return c >= 0 && c < 26 ? c : -1;
};
for (const [word] of EXACT) {
  const [a, b, c] = [letterAt(word, 0), letterAt(word, 1), letterAt(word, 2)];
  if (a < 0 || b < 0) continue;
  if (word.length === 2) EXACT_PAIRS[a * 26 + b] = 1;
  else if (c >= 0) EXACT_TRIPLES[(a * 26 + b) * 26 + c] = 1;
}
for (const list of STEMS.values()) {
  for (const { word } of list) {
    const [a, b] = [letterAt(word, 0), letterAt(word, 1)];
    if (a >= 0 && b >= 0) STEM_PAIRS[a * 26 + b] = 1;
  }
}

/** FNV-1a over text[start, end): the same for a listed word and the same letters in a draft. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
/** The exact words' hashes: a word whose hash is not here is not an exact word (read without a string). */
const EXACT_HASHES = new Set<number>();
for (const [word] of EXACT) EXACT_HASHES.add(hashRange(word, 0, word.length));

/** Whether text[start, end) starts with the word. */
function startsWithAt(text: string, start: number, end: number, word: string): boolean {
  if (word.length > end - start) return false;
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Whether text[start, end) (two characters or more) is a plain word that no
 * listed word can be, stretched letters undone or not: letters a-z only, no
 * letter three times in a row, not an exact word and starting with no stem.
 */
function plainUnlisted(text: string, start: number, end: number): boolean {
  let prev = -1;
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
    run = c === prev ? run + 1 : 1;
    if (run >= 3) return false; // fuuuck: left to unstretch()
    prev = c;
  }
  const pair = (text.charCodeAt(start) - 0x61) * 26 + text.charCodeAt(start + 1) - 0x61;
  if (STEM_PAIRS[pair]) {
    const stems = STEMS.get(text.charCodeAt(start) * 0x10000 + text.charCodeAt(start + 1));
    if (stems) for (const l of stems) if (startsWithAt(text, start, end, l.word)) return false;
  }
  const exactPrefix =
    end - start === 2 ? EXACT_PAIRS[pair] : EXACT_TRIPLES[pair * 26 + text.charCodeAt(start + 2) - 0x61];
  return !exactPrefix || !EXACT_HASHES.has(hashRange(text, start, end));
}

/** Whether text[start, end) is digits and [$.,%+] only: a number, never a listed word. */
function numberOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || c === 0x24 || c === 0x2e || c === 0x2c || c === 0x25 || c === 0x2b)) return false;
  }
  return true;
}

/** A word with '?' standing for masked letters matches a listed word. */
function maskedMatches(word: string, target: string, stem: boolean): boolean {
  // '?' stands for one or two hidden letters (f*ck, f**k, f*k).
  const go = (i: number, j: number): boolean => {
    if (j === target.length) return stem || i === word.length;
    if (i === word.length) return false;
    const c = word[i];
    if (c === '?') return go(i + 1, j + 1) || (j + 2 <= target.length && go(i + 1, j + 2)) || go(i + 1, j);
    return c === target[j] && go(i + 1, j + 1);
  };
  return word.length <= 24 && go(0, 0);
}

/** French words before which an English-only word is really French ("en retard", "les cons…"). */
const FRENCH_BEFORE =
  /(?:^|\s)(?:en|de|du|des|un|une|le|la|les|au|aux|avec|sans|mon|ton|son|leur|trop|peu|pour|par|d|l)['\s]*$/;

/** Slurs first, then profanity, then insults: the most serious reading wins. */
const RANK: Record<ToneKind, number> = { slur: 0, profanity: 1, insult: 2 };

/**
 * The kind of a listed word, if any. `text` and `at` locate the word, to tell
 * an English-only word from the same letters in French ("en retard").
 */
function allowed(l: Listed, lang: Lang, text: string, at: number): boolean {
  if (l.scope !== 'any' && l.scope !== lang) return false;
  return !(l.scope === 'en' && FRENCH_BEFORE.test(text.slice(Math.max(0, at - 12), at)));
}

function better(best: ToneKind | null, l: Listed): ToneKind {
  return best === null || RANK[l.kind] < RANK[best] ? l.kind : best;
}

/** Masked words already read, by language and word. */
const MASKED = new Map<string, ToneKind | null>();

function classify(word: string, lang: Lang, masked: boolean, text = '', at = 0): ToneKind | null {
  if (word.length < 2) return null;
  let best: ToneKind | null = null;
  if (masked) {
    // A masked word's reading depends on the word and the language only: f*cking is read once.
    const key = lang + word;
    const known = text ? undefined : MASKED.get(key);
    if (known !== undefined) return known;
    for (const l of BY_FIRST.get(word[0]!) ?? []) {
      if (maskedMatches(word, l.word, l.stem) && allowed(l, lang, text, at)) best = better(best, l);
    }
    if (!text) {
      if (MASKED.size >= 10_000) MASKED.clear();
      MASKED.set(key, best);
    }
    return best;
  }
  const exact = EXACT.get(word);
  if (exact) for (const l of exact) if (allowed(l, lang, text, at)) best = better(best, l);
  const stems = STEMS.get(key2(word));
  if (stems) for (const l of stems) if (word.startsWith(l.word) && allowed(l, lang, text, at)) best = better(best, l);
  return best;
}

const MASK = new Set(['*', '#', '%', '?', '_']);
const SEPARATORS = new Set(['.', '-', "'", ',', '~', '^']);
/** Characters as a table by code (only the few past 0xff are looked up otherwise). */
function table(s: string): (c: number) => boolean {
  const low = new Uint8Array(256);
  const high = new Set<number>();
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 256) low[c] = 1;
    else high.add(c);
  }
  return (c) => (c < 256 ? low[c] === 1 : high.has(c));
}
const leading = table('("\'[{<#«');
const trailing = table(')"\']}>.,!?;:»…');

// The scan's patterns, compiled once (a literal in the loop is a new object for every word).
const MASK_RUN = /\?+/g;
const STRETCHED = /([a-z])\1{2,}/g;
/** Letters separated by dots or dashes, one at a time: f.u.c.k */
const DOTTED = /^[a-z](?:[.\-_][a-z]){2,}$/;
const DOTS = /[.\-_]/g;
const HANDLE = /^@\w+$/;
/** An address: a word, @, and a domain with a dot (f@ck and c@lisse are not addresses). */
const EMAIL_AT = /\w@[a-z0-9-]+\.[a-z]/;
const LETTERS = /^[a-z]+$/;
const JOINERS = /['-]/;
const NUMERIC_PART = /^[0-9$.,%+]+$/;
const NUMERIC = /^[0-9$.,%+-]+$/;
const HAS_DIGIT = /[0-9]/;

function isLetter(c: string): boolean {
  return c >= 'a' && c <= 'z';
}

/** Undo leetspeak and masking in one run of non-space characters. */
function deobfuscate(run: string): { word: string; masked: boolean } | null {
  let word = '';
  let masked = false;
  let letters = 0;
  for (const c of run) {
    if (isLetter(c)) {
      word += c;
      letters++;
    } else if (MASK.has(c)) {
      word += '?';
      masked = true;
    } else if (LEET[c] !== undefined) word += LEET[c];
    else if (SEPARATORS.has(c)) continue;
    else return null;
  }
  // Two letters at least, or one letter that begins a longer word of symbols, not digits (a$$, not a$5).
  const enough = letters >= 2 || (letters === 1 && word.length >= 3 && isLetter(run[0] ?? '') && !HAS_DIGIT.test(run));
  if (!enough || word.startsWith('?') || word.includes('????')) return null;
  return { word: word.replace(MASK_RUN, (m) => (m.length > 1 ? '??' : '?')), masked };
}

/** A word read with each @ as a masked letter. */
function maskedAt(core: string, lang: Lang): ToneKind | null {
  const d = deobfuscate(core.replaceAll('@', '*'));
  return d ? classify(d.word, lang, d.masked) : null;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c || c === 0x0b;
}

/** Collapse letters repeated three or more times: fuuuck -> fuck. */
function unstretch(word: string): string {
  for (let i = 2; i < word.length; i++) {
    if (word[i] === word[i - 1] && word[i] === word[i - 2]) return word.replace(STRETCHED, '$1');
  }
  return word;
}

/**
 * Profanity, insults and slurs written as single words, however disguised.
 * Runs in one pass over the folded view.
 */
export function findToneWords(norm: NormText, lang: Lang): ToneHit[] {
  const hits: ToneHit[] = [];
  const text = norm.text;

  // Single letters in a row, by where each is (a letter is one character of the view).
  const spaced: number[] = [];
  const flushSpaced = () => {
    if (!spaced.length) return;
    if (spaced.length < 3) {
      spaced.length = 0;
      return;
    }
    // "is a f u c k i n g": try each start, longest word first (at most 30 letters).
    const letters = Math.min(spaced.length, 30);
    found: for (let i = 0; i + 3 <= letters; i++) {
      for (let j = letters; j >= i + 3; j--) {
        let word = '';
        for (let k = i; k < j; k++) word += text[spaced[k]!];
        const kind = classify(word, lang, false);
        if (kind) {
          hits.push({ kind, start: spaced[i]!, end: spaced[j - 1]! + 1 });
          break found;
        }
      }
    }
    spaced.length = 0;
  };
  const n = text.length;
  for (let at = 0; at < n;) {
    while (at < n && isSpace(text.charCodeAt(at))) at++;
    const runStart = at;
    while (at < n && !isSpace(text.charCodeAt(at))) at++;
    if (at === runStart) break;
    // The run less its leading and trailing punctuation, read in place: one string per word.
    let start = runStart;
    while (start < at && leading(text.charCodeAt(start))) start++;
    let end = at;
    while (end > start && trailing(text.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    // Most words: letters no listed word begins with, read without making a string.
    if (end - start > 1 && plainUnlisted(text, start, end)) {
      flushSpaced();
      continue;
    }
    // A number (no hyphen or apostrophe to split it on) is never a listed word.
    if (numberOnly(text, start, end)) {
      flushSpaced();
      continue;
    }
    if (end - start === 1 && isLetter(text[start]!)) {
      spaced.push(start);
      continue;
    }
    const core = text.slice(start, end);
    // Letters separated by dots or dashes, one at a time: f.u.c.k
    if (DOTTED.test(core)) {
      flushSpaced();
      const kind = classify(core.replace(DOTS, ''), lang, false);
      if (kind) hits.push({ kind, start, end });
      continue;
    }
    flushSpaced();
    if (core.length > 40 || core.includes('://') || EMAIL_AT.test(core)) continue;
    if (HANDLE.test(core)) {
      // A handle is a name, unless the whole of it reads as a listed word with @ for a (@ss, @sshole).
      const d = deobfuscate(core);
      const kind = d && core.length <= 16 ? classify(d.word, lang, false) : null;
      if (kind) hits.push({ kind, start, end });
      continue;
    }
    if (LETTERS.test(core)) {
      const kind =
        classify(core, lang, false, text, start) ?? (core.length > 4 ? classify(unstretch(core), lang, false) : null);
      if (kind) hits.push({ kind, start, end });
      continue;
    }
    // Words joined by apostrophes or hyphens: test each part (bitch's, shit-show, d'idi0ts).
    const parts = core.includes("'") || core.includes('-') ? core.split(JOINERS) : undefined;
    if (parts && parts.length > 1) {
      // The joined word first: a-hole, f-ing.
      const joined = parts.join('');
      const whole = LETTERS.test(joined) ? classify(joined, lang, false) : null;
      if (whole) {
        hits.push({ kind: whole, start, end });
        continue;
      }
      let offset = start;
      for (const p of parts) {
        let kind: ToneKind | null = null;
        if (LETTERS.test(p)) kind = classify(p, lang, false);
        else if (p) {
          const d = deobfuscate(p);
          if (d && !NUMERIC_PART.test(p)) kind = classify(d.word, lang, d.masked);
        }
        if (kind) hits.push({ kind, start: offset, end: offset + p.length });
        offset += p.length + 1;
      }
      continue;
    }
    if (NUMERIC.test(core)) continue;
    const deob = deobfuscate(core);
    if (!deob) continue;
    const kind =
      classify(deob.word, lang, deob.masked) ??
      classify(unstretch(deob.word), lang, deob.masked) ??
      // @ stands for a hidden letter as often as for an a: f@ck.
      (core.includes('@') ? maskedAt(core, lang) : null);
    if (kind) hits.push({ kind, start, end });
  }
  flushSpaced();
  return hits;
}
