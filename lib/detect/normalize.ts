/**
 * A matching view of a draft: Unicode NFKC, no zero-width or formatting
 * characters, Unicode look-alikes mapped to Latin letters, accents removed,
 * lower case, typographic punctuation made plain. Every character of the view
 * keeps the offsets of the source character it came from, so a match in the
 * view maps back to the exact words the person typed.
 *
 * ASCII takes a fast path; other code points are folded once and cached. The view
 * is written as character codes and made a string once; the offsets are kept as a
 * few segments, not two numbers per character.
 */

export interface NormText {
  readonly source: string;
  /** The folded view. */
  readonly text: string;
  /** Source offset of the character that produced text[i] (0 past the view). */
  sourceStart(i: number): number;
  /** Source offset just past that character (the source's length past the view). */
  sourceEnd(i: number): number;
  /** sourceStart() of every character of the view, as an array (made on first read). */
  readonly starts: Int32Array;
  /** sourceEnd() of every character of the view, as an array (made on first read). */
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

/** Whether codes[0, length) holds a surrogate that is not half of a pair. */
function unpairedSurrogate(codes: Uint16Array, length: number): boolean {
  for (let i = 0; i < length; i++) {
    const c = codes[i]!;
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c >= 0xdc00) return true; // a low surrogate with no high one before it
    const next = i + 1 < length ? codes[i + 1]! : 0;
    if (next < 0xdc00 || next > 0xdfff) return true;
    i++;
  }
  return false;
}

function fromCodes(codes: Uint16Array, length: number, surrogates: boolean): string {
  // The decoder would replace an unpaired surrogate: such a view is made code unit by code unit.
  // Pairs (emoji) decode as they are.
  if (DECODER && !(surrogates && unpairedSurrogate(codes, length))) return DECODER.decode(codes.subarray(0, length));
  const parts: string[] = [];
  for (let at = 0; at < length; at += 4096) {
    parts.push(String.fromCharCode(...codes.subarray(at, Math.min(length, at + 4096))));
  }
  return parts.join('');
}

/**
 * The map from view offsets to source offsets, as segments of four numbers
 * each: the view offset where the segment starts, the source offset of its
 * first character, a step (1: one source character per view character, in
 * order; 0: every character of the segment comes from the same source
 * character) and the source width of each character. A draft folded one
 * character for one character (most of them, accents and curly quotes
 * included) is one segment; each character that expands (… -> ...), vanishes
 * (zero-width) or is two code units wide (emoji) starts one or two more.
 */
const SEGMENT = 4;
/** The segments of the view being made (normalize() is never re-entered), and how many numbers are used. */
let segmentScratch = new Int32Array(64 * SEGMENT);
let segmentsUsed = 0;

function openSegment(view: number, source: number, step: number, width: number): void {
  if (segmentsUsed === segmentScratch.length) {
    const grown = new Int32Array(segmentScratch.length * 2);
    grown.set(segmentScratch);
    segmentScratch = grown;
  }
  const segs = segmentScratch;
  segs[segmentsUsed] = view;
  segs[segmentsUsed + 1] = source;
  segs[segmentsUsed + 2] = step;
  segs[segmentsUsed + 3] = width;
  segmentsUsed += SEGMENT;
}

class Folded implements NormText {
  private madeStarts: Int32Array | undefined = undefined;
  private madeEnds: Int32Array | undefined = undefined;

  constructor(
    readonly source: string,
    readonly text: string,
    /** SEGMENT numbers per segment, in view order. */
    private readonly segments: Int32Array,
  ) {}

  /** The segment holding view offset i (0 <= i < text.length). */
  private segmentOf(i: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length / SEGMENT - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid * SEGMENT]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo * SEGMENT;
  }

  sourceStart(i: number): number {
    if (!(i >= 0 && i < this.text.length)) return 0;
    const at = this.segmentOf(i);
    const segs = this.segments;
    return segs[at + 1]! + segs[at + 2]! * (i - segs[at]!);
  }

  sourceEnd(i: number): number {
    if (!(i >= 0 && i < this.text.length)) return this.source.length;
    const at = this.segmentOf(i);
    const segs = this.segments;
    return segs[at + 1]! + segs[at + 2]! * (i - segs[at]!) + segs[at + 3]!;
  }

  get starts(): Int32Array {
    if (!this.madeStarts) {
      this.madeStarts = new Int32Array(this.text.length);
      for (let i = 0; i < this.text.length; i++) this.madeStarts[i] = this.sourceStart(i);
    }
    return this.madeStarts;
  }

  get ends(): Int32Array {
    if (!this.madeEnds) {
      this.madeEnds = new Int32Array(this.text.length);
      for (let i = 0; i < this.text.length; i++) this.madeEnds[i] = this.sourceEnd(i);
    }
    return this.madeEnds;
  }
}

export function normalize(source: string): NormText {
  const n = source.length;
  const capacity = n + 8;
  if (scratch.length < capacity) scratch = new Uint16Array(Math.max(capacity, scratch.length * 2));
  let out = scratch;
  let len = 0;
  let surrogates = false;
  segmentsUsed = 0;
  /** The source offset that continues the open one-for-one segment at view offset len (-1: none open). */
  let expect = -1;
  for (let i = 0; i < n;) {
    const code = source.charCodeAt(i);
    if (code < 0x80 && code !== 0x60) {
      // Plain ASCII, lower-cased: the common case, one character at a time.
      if (len === out.length) {
        // Folding can only expand a little (ß -> ss, … -> ...); grow geometrically.
        const o2 = new Uint16Array(out.length * 2);
        o2.set(out);
        scratch = out = o2;
      }
      if (expect !== i) openSegment(len, i, 1, 1);
      out[len] = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
      len++;
      i++;
      expect = i;
      continue;
    }
    const cp = source.codePointAt(i) ?? code;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    const need = len + folded.length;
    if (need > out.length) {
      const o2 = new Uint16Array(Math.max(need, out.length * 2));
      o2.set(out.subarray(0, len));
      scratch = out = o2;
    }
    if (folded.length === 1 && width === 1) {
      if (expect !== i) openSegment(len, i, 1, 1);
      expect = i + 1;
    } else {
      // Several view characters from one source character, or one from two code units: a segment of
      // its own. None (an invisible character): the next character cannot continue the open segment.
      if (folded.length) openSegment(len, i, 0, width);
      expect = -1;
    }
    for (let k = 0; k < folded.length; k++) {
      const c = folded.charCodeAt(k);
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
      out[len] = c;
      len++;
    }
    i += width;
  }
  return new Folded(source, fromCodes(out, len, surrogates), segmentScratch.slice(0, segmentsUsed));
}

/** Maps a [start, end) range of the view back to the source text. */
export function toSource(norm: NormText, start: number, end: number): [number, number] {
  if (norm.text.length === 0) return [0, 0];
  const s = Math.min(Math.max(start, 0), norm.text.length - 1);
  const e = Math.min(Math.max(end, s + 1), norm.text.length);
  return [norm.sourceStart(s), norm.sourceEnd(e - 1)];
}
