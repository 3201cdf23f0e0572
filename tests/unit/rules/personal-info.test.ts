/**
 * personal-info (RULES.md): an identifiable person's information, the writer's own
 * included: phone number, personal email address, SIN, health card number, street
 * address or postal code tied to a person, date of birth, a case/file/claim number.
 * Organisational lines and service numbers (811, 211, 511, 1-800 lines, an office's
 * published number) and shared inboxes do not fire; a named address at a government
 * domain is government-email, not this rule. Severity: high on every account.
 * Fix: redact the number.
 */
import {
  ctx,
  expectFires,
  expectSilent,
  fixed,
  official,
  personal,
  ruleFindings,
  settingsSuite,
  type Negative,
  type Positive,
} from './helpers';

const RULE = 'personal-info';
const officialReply = ctx(official, { site: 'facebook', surface: 'reply' });

const positives: Positive[] = [
  {
    text: 'Anyone have a snowblower to lend? Call me at 902-555-0187.',
    ctx: personal,
    severity: 'high',
    words: '902-555-0187',
  },
  { text: 'Call Dave at (902) 555-0142 about the dog.', ctx: personal, severity: 'high', words: '(902) 555-0142' },
  { text: 'Reach me at 902.555.0163 after six.', ctx: personal, severity: 'high', words: '902.555.0163' },
  {
    text: 'Email me at jdoe1988@gmail.com about the bake sale.',
    ctx: personal,
    severity: 'high',
    words: 'jdoe1988@gmail.com',
  },
  {
    text: 'Her email is jenny.macleod77@gmail.com if you want to complain.',
    ctx: personal,
    severity: 'high',
    words: 'jenny.macleod77@gmail.com',
  },
  {
    text: 'My SIN is 130 692 544, is that safe to give the bank?',
    ctx: personal,
    severity: 'high',
    words: '130 692 544',
  },
  {
    text: 'His health card number is 0056 789 321, can someone help him book?',
    ctx: personal,
    severity: 'high',
    words: '0056 789 321',
  },
  {
    text: 'Mrs. Doucet lives at 27 Maple Ave, Dartmouth and never shovels.',
    ctx: personal,
    severity: 'high',
    words: /27 Maple Ave/,
  },
  {
    text: 'Happy birthday to my neighbour Tom Boudreau, born 1961-04-09!',
    ctx: personal,
    severity: 'high',
    words: /1961-04-09/,
  },
  {
    text: 'Hi Marie, your claim CL-2026-77812 has been approved.',
    ctx: officialReply,
    severity: 'high',
    words: /CL-2026-77812/,
  },
  { text: 'DOB: 03/02/1958 for my mother, Anne Leblanc.', ctx: personal, severity: 'high', words: '03/02/1958' },
  {
    text: 'My postal code is B3H 4R2, can anyone recommend a plumber nearby?',
    ctx: personal,
    severity: 'high',
    words: 'B3H 4R2',
  },
  // French
  { text: 'Texte-moi au 902 555 0199 pour le covoiturage.', ctx: personal, severity: 'high', words: '902 555 0199' },
  { text: 'Son NAS est le 271 849 309, il l’a perdu.', ctx: personal, severity: 'high', words: '271 849 309' },
  {
    text: 'Envoyez les documents à Julie Comeau, 12 rue Principale, Church Point B0W 1M0.',
    ctx: personal,
    severity: 'high',
    words: /12 rue Principale|B0W 1M0/,
  },
  {
    text: 'Écrivez-moi à luc.thibodeau@videotron.ca pour les billets.',
    ctx: personal,
    severity: 'high',
    words: 'luc.thibodeau@videotron.ca',
  },
  {
    text: 'Bonjour Marc, votre dossier 2026-FN-10234 est en traitement.',
    ctx: officialReply,
    severity: 'high',
    words: /2026-FN-10234/,
  },
];

const negatives: Negative[] = [
  { text: 'Feeling unwell? Call 811 to talk to a nurse.', ctx: official },
  { text: 'Need help finding community services? Dial 211.', ctx: personal },
  { text: 'Check 511 before you head out on the 104.', ctx: personal },
  { text: 'Questions about your taxes? Call the toll-free line at 1-800-565-2224.', ctx: official },
  {
    text: 'Thanks for reaching out. Please call our office at 902-424-4400 during business hours.',
    ctx: officialReply,
  },
  { text: 'Questions? Email info@novascotia.ca.', ctx: official },
  { text: 'Call Access Nova Scotia at 902-424-5200 to renew your licence.', ctx: personal },
  { text: 'Register by emailing info@folkharbour.com.', ctx: personal },
  { text: 'Selling my canoe, email me at j.doe@novascotia.ca', ctx: personal },
  { text: 'Halifax Central Library, 5440 Spring Garden Rd, is open late tonight.', ctx: official },
  { text: 'The festival runs 2026-07-14 to 2026-07-16.', ctx: personal },
  { text: 'Composez le 811 pour parler à une infirmière.', ctx: official },
  { text: 'Écrivez à info@congresacadien.ca pour vous inscrire.', ctx: personal },
];

const fixes: Array<{ text: string; number: string; lang?: 'en' | 'fr' }> = [
  { text: 'Call me at 902-555-0187 tonight.', number: '902-555-0187' },
  { text: 'My SIN is 130 692 544, help!', number: '130 692 544' },
  { text: 'Appelez-moi au 902 555 0199 ce soir.', number: '902 555 0199', lang: 'fr' },
];

describe('personal-info', () => {
  test.each(positives)('fires: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(negatives)('does not fire: $text', (c) => {
    expectSilent(RULE, c);
  });

  test.each(fixes)('the fix redacts the number: $text', ({ text, number, lang }) => {
    const out = fixed(RULE, text, personal, lang);
    const at = text.indexOf(number);
    expect(out.startsWith(text.slice(0, at))).toBe(true);
    expect(out.endsWith(text.slice(at + number.length))).toBe(true);
    const redacted = out.slice(at, out.length - (text.length - at - number.length));
    expect(redacted).not.toMatch(/\d/);
    expect(redacted.length).toBeGreaterThan(0);
    expect(ruleFindings(RULE, out, personal)).toEqual([]);
  });

  settingsSuite(RULE, {
    text: 'Anyone have a snowblower to lend? Call me at 902-555-0187.',
    ctx: personal,
    severity: 'high',
  });
});
