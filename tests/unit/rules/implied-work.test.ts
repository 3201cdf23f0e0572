/**
 * Official business and internal government information from a personal account
 * are about the writer's work (RULES.md, "work-related": a department, office,
 * program or service): the rules that follow from the work signal
 * (self-identify, disclaimer, authorization, and the "warning if work-related"
 * severities) apply to them even when no other work words are present.
 */
import { describe, expect, test } from 'vitest';
import { run, official, personal } from './helpers';

const LEAK = 'Embargoed until Tuesday: the new rebate doubles.';

describe('rules that imply work', () => {
  test('a leak from a personal account is work-related: self-identify points at the leaked words', () => {
    const found = run(LEAK, personal);
    const rules = found.map((f) => f.rule);
    expect(rules).toContain('confidential');
    expect(rules).toEqual(expect.arrayContaining(['self-identify', 'disclaimer', 'authorization']));
    const self = found.find((f) => f.rule === 'self-identify')!;
    expect(LEAK.slice(self.start, self.end)).toBe('Embargoed');
  });

  test('the draft is still about work when a manager turned the confidential rule off', () => {
    const found = run(LEAK, personal, { rules: { confidential: { enabled: false } } });
    const rules = found.map((f) => f.rule);
    expect(rules).not.toContain('confidential');
    expect(rules).toContain('self-identify');
  });

  test('a partisan remark beside a leak takes the work-related severity', () => {
    const text = "Don't share this, but the cabinet document says the ferry is cut. Vote the Tories out!";
    const partisan = run(text, personal).find((f) => f.rule === 'partisan');
    expect(partisan?.severity).toBe('warning');
    expect(run('Vote the Tories out!', personal).find((f) => f.rule === 'partisan')?.severity).toBe('info');
  });

  test('nothing is implied on an official account, nor where no such rule fired', () => {
    expect(run(LEAK, official).map((f) => f.rule)).toEqual(['confidential']);
    const novel = run("The draft of my novel isn't public yet, my editor has it 😅", personal);
    expect(novel.map((f) => f.rule)).toEqual([]);
  });
});
