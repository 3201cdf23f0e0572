/**
 * records (RULES.md): a public reply or comment from an official account about a
 * person's own case, complaint, application or account, that does not already
 * invite them to direct message or email (a direct message itself does not fire).
 * Official info; never on personal accounts. Fix: append an invitation to continue
 * by direct message or email, in the post's language.
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

const RULE = 'records';
const reply = ctx(official, { site: 'facebook', surface: 'reply' });
const comment = ctx(official, { site: 'youtube', surface: 'comment' });
const CASE = /your|votre|ton|ta/i;

const positives: Positive[] = [
  {
    text: 'Hi Tom, your application was received on Nov 3 and is being processed.',
    ctx: reply,
    severity: 'info',
    words: /your application/i,
  },
  {
    text: 'Sorry to hear about your claim. It was denied because a form was missing.',
    ctx: reply,
    severity: 'info',
    words: /your claim/i,
  },
  {
    text: 'Your complaint has been forwarded to the manager of the Truro office.',
    ctx: comment,
    severity: 'info',
    words: /Your complaint/i,
  },
  {
    text: 'We checked your account and the payment went out Friday.',
    ctx: comment,
    severity: 'info',
    words: /your account/i,
  },
  { text: 'Can you post your health card number so we can look into it?', ctx: reply, severity: 'info', wholeOr: CASE },
  { text: 'Thanks, Marie. Your refund was issued yesterday.', ctx: reply, severity: 'info', words: /Your refund/ },
  // French
  {
    text: 'Bonjour, votre demande a bien été reçue et sera traitée sous 10 jours.',
    ctx: reply,
    severity: 'info',
    words: /votre demande/i,
  },
  {
    text: 'Votre dossier est en cours de révision par notre équipe.',
    ctx: comment,
    severity: 'info',
    words: /Votre dossier/i,
  },
  {
    text: 'Nous avons vérifié votre paiement : il a été envoyé vendredi.',
    ctx: reply,
    severity: 'info',
    words: /votre paiement/i,
  },
];

const negatives: Negative[] = [
  { text: 'Your application was approved, congratulations!', ctx: ctx(official, { surface: 'message' }) },
  { text: 'Your application is in review; please send us a direct message with your file number.', ctx: reply },
  { text: 'Please email us at askus@novascotia.ca about your claim.', ctx: reply },
  { text: 'Pour votre dossier, envoyez-nous un message privé.', ctx: reply },
  { text: 'Your application looks great, good luck!', ctx: ctx(personal, { surface: 'reply' }) },
  { text: 'Applications open December 1; eligibility details are at novascotia.ca/heating.', ctx: reply },
  { text: 'Check your application status any time at novascotia.ca/heating.', ctx: official },
  { text: 'Le premier jour des inscriptions est lundi. Les détails sont sur notre site.', ctx: reply },
];

describe('records', () => {
  test.each(positives)('fires: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(negatives)('does not fire: $text', (c) => {
    expectSilent(RULE, c);
  });

  test.each([
    ['Hi Tom, your application was received on Nov 3 and is being processed.', /direct message|email/i],
    ['Bonjour, votre demande a bien été reçue et sera traitée sous 10 jours.', /message privé|courriel/i],
  ] as const)('the fix appends an invitation to a direct message or email: %s', (text, invitation) => {
    const out = fixed(RULE, text, reply);
    expect(out.startsWith(text)).toBe(true);
    expect(out.slice(text.length)).toMatch(invitation);
    expect(ruleFindings(RULE, out, reply)).toEqual([]);
  });

  settingsSuite(RULE, {
    text: 'Hi Tom, your application was received on Nov 3 and is being processed.',
    ctx: reply,
    severity: 'info',
  });
});
