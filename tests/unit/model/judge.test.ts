/**
 * How the engine uses the judgment model: a finding where the patterns see
 * nothing, pointing at the sentence that weighed, with the rule's "reads as"
 * message; agreement with detector cues; the model's signals feeding the rules
 * that depend on them; and a failing model leaving the patterns to decide.
 */
import { cueCategories, hasCue, isBlocked } from '@/lib/model/cues';
import { evaluate } from '@/lib/engine';
import { Analysis } from '@/lib/detect/analysis';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { judge, modelInput } from '@/lib/model/judge';
import { draftFeatures, modelOf, trainAll, type Targets } from '@/lib/model/learn';
import { HEADS, JudgmentModel, type Head, type HeadThresholds } from '@/lib/model/model';
import type { EvalContext } from '@/lib/types';

const ctx: EvalContext = { account: 'personal', site: 'facebook', surface: 'comment', at: '2026-11-28T20:00:00-04:00' };
const BITS = 14;
const feats = (t: string) => draftFeatures(modelInput(new Analysis(t, ctx, DEFAULT_SETTINGS)), BITS);

// A toy: "wharf" drafts are threats; "ledger" drafts are about the writer's work.
const THREAT = [
  'toss them off the wharf',
  'off the wharf with the lot of them',
  'wharf them all tonight',
  'that crowd belongs off the wharf',
];
const WORK = [
  'my ledger backlog again',
  'the ledger closes friday for my unit',
  'another ledger day',
  'ledger season at my desk',
];
const BENIGN = [
  'lovely evening on the water',
  'pie at the fair',
  'new skates for the kids',
  'rain again in truro',
  'great game last night',
];
const texts = [...THREAT, ...WORK, ...BENIGN];

function model(
  thresholds: Partial<Record<Head, HeadThresholds>> = {},
  cues: Partial<Record<Head, string[]>> = {},
): JudgmentModel {
  const targets = Object.fromEntries(
    HEADS.map((h) => [
      h,
      Int8Array.from(texts, (t) =>
        h === 'hateful-or-threatening' ? +THREAT.includes(t) : h === 'work' ? +WORK.includes(t) : 0,
      ),
    ]),
  ) as Targets;
  const trained = trainAll(texts.map(feats), targets, {
    bits: BITS,
    epochs: 25,
    rate: 0.3,
    l2: 1e-5,
    seed: 1,
    rounds: 0,
  });
  const t = Object.fromEntries(HEADS.map((h) => [h, thresholds[h] ?? { high: 0.6, mid: 0.6 }])) as Record<
    Head,
    HeadThresholds
  >;
  const c = Object.fromEntries(HEADS.map((h) => [h, cues[h] ?? []])) as Record<Head, string[]>;
  return modelOf(trained, BITS, t, c);
}

