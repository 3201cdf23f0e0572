/**
 * The judgment model applied to one draft: reads the analysis (folded words,
 * detector hits), scores every head, and decides with the calibrated
 * thresholds: a head fires on a high score alone, or on a moderate score with a
 * supporting cue from the detectors (a party named beside praise, a threat word
 * beside a person) — agreement, not a plain union.
 */
import type { Analysis } from '../detect/analysis';
import type { Token, Words } from '../detect/tokens';
import { unitStarts, type ModelInput } from './features';
import { hasCue, isBlocked } from './cues';
import { HEADS, type Head, type JudgmentModel } from './model';

export interface Judged {
  /** The model's probability for the best window. */
  p: number;
  /** Whether the head fires (thresholds and cues applied). */
  fires: boolean;
  /** Whether the model is sure enough the draft is not a case to overrule the patterns. */
  vetoes: boolean;
  /** Source offsets of the window that weighed most. */
  start: number;
  end: number;
}

export type Judgment = Record<Head, Judged>;

/** A pseudo-category for single profane or insulting words (tone.json), read as a feature and a cue. */
export const TONE_WORD = 'tone-word';

/** The model's input from an analysis: folded words and every detector category hit. */
export function modelInput(a: Analysis): ModelInput {
  const lex = a.categoryHits();
  const tone = a.toneWords;
  const { words } = a;
  // The lexicon's hits serve as they are (each has its category and first word); tone hits follow.
  let hits: ReadonlyArray<{ category: string; from: number }> = lex;
  if (tone.length) {
    const toneHits: Array<{ category: string; from: number }> = [];
    for (const t of tone) {
      // The word the tone hit begins in (binary search over word starts).
      let lo = 0;
      let hi = words.count - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (words.start[mid]! <= t.start) lo = mid;
        else hi = mid - 1;
      }
      toneHits.push({ category: TONE_WORD, from: lo });
    }
    hits = (lex as ReadonlyArray<{ category: string; from: number }>).concat(toneHits);
  }
  return new Input(a, hits);
}

/**
 * A ModelInput read from an analysis. The words as objects are made only for a
 * reader that asks (the model reads `words`), by a getter on the class: a getter
 * written in an object literal would be a new function, and give each input a
 * map of its own, kept alive by the property caches until a full collection.
 */
class Input implements ModelInput {
  readonly normText: string;
  readonly words: Words;

  constructor(
    private readonly a: Analysis,
    readonly categoryHits: ReadonlyArray<{ category: string; from: number }>,
  ) {
    this.normText = a.norm.text;
    this.words = a.words;
  }

  get tokens(): readonly Token[] {
    return this.a.tokens;
  }
}

export function judge(a: Analysis, model: JudgmentModel): Judgment {
  const input = modelInput(a);
  const { scores } = model.score(input);
  const present = new Set<string>();
  for (const h of input.categoryHits) present.add(h.category);
  // Unit u is words [starts[u], starts[u + 1]).
  const starts = unitStarts(input);
  const units = starts.length - 1;
  const out = {} as Judgment;
  for (const head of HEADS) {
    const s = scores[head];
    const t = model.thresholds[head];
    const cue = hasCue(model.cues[head], present);
    const blocked = isBlocked(model.cues[head], present);
    const fires = !blocked && (s.p >= t.high || (cue && s.p >= t.mid));
    const last = Math.max(s.from, s.to - 1);
    const [start, end] =
      s.from < units && last < units ? a.span({ from: starts[s.from]!, to: starts[last + 1]! }) : [0, 0];
    out[head] = { p: s.p, fires, vetoes: s.p < (t.keep ?? 0), start, end };
  }
  return out;
}
