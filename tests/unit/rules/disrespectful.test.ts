/**
 * disrespectful (RULES.md): profanity (aimed at people or not), insults,
 * name-calling, personal attacks, sarcasm aimed at people; also obfuscated
 * spellings (f*ck, sh1t, zero-width characters, look-alike letters). Fires beside
 * hateful-or-threatening when such words are present. Severity: personal warning;
 * official high.
 */
import {
  expectFires,
  expectSilent,
  official,
  personal,
  ruleFindings,
  settingsSuite,
  unknown,
  type Negative,
  type Positive,
} from './helpers';

const RULE = 'disrespectful';

const positives: Positive[] = [
  { text: 'This traffic is shit.', ctx: personal, severity: 'warning', words: 'shit' },
  { text: 'You’re a complete moron.', ctx: personal, severity: 'warning', words: 'moron' },
  { text: 'The people in this thread are idiots.', ctx: personal, severity: 'warning', words: 'idiots' },
  { text: 'Fucking Monday again.', ctx: personal, severity: 'warning', words: 'Fucking' },
  { text: 'What an asshole that driver was.', ctx: unknown, severity: 'warning', words: 'asshole' },
  { text: 'Quelle bande d’abrutis sur ce fil.', ctx: personal, severity: 'warning', words: /abrutis/ },
  { text: 'C’est de la merde, ce service.', ctx: personal, severity: 'warning', words: 'merde' },
  { text: 'Ferme ta gueule, espèce d’imbécile.', ctx: personal, severity: 'warning', words: /imbécile|ta gueule/ },
  { text: 'Tabarnak, quelle journée.', ctx: personal, severity: 'warning', words: 'Tabarnak' },
  // Quebec and Acadian name-calling with no swear word.
  { text: 'T’es un vrai gnochon, le Canadien gagnera jamais.', ctx: personal, severity: 'warning', words: 'gnochon' },
  { text: 'Va donc te moucher, petit morveux.', ctx: personal, severity: 'warning', words: 'morveux' },
  { text: 'Gang de sans-desseins sur ce groupe.', ctx: personal, severity: 'warning', words: /sans-desseins/ },
  { text: 'Voyons donc, grand slaque.', ctx: personal, severity: 'warning', words: 'grand slaque' },
  { text: 'Espèce de tête de pioche.', ctx: personal, severity: 'warning', words: /tête de pioche/ },
  // Name-calling in idioms and disguised words.
  { text: 'Kevin, you’re dumber than a bag of hammers.', ctx: personal, severity: 'warning', words: /dumber than a/ },
  { text: 'Man, shut your yap. You weren’t there.', ctx: personal, severity: 'warning', words: 'shut your yap' },
  { text: 'The new deputy is an empty suit.', ctx: personal, severity: 'warning', words: 'empty suit' },
  { text: 'Doug’s a$$hat nephew did donuts on our lawn.', ctx: personal, severity: 'warning', words: /a\$\$hat/ },
  { text: 'Ferme ta boîte, tu sais pas de quoi tu parles.', ctx: personal, severity: 'warning', words: /ta boîte/ },
  // official: high
  { text: 'Stop posting crap on our page.', ctx: official, severity: 'high', words: 'crap' },
  { text: 'Vous êtes des imbéciles.', ctx: official, severity: 'high', words: /imbéciles/ },
];

const obfuscated: Positive[] = [
  { text: 'What the f*ck is this line-up.', ctx: personal, severity: 'warning', words: 'f*ck' },
  { text: 'Sh1t roads again in Antigonish.', ctx: personal, severity: 'warning', words: 'Sh1t' },
  { text: 'What the f@ck is this line-up.', ctx: personal, severity: 'warning', words: 'f@ck' },
  { text: 'La c@lisse de tempête a arraché le toit.', ctx: personal, severity: 'warning', words: 'c@lisse' },
  { text: 'Whoever parks in the bus lane, you are an a-hole.', ctx: personal, severity: 'warning', words: 'a-hole' },
  { text: 'They can kiss my a$$.', ctx: personal, severity: 'warning', words: 'a$$' },
  { text: 'What an @sshole that driver was.', ctx: personal, severity: 'warning', words: '@sshole' },
  {
    text: 'This is such f\u200buck\u200bing nonsense.',
    ctx: personal,
    severity: 'warning',
    words: 'f\u200buck\u200bing',
  },
  { text: 'You absolute m\u043er\u043en.', ctx: personal, severity: 'warning', words: 'm\u043er\u043en' },
  { text: 'b i t c h please', ctx: personal, severity: 'warning', words: 'b i t c h' },
  { text: 'Stop being such a b i t c h about it.', ctx: personal, severity: 'warning', words: 'b i t c h' },
  { text: 'You are a m o r o n.', ctx: personal, severity: 'warning', words: 'm o r o n' },
  { text: 'f u c k this weather.', ctx: personal, severity: 'warning', words: 'f u c k' },
  { text: 'Well, s.h.i.t happens.', ctx: personal, severity: 'warning', words: 's.h.i.t' },
  { text: 'Total a$$hole move.', ctx: personal, severity: 'warning', words: 'a$$hole' },
  { text: 'Quel 1d10t.', ctx: personal, severity: 'warning', words: '1d10t' },
  { text: 'C’est de la m\u0435rde.', ctx: personal, severity: 'warning', words: 'm\u0435rde' },
];

const negatives: Negative[] = [
  { text: 'On a marché sans dessein précis dans le vieux Lunenburg.', ctx: personal },
  { text: 'Le signe minus de la soustraction, pour les devoirs de maths.', ctx: personal },
  { text: 'I’m such an idiot, I left my keys in the car again.', ctx: personal },
  { text: 'Killing it at the gym this morning!', ctx: personal },
  { text: 'Thanks @kayla and @bobby for the ride, and a$5 coffee on me.', ctx: personal },
  { text: 'The x-ray was fine; the a-frame cabin is booked for May.', ctx: personal },
  { text: 'Shag Harbour is gorgeous in the fall.', ctx: personal },
  { text: 'I passed the assessment for my class today.', ctx: personal },
  { text: 'Dickens is my favourite author; re-reading Bleak House.', ctx: personal },
  { text: 'Great cocktails at the Cockburn Street café.', ctx: personal },
  { text: 'I respectfully disagree with your conclusion about the tidal data.', ctx: personal },
  { text: 'The con man in that movie was brilliant.', ctx: personal },
  { text: 'Je suis en retard ce matin, désolée!', ctx: personal },
  { text: 'Voici les pros et les cons du projet.', ctx: personal },
  { text: 'Le premier jour des vacances, enfin!', ctx: personal },
];

describe('disrespectful', () => {
  test.each(positives)('fires: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(obfuscated)('fires through obfuscation, pointing at the typed characters: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(negatives)('does not fire: $text', (c) => {
    expectSilent(RULE, c);
  });

  test('fires beside hateful-or-threatening when such words are present', () => {
    const text = 'Shut up, you f*cking retard.';
    expect(ruleFindings('hateful-or-threatening', text, personal).length).toBeGreaterThan(0);
    expectFires(RULE, { text, ctx: personal, severity: 'warning', words: 'f*cking' });
  });

  settingsSuite(RULE, { text: 'This traffic is shit.', ctx: personal, severity: 'warning' });
});
