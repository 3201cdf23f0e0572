/**
 * Tuning the thresholds of all heads together, for the engine as a whole: the
 * rules are simulated from the out-of-fold scores exactly as the engine
 * combines them (lib/rules/judged.ts, lib/detect/signals.ts, the signal rules),
 * and each head's (high, mid, keep) is moved in turn to raise macro-F1 while the
 * share of benign drafts wrongly flagged stays under a ceiling. Per-head
 * calibration (calibrate.ts) gives the starting point.
 */
import { HEADS, type Head, type HeadThresholds } from '../../lib/model/model';
import { fires, VETO_HEADS } from './calibrate';

/** What the engine decides for one draft without the model, and what the model says of it. */
export interface SimDraft {
  personal: boolean;
  p: Record<Head, number>;
  cue: Record<Head, boolean>;
  /** Patterns alone: the content rules (by head), and the work, self-id and media signals. */
  pattern: Record<Head, boolean>;
  hasDisclaimer: boolean;
  /** Rules the model never changes that fired (personal-info, political-link, …). */
  fixed: string[];
  expect: Set<string>;
  optional: Set<string>;
}

const CONTENT: Array<[Head, string]> = [
  ['partisan', 'partisan'],
  ['criticizes-government', 'criticizes-government'],
  ['disrespectful', 'disrespectful'],
  ['hateful-or-threatening', 'hateful-or-threatening'],
  ['official-business', 'official-business'],
  ['confidential', 'confidential'],
];
const CONTEXT_RULES = new Set(['work-hours']);
/** Heads whose rule makes a personal draft work-related when it fires (the rules' impliesWork). */
const IMPLY_WORK = new Set<Head>(['official-business', 'confidential']);

/** The rules the combined engine fires for a draft under the given thresholds. */
export function simulate(d: SimDraft, t: Record<Head, HeadThresholds>): string[] {
  // The same derivation the tuner counts with (gotMask), read back as rule ids.
  const pk = pack([d]);
  const got = gotMask(pk, pk.drafts[0]!, t);
  return pk.rules.filter((_, i) => got & (1 << i));
}

export interface EngineScore {
  macroF1: number;
  benignRate: number;
  /** What the tuning raises: macro-F1, less the judgment rules' shortfall under RECALL_FLOOR. */
  objective: number;
}

/** The rules that need judgment, each wanted at RECALL_FLOOR recall at least (issue 10). */
export const JUDGMENT_RULES: readonly string[] = [
  'partisan',
  'criticizes-government',
  'disrespectful',
  'hateful-or-threatening',
  'official-business',
  'self-identify',
  'confidential',
  'authorization',
];
const JUDGMENT = new Set(JUDGMENT_RULES);
const RECALL_FLOOR = 0.75;
/** How much a shortfall under the floor weighs against macro-F1 (POSTWISE_RECALL_WEIGHT, for experiments). */
const RECALL_WEIGHT = Number(process.env.POSTWISE_RECALL_WEIGHT ?? 1);

/** Macro-F1 and the objective from per-rule counts. */
function summarize(
  rules: ReadonlyArray<{ rule: string; tp: number; fp: number; fn: number }>,
  benignRate: number,
): EngineScore {
  let sum = 0;
  let shortfall = 0;
  for (const { rule, tp, fp, fn } of rules) {
    const p = tp + fp ? tp / (tp + fp) : 1;
    const r = tp + fn ? tp / (tp + fn) : 1;
    sum += p + r ? (2 * p * r) / (p + r) : 0;
    if (JUDGMENT.has(rule)) shortfall += Math.max(0, RECALL_FLOOR - r);
  }
  const macroF1 = rules.length ? sum / rules.length : 0;
  return { macroF1, benignRate, objective: macroF1 - (RECALL_WEIGHT * shortfall) / JUDGMENT.size };
}

