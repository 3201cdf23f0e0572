/**
 * Scoring the combined engine on labelled drafts, as ../shared/tools/score.mjs
 * does: per rule precision, recall and F1, macro-F1 over the rules seen, and the
 * share of benign drafts that got any guidance they should not have.
 */
import { evaluate } from '../../lib/engine';
import type { JudgmentModel } from '../../lib/model/model';
import type { EvalContext } from '../../lib/types';

export interface Case {
  id: string;
  text: string;
  context: EvalContext;
  expect: string[];
  optional?: string[];
}

export interface Scored {
  rows: Array<{ rule: string; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }>;
  macroF1: number;
  benign: number;
  benignFlagged: number;
  cases: number;
  exact: number;
  /** For benign drafts wrongly flagged: which rules did it, how often. */
  benignBy: Record<string, number>;
  /** Ids of the benign drafts wrongly flagged, with the rules. */
  benignIds: string[];
}

const CONTEXT_RULES = new Set(['work-hours']);

export function scoreCases(list: ReadonlyArray<{ c: Case; model: JudgmentModel | null }>): Scored {
  const stats = new Map<string, { tp: number; fp: number; fn: number }>();
  const s = (r: string) => stats.get(r) ?? (stats.set(r, { tp: 0, fp: 0, fn: 0 }), stats.get(r)!);
  let benign = 0;
  let benignFlagged = 0;
  let exact = 0;
  const benignBy: Record<string, number> = {};
  const benignIds: string[] = [];
  for (const { c, model } of list) {
    const got = new Set(evaluate(c.text, c.context, {}, { model }).map((f) => f.rule as string));
    const want = new Set(c.expect);
    const optional = new Set(c.optional ?? []);
    for (const r of want) {
      if (got.has(r)) s(r).tp++;
      else s(r).fn++;
    }
    for (const r of got) if (!want.has(r) && !optional.has(r)) s(r).fp++;
    const scored = [...got].filter((r) => !optional.has(r));
    if (scored.length === want.size && scored.every((r) => want.has(r))) exact++;
    if ([...want].every((r) => CONTEXT_RULES.has(r))) {
      benign++;
      const wrong = [...got].filter((r) => !want.has(r) && !optional.has(r) && !CONTEXT_RULES.has(r));
      if (wrong.length) {
        benignFlagged++;
        benignIds.push(`${c.id} ${wrong.join(',')}`);
        for (const r of wrong) benignBy[r] = (benignBy[r] ?? 0) + 1;
      }
    }
  }
  const rows = [...stats.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, v]) => {
      const precision = v.tp + v.fp ? v.tp / (v.tp + v.fp) : 1;
      const recall = v.tp + v.fn ? v.tp / (v.tp + v.fn) : 1;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      return { rule, ...v, precision, recall, f1 };
    });
  const macroF1 = rows.length ? rows.reduce((a, r) => a + r.f1, 0) / rows.length : 0;
  return { rows, macroF1, benign, benignFlagged, cases: list.length, exact, benignBy, benignIds };
}

export function printTable(sc: Scored, opts: { rows?: boolean } = {}): void {
  const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(5);
  if (opts.rows !== false) {
    console.log('rule                      tp  fp  fn  prec  recall   f1');
    for (const r of sc.rows) {
      console.log(
        `${r.rule.padEnd(24)}${String(r.tp).padStart(4)}${String(r.fp).padStart(4)}${String(r.fn).padStart(4)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}`,
      );
    }
  }
  const rate = sc.benign ? sc.benignFlagged / sc.benign : 0;
  const by = Object.entries(sc.benignBy)
    .sort(([, a], [, b]) => b - a)
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  console.log(
    `macro-F1 ${sc.macroF1.toFixed(3)}, exact ${sc.exact}/${sc.cases}, benign flagged ${(100 * rate).toFixed(1)}% of ${sc.benign}` +
      (by ? ` (by ${by})` : ''),
  );
  if (process.env.POSTWISE_LIST_BENIGN) for (const id of sc.benignIds) console.log(`  benign flagged: ${id}`);
}
