/**
 * Phrase lexicons matched over tokens with a trie: one linear pass, no regular
 * expressions, so a 100,000-character paste costs the same per word as a tweet.
 *
 * Phrase syntax (whitespace separates the parts):
 *   word      a folded word ("ministère" and "ministere" are the same)
 *   stem*     any word starting with the stem (at least three letters)
 *   {name}    a hit of another lexicon category, given to match() as a slot
 *   ~N        up to N words of any kind (0 to N)
 * Apostrophes and hyphens split words as in the text: "don't" is "don t".
 */
import { normalize } from './normalize';
import { asWords, tokenize, type Token, type Words } from './tokens';

export interface LexEntry<D = unknown> {
  readonly category: string;
  readonly phrase: string;
  readonly data?: D;
}

export interface LexHit<D = unknown> {
  readonly category: string;
  readonly entry: LexEntry<D>;
  /** Token indices: [from, to). */
  readonly from: number;
  readonly to: number;
}

/**
 * Slot hits by first token: a list per token, read by entry number (-1 ends
 * it), each entry a category and the token index where that hit ends.
 */
export interface SlotIndex {
  /** The first entry at a token; -1 when no slot hit starts there. */
  head(token: number): number;
  next(entry: number): number;
  category(entry: number): string;
  /** The category as a small integer (the same for the same name). */
  categoryId(entry: number): number;
  end(entry: number): number;
}

interface Terminal {
  entry: LexEntry;
  id: number;
}

/** A trie node. A class with every field set, so that all nodes share one shape and the walk's reads stay fast. */
class TrieNode {
  /** By word id (wordId()). */
  next: Map<number, TrieNode> | undefined = undefined;
  prefixes: Map<number, Array<{ stem: string; node: TrieNode }>> | undefined = undefined;
  slots: Map<string, TrieNode> | undefined = undefined;
  gaps: Array<{ max: number; node: TrieNode }> | undefined = undefined;
  terminals: Terminal[] | undefined = undefined;
}

const STEM_KEY = 3;

/**
 * Every word of every phrase as a small integer, shared by all lexicons: a
 * draft's words are looked up once (wordIds()), and the trie's steps compare
 * integers, not strings.
 */
const WORD_IDS = new Map<string, number>();

function wordId(word: string): number {
  let id = WORD_IDS.get(word);
  if (id === undefined) WORD_IDS.set(word, (id = WORD_IDS.size));
  return id;
}

/** Per distinct word, then per word: a value read once for each distinct word. Reused by every call. */
let byText = new Int32Array(256);

function perWord(w: Words, out: Int32Array, value: (text: string) => number): Int32Array {
  if (byText.length < w.texts.length) byText = new Int32Array(Math.max(w.texts.length, byText.length * 2));
  for (let k = 0; k < w.texts.length; k++) byText[k] = value(w.texts[k]!);
  for (let i = 0; i < w.count; i++) out[i] = byText[w.word[i]!]!;
  return out;
}

const idOf = (text: string) => WORD_IDS.get(text) ?? -1;

/** The id of each word; -1 for a word no phrase has. Each distinct word is looked up once. `out` may be given. */
export function wordIds(tokens: readonly Token[] | Words, out?: Int32Array): Int32Array {
  const w = asWords(tokens);
  return perWord(w, out ?? new Int32Array(w.count), idOf);
}

/** stemKey() of each word. `out` may be given. */
export function stemKeys(tokens: readonly Token[] | Words, out?: Int32Array): Int32Array {
  const w = asWords(tokens);
  return perWord(w, out ?? new Int32Array(w.count), stemKey);
}

/**
 * The first three UTF-16 units of a word as a small integer: a Map key that
 * costs no allocation. Distinct for ASCII letters; a rare clash between other
 * characters only puts two stems in one list, and each stem is checked.
 */
export function stemKey(word: string): number {
  return ((word.charCodeAt(0) << 20) ^ (word.charCodeAt(1) << 10) ^ word.charCodeAt(2)) & 0x3fffffff;
}

function phraseParts(
  phrase: string,
): Array<
  | { kind: 'word'; text: string }
  | { kind: 'stem'; text: string }
  | { kind: 'slot'; category: string }
  | { kind: 'gap'; max: number }