/** The drafts as bit masks over the rules, so thousands of threshold choices can be scored quickly. */
interface Packed {
  rules: string[];
  drafts: Array<SimDraft & { expectMask: number; optionalMask: number; fixedMask: number; benign: boolean }>;
  bit: (rule: string) => number;
}

function pack(drafts: readonly SimDraft[]): Packed {
  const rules: string[] = [];
  const bit = (r: string) => {
    let i = rules.indexOf(r);
    if (i < 0) i = rules.push(r) - 1;
    return 1 << i;
  };
  for (const r of [...CONTENT.map(([, r]) => r), 'self-identify', 'disclaimer', 'authorization']) bit(r);
  const mask = (list: Iterable<string>) => [...list].reduce((m, r) => m | bit(r), 0);
  return {
    rules,
    bit,
    drafts: drafts.map((d) => ({
      ...d,
      expectMask: mask(d.expect),
      optionalMask: mask(d.optional),
      fixedMask: mask(d.fixed),
      benign: [...d.expect].every((r) => CONTEXT_RULES.has(r)),
    })),
  };
}

function scorePacked(pk: Packed, t: Record<Head, HeadThresholds>): EngineScore {
  const n = pk.rules.length;
  const tp = new Int32Array(n);
  const fp = new Int32Array(n);
  const fn = new Int32Array(n);
  const seen = new Uint8Array(n);
  const contextMask = pk.rules.reduce((m, r, i) => (CONTEXT_RULES.has(r) ? m | (1 << i) : m), 0);
  let benign = 0;
  let flagged = 0;
  for (const d of pk.drafts) {
    const got = gotMask(pk, d, t);
    const wrong = got & ~d.expectMask & ~d.optionalMask;
    for (let i = 0; i < n; i++) {
      const b = 1 << i;
      if (d.expectMask & b) {
        seen[i] = 1;
        if (got & b) tp[i]!++;
        else fn[i]!++;
      } else if (wrong & b) {
        seen[i] = 1;
        fp[i]!++;
      }
    }
    if (d.benign) {
      benign++;
      if (wrong & ~contextMask) flagged++;
    }
  }
  const rows = [];
  for (let i = 0; i < n; i++) if (seen[i]) rows.push({ rule: pk.rules[i]!, tp: tp[i]!, fp: fp[i]!, fn: fn[i]! });
  return summarize(rows, benign ? flagged / benign : 0);
}

/** The combined engine's macro-F1 and benign rate on simulated drafts. */
export function scoreSim(drafts: readonly SimDraft[], t: Record<Head, HeadThresholds>): EngineScore {
  return scorePacked(pack(drafts), t);
}

const STEP_GRID = Array.from({ length: 25 }, (_, i) => Number((0.03 + i * 0.04).toFixed(2)));
const KEEP = [0, 0.02, 0.05, 0.1, 0.2, 0.3];

/** Rule bits each head can change. */
function affected(pk: Packed, h: Head): number {
  const content = CONTENT.find(([head]) => head === h);
  const work = pk.bit('self-identify') | pk.bit('disclaimer') | pk.bit('authorization');
  // Official business and internal information on a personal account make a draft work-related.
  if (IMPLY_WORK.has(h)) return pk.bit(content![1]) | work;
  if (content) return pk.bit(content[1]);
  if (h === 'work') return work;
  if (h === 'self-id') return pk.bit('self-identify');
  return pk.bit('authorization');
}

/** The rules a draft gets under thresholds t, with head h forced on or off. */
function gotMask(
  pk: Packed,
  d: Packed['drafts'][number],
  t: Record<Head, HeadThresholds>,
  h?: Head,
  force?: boolean,
): number {
  const on = (x: Head) => (x === h ? force! : fires(t[x], { pat: d.pattern[x], p: d.p[x], cue: d.cue[x] }));
  let got = d.fixedMask;
  let implied = false;
  for (const [x, r] of CONTENT) {
    if ((d.personal || x !== 'official-business') && on(x)) {
      got |= pk.bit(r);
      if (IMPLY_WORK.has(x)) implied = true;
    }
  }
  const work = d.personal && (implied || on('work'));
  if (work && !on('self-id')) got |= pk.bit('self-identify');
  if (work && !d.hasDisclaimer) got |= pk.bit('disclaimer');
  if (work || on('media')) got |= pk.bit('authorization');
  return got;
}

