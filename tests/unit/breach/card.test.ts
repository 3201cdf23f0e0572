import { breachCard, offersBreachCard, readableTime, type BreachContext } from '@/lib/breach/card';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const AT = Date.UTC(2026, 10, 24, 14, 42); // 10:42 in Halifax
const ctx = (over: Partial<BreachContext> = {}): BreachContext => ({
  origin: 'posted-anyway',
  site: 'x',
  at: AT,
  lang: 'en',
  timeZone: 'America/Halifax',
  ...over,
});
const OFFICER = {
  name: 'Pat Example',
  title: 'Privacy Officer, Department of Agriculture',
  phone: '(902) 555-0142',
  email: 'privacy.agri@novascotia.ca',
};

describe('when the card is due', () => {
  test('a high personal-information finding among the post’s findings', () => {
    expect(offersBreachCard({ rules: ['disclaimer', 'personal-info'], severities: ['info', 'high'] })).toBe(true);
  });
  test('not for personal information at a lower severity, nor for other high findings', () => {
    expect(offersBreachCard({ rules: ['personal-info'], severities: ['warning'] })).toBe(false);
    expect(offersBreachCard({ rules: ['partisan', 'personal-info'], severities: ['high', 'info'] })).toBe(false);
    expect(offersBreachCard({ rules: [], severities: [] })).toBe(false);
  });
});

describe('the card', () => {
  test('what to do now, in order, with when and where filled in', () => {
    const card = breachCard(DEFAULT_SETTINGS, ctx());
    expect(card.title).toBe('This may be a privacy breach');
    const [intro, steps] = card.body;
    expect(intro).toMatch(/personal information/);
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(/^Remove or hide the post/);
    expect(steps[1]).toContain('X, November 24, 2026');
    expect(steps[1]).toContain('10:42');
    expect(steps[2]).toBe('Tell your manager.');
    expect(card.quote).toMatch(/^Privacy breaches that may occur are the responsibility of the departments/);
    expect(card.anchor).toBe('policy-directives');
  });

  test('reported to the department’s privacy officer when the settings name one, a line each', () => {
    const card = breachCard({ privacyContact: OFFICER }, ctx());
    expect(card.body[2].split('\n')).toEqual([
      'Report it to your department’s privacy officer:',
      'Pat Example',
      'Privacy Officer, Department of Agriculture',
      'Phone: (902) 555-0142',
      'Email: privacy.agri@novascotia.ca',
    ]);
  });

  test('an email alone is enough for a privacy contact; empty fields leave no empty line', () => {
    const card = breachCard(
      { privacyContact: { name: '', title: '', phone: '', email: 'privacy@novascotia.ca' } },
      ctx(),
    );
    expect(card.body[2]).toBe('Report it to your department’s privacy officer:\nEmail: privacy@novascotia.ca');
  });

  test('without a privacy officer, the manager', () => {
    const card = breachCard(DEFAULT_SETTINGS, ctx());
    expect(card.body[2]).toBe(
      'Report it to your manager or supervisor, who will involve your department’s privacy officer.',
    );
  });

  test('a moderator’s mark on a comment: hide it and invite the person to a private message', () => {
    const card = breachCard(DEFAULT_SETTINGS, ctx({ origin: 'moderation', site: 'facebook' }));
    expect(card.body[0]).toMatch(/^This comment shows someone’s personal information/);
    expect(card.body[1][0]).toMatch(/^Hide or delete the comment.*private message/);
    expect(card.body[1][1]).toContain('Facebook');
  });

  test('in French', () => {
    const card = breachCard({ privacyContact: OFFICER }, ctx({ lang: 'fr', site: 'youtube' }));
    expect(card.lang).toBe('fr');
    expect(card.title).toBe('Il pourrait s’agir d’une atteinte à la vie privée');
    expect(card.body[1][1]).toContain('YouTube, 24 novembre 2026');
    expect(card.body[2]).toContain('Téléphone : (902) 555-0142');
    expect(card.quote).toMatch(/^Les atteintes à la vie privée/);
    expect(card.close).toBe('Fermer');
  });

  test('a site Postwise does not name is "this site"', () => {
    expect(breachCard(DEFAULT_SETTINGS, ctx({ site: 'other' })).body[1][1]).toContain('this site,');
  });

  test('readableTime follows the time zone', () => {
    expect(readableTime(AT, 'en', 'America/Vancouver')).toContain('6:42');
    expect(readableTime(AT, 'en', 'America/Halifax')).toContain('10:42');
  });
});
