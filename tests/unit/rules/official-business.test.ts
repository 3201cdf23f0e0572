/**
 * official-business (RULES.md): official government business done from a personal
 * account: announcements, "on behalf of the department", service delivery ("send me
 * your application number"). Personal high; never on official accounts.
 */
import {
  expectFires,
  expectSilent,
  official,
  personal,
  settingsSuite,
  unknown,
  type Negative,
  type Positive,
} from './helpers';

const RULE = 'official-business';

const positives: Positive[] = [
  {
    // An address asked for a government program's application is service from a personal account.
    text: 'Applying for the Heat Pump Rebate? DM me your address and I’ll get it started.',
    ctx: personal,
    severity: 'high',
    words: 'DM me your address',
  },
  {
    text: 'We are pleased to announce that the Small Business Energy Rebate opens December 1.',
    ctx: personal,
    severity: 'high',
    words: /pleased to announce/,
  },
  {
    text: 'On behalf of the Department of Health, thank you to all our nurses.',
    ctx: personal,
    severity: 'high',
    words: /On behalf of the Department/,
  },
  {
    text: 'DM me your application number and I’ll check where it’s at.',
    ctx: personal,
    severity: 'high',
    words: /DM me your application number|check/,
  },
  {
    text: 'Send me your file number and I can expedite it.',
    ctx: unknown,
    severity: 'high',
    words: /Send me your file number|expedite/,
  },
  {
    text: 'Applications for the Heating Assistance Rebate Program are now open, apply today!',
    ctx: personal,
    severity: 'high',
    words: /now open|apply today/i,
  },
  // French
  {
    text: 'Au nom du ministère, merci à tous les bénévoles du festival.',
    ctx: personal,
    severity: 'high',
    words: /Au nom du ministère/,
  },
  {
    text: 'Envoyez-moi votre numéro de dossier et je vais traiter votre demande.',
    ctx: personal,
    severity: 'high',
    words: /Envoyez-moi votre|je vais traiter/,
  },
  {
    text: 'Nous sommes heureux d’annoncer que les demandes pour la subvention aux aînés sont ouvertes.',
    ctx: personal,
    severity: 'high',
    words: /heureux d’annoncer|demandes pour la subvention aux aînés sont ouvertes/,
  },
];

const negatives: Negative[] = [
  { text: 'We are pleased to announce that the Small Business Energy Rebate opens December 1.', ctx: official },
  { text: 'DM us your application number and we’ll check where it’s at.', ctx: official },
  { text: 'We’re pleased to announce our engagement!', ctx: personal },
  // An address asked of a friend is not a case: only beside a government program.
  { text: 'Hey Jen, can you send me your address? We’re mailing the party invites.', ctx: personal },
  { text: 'Sure, DM me your address and I’ll drop off the mackerel Saturday.', ctx: personal },
  { text: 'Envoie-moi ton adresse pour l’invitation au mariage!', ctx: personal },
  { text: 'Send me your recipe for fishcakes, please!', ctx: personal },
  { text: 'The province announced the new rebate today; details at novascotia.ca.', ctx: personal },
  { text: 'On behalf of the hockey team, thanks to our sponsors.', ctx: personal },
  { text: 'Au nom de toute la famille, merci pour vos messages.', ctx: personal },
  { text: 'Le premier jour des inscriptions au club de soccer, c’est lundi.', ctx: personal },
];

describe('official-business', () => {
  test.each(positives)('fires: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(negatives)('does not fire: $text', (c) => {
    expectSilent(RULE, c);
  });

  settingsSuite(RULE, {
    text: 'DM me your application number and I’ll check where it’s at.',
    ctx: personal,
    severity: 'high',
  });
});
