/**
 * A matching view of a draft: Unicode NFKC, no zero-width or formatting
 * characters, Unicode look-alikes mapped to Latin letters, accents removed,
 * lower case, typographic punctuation made plain. Every character of the view
 * keeps the offsets of the source character it came from, so a match in the
 * view maps back to the exact words the person typed.
 *
 * ASCII takes a fast path; other code points are folded once and cached. The view
 * is written as character codes and made a string once.
 */

export interface NormText {
  readonly source: string;
  /** The folded view. */
  readonly text: string;
  /** starts[i]: source offset of the character that produced text[i]. */
  readonly starts: Int32Array;
  /** ends[i]: source offset just past that character. */
  readonly ends: Int32Array;
}

/** Characters that render as nothing and are used to split words invisibly. */
const INVISIBLE = new Set([
  0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a,
  0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x206a, 0x206b, 0x206c, 0x206d, 0x206e,
  0x206f, 0x3164, 0xfeff, 0xffa0,
]);

/** Look-alike letters (Cyrillic, Greek, Latin variants) that NFKC leaves alone. */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  һ: 'h',
  ɑ: 'a',
  ɡ: 'g',
  ɩ: 'i',
  ı: 'i',
  ȷ: 'j',
  ʀ: 'r',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ᴋ: 'k',
  ᴍ: 'm',
  ᴏ: 'o',
  ᴘ: 'p',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ᴢ: 'z',
  ʜ: 'h',
  ɪ: 'i',
  ʟ: 'l',
  ɴ: 'n',
  ꜱ: 's',
  ʏ: 'y',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ϲ: 'c',
  ℓ: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ł: 'l',
  ŧ: 't',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '\u0060': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u3000': ' ',
  '\u2028': '\n',
  '\u2029': '\n',
  '\u0085': '\n',
};

const MARKS = /\p{M}/gu;
const cache = new Map<number, string>();

/** The folded form of one non-ASCII code point ('' when it is invisible). */
function foldCodePoint(cp: number): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out = '';
  if (!INVISIBLE.has(cp)) {
    const ch = String.fromCodePoint(cp);
    const nfkc = ch.normalize('NFKC');
    for (const c of nfkc.normalize('NFD').replace(MARKS, '').toLowerCase()) {
      out += CONFUSABLES[c] ?? c;
    }
    // A lone combining mark folds to nothing; keep the view free of it.
  }
  if (cache.size < 4096) cache.set(cp, out);
  return out;
}

/** The folded view's character codes, reused by every call (made a string before normalize() returns). */
let scratch = new Uint16Array(1024);

/** UTF-16 code units to a string in one call where the platform can (little-endian, TextDecoder). */
const DECODER =
  typeof TextDecoder === 'function' && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
    ? new TextDecoder('utf-16le', { ignoreBOM: true })
    : undefined;

function fromCodes(codes: Uint16Array, length: number, surrogates: boolean): string {
  // The decoder would replace an unpaired surrogate: a view with surrogates is made code unit by code unit.
  if (DECODER && !surrogates) return DECODER.decode(codes.subarray(0, length));
  const parts: string[] = [];
  for (let at = 0; at < length; at += 4096) {
    parts.push(String.fromCharCode(...codes.subarray(at, Math.min(length, at + 4096))));
  }
  return parts.join('');
}

/** starts and ends copied into a buffer for `capacity` of each (starts first). */
function regrow(starts: Int32Array, ends: Int32Array, capacity: number): Int32Array {
  const both = new Int32Array(capacity * 2);
  both.set(starts, 0);
  both.set(ends, capacity);
  return both;
}

export function normalize(source: string): NormText {
  const n = source.length;
  // starts and ends share one buffer (one allocation), regrown together.
  let capacity = n + 8;
  let both: Int32Array = new Int32Array(capacity * 2);
  let starts = both.subarray(0, capacity);
  let ends = both.subarray(capacity);
  if (scratch.length < capacity) scratch = new Uint16Array(Math.max(capacity, scratch.length * 2));
  let out = scratch;
  let len = 0;
  let surrogates = false;
  for (let i = 0; i < n;) {
    const code = source.charCodeAt(i);
    if (code < 0x80 && code !== 0x60) {
      // Plain ASCII, lower-cased: the common case, one character at a time.
      if (len === capacity) {
        // Folding can only expand a little (ß -> ss, … -> ...); grow geometrically.
        capacity *= 2;
        both = regrow(starts, ends, capacity);
        starts = both.subarray(0, capacity);
        ends = both.subarray(capacity);
      }
      if (len === out.length) {
        const o2 = new Uint16Array(capacity);
        o2.set(out);
        scratch = out = o2;
      }
      out[len] = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      i++;
      continue;
    }
    const cp = source.codePointAt(i) ?? code;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    const need = len + folded.length;
    if (need > capacity) {
      capacity = Math.max(need, capacity * 2);
      both = regrow(starts, ends, capacity);
      starts = both.subarray(0, capacity);
      ends = both.subarray(capacity);
    }
    if (need > out.length) {
      const o2 = new Uint16Array(Math.max(need, capacity));
      o2.set(out.subarray(0, len));
      scratch = out = o2;
    }
    for (let k = 0; k < folded.length; k++) {
      const c = folded.charCodeAt(k);
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
      out[len] = c;
      starts[len] = i;
      ends[len] = i + width;
      len++;
    }
    i += width;
  }
  return {
    source,
    text: fromCodes(out, len, surrogates),
    starts: starts.subarray(0, len),
    ends: ends.subarray(0, len),
  };
}

/** Maps a [start, end) range of the view back to the source text. */
export function toSource(norm: NormText, start: number, end: number): [number, number] {
  if (norm.text.length === 0) return [0, 0];
  const s = Math.min(Math.max(start, 0), norm.text.length - 1);
  const e = Math.min(Math.max(end, s + 1), norm.text.length);
  return [norm.starts[s] ?? 0, norm.ends[e - 1] ?? norm.source.length];
}
