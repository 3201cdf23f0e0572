/**
 * How moderation's thresholds are chosen and measured on a labelled corpus of comments
 * (tests/moderation/comments.jsonl): the corpus is split by author, the thresholds are chosen on
 * the tuning authors only, and the figures that count are those on the other authors.
 * Pure; used by the tests, never by the extension.
 */
import { readComment, type ModerationDeps, type ModerationThresholds } from './judge';
import { MODERATION_REASONS, type ModerationReason } from './types';
import type { Lang, Site } from '../types';

/** One labelled comment. `reasons` empty: benign or criticism, which must not be marked. */
export interface LabelledComment {
  author: string;
  lang: Lang;
  site: Site;
  kind: 'benign' | 'criticism' | 'moderation';
  reasons: ModerationReason[];
  text: string;
}

/**
 * Which part of the corpus an author's comments belong to:
 * - 'tune': the authors the judge was developed on (a01–a31 and a36–a41, f01–f22 and f26–f29,
 *   written in six rounds, each measured once across authors and then used): the word lists were
 *   written looking at their misses, and the thresholds are chosen on them;
 * - 'test': round 6 (a32–a35, f23–f25), written after the judge was frozen and never used to
 *   change it: the cross-author figures that count. Round 7 (a36 on, f26 on) was measured once as
 *   a test round, then its misses were used (docs/moderation-judge.md has its first figures).
 */
export type Split = 'tune' | 'test';
export function splitOf(author: string): Split {
  const n = Number(author.replace(/\D/g, ''));
  const round6 = (author.startsWith('a') && n >= 32 && n <= 35) || (author.startsWith('f') && n >= 23 && n <= 25);
  return round6 ? 'test' : 'tune';
}

/** The authors whose comments choose the thresholds. */
export const isTuningAuthor = (author: string): boolean => splitOf(author) === 'tune';

export interface Figures {
  comments: number;
  /** Benign and criticism comments, and how many of them got any mark. */
  clean: number;
  falseMarks: number;
  /** falseMarks / clean. */
  falseMarkRate: number;
  /** Per reason: labelled, found, recall. */
  recall: Partial<Record<ModerationReason, { labelled: number; found: number; recall: number }>>;
  /** Marks for a reason the comment was not labelled with (on labelled comments). */
  extraReasons: number;
}

/** Scores the judge on comments: false marks on clean comments, recall by reason. */
export function score(comments: readonly LabelledComment[], deps: ModerationDeps = {}): Figures {
  return tally(comments, (c) => readComment({ text: c.text, site: c.site, lang: c.lang }, deps).reasons);
}

/** The figures of given verdicts. */
function tally(
  comments: readonly LabelledComment[],
  verdict: (c: LabelledComment, i: number) => readonly ModerationReason[],
): Figures {
  let clean = 0;
  let falseMarks = 0;
  let extraReasons = 0;
  const recall: Figures['recall'] = {};
  comments.forEach((c, i) => {
    const reasons = verdict(c, i);
    if (!c.reasons.length) {
      clean++;
      if (reasons.length) falseMarks++;
      return;
    }
    for (const r of c.reasons) {
      const entry = (recall[r] ??= { labelled: 0, found: 0, recall: 0 });
      entry.labelled++;
      if (reasons.includes(r)) entry.found++;
    }
    extraReasons += reasons.filter((r) => !c.reasons.includes(r)).length;
  });
  for (const entry of Object.values(recall)) entry.recall = entry.found / entry.labelled;
  return {
    comments: comments.length,
    clean,
    falseMarks,
    falseMarkRate: clean ? falseMarks / clean : 0,
    recall,
    extraReasons,
  };
}

/** The grid the thresholds are chosen from. */
const GRID = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
/** Thresholds that are always (0) or never (2) reached: a comment's verdict on each side of the model. */
const SIDES = [0, 2] as const;

/**
 * Chooses the thresholds on the given (tuning) comments: among the pairs of the grid that keep
 * false marks on clean comments at or under `maxFalseMarkRate`, the one that finds the most
 * labelled reasons, then the one with fewer extra reasons, then the higher (more cautious) pair.
 * Each comment is read four times (the model's two readings either side of a threshold), not
 * once per pair.
 */
export function tuneThresholds(
  comments: readonly LabelledComment[],
  options: { maxFalseMarkRate?: number; model?: ModerationDeps['model'] } = {},
): ModerationThresholds {
  const max = options.maxFalseMarkRate ?? 0.01;
  const model = options.model !== undefined ? { model: options.model } : {};
  const readings = comments.map((c) => {
    const input = { text: c.text, site: c.site, lang: c.lang };
    const p = readComment(input, model).p ?? { hateful: 0, disrespectful: 0 };
    const sides = SIDES.map((hateful) =>
      SIDES.map((harassment) => readComment(input, { ...model, thresholds: { hateful, harassment } }).reasons),
    );
    return { p, sides };
  });
  let best: { t: ModerationThresholds; found: number; extra: number } | undefined;
  for (const hateful of GRID) {
    for (const harassment of GRID) {
      const t = { hateful, harassment };
      const f = tally(comments, (_, i) => {
        const { p, sides } = readings[i]!;
        return sides[p.hateful >= hateful ? 0 : 1]![p.disrespectful >= harassment ? 0 : 1]!;
      });
      if (f.falseMarkRate > max) continue;
      const found = MODERATION_REASONS.reduce((n, r) => n + (f.recall[r]?.found ?? 0), 0);
      const better =
        !best ||
        found > best.found ||
        (found === best.found && f.extraReasons < best.extra) ||
        (found === best.found &&
          f.extraReasons === best.extra &&
          hateful + harassment > best.t.hateful + best.t.harassment);
      if (better) best = { t, found, extra: f.extraReasons };
    }
  }
  return best?.t ?? { hateful: 1, harassment: 1 };
}
