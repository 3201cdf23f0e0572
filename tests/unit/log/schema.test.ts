import { LOG_ACTIONS, parseActivity, parseLogEvent, parseLogRow } from '@/lib/log/schema';
import { row } from './helpers';

const event = { action: 'guidance-shown', site: 'x', account: 'personal', rules: ['partisan'], severities: ['high'] };

describe('log event schema', () => {
  test('accepts every action with rule ids, severities, site, account and surface', () => {
    for (const action of LOG_ACTIONS) {
      expect(parseLogEvent({ ...event, action, surface: 'reply' }).ok).toBe(true);
    }
  });

  test.each([
    ['text', { text: 'Vote for my party tomorrow!' }],
    ['draft', { draft: 'hello' }],
    ['name', { name: 'Jane Doe' }],
    ['handle', { handle: '@jane_doe' }],
    ['url', { url: 'https://x.com/jane_doe' }],
    ['message', { message: 'It’s work hours' }],
  ])('rejects an unknown key: %s', (_key, extra) => {
    const result = parseLogEvent({ ...event, ...extra });
    expect(result.ok).toBe(false);
    // The reason never echoes the value.
    if (!result.ok) expect(result.reason).not.toContain(String(Object.values(extra)[0]));
  });

  test.each([
    ['a rule id that is free text', { rules: ['Vote for my party tomorrow!'] }],
    ['a severity that is free text', { severities: ['jane'] }],
    ['a site that is free text', { site: 'jane_doe' }],
    ['an account that is a handle', { account: '@jane_doe' }],
    ['an unknown action', { action: 'typed' }],
    ['a surface that is free text', { surface: 'my post' }],
    ['rules as a string', { rules: 'partisan' }],
  ])('rejects %s', (_what, over) => {
    expect(parseLogEvent({ ...event, ...over }).ok).toBe(false);
  });

  test('rejects what is not an object', () => {
    for (const value of [null, undefined, 'text', 42, [event]]) expect(parseLogEvent(value).ok).toBe(false);
  });
});

describe('log row schema', () => {
  test('accepts a row and an activity row', () => {
    expect(parseLogRow(row()).ok).toBe(true);
    expect(parseLogRow(row({ action: 'activity', seconds: 60, workTime: true, typing: true, rules: [] })).ok).toBe(
      true,
    );
  });

  test('rejects text smuggled into a row', () => {
    expect(parseLogRow({ ...row(), text: 'secret draft' }).ok).toBe(false);
    expect(parseLogRow({ ...row(), day: 'secret draft' }).ok).toBe(false);
    expect(parseLogRow({ ...row(), seconds: 'sixty' }).ok).toBe(false);
  });
});

describe('activity request schema', () => {
  const activity = { type: 'activity', site: 'facebook', account: 'personal', seconds: 60, typing: false };
  test('accepts a report, with or without a post', () => {
    expect(parseActivity(activity).ok).toBe(true);
    expect(parseActivity({ ...activity, posted: true, surface: 'comment' }).ok).toBe(true);
  });
  test('rejects text, negative or huge seconds', () => {
    expect(parseActivity({ ...activity, text: 'hello' }).ok).toBe(false);
    expect(parseActivity({ ...activity, seconds: -1 }).ok).toBe(false);
    expect(parseActivity({ ...activity, seconds: 1e9 }).ok).toBe(false);
  });
});
