/**
 * hateful-or-threatening (RULES.md): racist or discriminatory remarks, slurs,
 * threats or incitement to violence, harassment. Severity: high on every account.
 */
import {
  expectFires,
  expectSilent,
  official,
  personal,
  ruleFindings,
  settingsSuite,
  type Negative,
  type Positive,
} from './helpers';

const RULE = 'hateful-or-threatening';

const positives: Positive[] = [
  { text: 'I’m going to kill you if you show up here again.', ctx: personal, severity: 'high', words: /kill/ },
  { text: 'Someone should burn down the MLA’s office.', ctx: personal, severity: 'high', words: /burn down/ },
  {
    text: 'Immigrants like them should go back where they came from.',
    ctx: personal,
    severity: 'high',
    words: /go back/,
  },
  {
    text: 'Go back to where you came from, we do not want your kind here.',
    ctx: personal,
    severity: 'high',
    words: /Go back/,
  },
  {
    text: 'I know where you live. Watch your back.',
    ctx: personal,
    severity: 'high',
    words: /know where you live|watch your back/i,
  },
  { text: 'Je vais te tuer si tu reviens ici.', ctx: personal, severity: 'high', words: /tuer/ },
  {
    text: 'Ces gens-là n’ont rien à faire en Nouvelle-Écosse, renvoyez-les chez eux.',
    ctx: personal,
    severity: 'high',
    words: /renvoyez-les/,
  },
  // official: high as well
  { text: 'Je vais te tuer.', ctx: official, severity: 'high', words: /tuer/ },
];

const obfuscated: Positive[] = [
  { text: 'I will k1ll you.', ctx: personal, severity: 'high', words: /k1ll/ },
  { text: 'I will ki\u200bll you.', ctx: personal, severity: 'high', words: /ki\u200bll/ },
  { text: 'Shut up, you r3tard.', ctx: personal, severity: 'high', words: 'r3tard' },
  { text: 'What a re\u200btard.', ctx: personal, severity: 'high', words: 're\u200btard' },
];

const negatives: Negative[] = [
  { text: 'I’ll shoot you an email tomorrow morning.', ctx: official },
  { text: 'Killing it at the gym today!', ctx: personal },
  { text: 'This hill workout is killing me.', ctx: personal },
  { text: 'I’d kill for a coffee right now.', ctx: personal },
  { text: 'Shoot me a text when you get home.', ctx: personal },
  { text: 'Racism has no place in Nova Scotia.', ctx: official },
  { text: 'The anti-racism training at work was excellent.', ctx: personal },
  { text: 'That comedian absolutely killed last night.', ctx: personal },
  { text: 'Je suis en retard, désolée!', ctx: personal },
  { text: 'Le film était à mourir de rire.', ctx: personal },
];

describe('hateful-or-threatening', () => {
  test.each(positives)('fires: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(obfuscated)('fires through obfuscation, pointing at the typed characters: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(negatives)('does not fire: $text', (c) => {
    expectSilent(RULE, c);
  });

  test('a slur fires this rule and disrespectful beside it', () => {
    const text = 'Shut up, you retard.';
    expectFires(RULE, { text, ctx: personal, severity: 'high', words: 'retard' });
    expect(ruleFindings('disrespectful', text, personal).length).toBeGreaterThan(0);
  });

  settingsSuite(RULE, { text: 'I’m going to kill you if you show up here again.', ctx: personal, severity: 'high' });
});
