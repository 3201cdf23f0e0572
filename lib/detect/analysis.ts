/**
 * One evaluation's view of a draft: the folded text, its words and sentences,
 * and every detector's findings, each computed at most once and only when a
 * rule asks for it. Rules read this; they never scan the text themselves.
 */
import type { EvalContext, Lang } from '../types';
import type { Settings } from '../settings/schema';
import government from '../data/government.json';
import { ALIAS_OF, INCLUDES, type Category } from './categories';
import { acceptEntities } from './entities';
import type { LexHit } from './lexicon';
import { lexicons, matchLevels, type Compiled } from './lexicons';
import { normalize, toSource, type NormText } from './normalize';
import { leetWords } from './obfuscation';
import { toTokens, words, type Token, type Words } from './tokens';
import { detectLanguage } from './language';
import { findLinks, findMentions, type Link, type Mention } from './links';
import { detectPii, type PiiMatch } from './pii';
import { withSpelledNumbers } from './pii/spelled';
import { findToneWords, type ToneHit } from './tone';
import { isPoliticalHandle, politicalUrl, type PoliticalData } from './political';

/** Every lexicon hit of a draft: once each in the order found, and by category (with aliases and inclusions). */
interface LexResult {
  all: readonly LexHit[];
  byCategory: ReadonlyMap<string, readonly LexHit[]>;
}

export class Analysis {
  readonly norm: NormText;
  /** The words, compact (tokens.ts): what the detectors read. */
  readonly words: Words;
  readonly account: 'personal' | 'official';
  private readonly memo = new Map<string, unknown>();
  /** inSentence()'s index per category (kept apart from memo: no key string per call). */
  private readonly bySentence = new Map<Category, Map<number, LexHit[]>>();
  private readonly built: Compiled;

  constructor(
    readonly text: string,
    readonly context: EvalContext,
    readonly settings: Settings,
  ) {
    this.norm = normalize(text);
    this.words = words(this.norm);
    this.account = context.account === 'official' ? 'official' : 'personal';
    this.built = lexicons(settings);
  }

  /** Computes a value once per evaluation (detectors and signals share it). */
  once<T>(key: string, make: () => T): T {
    const known = this.memo.get(key);
    if (known !== undefined || this.memo.has(key)) return known as T;
    const made = make();
    this.memo.set(key, made);
    return made;
  }

  /** The words as objects (made on first use: the engine's own detectors read `words`). */
  get tokens(): Token[] {
    return this.once('tokens', () => toTokens(this.words));
  }

  /** The folded text of word i, if there is one. */
  wordText(i: number): string | undefined {
    const w = this.words;
    return i >= 0 && i < w.count ? w.texts[w.word[i]!] : undefined;
  }

  get lang(): Lang {
    return this.once('lang', () => detectLanguage(this.words));
  }

  /** Source offsets of a lexicon hit. */
  span(hit: { from: number; to: number }): [number, number] {
    const { count, start, end } = this.words;
    const last = hit.to - 1;
    if (!(hit.from >= 0 && hit.from < count && last >= 0 && last < count)) return [0, 0];
    return toSource(this.norm, start[hit.from]!, end[last]!);
  }

  sentenceOf(hit: { from: number }): number {
    const w = this.words;
    return hit.from >= 0 && hit.from < w.count ? w.sentence[hit.from]! : 0;
  }

  /** The source text of a hit, as typed. */
  typed(hit: { from: number; to: number }): string {
    const [s, e] = this.span(hit);
    return this.text.slice(s, e);
  }

