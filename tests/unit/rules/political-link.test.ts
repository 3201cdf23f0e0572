/**
 * political-link (RULES.md): a link to, or @mention/handle of, a politician's (the
 * Premier's included) or political party's website or social account. Non-partisan
 * institutions (the Legislature, Elections Nova Scotia, government sites and
 * accounts) do not count. Severity: personal info, warning if work-related; official high.
 * Fix: remove the link without leaving a double space.
 */
import {
  ctx,
  expectFires,
  expectSilent,
  fixed,
  official,
  personal,
  settingsSuite,
  type Negative,
  type Positive,
} from './helpers';

const RULE = 'political-link';

const positives: Positive[] = [
  // English, personal: info
  {
    text: 'Read the housing plan at https://www.liberal.ns.ca/housing',
    ctx: personal,
    severity: 'info',
    words: 'https://www.liberal.ns.ca/housing',
  },
  {
    text: 'Interesting thread from @TimHoustonNS this morning.',
    ctx: personal,
    severity: 'info',
    words: '@TimHoustonNS',
  },
  {
    text: 'Saw this on facebook.com/ClaudiaChender earlier.',
    ctx: personal,
    severity: 'info',
    words: /facebook\.com\/ClaudiaChender/,
  },
  {
    text: 'Their platform is online at nsndp.ca if anyone is curious.',
    ctx: personal,
    severity: 'info',
    words: 'nsndp.ca',
  },
  {
    text: 'Video: https://x.com/PierrePoilievre/status/1234567890',
    ctx: personal,
    severity: 'info',
    words: 'https://x.com/PierrePoilievre/status/1234567890',
  },
  {
    text: 'RT @liberal_party: Happy Thanksgiving, everyone!',
    ctx: ctx(personal, { surface: 'quote' }),
    severity: 'info',
    words: '@liberal_party',
  },
  { text: 'Check out instagram.com/nsndp', ctx: personal, severity: 'info', words: 'instagram.com/nsndp' },
  {
    text: 'Federal platform: https://www.ndp.ca/platform',
    ctx: personal,
    severity: 'info',
    words: 'https://www.ndp.ca/platform',
  },
  { text: 'Thanks @PremierHouston for stopping by.', ctx: personal, severity: 'info', words: '@PremierHouston' },
  // French, personal: info
  { text: 'Suivez @NSNDP pour les nouvelles de la campagne.', ctx: personal, severity: 'info', words: '@NSNDP' },
  {
    text: 'Le programme complet : https://pcpartyns.ca/plateforme',
    ctx: personal,
    severity: 'info',
    words: 'https://pcpartyns.ca/plateforme',
  },
  { text: 'Ce discours de @MarkJCarney était intéressant.', ctx: personal, severity: 'info', words: '@MarkJCarney' },
  // personal, work-related: warning
  {
    text: 'Our team at the Department of Energy got a shout-out from @TimHoustonNS today.',
    ctx: personal,
    severity: 'warning',
    words: '@TimHoustonNS',
  },
  // official: high
  {
    text: 'Details at https://www.greenpartyns.ca/events',
    ctx: official,
    severity: 'high',
    words: 'https://www.greenpartyns.ca/events',
  },
  {
    text: 'Merci à @ClaudiaChender pour sa visite au centre.',
    ctx: official,
    severity: 'high',
    words: '@ClaudiaChender',
  },
];

const negatives: Negative[] = [
  { text: 'Thanks @nsgov for the storm update.', ctx: personal },
  { text: 'Thanks @ElectionsNS and @NSLegislature for the tour.', ctx: official },
  { text: 'Register or check your voter info at https://www.electionsnovascotia.ca', ctx: personal },
  { text: 'Watch question period live at https://nslegislature.ca', ctx: official },
  { text: 'Eligibility details: https://novascotia.ca/heating', ctx: official },
  { text: 'Follow @NSHealth for clinic hours.', ctx: official },
  { text: 'Loving the new solar map from @GreenEnergyNS, green energy for all!', ctx: personal },
  { text: 'Photos from our trip to Houston, Texas: https://www.visithoustontexas.com/events', ctx: personal },
  {
    text: 'Good explainer on the rent cap: https://www.halifaxexaminer.ca/government/rent-cap-explained/',
    ctx: personal,
  },
  { text: 'My liberal arts college: https://www.ukings.ca', ctx: personal },
  { text: 'Suivez @NSGovFR pour les nouvelles en français.', ctx: official },
  { text: 'Le premier jour du festival : https://www.festivalacadien.ca', ctx: personal },
];

const fixes: Array<{ text: string; expected: string; lang?: 'en' | 'fr' }> = [
  { text: 'Big news https://nsndp.ca/news for everyone', expected: 'Big news for everyone' },
  { text: 'More here: https://nsndp.ca', expected: 'More here:' },
  { text: '@TimHoustonNS great speech today', expected: 'great speech today' },
  { text: 'Voir https://pcpartyns.ca/plateforme pour les détails.', expected: 'Voir pour les détails.', lang: 'fr' },
];

describe('political-link', () => {
  test.each(positives)('fires: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(negatives)('does not fire: $text', (c) => {
    expectSilent(RULE, c);
  });

  test.each(fixes)('the fix removes the link: $text', ({ text, expected, lang }) => {
    const out = fixed(RULE, text, personal, lang);
    expect(out).not.toMatch(/ {2}/);
    expect(out.trim()).toBe(expected);
  });

  test('extraParties adds a party’s domains and handles', () => {
    const settings = {
      extraParties: [{ name: 'Bluenose Party', domains: ['bluenoseparty.ca'], handles: ['@BluenoseParty'] }],
    };
    const site = 'Their plan: https://bluenoseparty.ca/plan';
    const handle = 'Nice post from @BluenoseParty today.';
    expectSilent(RULE, { text: site, ctx: personal });
    expectSilent(RULE, { text: handle, ctx: personal });
    expectFires(RULE, {
      text: site,
      ctx: personal,
      severity: 'info',
      words: 'https://bluenoseparty.ca/plan',
      settings,
    });
    expectFires(RULE, { text: handle, ctx: personal, severity: 'info', words: '@BluenoseParty', settings });
  });

  test('extraPoliticians adds a politician’s handle', () => {
    const text = 'Good chat with @mdoucette42 at the market.';
    expectSilent(RULE, { text, ctx: personal });
    expectFires(RULE, {
      text,
      ctx: personal,
      severity: 'info',
      words: '@mdoucette42',
      settings: { extraPoliticians: ['@mdoucette42'] },
    });
  });

  settingsSuite(RULE, { text: 'Interesting thread from @TimHoustonNS this morning.', ctx: personal, severity: 'info' });
});
