/**
 * One evaluation's view of a draft: the folded text, its words and sentences,
 * and every detector's findings, each computed at most once and only when a
 * rule asks for it. Rules read this; they never scan the text themselves.
 */
import type { EvalContext, Lang } from '../types';
import type { Settings } from '../settings/schema';
import government from '../data/government.json';
import { Lexicon, SlotIndexBuilder, stemKey, type LexEntry, type LexHit } from './lexicon';
import { normalize, toSource, type NormText } from './normalize';
import { tokenize, type Token } from './tokens';
import { detectLanguage } from './language';
import { findLinks, findMentions, type Link, type Mention } from './links';
import { detectPii, type PiiMatch } from './pii';
import { findSpelledNumbers } from './spelled-numbers';
import { findToneWords, TONE_LIST_PHRASES, TONE_PHRASES, type ToneHit } from './tone';
import { isPoliticalHandle, politicalData, politicalUrl, type EntityData, type PoliticalData } from './political';
import { employerEntries, WORK_PHRASES } from './work';
import { CIVIC_PHRASES } from './civic';
import { CONFIDENTIAL_PHRASES } from './confidential';

/** Categories made of other categories, for use as slots. */
const SYNTHETIC: Record<string, readonly string[]> = {
  pol: ['party', 'politician', 'political-role'],
  'employer-any': ['dept', 'employer', 'workplace'],
};

/**
 * Categories that also hold every hit of others, resolved after matching rather
 * than as lexicon slots (an extra pass over every word for an alias is waste).
 */
const INCLUDES: Record<string, readonly string[]> = {
  'gov-ref': ['dept'],
  'program-context': ['dept', 'gov-ref'],
  'gov-material': ['dept', 'gov-ref', 'work-cue'],
};

type Levels = Array<Lexicon<unknown>>;
/** The synthetic category each category belongs to. */
const SYNTHETIC_OF: Record<string, string> = Object.fromEntries(
  Object.entries(SYNTHETIC).flatMap(([name, parts]) => parts.map((p) => [p, name])),
);

function slotsOf(phrase: string): string[] {
  return [...phrase.matchAll(/\{([\w-]+)\}/g)].map((m) => m[1]!);
}

/** Splits entries into passes: a phrase runs after every category it refers to. */
function buildLevels(entries: readonly LexEntry[]): Levels {
  const byCategory = new Map<string, LexEntry[]>();
  for (const e of entries) {
    const list = byCategory.get(e.category);
    if (list) list.push(e);
    else byCategory.set(e.category, [e]);
  }
  const level = new Map<string, number>();
  const levelOfCategory = (cat: string, seen: Set<string>): number => {
    const parts = SYNTHETIC[cat];
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
  return groups.map((g) => new Lexicon(g ?? []));
}

interface Built {
  key: string;
  levels: Levels;
  political: PoliticalData;
}
let built: Built | undefined;

function lexicons(settings: Settings): Built {
  const key = JSON.stringify([settings.extraParties, settings.extraPoliticians, settings.extraDepartments]);
  if (built?.key === key) return built;
  const political = politicalData(settings);
  const entries: LexEntry[] = [
    ...political.entries,
    ...employerEntries(settings.extraDepartments),
    ...WORK_PHRASES,
    ...CIVIC_PHRASES,
    ...CONFIDENTIAL_PHRASES,
    ...TONE_LIST_PHRASES,
    ...TONE_PHRASES,
  ];
  built = { key, levels: buildLevels(entries), political };
  return built;
}

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '!': 'i',
  $: 's',
  '|': 'l',
};
/** Words that mix letters with digits or symbols, read as leetspeak: k1ll -> kill, k!ll -> kill. */
function leetTokens(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const w = t.text;
    let letter = false;
    let leet = false;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c >= 0x61 && c <= 0x7a) letter = true;
      else if (LEET[w[i]!] !== undefined) leet = true;
    }
    if (!letter || !leet || ORDINAL.test(w)) continue;
    // Copy only when a word changes: most drafts have none.
    out ??= tokens.slice();
    out[k] = { ...t, text: w.replace(/[013457!$|]/g, (d) => LEET[d] ?? d) };
  }
  return out ?? tokens;
}
const ORDINAL = /^\d+(st|nd|rd|th|am|pm|h|km|m|k)$/;

