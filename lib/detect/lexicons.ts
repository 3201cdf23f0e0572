/**
 * The lexicon as compiled for a settings value: every phrase of the data files,
 * the parties, politicians and departments (with a manager's additions), split
 * into passes so a phrase runs after every category it names as a {slot}.
 * Compiled once and kept while the settings that shape it stay the same.
 */
import type { Settings } from '../settings/schema';
import { ALIAS_OF, ALIASES, dataEntries, isCategory, slotsOf } from './categories';
import { employerEntries } from './employer';
import { Lexicon, SlotIndexBuilder, stemKeys, wordIds, type LexEntry, type LexHit } from './lexicon';
import { asWords, type Token, type Words } from './tokens';
import { politicalData, type PoliticalData } from './political';

/** The passes, and the categories some phrase names as a {slot} (only their hits go in the slot index). */
export interface Levels {
  readonly passes: ReadonlyArray<Lexicon<unknown>>;
  readonly slots: ReadonlySet<string>;
}

/** Splits entries into passes: a phrase runs after every category it refers to. Throws on an unknown {slot}. */
export function buildLevels(entries: readonly LexEntry[]): Levels {
  const byCategory = new Map<string, LexEntry[]>();
  for (const e of entries) {
    const list = byCategory.get(e.category);
    if (list) list.push(e);
    else byCategory.set(e.category, [e]);
  }
  for (const e of entries) {
    for (const s of slotsOf(e.phrase)) {
      if (!byCategory.has(s) && !(s in ALIASES)) {
        throw new Error(`lexicon: {${s}} in "${e.phrase}" (${e.category}) names no category`);
      }
    }
  }
  const level = new Map<string, number>();
  const levelOfCategory = (cat: string, seen: Set<string>): number => {
    const parts: readonly string[] | undefined = ALIASES[cat as keyof typeof ALIASES];
    if (parts) return Math.max(...parts.map((p) => levelOfCategory(p, seen)));
    const known = level.get(cat);
    if (known !== undefined) return known;
    if (seen.has(cat)) throw new Error(`lexicon category refers to itself: ${cat}`);
    seen.add(cat);
    let l = 0;
    for (const e of byCategory.get(cat) ?? []) {
      for (const s of slotsOf(e.phrase)) l = Math.max(l, levelOfCategory(s, seen) + 1);
    }
    level.set(cat, l);
    return l;
  };
  const perEntryLevel = (e: LexEntry) =>
    slotsOf(e.phrase).reduce((l, s) => Math.max(l, levelOfCategory(s, new Set()) + 1), 0);
  const groups: LexEntry[][] = [];
  for (const e of entries) {
    const l = perEntryLevel(e);
    (groups[l] ??= []).push(e);
  }
  const slots = new Set(entries.flatMap((e) => slotsOf(e.phrase)));
  return { passes: groups.map((g) => new Lexicon(g ?? [])), slots };
}

/** Every lexicon entry for these settings: entities first, then the data files. */
export function lexiconEntries(settings: Pick<Settings, 'extraDepartments'>, political: PoliticalData): LexEntry[] {
  const entries = [...political.entries, ...employerEntries(settings.extraDepartments), ...dataEntries()];
  for (const e of entries) if (!isCategory(e.category)) throw new Error(`lexicon: unknown category ${e.category}`);
  return entries;
}

export interface Compiled {
  key: string;
  levels: Levels;
  political: PoliticalData;
}
let compiled: Compiled | undefined;

/** The lexicon for these settings, compiled on first use and kept while they stay the same. */
export function lexicons(settings: Pick<Settings, 'extraParties' | 'extraPoliticians' | 'extraDepartments'>): Compiled {
  const key = JSON.stringify([settings.extraParties, settings.extraPoliticians, settings.extraDepartments]);
  if (compiled?.key === key) return compiled;
  const political = politicalData(settings);
  compiled = { key, levels: buildLevels(lexiconEntries(settings, political)), political };
  return compiled;
}

/**
 * Runs the passes over the words: each pass sees the hits of the passes before
 * it as {slots} (an alias's parts as the alias). `keep` may drop hits of the
 * first pass (entities that are not what they seem) before later passes see them.
 */
export function matchLevels(
  levels: Levels,
  tokens: readonly Token[] | Words,
  keep: (hits: LexHit[]) => readonly LexHit[] = (hits) => hits,
): LexHit[] {
  const words = asWords(tokens);
  // The word keys, ids and slot index live only during this call: their arrays are reused by the next
  // (a call within a call, which nothing makes, would get its own).
  const shared = !busy;
  busy = true;
  try {
    if (shared && scratch.keys.length < words.count) {
      const size = Math.max(words.count, scratch.keys.length * 2);
      scratch.keys = new Int32Array(size);
      scratch.ids = new Int32Array(size);
    }
    const keys = stemKeys(words, shared ? scratch.keys : undefined);
    const ids = wordIds(words, shared ? scratch.ids : undefined);
    const slots = shared ? scratch.slots : new SlotIndexBuilder(words.count);
    if (shared) slots.reset(words.count);
    return runPasses(levels, words, keep, keys, ids, slots);
  } finally {
    if (shared) busy = false;
  }
}

let busy = false;
const scratch = { keys: new Int32Array(256), ids: new Int32Array(256), slots: new SlotIndexBuilder(0) };

function runPasses(
  levels: Levels,
  words: Words,
  keep: (hits: LexHit[]) => readonly LexHit[],
  keys: Int32Array,
  ids: Int32Array,
  slots: SlotIndexBuilder,
): LexHit[] {
  // Each pass's hits, joined once at the end (one array at its final size).
  const passes: Array<readonly LexHit[]> = [];
  const named = levels.slots;
  levels.passes.forEach((lex, level) => {
    const hits = lex.match(words, slots, keys, ids);
    const kept = level === 0 ? keep(hits) : hits;
    for (const h of kept) {
      // A hit no phrase names as a slot is never looked up there: most hits are not.
      if (named.has(h.category)) slots.add(h.category, h.from, h.to);
      const alias = ALIAS_OF[h.category];
      if (alias && named.has(alias)) slots.add(alias, h.from, h.to);
    }
    passes.push(kept);
  });
  return ([] as LexHit[]).concat(...passes);
}
