import { itemsOf, logEvent, ruleIds, tabState, topSeverity, viewOf, type BoxState } from '@/lib/compose/view';
import type { Finding } from '@/lib/types';

const f = (
  rule: Finding['rule'],
  severity: Finding['severity'],
  start: number,
  end: number,
  extra: Partial<Finding> = {},
): Finding => ({
  rule,
  severity,
  start,
  end,
  message: `${rule} message`,
  policyRef: { section: 'S', anchor: 'a', quote: 'Q' },
  ...extra,
});
const TEXT = 'call 902 555 0148 or 902 555 0199, vote Liberal';
const redact = (s: number, e: number) => ({
  kind: 'redact' as const,
  label: 'Redact it',
  edits: [{ start: s, end: e, text: '•' }],
});

test('findings of one rule and message become one item with their words and one fix for all', () => {
  const items = itemsOf(
    [
      f('partisan', 'info', 35, 47),
      f('personal-info', 'high', 5, 17, { fix: redact(5, 17) }),
      f('personal-info', 'high', 21, 33, { fix: redact(21, 33) }),
    ],
    TEXT,
  );
  expect(items.map((i) => i.rule)).toEqual(['personal-info', 'partisan']); // most severe first
  expect(items[0]!.excerpts).toEqual(['902 555 0148', '902 555 0199']);
  expect(items[0]!.fix!.edits.map((e) => e.start)).toEqual([5, 21]);
  expect(items[1]!.excerpts).toEqual(['vote Liberal']);
});

test('overlapping fixes are not merged; a finding on the whole post has no excerpt', () => {
  const items = itemsOf(
    [
      f('records', 'info', 0, 4, { fix: redact(0, 4) }),
      f('records', 'info', 2, 6, { fix: redact(2, 6) }),
      f('disclaimer', 'info', 0, 0),
    ],
    TEXT,
  );
  expect(items[0]!.fix!.edits).toEqual([{ start: 0, end: 4, text: '•' }]);
  expect(items[1]!.excerpts).toEqual([]);
});

test('severity, rule ids, the view, the tab state and the log event', () => {
  expect(topSeverity([])).toBe('none');
  expect(topSeverity([{ severity: 'info' }, { severity: 'warning' }])).toBe('warning');
  const items = itemsOf(
    [f('personal-info', 'high', 5, 17), f('partisan', 'info', 35, 47), f('disclaimer', 'info', 0, 0)],
    TEXT,
  );
  expect(ruleIds(items)).toEqual(['disclaimer', 'partisan', 'personal-info']);
  const state: BoxState = {
    box: { site: 'x', surface: 'reply', element: null!, anchor: null! },
    decision: { account: 'official', source: 'official-match' },
    items,
    notice: null,
    busy: false,
  };
  const view = viewOf(state, 'fr', true, null);
  expect(view).toMatchObject({ lang: 'fr', severity: 'high', surface: 'reply', review: null });
  expect(view.account).toEqual({ kind: 'official', source: 'official-match', canSwitch: false });
  expect(
    viewOf({ ...state, decision: { account: 'personal', source: 'default' } }, 'en', true, null).account.canSwitch,
  ).toBe(true);
  expect(
    viewOf({ ...state, decision: { account: 'personal', source: 'default' } }, 'en', false, null).account.canSwitch,
  ).toBe(false);
  expect(tabState(state, 2, false)).toEqual({
    site: 'x',
    account: 'official',
    accountSource: 'official-match',
    accountLocked: false,
    boxes: 2,
    counts: { high: 1, warning: 0, info: 2 },
    rules: ['disclaimer', 'partisan', 'personal-info'],
    recognition: 'precise',
  });
  expect(tabState({ ...state, box: { ...state.box, generic: true } }, 1, false).recognition).toBe('generic');
  const event = logEvent(state, 'review-posted-anyway', items);
  expect(event).toEqual({
    action: 'review-posted-anyway',
    rules: ['personal-info', 'partisan', 'disclaimer'],
    severities: ['high', 'info', 'info'],
    site: 'x',
    account: 'official',
    surface: 'reply',
  });
  expect(JSON.stringify(event)).not.toMatch(/902|Liberal|message/); // never text
});

test('only settings and account choices (and the managed policy) refresh the guidance', async () => {
  const { ACCOUNT_KEY, USER_KEY } = await import('@/lib/background/settings-store');
  const { SETTINGS_KEYS, isSettingsChange } = await import('@/lib/compose/settings-change');
  expect([...SETTINGS_KEYS]).toEqual([USER_KEY, ACCOUNT_KEY]);
  expect(isSettingsChange({ userSettings: {} }, 'local')).toBe(true);
  expect(isSettingsChange({ accountChoices: {} }, 'local')).toBe(true);
  expect(isSettingsChange({ anything: 1 }, 'managed')).toBe(true);
  expect(isSettingsChange({ 'tab:7': {} }, 'local')).toBe(false); // tab states (local when no session area)
  expect(isSettingsChange({ reminders: {} }, 'local')).toBe(false);
  expect(isSettingsChange({ userSettings: {} }, 'session')).toBe(false);
});
