import { describe, expect, it } from 'vitest';
import { moderationAdvice, moderationCountText, reasonTitle } from '@/lib/moderation/advice';
import { MODERATION_REASONS } from '@/lib/moderation/types';
import type { Site } from '@/lib/types';

const SITES: Site[] = ['facebook', 'youtube', 'x', 'other'];

describe('moderationAdvice', () => {
  it('has the concern, the terms of use and a step for every reason, site and language', () => {
    for (const site of SITES) {
      const en = moderationAdvice(MODERATION_REASONS, site, 'en');
      const fr = moderationAdvice(MODERATION_REASONS, site, 'fr');
      expect(en.map((a) => a.reason)).toEqual(MODERATION_REASONS);
      for (const [i, a] of en.entries()) {
        const b = fr[i]!;
        for (const key of ['concern', 'terms', 'action'] as const) {
          expect(a[key].length, `${site} ${a.reason} ${key}`).toBeGreaterThan(5);
          expect(b[key], `${site} ${a.reason} ${key}`).not.toBe(a[key]);
        }
      }
    }
  });

  it('puts the most serious reason first, whatever the order asked', () => {
    expect(moderationAdvice(['spam', 'partisan', 'threat'], 'x', 'en').map((a) => a.reason)).toEqual([
      'threat',
      'spam',
      'partisan',
    ]);
    expect(moderationAdvice([], 'x', 'en')).toEqual([]);
  });

  it('says how to do it on each site', () => {
    expect(moderationAdvice(['profanity'], 'facebook', 'en')[0]!.action).toContain('Hide comment');
    expect(moderationAdvice(['profanity'], 'youtube', 'en')[0]!.action).toContain('YouTube Studio');
    expect(moderationAdvice(['profanity'], 'x', 'en')[0]!.action).toContain('Hide reply');
    expect(moderationAdvice(['profanity'], 'x', 'fr')[0]!.action).toContain('Masquer la réponse');
  });

  it('invites a private message for personal information, without repeating it', () => {
    const [en] = moderationAdvice(['personal-info'], 'facebook', 'en');
    expect(en!.action).toMatch(/private message/);
    expect(en!.action).toMatch(/without repeating/);
    expect(moderationAdvice(['personal-info'], 'facebook', 'fr')[0]!.action).toMatch(/message privé/);
  });

  it('says how to report a threat, and never suggests removing a partisan comment', () => {
    for (const site of SITES) {
      expect(moderationAdvice(['threat'], site, 'en')[0]!.action).toMatch(/report.*911|911/s);
      expect(moderationAdvice(['threat'], site, 'fr')[0]!.action).toMatch(/signal.*911/s);
      const partisan = moderationAdvice(['partisan'], site, 'en')[0]!;
      expect(partisan.action).toMatch(/Nothing to remove/);
      expect(partisan.concern).toMatch(/for information/);
    }
  });

  it('says that criticism is not harassment', () => {
    expect(moderationAdvice(['harassment'], 'x', 'en')[0]!.terms).toMatch(/not disagreement/);
    expect(reasonTitle('harassment', 'fr')).toBe('Du harcèlement envers une personne');
  });
});

describe('moderationCountText', () => {
  it('counts comments in both languages', () => {
    expect(moderationCountText(3, 'en')).toBe('3 comments may need moderation on this page');
    expect(moderationCountText(1, 'en')).toBe('1 comment may need moderation on this page');
    expect(moderationCountText(2, 'fr')).toBe('2 commentaires pourraient nécessiter une modération sur cette page');
    expect(moderationCountText(1, 'fr')).toBe('1 commentaire pourrait nécessiter une modération sur cette page');
  });
});
