/**
 * Moderation's own word lists (lib/moderation/data/words.json) and thresholds: each list says
 * what it is for; every phrase is written as the judge reads text (folded: lower case, no accents,
 * apostrophes and hyphens as spaces); no phrase twice in a list; none that the engine's
 * profanity list would make moot by listing it mild.
 */
import { describe, expect, it } from 'vitest';
import words from '@/lib/moderation/data/words.json';
import thresholds from '@/lib/moderation/data/thresholds.json';
import { normalize } from '@/lib/detect/normalize';
import { tokenize } from '@/lib/detect/tokens';
import tone from '@/lib/data/tone.json';

/** Every phrase list of the file, by its path. */
function lists(value: unknown, path = ''): Array<[string, string[]]> {
  if (Array.isArray(value)) return [[path, value as string[]]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'note' || k === 'comment' ? [] : lists(v, `${path}.${k}`)));
}

describe('lib/moderation/data/words.json', () => {
  it('gives every list a note', () => {
    for (const [key, value] of Object.entries(words)) {
      if (key === 'comment') continue;
      expect(typeof (value as { note?: unknown }).note, key).toBe('string');
    }
    const threat = words.threat as Record<string, unknown>;
    expect(typeof (threat.objects as { note?: unknown }).note).toBe('string');
  });

  it('writes every phrase folded, as the judge reads a comment', () => {
    const all = lists(words);
    expect(all.length).toBeGreaterThan(10);
    for (const [path, phrases] of all) {
      expect(phrases.length, path).toBeGreaterThan(0);
      for (const phrase of phrases) {
        const folded = tokenize(normalize(phrase))
          .map((t) => t.text)
          .join(' ');
        expect(folded, `${path}: "${phrase}"`).toBe(phrase);
      }
    }
  });

  it('lists no phrase twice in one list', () => {
    for (const [path, phrases] of lists(words)) expect(new Set(phrases).size, path).toBe(phrases.length);
  });

  it('calls mild only words the engine lists as profanity', () => {
    const profane = new Set(Object.values(tone.words.profanity).flat());
    for (const w of words.mildProfanity.words) expect(profane.has(w) || profane.has(`${w}*`), w).toBe(true);
  });
});

describe('lib/moderation/data/thresholds.json', () => {
  it('holds two probabilities', () => {
    for (const p of Object.values(thresholds.thresholds)) {
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    expect(Object.keys(thresholds.thresholds).sort()).toEqual(['harassment', 'hateful']);
  });
});