describe('the engine with a judgment model', () => {
  const m = model();

  test('fires where the patterns see nothing, pointing at the sentence that weighed', () => {
    const text = 'Lovely evening on the water. Toss them off the wharf. Pie at the fair after.';
    expect(evaluate(text, ctx, {}, { model: null }).map((f) => f.rule)).not.toContain('hateful-or-threatening');
    const f = evaluate(text, ctx, {}, { model: m }).find((x) => x.rule === 'hateful-or-threatening');
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toMatch(/wharf/);
    expect(text.slice(f!.start, f!.end)).not.toMatch(/Pie|Lovely/);
    expect(f!.message).toMatch(/reads as/);
    expect(f!.severity).toBe('high');
  });

  test('the French message when the reader reads French', () => {
    const f = evaluate('Off the wharf with the lot of them', ctx, {}, { model: m, lang: 'fr' }).find(
      (x) => x.rule === 'hateful-or-threatening',
    );
    expect(f?.message).toMatch(/semble/);
  });

  test('stays silent on drafts like the benign ones', () => {
    expect(evaluate('New skates for the kids, great game last night', ctx, {}, { model: m })).toEqual([]);
  });

  test('a moderate score needs a detector cue to fire', () => {
    // Fires on its own only above 0.999; from 0.01 with a cue.
    const cued = model(
      { 'hateful-or-threatening': { high: 0.999, mid: 0.01 } },
      { 'hateful-or-threatening': ['tone-word'] },
    );
    const withCue = judge(new Analysis('off the wharf, idiot', ctx, DEFAULT_SETTINGS), cued)['hateful-or-threatening'];
    const without = judge(new Analysis('off the wharf, friend', ctx, DEFAULT_SETTINGS), cued)['hateful-or-threatening'];
    expect(withCue.p).toBeLessThan(0.999);
    expect(withCue.fires).toBe(true);
    expect(without.p).toBeLessThan(0.999);
    expect(without.fires).toBe(false);
  });

  test("the model's work signal brings the rules that follow from it", () => {
    const rules = evaluate('Another ledger day, backlog again', ctx, {}, { model: m }).map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['self-identify', 'disclaimer', 'authorization']));
    expect(evaluate('Another ledger day, backlog again', ctx, {}, { model: null })).toEqual([]);
  });

  test("an insult the writer aims at themself stays silent, whatever the model reads ('I'm such an idiot')", () => {
    // A model that fires disrespectful on everything.
    const always = model({ disrespectful: { high: 0, mid: 0 } });
    const rules = (t: string) => evaluate(t, ctx, {}, { model: always }).map((f) => f.rule);
    expect(rules('Locked my keys in the car at Sobeys again.')).toContain('disrespectful');
    expect(rules('I’m such an idiot, locked my keys in the car at Sobeys again.')).not.toContain('disrespectful');
    expect(rules('Je suis tellement idiote, j’ai barré mes clés dans l’auto.')).not.toContain('disrespectful');
  });

  test('a model that throws leaves the patterns to decide, and says so', () => {
    const broken = Object.create(m) as JudgmentModel;
    broken.score = () => {
      throw new Error('boom');
    };
    const errors: string[] = [];
    const rules = evaluate(
      'You idiot. Text me at 902 555 0148',
      ctx,
      {},
      { model: broken, onError: (id) => errors.push(id) },
    ).map((f) => f.rule);
    expect(errors).toEqual(['(model)']);
    expect(rules).toEqual(expect.arrayContaining(['disrespectful', 'personal-info']));
  });

  test('a long paste is judged by windows: one bad sentence among many is found', () => {
    const filler = 'Lovely evening on the water and pie at the fair. '.repeat(400);
    const text = `${filler}Toss them off the wharf. ${filler}`;
    const f = evaluate(text, ctx, {}, { model: m }).find((x) => x.rule === 'hateful-or-threatening');
    expect(f && text.slice(f.start, f.end)).toMatch(/wharf/);
  });
});

describe('cues', () => {
  test('a cue is one category, or several joined by + that must all be present', () => {
    const present = new Set(['negative', 'gov-ref-strong']);
    expect(hasCue(['party'], present)).toBe(false);
    expect(hasCue(['party', 'negative'], present)).toBe(true);
    expect(hasCue(['negative+gov-ref-strong'], present)).toBe(true);
    expect(hasCue(['negative+party'], present)).toBe(false);
    expect(hasCue([], present)).toBe(false);
    expect(hasCue(['negative+!other-gov'], present)).toBe(true);
    expect(hasCue(['negative+!gov-ref-strong'], present)).toBe(false);
  });

  test('a block stops the model alone; it is never a cue', () => {
    const city = new Set(['negative', 'other-gov']);
    const both = new Set(['negative', 'other-gov', 'gov-ref-strong']);
    const cues = ['negative', 'block:other-gov+!gov-ref-strong'];
    expect(isBlocked(cues, city)).toBe(true);
    expect(isBlocked(cues, both)).toBe(false);
    expect(hasCue(['block:other-gov'], city)).toBe(false);
    expect(cueCategories('block:other-gov+!gov-ref-strong')).toEqual(['other-gov', 'gov-ref-strong']);
  });
});
