/**
 * Moderation's judge on the labelled corpus of citizens' comments (tests/moderation/comments.jsonl):
 * no mark on benign comments or criticism of government, however harsh, and each reason found.
 * Thresholds are chosen on the tuning authors only; the figures that count are measured on
 * authors the lists and thresholds were never adjusted on (the 'test' split, lib/moderation/tune.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THRESHOLDS } from '@/lib/moderation/judge';
import { score, splitOf, tuneThresholds, type Figures, type LabelledComment } from '@/lib/moderation/tune';
import { MODERATION_REASONS } from '@/lib/moderation/types';

const CORPUS: LabelledComment[] = readFileSync(new URL('../../moderation/comments.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as LabelledComment);

const bySplit = (split: string) => CORPUS.filter((c) => splitOf(c.author) === split);

function report(name: string, f: Figures): string {
  const recall = MODERATION_REASONS.map((r) => {
    const e = f.recall[r];
    return e ? `${r} ${e.found}/${e.labelled} (${Math.round(e.recall * 100)}%)` : `${r} -`;
  }).join(', ');
  return `${name}: ${f.comments} comments; false marks ${f.falseMarks}/${f.clean} (${(f.falseMarkRate * 100).toFixed(1)}%); recall ${recall}; extra reasons ${f.extraReasons}`;
}

describe('the corpus', () => {
  it('is large enough, about 40% French, mostly clean, with every reason and many authors', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(250);
    const french = CORPUS.filter((c) => c.lang === 'fr').length / CORPUS.length;
    expect(french).toBeGreaterThanOrEqual(0.35);
    expect(french).toBeLessThanOrEqual(0.5);
    const clean = CORPUS.filter((c) => !c.reasons.length);
    expect(clean.length / CORPUS.length).toBeGreaterThan(0.5);
    expect(clean.filter((c) => c.kind === 'criticism').length).toBeGreaterThanOrEqual(80);
    for (const r of MODERATION_REASONS)
      expect(CORPUS.filter((c) => c.reasons.includes(r)).length).toBeGreaterThanOrEqual(10);
    expect(new Set(CORPUS.map((c) => c.author)).size).toBeGreaterThanOrEqual(20);
    for (const c of CORPUS) {
      expect(['benign', 'criticism', 'moderation']).toContain(c.kind);
      expect(c.kind === 'moderation').toBe(c.reasons.length > 0);
      expect(['facebook', 'x', 'youtube']).toContain(c.site);
    }
  });

  it('splits by author: no author in two splits', () => {
    const splits = new Map<string, Set<string>>();
    for (const c of CORPUS)
      (splits.get(c.author) ?? splits.set(c.author, new Set()).get(c.author)!).add(splitOf(c.author));
    for (const s of splits.values()) expect(s.size).toBe(1);
    expect(bySplit('tune').length).toBeGreaterThan(400);
    expect(bySplit('test').length).toBeGreaterThan(40);
  });
});

describe('moderateComment on the corpus', () => {
  it('ships the thresholds chosen on the tuning authors', () => {
    expect(tuneThresholds(bySplit('tune'))).toEqual(THRESHOLDS);
  }, 60_000);

  const figures = { tune: score(bySplit('tune')), test: score(bySplit('test')), all: score(CORPUS) };
  for (const [name, f] of Object.entries(figures)) console.log(report(name, f));

  it('marks no more than 2% of benign and critical comments, on the authors it was developed on and on unseen ones', () => {
    expect(figures.tune.falseMarkRate).toBeLessThanOrEqual(0.02);
    expect(figures.test.falseMarkRate).toBeLessThanOrEqual(0.02);
    expect(figures.test.clean).toBeGreaterThanOrEqual(25);
  });

  it('finds at least 80% of each reason on the authors it was developed on', () => {
    for (const r of MODERATION_REASONS) expect(figures.tune.recall[r]?.recall, r).toBeGreaterThanOrEqual(0.8);
  });

  it('finds at least 80% of profanity, personal information, spam and partisan comments on unseen authors', () => {
    for (const r of ['profanity', 'personal-info', 'spam', 'partisan'] as const) {
      expect(figures.test.recall[r]?.labelled, r).toBeGreaterThanOrEqual(3);
      expect(figures.test.recall[r]?.recall, r).toBeGreaterThanOrEqual(0.8);
    }
    // Threats, harassment and abuse are phrased in endless ways: on unseen authors the word lists and
    // the judgment model at moderation's threshold find far fewer (printed above; measured round by
    // round in docs/moderation-judge.md, "The corpus and the figures"). Not asserted: not yet there.
    for (const r of ['threat', 'harassment', 'abuse'] as const)
      expect(figures.test.recall[r]?.labelled, r).toBeGreaterThanOrEqual(3);
  });
});
