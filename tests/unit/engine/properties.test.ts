/** Properties of evaluate() that hold for any input, checked on generated drafts. */
import fc from 'fast-check';
import { evaluate, MAX_TEXT } from '@/lib/engine';
import { RULE_IDS } from '@/lib/rules/ids';
import type { EvalContext } from '@/lib/types';

const context = fc.record<EvalContext>({
  account: fc.constantFrom('personal', 'official', 'unknown'),
  site: fc.constantFrom('facebook', 'x', 'youtube', 'other'),
  surface: fc.constantFrom('post', 'reply', 'comment', 'message', 'quote'),
  at: fc
    .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
});

/** Words the detectors care about, so generated drafts exercise the rules, not just noise. */
const WORDS = [
  'vote',
  'Liberal',
  'NDP',
  'Houston',
  'the Premier',
  'f*ck',
  'sh1t',
  'idiots',
  'my manager',
  'department of Health',
  'confidential',
  'draft',
  'budget',
  '902-555-0148',
  '046 454 286',
  'j.doe@novascotia.ca',
  'https://nsndp.ca/x',
  '@nspc',
  'your claim',
  'DM us',
  'reporter',
  'interview',
  'views are my own',
  'Je travaille au ministère',
  'bande d’imbéciles',
  '\u200b',
  'е',
  '😀',
  '\n\n',
  'B3J 2Y3',
  '14 Pleasant St',
  'born 1958-03-02',
  '🇨🇦',
  'é',
  '\u0301',
];
const draft = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 80 }).map((w) => w.join(' ')),
);

describe('evaluate', () => {
  test('never throws, gives known rules and spans inside the text, on arbitrary Unicode', () => {
    fc.assert(
      fc.property(draft, context, (text, ctx) => {
        const findings = evaluate(text, ctx);
        for (const f of findings) {
          expect(RULE_IDS).toContain(f.rule);
          expect(['high', 'warning', 'info']).toContain(f.severity);
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          for (const e of f.fix?.edits ?? []) {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  test('is deterministic', () => {
    fc.assert(
      fc.property(draft, context, (text, ctx) => {
        expect(evaluate(text, ctx)).toEqual(evaluate(text, ctx));
      }),
      { numRuns: 150 },
    );
  });

  test('handles drafts up to 100,000 characters of arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 20_000, maxLength: 100_000 }), context, (text, ctx) => {
        for (const f of evaluate(text, ctx)) expect(f.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 5 },
    );
  });

  test('a 100,000-character paste gives a bounded, correct answer', () => {
    const unit = 'Text me at 902 555 0148 about the f*cking ferry. ';
    const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const findings = evaluate(text, { account: 'personal', site: 'facebook', surface: 'post' });
    const rules = new Set(findings.map((f) => f.rule));
    expect(rules).toEqual(new Set(['personal-info', 'disrespectful']));
    expect(findings.length).toBeLessThanOrEqual(40); // capped per rule
    const first = findings.find((f) => f.rule === 'personal-info')!;
    expect(text.slice(first.start, first.end)).toBe('902 555 0148');
  });

  test('text past the maximum length is not read, and nothing breaks', () => {
    const filler = 'Lovely day at the beach. ';
    const text = filler.repeat(Math.ceil(MAX_TEXT / filler.length)) + 'You are all idiots.';
    expect(evaluate(text, { account: 'personal', site: 'x', surface: 'post' })).toEqual([]);
  });

  test('non-string input is treated as an empty draft', () => {
    expect(evaluate(undefined as unknown as string, { account: 'personal', site: 'x', surface: 'post' })).toEqual([]);
  });
});