> {
  const parts: ReturnType<typeof phraseParts> = [];
  for (const piece of phrase.trim().split(/\s+/)) {
    const slot = /^\{([\w-]+)\}$/.exec(piece);
    if (slot?.[1]) {
      parts.push({ kind: 'slot', category: slot[1] });
      continue;
    }
    const gap = /^~(\d)$/.exec(piece);
    if (gap?.[1]) {
      parts.push({ kind: 'gap', max: Number(gap[1]) });
      continue;
    }
    const stem = piece.endsWith('*');
    const words = tokenize(normalize(stem ? piece.slice(0, -1) : piece)).map((t) => t.text);
    words.forEach((w, k) => {
      if (stem && k === words.length - 1) {
        if (w.length < STEM_KEY) throw new Error(`lexicon stem too short: "${piece}"`);
        parts.push({ kind: 'stem', text: w });
      } else parts.push({ kind: 'word', text: w });
    });
  }
  return parts;
}

export class Lexicon<D = unknown> {
  private readonly root = new TrieNode();
  /** The root's children by word id, as an array: every word of a draft looks here first. */
  private rootNext: Array<TrieNode | undefined> = [];
  private count = 0;
  readonly size: number;

  constructor(entries: Iterable<LexEntry<D>>) {
    let size = 0;
    for (const entry of entries) {
      this.add(entry);
      size++;
    }
    this.size = size;
    this.rootNext = new Array<TrieNode | undefined>(WORD_IDS.size).fill(undefined);
    for (const [id, node] of this.root.next ?? []) this.rootNext[id] = node;
  }

  private add(entry: LexEntry<D>): void {
    const parts = phraseParts(entry.phrase);
    if (!parts.length) return;
    let node = this.root;
    for (const part of parts) {
      let child: TrieNode | undefined;
      switch (part.kind) {
        case 'word': {
          node.next ??= new Map();
          const id = wordId(part.text);
          child = node.next.get(id);
          if (!child) node.next.set(id, (child = new TrieNode()));
          break;
        }
        case 'stem': {
          node.prefixes ??= new Map();
          const key = stemKey(part.text);
          const list = node.prefixes.get(key) ?? [];
          child = list.find((p) => p.stem === part.text)?.node;
          if (!child) list.push({ stem: part.text, node: (child = new TrieNode()) });
          node.prefixes.set(key, list);
          break;
        }
        case 'slot': {
          node.slots ??= new Map();
          child = node.slots.get(part.category);
          if (!child) node.slots.set(part.category, (child = new TrieNode()));
          break;
        }
        case 'gap': {
          node.gaps ??= [];
          child = node.gaps.find((g) => g.max === part.max)?.node;
          if (!child) node.gaps.push({ max: part.max, node: (child = new TrieNode()) });
          break;
        }
      }
      node = child;
    }
    (node.terminals ??= []).push({ entry: entry as LexEntry, id: this.count++ });
  }