  /** Every lexicon hit, pass by pass, word by word. */
  private get lex(): LexResult {
    return this.once('hits', () => {
      const accepted = matchLevels(this.built.levels, leetWords(this.words), (hits) =>
        acceptEntities(
          hits,
          (h) => this.typed(h),
          () => this.politicalLinks.length > 0,
        ),
      );
      // Each category's list made at its final size (counted first), not regrown hit by hit.
      const lists = new Map<string, { list: LexHit[]; n: number }>();
      const count = (category: string) => {
        const known = lists.get(category);
        if (known) known.n++;
        else lists.set(category, { list: [], n: 1 });
      };
      for (const h of accepted) {
        count(h.category);
        const alias = ALIAS_OF[h.category];
        if (alias) count(alias);
      }
      const byCat = new Map<string, LexHit[]>();
      for (const [category, l] of lists) {
        l.list = new Array<LexHit>(l.n);
        l.n = 0;
        byCat.set(category, l.list);
      }
      for (const h of accepted) {
        const own = lists.get(h.category)!;
        own.list[own.n++] = h;
        const alias = ALIAS_OF[h.category];
        if (alias) {
          const of = lists.get(alias)!;
          of.list[of.n++] = h;
        }
      }
      for (const [category, parts] of Object.entries(INCLUDES)) {
        let extra = 0;
        for (const p of parts) extra += byCat.get(p)?.length ?? 0;
        if (!extra) continue;
        const own = byCat.get(category) ?? [];
        const list = new Array<LexHit>(own.length + extra);
        let k = 0;
        for (const h of own) list[k++] = h;
        for (const p of parts) for (const h of byCat.get(p) ?? []) list[k++] = h;
        byCat.set(category, list);
      }
      return { all: accepted, byCategory: byCat };
    });
  }

  /**
   * Every lexicon hit of the draft once, in the order found, each with its own
   * category (never an alias such as gov-ref or pol): the judgment model's features.
   */
  categoryHits(): readonly LexHit[] {
    return this.lex.all;
  }

  /** The hits of a category (an alias lists its parts' hits; see INCLUDES for the categories that list others'). */
  hits(category: Category): readonly LexHit[] {
    return this.lex.byCategory.get(category) ?? [];
  }

  has(category: Category): boolean {
    return this.hits(category).length > 0;
  }

  /** Hits of a category in the given sentence. */
  inSentence(category: Category, sentence: number): readonly LexHit[] {
    let bySentence = this.bySentence.get(category);
    if (!bySentence) {
      bySentence = new Map<number, LexHit[]>();
      for (const h of this.hits(category)) {
        const s = this.sentenceOf(h);
        const list = bySentence.get(s);
        if (list) list.push(h);
        else bySentence.set(s, [h]);
      }
      this.bySentence.set(category, bySentence);
    }
    return bySentence.get(sentence) ?? [];
  }

  /** How many words a sentence has. */
  sentenceLength(sentence: number): number {
    const lengths = this.once('sentenceLengths', () => {
      // Sentences are numbered 0 to sentenceCount - 1.
      const out = new Int32Array(this.sentenceCount);
      const { count, sentence } = this.words;
      for (let i = 0; i < count; i++) out[sentence[i]!]!++;
      return out;
    });
    return lengths[sentence] ?? 0;
  }

  /** The first word of a sentence. */
  firstWord(sentence: number): string | undefined {
    const starts = this.once('sentenceStarts', () => {
      const out = new Int32Array(this.sentenceCount).fill(-1);
      const { count, sentence } = this.words;
      for (let i = 0; i < count; i++) if (out[sentence[i]!] === -1) out[sentence[i]!] = i;
      return out;
    });
    const i = starts[sentence];
    return i === undefined || i < 0 ? undefined : this.wordText(i);
  }

  get sentenceCount(): number {
    const w = this.words;
    return w.count ? w.sentence[w.count - 1]! + 1 : 0;
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
      return withSpelledNumbers(found, this.words, (h) => this.span(h));
    });
  }

  /** Profanity, insults and slurs written as single words, minus allowed phrases. */
  get toneWords(): Array<ToneHit & { sourceStart: number; sourceEnd: number }> {
    return this.once('toneWords', () => {
      const { start, end } = this.words;
      const allowed = this.hits('tone-allow').map((h) => [start[h.from]!, end[h.to - 1]!]);
      return findToneWords(this.norm, this.lang)
        .filter((t) => !allowed.some(([s, e]) => t.start < e! && t.end > s!))
        .map((t) => {
          const [sourceStart, sourceEnd] = toSource(this.norm, t.start, t.end);
          return { ...t, sourceStart, sourceEnd };
        });
    });
  }
}
