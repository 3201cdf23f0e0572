/**
 * The one table of look-alike symbols read as letters (leetspeak): k1ll,
 * sh!t, @ss, b|tch. The tone word matcher (tone.ts) reads every symbol of it
 * in a run of text; the lexicon pass reads the words the tokenizer keeps
 * (letters, digits and ! $ * |), through leetTokens().
 */
import type { Token, Words } from './tokens';

export const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'i',
  '+': 't',
  '€': 'e',
  '£': 'l',
};

/** Numbers with a unit or an ordinal are not leetspeak: 3rd, 10am, 5km. */
const ORDINAL = /^\d+(st|nd|rd|th|am|pm|h|km|m|k)$/;
const LEET_CHARS = /[0-9!$|]/g;

/** A word that mixes letters with digits or symbols, read as leetspeak (k1ll -> kill); undefined for any other word. */
function leetText(w: string): string | undefined {
  let letter = false;
  let leet = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) letter = true;
    else if (LEET[w[i]!] !== undefined) leet = true;
  }
  if (!letter || !leet || ORDINAL.test(w)) return undefined;
  return w.replace(LEET_CHARS, (d) => LEET[d] ?? d);
}

/** Words that mix letters with digits or symbols, read as leetspeak: k1ll -> kill, k!ll -> kill. */
export function leetTokens(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const leet = leetText(t.text);
    if (leet === undefined) continue;
    // Copy only when a word changes: most drafts have none.
    out ??= tokens.slice();
    out[k] = { ...t, text: leet };
  }
  return out ?? tokens;
}

/** leetTokens() on the compact form: each distinct word is read once; the same words when none changes. */
export function leetWords(words: Words): Words {
  let texts: string[] | undefined;
  for (let k = 0; k < words.texts.length; k++) {
    const leet = leetText(words.texts[k]!);
    if (leet === undefined) continue;
    texts ??= words.texts.slice();
    texts[k] = leet;
  }
  return texts ? { ...words, texts } : words;
}