  /**
   * Every hit of every phrase, in order of first token. `stems` (stemKeys()) and
   * `wordIdList` (wordIds()) may be given, computed once for several lexicons.
   */
  match(
    tokens: readonly Token[] | Words,
    slots?: SlotIndex,
    stems?: ArrayLike<number>,
    wordIdList?: ArrayLike<number>,
  ): Array<LexHit<D>> {
    const words = asWords(tokens);
    const keys = stems ?? stemKeys(words);
    const ids = wordIdList ?? wordIds(words);
    const { texts, word: wordOf } = words;
    const hits: Array<LexHit<D>> = [];
    // Gaps and slots can reach one terminal by two paths: report each hit once.
    // Keys are per first word (length and terminal), so they stay small integers.
    // The keys seen from the current first word: few, so a list (reset per first word) does.
    let seen = new Int32Array(16);
    let seenCount = 0;
    const stride = this.count + 1;
    const n = words.count;
    const { root, rootNext } = this;
    const walk = (node: TrieNode, i: number, from: number, depth: number): void => {
      if (node.terminals && i > from) {
        for (const { entry, id } of node.terminals) {
          const key = (i - from) * stride + id;
          let known = false;
          for (let k = 0; k < seenCount && !known; k++) known = seen[k] === key;
          if (known) continue;
          if (seenCount === seen.length) {
            const grown = new Int32Array(seen.length * 2);
            grown.set(seen);
            seen = grown;
          }
          seen[seenCount++] = key;
          hits.push({ category: entry.category, entry: entry as LexEntry<D>, from, to: i });
        }
      }
      if (depth > 24) return;
      if (node.gaps) {
        for (const g of node.gaps) {
          for (let k = 0; k <= g.max && i + k <= n; k++) walk(g.node, i + k, from, depth + 1);
        }
      }
      if (i >= n) return;
      const id = ids[i]!;
      if (node.next && id >= 0) {
        const exact = node === root ? rootNext[id] : node.next.get(id);
        if (exact) walk(exact, i + 1, from, depth + 1);
      }
      if (node.prefixes) {
        const word = texts[wordOf[i]!]!;
        const list = word.length >= STEM_KEY ? node.prefixes.get(keys[i]!) : undefined;
        if (list) for (const p of list) if (word.startsWith(p.stem)) walk(p.node, i + 1, from, depth + 1);
      }
      const head = node.slots && slots ? slots.head(i) : -1;
      if (head >= 0) {
        // Few slot hits start at any word: go through those, not through every slot of the node.
        // By category in the order each first appears here, each category's ends in the order added.
        for (let e = head; e >= 0; e = slots!.next(e)) {
          const id = slots!.categoryId(e);
          let before = false;
          for (let p = head; p !== e && !before; p = slots!.next(p)) before = slots!.categoryId(p) === id;
          if (before) continue;
          const child = node.slots!.get(slots!.category(e));
          if (!child) continue;
          for (let q = e; q >= 0; q = slots!.next(q)) {
            if (slots!.categoryId(q) === id) walk(child, slots!.end(q), from, depth + 1);
          }
        }
      }
    };
    // Most words start no phrase: the root's tables say so before any walk.
    const always = root.gaps !== undefined;
    const rootPrefixes = root.prefixes;
    for (let i = 0; i < n; i++) {
      if (
        !always &&
        !(ids[i]! >= 0 && rootNext[ids[i]!] !== undefined) &&
        !(rootPrefixes && texts[wordOf[i]!]!.length >= STEM_KEY && rootPrefixes.has(keys[i]!)) &&
        !(root.slots && slots && slots.head(i) >= 0)
      )
        continue;
      seenCount = 0;
      walk(root, i, i, 0);
    }
    return hits;
  }
}

/**
 * Builds a SlotIndex as hits arrive, over `length` tokens: typed arrays, no
 * Map or array per token. reset() makes it empty again for another draft,
 * keeping its arrays.
 */
export class SlotIndexBuilder implements SlotIndex {
  /** first[i] - 1 and last[i] - 1: the first and last entries of token i (0: none). */
  private first: Int32Array;
  private last: Int32Array;
  private length: number;
  private cats = new Int32Array(64);
  private ends = new Int32Array(64);
  private links = new Int32Array(64);
  private count = 0;
  private readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  constructor(length: number) {
    this.length = length;
    this.first = new Int32Array(length);
    this.last = new Int32Array(length);
  }

  reset(length: number): void {
    if (this.first.length < length) {
      this.first = new Int32Array(length);
      this.last = new Int32Array(length);
    } else {
      this.first.fill(0, 0, Math.max(length, this.length));
      this.last.fill(0, 0, Math.max(length, this.length));
    }
    this.length = length;
    this.count = 0;
  }

  head(token: number): number {
    return token >= 0 && token < this.length ? this.first[token]! - 1 : -1;
  }

  next(entry: number): number {
    return this.links[entry]!;
  }

  category(entry: number): string {
    return this.names[this.cats[entry]!]!;
  }

  categoryId(entry: number): number {
    return this.cats[entry]!;
  }

  end(entry: number): number {
    return this.ends[entry]!;
  }

  add(category: string, from: number, to: number): void {
    let id = this.ids.get(category);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(category);
      this.ids.set(category, id);
    }
    // A hit of the same category and extent is there once.
    for (let e = this.head(from); e >= 0; e = this.links[e]!) {
      if (this.cats[e] === id && this.ends[e] === to) return;
    }
    if (this.count === this.cats.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.cats = grow(this.cats);
      this.ends = grow(this.ends);
      this.links = grow(this.links);
    }
    const e = this.count++;
    this.cats[e] = id;
    this.ends[e] = to;
    this.links[e] = -1;
    const tail = this.last[from]! - 1;
    if (tail >= 0) this.links[tail] = e;
    else this.first[from] = e + 1;
    this.last[from] = e + 1;
  }
}

/** Shorthand to declare many phrases of one category. */
export function phrases<D = unknown>(category: string, list: readonly string[], data?: D): Array<LexEntry<D>> {
  return list.map((phrase) => ({ category, phrase, data }));
}
