/**
 * Shared helpers for the per-rule tests (tests/unit/rules/<rule-id>.test.ts).
 * Expectations come from ../shared/RULES.md and the policy, not from the code.
 */
import { evaluate, type EvaluateOptions } from '@/lib/engine';
import { RULES } from '@/lib/rules/index';
import type { Settings } from '@/lib/settings/schema';
import type { EvalContext, Finding, RuleId, Severity, TextEdit } from '@/lib/types';

/** Saturday 28 November 2026, 20:00 in Halifax: outside work hours. */
export const SAT_EVENING = '2026-11-28T20:00:00-04:00';
/** Tuesday 24 November 2026, 10:30 in Halifax: inside work hours (work-hours tests only). */
export const TUE_MORNING = '2026-11-24T10:30:00-04:00';

export const personal: EvalContext = { account: 'personal', site: 'x', surface: 'post', at: SAT_EVENING };
export const official: EvalContext = { account: 'official', site: 'x', surface: 'post', at: SAT_EVENING };
export const unknown: EvalContext = { account: 'unknown', site: 'facebook', surface: 'post', at: SAT_EVENING };

export const ctx = (base: EvalContext, over: Partial<EvalContext> = {}): EvalContext => ({ ...base, ...over });

export type Lang = 'en' | 'fr';

/** A case where the rule must fire. */
export interface Positive {
  text: string;
  ctx: EvalContext;
  severity: Severity;
  /**
   * Where the rule points: a string is the exact typed words one finding must cover
   * (text.slice(start, end)); a RegExp must match one finding's slice; 'whole' means
   * every finding is 0/0.
   */
  words?: string | RegExp | 'whole';
  /** For rules that may point at the whole post or at some words: each finding is 0/0 or matches this. */
  wholeOr?: RegExp;
  settings?: Partial<Settings>;
}

/** A case where the rule must stay silent. */
export interface Negative {
  text: string;
  ctx: EvalContext;
  settings?: Partial<Settings>;
}

export function run(
  text: string,
  context: EvalContext,
  settings: Partial<Settings> = {},
  options: EvaluateOptions = {},
): Finding[] {
  const errors: string[] = [];
  // The rules' own patterns, without the judgment model (tests/unit/model tests the two together).
  const out = evaluate(text, context, settings, {
    model: null,
    ...options,
    onError: (rule, e) => errors.push(`${rule}: ${String(e)}`),
  });
  expect(errors, 'no rule may throw').toEqual([]);
  return out;
}

export function ruleFindings(
  rule: RuleId,
  text: string,
  context: EvalContext,
  settings: Partial<Settings> = {},
  options: EvaluateOptions = {},
): Finding[] {
  return run(text, context, settings, options).filter((f) => f.rule === rule);
}

const show = (text: string, fs: Finding[]) =>
  JSON.stringify(fs.map((f) => ({ sev: f.severity, start: f.start, end: f.end, slice: text.slice(f.start, f.end) })));

/** The rule fires, with the severity expected for the account, on the words that triggered it. */
export function expectFires(rule: RuleId, c: Positive): Finding[] {
  const fs = ruleFindings(rule, c.text, c.ctx, c.settings ?? {});
  expect(fs.length, `${rule} should fire on ${JSON.stringify(c.text)} (${c.ctx.account})`).toBeGreaterThan(0);
  for (const f of fs) {
    expect(f.severity, `severity of ${rule} on ${JSON.stringify(c.text)}: ${show(c.text, fs)}`).toBe(c.severity);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(c.text.length);
    expect(f.policyRef.section.length).toBeGreaterThan(0);
    expect(f.message.length).toBeGreaterThan(0);
  }
  const slices = fs.map((f) => c.text.slice(f.start, f.end));
  if (c.words === 'whole') {
    expect(
      fs.every((f) => f.start === 0 && f.end === 0),
      `${rule} is about the whole post: ${show(c.text, fs)}`,
    ).toBe(true);
  } else if (typeof c.words === 'string') {
    expect(slices, `${rule} should point at ${JSON.stringify(c.words)}: ${show(c.text, fs)}`).toContain(c.words);
  } else if (c.words instanceof RegExp) {
    const re = c.words;
    expect(
      slices.some((s) => re.test(s)),
      `${rule} should point at ${re}: ${show(c.text, fs)}`,
    ).toBe(true);
  }
  if (c.wholeOr) {
    const re = c.wholeOr;
    expect(
      fs.every((f) => (f.start === 0 && f.end === 0) || re.test(c.text.slice(f.start, f.end))),
      `${rule} should point at the whole post or at ${re}: ${show(c.text, fs)}`,
    ).toBe(true);
  }
  return fs;
}

