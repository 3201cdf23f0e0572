/**
 * government-email (RULES.md): a provincial government email address
 * (@novascotia.ca, @gov.ns.ca) in a personal-account post. Personal warning;
 * never on official accounts. Fix: remove the address without a double space.
 */
import {
  expectFires,
  expectSilent,
  fixed,
  official,
  personal,
  ruleFindings,
  settingsSuite,
  unknown,
  type Negative,
  type Positive,
} from './helpers';

const RULE = 'government-email';

const positives: Positive[] = [
  {
    text: 'Email me at j.macneil@novascotia.ca about the bake sale.',
    ctx: personal,
    severity: 'warning',
    words: 'j.macneil@novascotia.ca',
  },
  {
    text: 'Reach me at sarah.leblanc@gov.ns.ca if the kayak is still for sale.',
    ctx: personal,
    severity: 'warning',
    words: 'sarah.leblanc@gov.ns.ca',
  },
  {
    text: 'Contact: Pat.Doe@NovaScotia.ca for the hockey pool.',
    ctx: unknown,
    severity: 'warning',
    words: 'Pat.Doe@NovaScotia.ca',
  },
  {
    text: 'My work email is a.doucet@novascotia.ca if you need me.',
    ctx: personal,
    severity: 'warning',
    words: 'a.doucet@novascotia.ca',
  },
  {
    text: 'Questions about the yard sale? jane.doe@health.novascotia.ca',
    ctx: personal,
    severity: 'warning',
    words: 'jane.doe@health.novascotia.ca',
  },
  { text: 'Contact me: JDOE@GOV.NS.CA', ctx: personal, severity: 'warning', words: 'JDOE@GOV.NS.CA' },
  // French
  {
    text: 'Écrivez-moi à marc.comeau@novascotia.ca pour la vente de garage.',
    ctx: personal,
    severity: 'warning',
    words: 'marc.comeau@novascotia.ca',
  },
  {
    text: 'Mon courriel : julie.theriault@gov.ns.ca',
    ctx: personal,
    severity: 'warning',
    words: 'julie.theriault@gov.ns.ca',
  },
];

const negatives: Negative[] = [
  { text: 'Email j.macneil@novascotia.ca for a copy of the report.', ctx: official },
  { text: 'Questions about the rebate? Email info@novascotia.ca.', ctx: personal },
  { text: 'Email me at jdoe@gmail.com about the bake sale.', ctx: personal },
  { text: 'Eligibility details are at novascotia.ca/heating.', ctx: personal },
  { text: 'Book your tour: bob@novascotiatours.ca', ctx: personal },
  { text: 'Write to jane@mynovascotia.ca for tickets.', ctx: personal },
  { text: 'Écrivez-moi à marie@videotron.ca pour les billets.', ctx: personal },
  { text: 'Le premier jour du marché, écrivez à info@marcheacadien.ca.', ctx: personal },
];

const fixes: Array<{ text: string; expected: string; lang?: 'en' | 'fr' }> = [
  { text: 'Email me at j.macneil@novascotia.ca about the bake sale.', expected: 'Email me at about the bake sale.' },
  { text: 'Selling my kayak. j.macneil@novascotia.ca', expected: 'Selling my kayak.' },
  {
    text: 'Écrivez-moi à marc.comeau@novascotia.ca pour la vente.',
    expected: 'Écrivez-moi à pour la vente.',
    lang: 'fr',
  },
];

describe('government-email', () => {
  test.each(positives)('fires: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(negatives)('does not fire: $text', (c) => {
    expectSilent(RULE, c);
  });

  test.each(fixes)('the fix removes the address: $text', ({ text, expected, lang }) => {
    const out = fixed(RULE, text, personal, lang);
    expect(out).not.toMatch(/ {2}/);
    expect(out).not.toMatch(/@/);
    expect(out.trim()).toBe(expected);
  });

  test('a named government address is government-email, not personal-info', () => {
    expect(ruleFindings('personal-info', 'Email me at j.macneil@novascotia.ca about the bake sale.', personal)).toEqual(
      [],
    );
  });

  settingsSuite(RULE, {
    text: 'Email me at j.macneil@novascotia.ca about the bake sale.',
    ctx: personal,
    severity: 'warning',
  });
});
