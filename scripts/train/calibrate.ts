/**
 * Choosing each head's thresholds on out-of-fold scores: the pair (high, mid)
 * with the best F1 for the combined decision (patterns, or a high score, or a
 * moderate score with a detector cue), under a ceiling on the benign drafts it
 * newly flags — people uninstall a tool that nags.
 */
import { hasCue } from '../../lib/model/cues';
import type { Head, HeadThresholds } from '../../lib/model/model';

export interface Oof {
  /** Out-of-fold probability per head. */
  p: Record<Head, number>;
  /** What the patterns alone decide, per head. */
  pattern: Record<Head, boolean>;
  /** Detector categories present. */
  present: Set<string>;
  /** The draft expects no rule at all (bar work-hours). */
  benign: boolean;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Benign drafts one head may newly flag, at most (the whole engine's budget is 3%). */
export const BENIGN_CEILING: Record<Head, number> = {
  partisan: 0.003,
  'criticizes-government': 0.003,
  disrespectful: 0.003,
  'hateful-or-threatening': 0.003,
  'official-business': 0.003,
  confidential: 0.003,
  work: 0.008,
  'self-id': 1,
  media: 0.002,
};

/** The model may overrule a pattern only when it is this sure the draft is not a case (0: never). */
const KEEP = [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3];
/**
 * Only where the patterns misread often (a "top secret" recipe, a child's reporter costume, a
 * friend's job) may the model overrule them; a slur or a threat the patterns find always stands.
 */
export const VETO_HEADS: ReadonlySet<Head> = new Set(['confidential', 'media', 'work']);

/** The combined decision, as lib/model/judge.ts and the rules make it. */
export function fires(t: HeadThresholds, r: { pat: boolean; p: number; cue: boolean }): boolean {
  return (r.pat && r.p >= (t.keep ?? 0)) || r.p >= t.high || (r.cue && r.p >= t.mid);
}

/** For experiments: scales every ceiling (POSTWISE_CEILING_SCALE). */
const CEILING_SCALE = Number(process.env.POSTWISE_CEILING_SCALE ?? 1);

const GRID = Array.from({ length: 48 }, (_, i) => Number((0.05 + i * 0.02).toFixed(2)));

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function calibrate(
  head: Head,
  oof: readonly Oof[],
  targets: ArrayLike<number>,
  cues: readonly string[],
  /** Report these thresholds instead of choosing them. */
  given?: HeadThresholds,
): {
  thresholds: HeadThresholds;
  model: Prf;
  pattern: Prf;
  combined: Prf;
  addedBenign: number;
  auc: number;
  free: Prf;
} {
  const rows = oof.flatMap((o, i) =>
    targets[i]! < 0 || o.p[head] === undefined
      ? []
      : [
          {
            y: targets[i]!,
            p: o.p[head],
            pat: o.pattern[head],
            cue: hasCue(cues, o.present),
            benign: o.benign,
          },
        ],
  );
  const nBenign = Math.max(1, rows.filter((r) => r.benign).length);
  const count = (fires: (r: (typeof rows)[number]) => boolean) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let added = 0;
    for (const r of rows) {
      const f = fires(r);
      if (f && r.y) tp++;
      else if (f) fp++;
      else if (r.y) fn++;
      // Benign drafts newly flagged, less those the model's veto spares.
      if (r.benign && f !== r.pat) added += f ? 1 : -1;
    }
    return { ...prf(tp, fp, fn), added: added / nBenign };
  };
  let best = { thresholds: { high: 1.01, mid: 1.01, keep: 0 } as HeadThresholds, f1: -1 };
  for (const keep of given ? [] : VETO_HEADS.has(head) ? KEEP : [0]) {
    for (const high of GRID) {
      for (const mid of GRID) {
        if (mid > high) break;
        const t = { high, mid, keep };
        const c = count((r) => fires(t, r));
        if (c.added > BENIGN_CEILING[head] * CEILING_SCALE) continue;
        if (c.f1 > best.f1 + 1e-9) best = { thresholds: t, f1: c.f1 };
      }
    }
  }
  // How well the model alone separates, whatever the ceiling: AUC, and its best F1 at any threshold.
  const pos = rows.filter((r) => r.y).map((r) => r.p);
  const neg = rows
    .filter((r) => !r.y)
    .map((r) => r.p)
    .sort((a, b) => a - b);
  let below = 0;
  for (const p of pos) {
    let lo = 0;
    let hi = neg.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (neg[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    below += lo;
  }
  const auc = pos.length && neg.length ? below / (pos.length * neg.length) : 1;
  let free = prf(0, 0, pos.length);
  for (const t of GRID) {
    const c = count((r) => r.p >= t);
    if (c.f1 > free.f1) free = c;
  }
  const t = given ?? best.thresholds;
  const combined = count((r) => fires(t, r));
  return {
    thresholds: t,
    model: count((r) => r.p >= t.high),
    pattern: count((r) => r.pat),
    combined,
    addedBenign: combined.added,
    auc,
    free,
  };
}
