/**
 * Street addresses: a civic number, then one to four name words and a street
 * type (12 Main Street), or a French type and the name (12 rue Principale).
 * Name words are capitalised unless the whole draft is in lower case.
 */
import type { NormText } from '../normalize';
import { PRIORITY, type Candidate } from './candidates';
import { PII_PATTERNS } from './patterns';
import { wordBefore } from './text';
import { WORDS } from './words';

/** Whether the character that produced view offset `i` is upper case in the source. */
function capitalised(norm: NormText, i: number): boolean {
  const ch = norm.source[norm.sourceStart(i)] ?? '';
  return ch !== ch.toLowerCase();
}

/** Whether the source is typed all in lower case (source === source.toLowerCase(), without copying it). */
function allLowerCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) return false;
      continue;
    }
    const cp = s.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (ch.toLowerCase() !== ch) return false;
    if (cp > 0xffff) i++;
  }
  return true;
}

export function findAddresses(norm: NormText, out: Candidate[]): void {
  const t = norm.text;
  const civic = PII_PATTERNS.civic;
  const wordRe = PII_PATTERNS.addressWord;
  // In a draft typed all in lower case, street names are not capitalised either.
  let lowerCaseDraft: boolean | undefined;
  civic.lastIndex = 0;
  for (let m = civic.exec(t); m; m = civic.exec(t)) {
    const numStart = m.index;
    const numEnd = numStart + m[0].length;
    const after = t.charCodeAt(numEnd);
    if (after !== 0x20 && after !== 0x09 && after !== 0x2c) continue;
    if (WORDS.routeWords.has(wordBefore(t, numStart))) continue;
    lowerCaseDraft ??= allLowerCase(norm.source);

    // English: number, 1-4 name words, street type. French: number, type, 1-4 name words.
    // Words are read one at a time and the scan stops as soon as neither form can match.
    let strict = true; // every name word so far is capitalised, an ordinal or a connector
    let french = false;
    let frenchEnd = -1;
    let end = -1;
    wordRe.lastIndex = numEnd;
    for (let k = 0; k < 5; k++) {
      const w = wordRe.exec(t);
      if (!w) break;
      const sep = w[0].charCodeAt(0);
      if (k > 0 && sep === 0x2c) break; // a comma ends the street name
      const word = w[1] ?? '';
      const ws = wordRe.lastIndex - word.length;
      const we = wordRe.lastIndex;
      if (k === 0 && WORDS.frStreetTypes.has(word)) {
        french = true;
        continue;
      }
      if (french) {
        if (WORDS.nameConnectors.has(word)) continue;
        if (WORDS.nameStopwords.has(word)) break;
        const c0 = word.charCodeAt(0);
        if ((c0 >= 48 && c0 <= 57) || lowerCaseDraft || capitalised(norm, ws)) {
          frenchEnd = we;
          continue;
        }
        break;
      }
      if (k > 0 && WORDS.enStreetTypes.has(word)) {
        if (sep !== 0x2c && (strict || lowerCaseDraft || WORDS.abbreviatedTypes.has(word))) {
          const first = t.charCodeAt(numEnd);
          if (first !== 0x2c) end = we;
        }
        break;
      }
      if (k === 4) break; // five words and no street type
      if (k > 0 && WORDS.nameConnectors.has(word)) continue;
      if (WORDS.nameStopwords.has(word)) break;
      const c0 = word.charCodeAt(0);
      if (!(c0 >= 48 && c0 <= 57) && !capitalised(norm, ws)) strict = false;
    }
    if (french) end = frenchEnd;
    if (end > 0)
      out.push({
        kind: 'address',
        s: numStart,
        e: end,
        prio: PRIORITY.address,
      });
  }
}