function isUpper(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

export class Analysis {
  readonly norm: NormText;
  readonly tokens: Token[];
  readonly account: 'personal' | 'official';
  private readonly memo = new Map<string, unknown>();
  private readonly built: Built;

  constructor(
    readonly text: string,
    readonly context: EvalContext,
    readonly settings: Settings,
  ) {
    this.norm = normalize(text);
    this.tokens = tokenize(this.norm);
    this.account = context.account === 'official' ? 'official' : 'personal';
    this.built = lexicons(settings);
  }

  /** Computes a value once per evaluation (detectors and signals share it). */
  once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  get lang(): Lang {
    return this.once('lang', () => detectLanguage(this.tokens));
  }

  /** Source offsets of a lexicon hit. */
  span(hit: { from: number; to: number }): [number, number] {
    const a = this.tokens[hit.from];
    const b = this.tokens[hit.to - 1];
    if (!a || !b) return [0, 0];
    return toSource(this.norm, a.start, b.end);
  }

  sentenceOf(hit: { from: number }): number {
    return this.tokens[hit.from]?.sentence ?? 0;
  }

  /** The source text of a hit, as typed. */
  typed(hit: { from: number; to: number }): string {
    const [s, e] = this.span(hit);
    return this.text.slice(s, e);
  }

  /** Keeps the entity hits whose spelling and surroundings make them what they seem. */
  private acceptEntity(hit: LexHit, notPolitical: readonly LexHit[]): boolean {
    const data = hit.entry.data as EntityData | undefined;
    if (data?.upper) {
      const typed = this.typed(hit).replace(/['’]?s$/, '');
      if (!isUpper(typed)) return false;
    }
    if (data?.capital) {
      const first = this.typed(hit).charAt(0);
      if (!isUpper(first)) return false;
    }
    if (data?.titled) {
      const words = this.typed(hit)
        .split(/[\s'’-]+/)
        .filter((w) => w.length > 3);
      if (!words.every((w) => isUpper(w.charAt(0)))) return false;
    }
    if (['party', 'politician', 'political-role'].includes(hit.category)) {
      if (notPolitical.some((n) => n.from <= hit.from && n.to >= hit.to)) return false;
    }
    return true;
  }

  /** Every lexicon hit by category, after all passes. */
  private get allHits(): Map<string, LexHit[]> {
    return this.once('hits', () => {
      const tokens = leetTokens(this.tokens);
      const stemKeys = Float64Array.from(tokens, (t) => stemKey(t.text));
      const accepted: LexHit[] = [];
      const slots = new SlotIndexBuilder();
      this.built.levels.forEach((lex, level) => {
        const hits = lex.match(tokens, slots.index, stemKeys);
        const kept =
          level === 0
            ? this.filterLevel0(
                hits,
                hits.filter((h) => h.category === 'not-political'),
              )
            : hits;
        for (const h of kept) {
          accepted.push(h);
          slots.add(h.category, h.from, h.to);
          const synthetic = SYNTHETIC_OF[h.category];
          if (synthetic) slots.add(synthetic, h.from, h.to);
        }
      });
      const byCat = new Map<string, LexHit[]>();
      for (const h of accepted) {
        const list = byCat.get(h.category);
        if (list) list.push(h);
        else byCat.set(h.category, [h]);
      }
      for (const [category, parts] of Object.entries(INCLUDES)) {
        const extra = parts.flatMap((p) => byCat.get(p) ?? []);
        if (extra.length) byCat.set(category, [...(byCat.get(category) ?? []), ...extra]);
      }
      return byCat;
    });
  }

  private filterLevel0(hits: LexHit[], notPolitical: LexHit[]): LexHit[] {
    const kept = hits.filter((h) => this.acceptEntity(h, notPolitical));
    // An ambiguous surname (Houston) counts only beside another political word or link.
    const political = kept.filter(
      (h) =>
        ['party', 'political-role', 'politics-topic'].includes(h.category) ||
        (h.category === 'politician' && !(h.entry.data as EntityData | undefined)?.ambiguous),
    );
    const hasOther = political.length > 0 || this.politicalLinks.length > 0;
    // … or right before a demand only politicians get: "Houston has to go", "Houston must resign".
    const stances = kept.filter((h) => h.category === 'stance');
    const demanded = (h: LexHit) => stances.some((s) => s.from >= h.to && s.from - h.to <= 2);
    return kept.filter(
      (h) =>
        !(
          h.category === 'politician' &&
          (h.entry.data as EntityData | undefined)?.ambiguous &&
          !hasOther &&
          !demanded(h)
        ),
    );
  }

  hits(category: string): readonly LexHit[] {
    return this.allHits.get(category) ?? [];
  }

  has(category: string): boolean {
    return this.hits(category).length > 0;
  }

  /** Hits of a category in the given sentence. */
  inSentence(category: string, sentence: number): readonly LexHit[] {
    const bySentence = this.once(`bySentence:${category}`, () => {
      const index = new Map<number, LexHit[]>();
      for (const h of this.hits(category)) {
        const s = this.sentenceOf(h);
        const list = index.get(s);
        if (list) list.push(h);
        else index.set(s, [h]);
      }
      return index;
    });
    return bySentence.get(sentence) ?? [];
  }

  /** How many words a sentence has. */
  sentenceLength(sentence: number): number {
    const lengths = this.once('sentenceLengths', () => {
      const out = new Map<number, number>();
      for (const t of this.tokens) out.set(t.sentence, (out.get(t.sentence) ?? 0) + 1);
      return out;
    });
    return lengths.get(sentence) ?? 0;
  }

  /** The first word of a sentence. */
  firstWord(sentence: number): string | undefined {
    const starts = this.once('sentenceStarts', () => {
      const out = new Map<number, number>();
      this.tokens.forEach((t, i) => {
        if (!out.has(t.sentence)) out.set(t.sentence, i);
      });
      return out;
    });
    const i = starts.get(sentence);
    return i === undefined ? undefined : this.tokens[i]?.text;
  }

  get sentenceCount(): number {
    return (this.tokens[this.tokens.length - 1]?.sentence ?? -1) + 1;
  }

  get links(): Link[] {
    return this.once('links', () => findLinks(this.text));
  }

  get mentions(): Mention[] {
    return this.once('mentions', () => findMentions(this.norm));
  }

  get political(): PoliticalData {
    return this.built.political;
  }

  /** Links and @mentions that point at a party, a politician or a political office. */
  get politicalLinks(): Array<{ start: number; end: number; kind: 'link' | 'mention' }> {
    return this.once('politicalLinks', () => [
      ...this.links
        .filter((l) => l.kind === 'url' && politicalUrl(l.host, l.path, this.political))
        .map((l) => ({ start: l.start, end: l.end, kind: 'link' as const })),
      ...this.mentions
        .filter((m) => isPoliticalHandle(m.handle, this.political))
        .map((m) => ({ start: m.start, end: m.end, kind: 'mention' as const })),
    ]);
  }

  get pii(): PiiMatch[] {
    return this.once('pii', () => {
      const found = detectPii(this.norm, {
        account: this.account, // an unknown account is treated as personal
        governmentDomains: this.settings.governmentDomains,
        publishedNumbers: [...government.publishedNumbers, ...this.settings.publishedNumbers],
      });
      // Numbers spelled out in words ("nine-oh-two, five five five …") are phone numbers too.
      for (const s of findSpelledNumbers(this.tokens)) {
        const [start, end] = this.span(s);
        if (found.some((m) => m.start < end && start < m.end)) continue;
        const local = s.digits.length === 11 ? s.digits.slice(1) : s.digits;
        const tollFree = /^8(00|33|44|55|66|77|88)/.test(local);
        const sentence = this.tokens[s.from]!.sentence;
        const own = this.tokens.some(
          (t) => t.sentence === sentence && (t.text === 'me' || t.text === 'my' || t.text === 'moi'),
        );
        found.push({ kind: 'phone', start, end, organisational: tollFree, own });
      }
      return found.sort((x, y) => x.start - y.start);
    });
  }

  /** Profanity, insults and slurs written as single words, minus allowed phrases. */
  get toneWords(): Array<ToneHit & { sourceStart: number; sourceEnd: number }> {
    return this.once('toneWords', () => {
      const allowed = this.hits('tone-allow').map((h) => [this.tokens[h.from]!.start, this.tokens[h.to - 1]!.end]);
      return findToneWords(this.norm, this.lang)
        .filter((t) => !allowed.some(([s, e]) => t.start < e! && t.end > s!))
        .map((t) => {
          const [sourceStart, sourceEnd] = toSource(this.norm, t.start, t.end);
          return { ...t, sourceStart, sourceEnd };
        });
    });
  }
}