/**
 * Coordinate ascent on the objective less a price on benign drafts flagged: each
 * head in turn takes the thresholds that raise `objective − price × benignRate`
 * most; a few rounds. The price is searched (bisection) for the lowest that keeps
 * benign drafts flagged at most `ceiling`, so the benign budget goes to whichever
 * heads buy the most macro-F1 with it, whatever order the heads are visited in.
 * Only the rules a head can change are recounted for each candidate.
 */
export function tune(
  drafts: readonly SimDraft[],
  start: Record<Head, HeadThresholds>,
  ceiling: number,
  rounds = 3,
): { thresholds: Record<Head, HeadThresholds>; score: EngineScore } {
  const pk = pack(drafts);
  let lo = 0;
  let hi = 64;
  let found = ascend(pk, start, hi, rounds);
  if (found.score.benignRate > ceiling) return found;
  for (let i = 0; i < 8; i++) {
    const mid = (lo + hi) / 2;
    const run = ascend(pk, start, mid, rounds);
    if (run.score.benignRate <= ceiling) [hi, found] = [mid, run];
    else lo = mid;
  }
  // Then spend what is left of the budget: the same ascent, free of the price, under the ceiling.
  return ascend(pk, found.thresholds, 0, rounds, ceiling);
}

function ascend(
  pk: Packed,
  start: Record<Head, HeadThresholds>,
  price: number,
  rounds: number,
  ceiling = Infinity,
): { thresholds: Record<Head, HeadThresholds>; score: EngineScore } {
  const n = pk.rules.length;
  const contextMask = pk.rules.reduce((m, r, i) => (CONTEXT_RULES.has(r) ? m | (1 << i) : m), 0);
  let t = { ...start };
  const value = (s: EngineScore) => s.objective - price * s.benignRate;
  let best = scorePacked(pk, t);
  const better = (a: EngineScore, b: EngineScore) => a.benignRate <= ceiling && value(a) > value(b) + 1e-9;
  const benignCount = pk.drafts.filter((d) => d.benign).length;
  for (let round = 0; round < rounds; round++) {
    for (const h of HEADS) {
      const A = affected(pk, h);
      // Everything the other heads decide, counted once.
      const ifOn = new Int32Array(pk.drafts.length);
      const ifOff = new Int32Array(pk.drafts.length);
      const wrongOther = new Uint8Array(pk.drafts.length);
      const tp = new Int32Array(n);
      const fp = new Int32Array(n);
      const fn = new Int32Array(n);
      const seen = new Uint8Array(n);
      pk.drafts.forEach((d, k) => {
        const on = gotMask(pk, d, t, h, true);
        const off = gotMask(pk, d, t, h, false);
        ifOn[k] = on & A;
        ifOff[k] = off & A;
        const rest = on & ~A;
        const wrong = rest & ~d.expectMask & ~d.optionalMask;
        wrongOther[k] = d.benign && wrong & ~contextMask ? 1 : 0;
        for (let i = 0; i < n; i++) {
          const b = 1 << i;
          if (A & b) continue;
          if (d.expectMask & b) {
            seen[i] = 1;
            if (rest & b) tp[i]!++;
            else fn[i]!++;
          } else if (wrong & b) {
            seen[i] = 1;
            fp[i]!++;
          }
        }
      });
      const bits = [...Array(n).keys()].filter((i) => A & (1 << i));
      const P = Float64Array.from(pk.drafts, (d) => d.p[h]);
      const PAT = Uint8Array.from(pk.drafts, (d) => (d.pattern[h] ? 1 : 0));
      const CUE = Uint8Array.from(pk.drafts, (d) => (d.cue[h] ? 1 : 0));
      // Each draft's counts with the head off, and what turning it on changes. Whether a draft is
      // on depends only on its score against one threshold (which one: by pattern and cue), so
      // in each of the four (pattern, cue) groups, sorted by score, the drafts that are on are a
      // prefix, and a candidate is scored from prefix sums.
      const width = 3 * bits.length + 1; // tp, fn, fp per bit, then benign flagged
      const counts = (k: number, got: number, out: Int32Array) => {
        const d = pk.drafts[k]!;
        const wrong = got & ~d.expectMask & ~d.optionalMask;
        bits.forEach((bit, j) => {
          const b = 1 << bit;
          if (d.expectMask & b) out[3 * j + (got & b ? 0 : 1)]!++;
          else if (wrong & b) out[3 * j + 2]!++;
        });
        if (d.benign && (wrongOther[k] || wrong & ~contextMask)) out[width - 1]!++;
      };
      const base = new Int32Array(width);
      const groups: number[][] = [[], [], [], []];
      for (let k = 0; k < pk.drafts.length; k++) {
        counts(k, ifOff[k]!, base);
        if (ifOn[k] !== ifOff[k]) groups[2 * PAT[k]! + CUE[k]!]!.push(k);
      }
      const prefix = groups.map((g) => {
        g.sort((x, y) => P[y]! - P[x]!);
        const sums = new Int32Array((g.length + 1) * width);
        const on = new Int32Array(width);
        const off = new Int32Array(width);
        g.forEach((k, i) => {
          on.fill(0);
          off.fill(0);
          counts(k, ifOn[k]!, on);
          counts(k, ifOff[k]!, off);
          for (let x = 0; x < width; x++) sums[(i + 1) * width + x] = sums[i * width + x]! + on[x]! - off[x]!;
        });
        return { scores: g.map((k) => P[k]!), sums };
      });
      /** How many of a group's drafts (by descending score) reach the threshold. */
      const reach = (scores: number[], threshold: number) => {
        let lo = 0;
        let hi = scores.length;
        while (lo < hi) {
          const m = (lo + hi) >> 1;
          if (scores[m]! >= threshold) lo = m + 1;
          else hi = m;
        }
        return lo;
      };
      const evaluate = (cand: HeadThresholds): EngineScore => {
        const keep = cand.keep ?? 0;
        // Group index 2·pattern + cue: the lowest threshold that turns such a draft on.
        const mid = Math.min(cand.mid, cand.high);
        const thresholdOf = [cand.high, mid, Math.min(keep, cand.high), Math.min(keep, mid)];
        const total = base.slice();
        prefix.forEach(({ scores, sums }, g) => {
          const at = reach(scores, thresholdOf[g]!) * width;
          for (let x = 0; x < width; x++) total[x]! += sums[at + x]!;
        });
        const rows = [];
        for (let i = 0; i < n; i++) if (seen[i]) rows.push({ rule: pk.rules[i]!, tp: tp[i]!, fp: fp[i]!, fn: fn[i]! });
        bits.forEach((i, j) => {
          const [btp, bfn, bfp] = [total[3 * j]!, total[3 * j + 1]!, total[3 * j + 2]!];
          if (btp + bfn + bfp) rows.push({ rule: pk.rules[i]!, tp: btp, fp: bfp, fn: bfn });
        });
        return summarize(rows, benignCount ? total[width - 1]! / benignCount : 0);
      };
      for (const keep of VETO_HEADS.has(h) ? KEEP : [0]) {
        for (const high of STEP_GRID) {
          for (const mid of STEP_GRID) {
            if (mid > high) break;
            const cand = { high, mid, keep };
            const score = evaluate(cand);
            if (better(score, best)) {
              best = score;
              t = { ...t, [h]: cand };
            }
          }
        }
      }
    }
  }
  return { thresholds: t, score: scorePacked(pk, t) };
}