export function expectSilent(rule: RuleId, c: Negative): void {
  const fs = ruleFindings(rule, c.text, c.ctx, c.settings ?? {});
  expect(
    fs,
    `${rule} should not fire on ${JSON.stringify(c.text)} (${c.ctx.account}/${c.ctx.surface}): ${show(c.text, fs)}`,
  ).toEqual([]);
}

/** Applies edits from the last to the first, so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start || b.end - a.end)
    .reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

/** The first finding of the rule with a fix, applied to the text. */
export function fixed(rule: RuleId, text: string, context: EvalContext, lang?: Lang): string {
  const fs = ruleFindings(rule, text, context, {}, lang ? { lang } : {});
  const f = fs.find((x) => x.fix);
  expect(f, `${rule} should offer a fix on ${JSON.stringify(text)}`).toBeDefined();
  expect(f!.fix!.edits.length).toBeGreaterThan(0);
  expect(f!.fix!.label.length).toBeGreaterThan(0);
  return applyEdits(text, f!.fix!.edits);
}

const messages = (rule: RuleId, lang: Lang) => Object.values(RULES[rule].text[lang].message);

/**
 * The settings every rule honours: disabled through settings.rules[id].enabled,
 * severity overridden through settings.rules[id].severity, messages in French.
 */
export function settingsSuite(rule: RuleId, sample: { text: string; ctx: EvalContext; severity: Severity }): void {
  describe('settings', () => {
    test('the sample fires with its default severity', () => {
      expectFires(rule, sample);
    });

    test('a rule disabled in settings does not fire', () => {
      expect(ruleFindings(rule, sample.text, sample.ctx, { rules: { [rule]: { enabled: false } } })).toEqual([]);
    });

    test('enabled: true keeps the rule', () => {
      expect(
        ruleFindings(rule, sample.text, sample.ctx, { rules: { [rule]: { enabled: true } } }).length,
      ).toBeGreaterThan(0);
    });

    test.each(['high', 'warning', 'info'] as const)(
      'settings.rules[id].severity = %s overrides the severity',
      (sev) => {
        const fs = ruleFindings(rule, sample.text, sample.ctx, { rules: { [rule]: { severity: sev } } });
        expect(fs.length).toBeGreaterThan(0);
        for (const f of fs) expect(f.severity).toBe(sev);
      },
    );

    test('messages are in French with lang: fr, in English by default', () => {
      const en = ruleFindings(rule, sample.text, sample.ctx);
      const fr = ruleFindings(rule, sample.text, sample.ctx, {}, { lang: 'fr' });
      expect(fr.length).toBe(en.length);
      for (const f of en) expect(messages(rule, 'en')).toContain(f.message);
      for (const f of fr) {
        expect(messages(rule, 'fr')).toContain(f.message);
        expect(messages(rule, 'en')).not.toContain(f.message);
        expect(f.policyRef.quote.length).toBeGreaterThan(0);
      }
      expect(fr.map((f) => [f.start, f.end, f.severity])).toEqual(en.map((f) => [f.start, f.end, f.severity]));
    });
  });
}
