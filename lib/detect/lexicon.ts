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
import { tokenize, type Token } from './tokens';

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

/** Slot hits by category, then by first token: the token indices where each ends. */
export type SlotIndex = ReadonlyMap<string, ReadonlyMap<number, readonly number[]>>;

interface Node {
  next?: Map<string, Node>;
  prefixes?: Map<string, Array<{ stem: string; node: Node }>>;
  slots?: Array<{ category: string; node: Node }>;
  gaps?: Array<{ max: number; node: Node }>;
  terminals?: LexEntry[];
}

const STEM_KEY = 3;

function phraseParts(phrase: string): Array<
  { kind: 'word'; text: string } | { kind: 'stem'; text: string } | { kind: 'slot'; category: string } | { kind: 'gap'; max: number }
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
  private readonly root: Node = {};
  readonly size: number;

  constructor(entries: Iterable<LexEntry<D>>) {
    let size = 0;
    for (const entry of entries) {
      this.add(entry);
      size++;
    }
    this.size = size;
  }

  private add(entry: LexEntry<D>): void {
    const parts = phraseParts(entry.phrase);
    if (!parts.length) return;
    let node = this.root;
    for (const part of parts) {
      let child: Node | undefined;
      switch (part.kind) {
        case 'word': {
          node.next ??= new Map();
          child = node.next.get(part.text);
          if (!child) node.next.set(part.text, (child = {}));
          break;
        }
        case 'stem': {
          node.prefixes ??= new Map();
          const key = part.text.slice(0, STEM_KEY);
          const list = node.prefixes.get(key) ?? [];
          child = list.find((p) => p.stem === part.text)?.node;
          if (!child) list.push({ stem: part.text, node: (child = {}) });
          node.prefixes.set(key, list);
          break;
        }
        case 'slot': {
          node.slots ??= [];
          child = node.slots.find((s) => s.category === part.category)?.node;
          if (!child) node.slots.push({ category: part.category, node: (child = {}) });
          break;
        }
        case 'gap': {
          node.gaps ??= [];
          child = node.gaps.find((g) => g.max === part.max)?.node;
          if (!child) node.gaps.push({ max: part.max, node: (child = {}) });
          break;
        }
      }
      node = child;
    }
    (node.terminals ??= []).push(entry as LexEntry);
  }

  /** Every hit of every phrase, in order of first token. */
  match(tokens: readonly Token[], slots?: SlotIndex): Array<LexHit<D>> {
    const hits: Array<LexHit<D>> = [];
    const seen = new Set<string>();
    const n = tokens.length;
    const walk = (node: Node, i: number, from: number, depth: number): void => {
      if (node.terminals && i > from) {
        for (const entry of node.terminals) {
          const key = `${from}:${i}:${entry.category}:${entry.phrase}`;
          if (seen.has(key)) continue;
          seen.add(key);
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
      const word = tokens[i]!.text;
      const exact = node.next?.get(word);
      if (exact) walk(exact, i + 1, from, depth + 1);
      if (node.prefixes && word.length >= STEM_KEY) {
        const list = node.prefixes.get(word.slice(0, STEM_KEY));
        if (list) for (const p of list) if (word.startsWith(p.stem)) walk(p.node, i + 1, from, depth + 1);
      }
      if (node.slots && slots) {
        for (const s of node.slots) {
          const ends = slots.get(s.category)?.get(i);
          if (ends) for (const to of ends) walk(s.node, to, from, depth + 1);
        }
      }
    };
    for (let i = 0; i < n; i++) walk(this.root, i, i, 0);
    return hits;
  }
}

/** Builds the slot index that lets one lexicon's phrases refer to another's hits. */
export function slotIndex(hits: Iterable<LexHit<unknown>>, rename?: (category: string) => string): SlotIndex {
  const index = new Map<string, Map<number, number[]>>();
  for (const h of hits) {
    const category = rename ? rename(h.category) : h.category;
    const byFrom = index.get(category) ?? new Map<number, number[]>();
    index.set(category, byFrom);
    const ends = byFrom.get(h.from) ?? [];
    if (!ends.includes(h.to)) ends.push(h.to);
    byFrom.set(h.from, ends);
  }
  return index;
}

/** Shorthand to declare many phrases of one category. */
export function phrases<D = unknown>(category: string, list: readonly string[], data?: D): Array<LexEntry<D>> {
  return list.map((phrase) => ({ category, phrase, data }));
}
