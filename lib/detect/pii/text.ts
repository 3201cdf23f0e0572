/**
 * Small readers of the folded view the personal-information finders share:
 * regex hits as sorted offsets and queries on them, digits, the Luhn check,
 * sentence starts and the word before a position.
 */
import { WORDS } from './words';

export interface Hits {
  s: number[];
  e: number[];
}

export function collect(re: RegExp, text: string): Hits {
  const s: number[] = [];
  const e: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    s.push(m.index);
    e.push(m.index + m[0].length);
    if (m[0].length === 0) re.lastIndex++;
  }
  return { s, e };
}

/**
 * collect() within sorted, disjoint [start, end) ranges, each read as a string
 * of its own: the same hits there as collect()'s when a range ends just after a
 * character no match or look-around of `re` can take (a sentence's . ! ? ; or
 * line break), so that nothing reaches across its edges.
 */
export function collectIn(re: RegExp, text: string, ranges: ReadonlyArray<readonly [number, number]>): Hits {
  const s: number[] = [];
  const e: number[] = [];
  for (const [from, to] of ranges) {
    const part = text.slice(from, to);
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      s.push(from + m.index);
      e.push(from + m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return { s, e };
}

/** First index i with arr[i] >= x. */
export function lowerBound(arr: readonly number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a hit lies entirely within [from, to). */
export function anyIn(h: Hits, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = lowerBound(h.s, from); i < h.s.length && (h.s[i] ?? to) < to; i++) {
    if ((h.e[i] ?? Infinity) <= to) return true;
  }
  return false;
}

/** Whether a hit ends within [from, to] (a label before a number). */
export function endsIn(h: Hits, from: number, to: number): boolean {
  // Hits are sorted by start and do not overlap, so their ends are sorted too.
  const i = lowerBound(h.e, from);
  return i < h.e.length && (h.e[i] ?? Infinity) <= to;
}

/** Whether a hit lies within `radius` characters of [start, end). */
export function near(h: Hits, start: number, end: number, radius: number): boolean {
  const i = lowerBound(h.e, start - radius);
  return i < h.s.length && (h.s[i] ?? Infinity) < end + radius;
}

export function digitsOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
  }
  return out;
}

/** Ten-digit form of a North American number: digits only, a leading 1 dropped. */
export function nanp(s: string): string {
  const d = digitsOf(s);
  return d.length === 11 && d[0] === '1' ? d.slice(1) : d;
}

export function luhn(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let v = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

export function isLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** Start offsets (in the view) of every sentence; the first is 0. */
export function sentenceStarts(t: string): number[] {
  const out = [0];
  const n = t.length;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x0a) {
      out.push(i + 1);
      continue;
    }
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x3b) continue;
    let j = i;
    while (j + 1 < n && '.!?;'.includes(t[j + 1] ?? '')) j++;
    const next = t.charCodeAt(j + 1);
    const ends =
      Number.isNaN(next) ||
      next === 0x20 ||
      next === 0x0a ||
      next === 0x09 ||
      next === 0x0d ||
      next === 0x22 ||
      next === 0x27 ||
      next === 0x29;
    if (!ends) {
      i = j;
      continue;
    }
    if (c === 0x2e && j === i) {
      // "Mrs. Boudreau", "St. Margarets", "J. MacDonald": not the end of a sentence.
      let k = i;
      while (k > 0 && i - k < 12 && isLetter(t.charCodeAt(k - 1))) k--;
      const word = t.slice(k, i);
      if (word.length === 1 || WORDS.abbreviations.has(word)) {
        i = j;
        continue;
      }
    }
    out.push(j + 1);
    i = j;
  }
  return out;
}

/** The word just before `pos` in the view (skipping spaces, '#', ':'), or ''. */
export function wordBefore(t: string, pos: number): string {
  let k = pos;
  while (k > 0 && pos - k < 4 && ' \t#:.'.includes(t[k - 1] ?? 'x')) k--;
  const end = k;
  while (k > 0 && end - k < 20 && isLetter(t.charCodeAt(k - 1))) k--;
  return t.slice(k, end);
}
