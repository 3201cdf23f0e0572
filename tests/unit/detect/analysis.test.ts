import { Analysis } from '@/lib/detect/analysis';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import type { EvalContext } from '@/lib/types';

const context: EvalContext = { account: 'personal', site: 'x', surface: 'post' };
const analysis = (text: string, settings = DEFAULT_SETTINGS) => new Analysis(text, context, settings);

test('hits map back to the words as typed', () => {
  const a = analysis('Vote   NDP. The Department of Health is great.');
  const [party] = a.hits('party');
  expect(a.typed(party!)).toBe('NDP');
  expect(a.sentenceOf(a.hits('dept')[0]!)).toBe(1);
  expect(a.sentenceCount).toBe(2);
  expect(a.firstWord(1)).toBe('the');
});

test('an alias lists its parts in the order found; gov-ref also lists the departments', () => {
  const a = analysis('The province and the government, says the Department of Health.');
  expect(a.hits('gov-ref').map((h) => h.category)).toEqual(['gov-ref-strong', 'gov-ref-weak', 'gov-ref-weak', 'dept']);
  expect(a.hits('gov-ref-weak').map((h) => h.entry.phrase)).toEqual(['the government', 'the department']);
});

test('categoryHits lists every hit once with its own category', () => {
  const a = analysis('The province and the Department of Health.');
  const cats = a.categoryHits().map((h) => h.category);
  expect(cats).toContain('gov-ref-strong');
  expect(cats).toContain('dept');
  expect(cats).not.toContain('gov-ref');
  expect(new Set(a.categoryHits()).size).toBe(a.categoryHits().length);
});

test('settings extend the lexicon: a manager’s extra departments and politicians', () => {
  const settings = { ...DEFAULT_SETTINGS, extraDepartments: ['Office of Widgets'], extraPoliticians: ['Jane Smith'] };
  const a = analysis('The Office of Widgets and Jane Smith.', settings);
  expect(a.has('dept')).toBe(true);
  expect(a.has('politician')).toBe(true);
  expect(analysis('The Office of Widgets and Jane Smith.').has('politician')).toBe(false);
});

test('phone numbers spelled in words join the personal information', () => {
  expect(analysis('text me at nine oh two five five five zero one nine three').pii.map((m) => m.kind)).toEqual([
    'phone',
  ]);
});
