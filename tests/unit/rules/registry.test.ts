/**
 * Every rule is complete: its entry in lib/rules/ids.ts (titles, the policy it
 * cites), its file and its test, its registration, and its section in
 * docs/rules.md under its long title ("Adding a rule" there is the checklist).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULE_CATALOGUE, RULE_IDS } from '@/lib/rules/ids';
import { RULES } from '@/lib/rules/index';
import { SECTIONS } from '@/lib/rules/policy';

const ROOT = resolve(__dirname, '../../..');
const DOCS = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');

describe.each(RULE_IDS)('%s', (id) => {
  const entry = RULE_CATALOGUE[id];

  test('has its titles, long and short, in English and French, and cites a section in the policy’s words', () => {
    for (const words of [entry.title, entry.short, entry.quote]) {
      expect(words.en.trim()).not.toBe('');
      expect(words.fr.trim()).not.toBe('');
    }
    expect(entry.short.en.length).toBeLessThanOrEqual(entry.title.en.length + 10);
    expect(SECTIONS[entry.section]).toBeDefined();
  });

  test('has its file, registered under its id, citing what its entry says', () => {
    expect(existsSync(join(ROOT, `lib/rules/${id}.ts`))).toBe(true);
    expect(RULES[id].id).toBe(id);
    expect(RULES[id].policy.quote).toBe(entry.quote.en);
    expect(RULES[id].policy.anchor).toBe(SECTIONS[entry.section].anchor);
  });

  test('has its test', () => {
    expect(existsSync(join(ROOT, `tests/unit/rules/${id}.test.ts`))).toBe(true);
  });

  test('has its section in docs/rules.md under its long title', () => {
    expect(DOCS).toContain(`### \`${id}\` — ${entry.title.en}\n`);
  });
});

test('every file of lib/rules that defines a rule is named after a rule id', () => {
  const files = readdirSync(join(ROOT, 'lib/rules')).filter(
    (f) => f.endsWith('.ts') && readFileSync(join(ROOT, 'lib/rules', f), 'utf8').includes('defineRule({'),
  );
  const ids = new Set<string>(RULE_IDS);
  expect(files.map((f) => f.replace(/\.ts$/, '')).filter((f) => !ids.has(f))).toEqual([]);
});

test('docs/rules.md has no section for a rule that does not exist', () => {
  const sections = [...DOCS.matchAll(/^### `([a-z-]+)` — /gm)].map((m) => m[1]);
  expect(sections).toEqual(RULE_IDS);
});
