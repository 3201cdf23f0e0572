/**
 * partisan (RULES.md): a stance for or against a party, politician or candidate,
 * or campaigning ("vote for", "re-elect", a slogan), including sharing or quoting
 * someone else's partisan post. A neutral, balanced or factual mention does not fire.
 * Severity: personal info, warning if work-related; official high.
 */
import {
  ctx,
  expectFires,
  expectSilent,
  official,
  personal,
  settingsSuite,
  type Negative,
  type Positive,
} from './helpers';

const RULE = 'partisan';
const quote = ctx(personal, { surface: 'quote' });

const positives: Positive[] = [
  // English, personal, not about work: info
  {
    text: 'Credit where it’s due: Premier Houston kept his word on the Margaree bridge.',
    ctx: personal,
    severity: 'info',
    words: /Credit where it’s due: Premier/,
  },
  { text: 'Team Carney 🇨🇦 Best PM we’ve had in my lifetime.', ctx: personal, severity: 'info', words: /Best PM/ },
  { text: 'Chapeau au premier ministre Houston pour le pont!', ctx: personal, severity: 'info', words: /Chapeau/ },
  // Electoral talk as people say it.
  {
    text: 'They found money for a ribbon but not for a fifth seat. Remember that at the ballot box.',
    ctx: personal,
    severity: 'info',
    words: /Remember that at the ballot box/,
  },
  {
    text: 'Doors to knock in Kings South this weekend, who’s in?',
    ctx: personal,
    severity: 'info',
    words: /Doors to knock/,
  },
  {
    text: 'No Tory will ever get my vote again.',
    ctx: personal,
    severity: 'info',
    words: /Tory will ever get my vote/,
  },
  { text: 'Go NDP! About time somebody said it.', ctx: personal, severity: 'info', words: /Go NDP/ },
  { text: 'Les caquistes, vivement qu’y débarquent. Allez PQ!', ctx: personal, severity: 'info', words: /Allez PQ/ },
  { text: 'Les libéraux ont perdu mon vote pour de bon.', ctx: personal, severity: 'info', words: /mon vote/ },
  { text: 'Time to re-elect Tim Houston, he has earned it.', ctx: personal, severity: 'info', words: /re-elect/i },
  { text: 'Claudia Chender is a liar and should resign.', ctx: personal, severity: 'info', words: /Chender/ },
  { text: "I'm voting NDP this time, no question.", ctx: personal, severity: 'info', words: /voting NDP/ },
  { text: 'The Tories have to go. Enough is enough.', ctx: personal, severity: 'info', words: /Tories/ },
  { text: 'Axe the tax! Spread the word, folks.', ctx: personal, severity: 'info', words: /Axe the tax/i },
  {
    text: 'Pierre Poilievre is the only choice for this country.',
    ctx: personal,
    severity: 'info',
    words: /Poilievre/,
  },
  // French, personal, not about work: info
  {
    text: 'Votez pour le Parti libéral de la Nouvelle-Écosse le 3 mars!',
    ctx: personal,
    severity: 'info',
    words: /Votez/,
  },
  {
    text: 'Tim Houston doit partir, c’est le pire premier ministre de notre histoire.',
    ctx: personal,
    severity: 'info',
    words: /Houston/,
  },
  { text: 'J’appuie les néo-démocrates de tout cœur.', ctx: personal, severity: 'info', words: /néo-démocrates/ },
  { text: 'Élisez Claudia Chender, elle se bat pour nous!', ctx: personal, severity: 'info', words: /Chender/ },
  { text: 'Elbows up! Canada strong.', ctx: personal, severity: 'info', words: /Elbows up|Canada strong/ },
  { text: 'Proud to support Iain Rankin in this race.', ctx: personal, severity: 'info', words: /Rankin/ },
  { text: 'The PCs are a bunch of crooks.', ctx: personal, severity: 'info', words: /PCs/ },
  { text: 'Honte au premier ministre Houston.', ctx: personal, severity: 'info', words: /Honte/ },
  { text: 'Les Libéraux doivent partir.', ctx: personal, severity: 'info', words: /Libéraux/ },
  { text: 'The NDP is a disgrace and everyone knows it.', ctx: personal, severity: 'info', words: /NDP/ },
  // sharing or quoting someone else's partisan post
  {
    text: '“Only the Liberals can fix health care.” Couldn’t agree more, share this!',
    ctx: quote,
    severity: 'info',
    words: /Liberals/,
  },
  { text: 'RT @nsndp: Vote NDP on Tuesday for a better deal!', ctx: quote, severity: 'info', words: /Vote NDP/ },
  // personal, work-related: warning
  {
    text: 'At work today half my team said they are voting Liberal. Vote Liberal, folks!',
    ctx: personal,
    severity: 'warning',
    words: /Vote Liberal/i,
  },
  {
    text: 'Mon équipe au ministère de la Santé est d’accord : votez NPD!',
    ctx: personal,
    severity: 'warning',
    words: /votez NPD/i,
  },
  // official: high
  { text: 'Vote PC on election day!', ctx: official, severity: 'high', words: /Vote PC/ },
  { text: 'Votez NPD le 3 mars!', ctx: official, severity: 'high', words: /Votez NPD/ },
];

const obfuscated: Positive[] = [
  // Cyrillic о in "vote"
  { text: 'v\u043ete NDP on Tuesday', ctx: personal, severity: 'info', words: /v\u043ete NDP/ },
  // zero-width space inside "re-elect"
  { text: 'Re\u200b-elect Claudia Chender!', ctx: personal, severity: 'info', words: /Re\u200b-elect/ },
];

const negatives: Negative[] = [
  { text: 'Kudos to the Wolves hockey team, credit where it’s due after that season.', ctx: personal },
  { text: 'Mon vote, je le garde secret, mais allez voter lundi!', ctx: personal },
  { text: 'My liberal arts degree finally paid off at trivia night.', ctx: personal },
  { text: 'That’s a conservative estimate: probably 300 people came.', ctx: personal },
  { text: 'Big investments in green energy along the South Shore this year.', ctx: personal },
  { text: 'The office party is on Friday, bring a dish!', ctx: personal },
  { text: 'Go Blue! Leafs in five, calling it now.', ctx: personal },
  { text: 'Four more years of school for this one, proud mama.', ctx: personal },
  { text: 'Keep the lawn green and the kids off it.', ctx: personal },
  { text: 'See you all at the party on Friday.', ctx: personal },
  { text: 'We flew from Houston, Texas to Halifax last night.', ctx: personal },
  { text: 'Advance polls open Saturday. Find your polling station at electionsnovascotia.ca.', ctx: personal },
  { text: 'The Premier cut the ribbon at the new Truro library this morning.', ctx: official },
  { text: 'Both the Liberals and the PCs have housing plans; read both and decide for yourself.', ctx: personal },
  { text: 'Our conservative estimate is 4,000 visitors to the festival this year.', ctx: official },
  { text: 'Le premier jour de l’école, quelle aventure!', ctx: personal },
  { text: 'Les candidats débattront jeudi soir à Radio-Canada.', ctx: personal },
  { text: 'J’ai un diplôme en arts libéraux.', ctx: personal },
];

describe('partisan', () => {
  test.each(positives)('fires: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(obfuscated)('fires through obfuscation: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(negatives)('does not fire: $text', (c) => {
    expectSilent(RULE, c);
  });

  test('extraParties extends the list of parties', () => {
    const text = 'The Bluenose Party has my vote.';
    expectSilent(RULE, { text, ctx: personal });
    expectFires(RULE, {
      text,
      ctx: personal,
      severity: 'info',
      words: /Bluenose Party/,
      settings: { extraParties: [{ name: 'Bluenose Party' }] },
    });
  });

  test('extraPoliticians extends the list of politicians', () => {
    const text = 'Marie Doucette has my vote.';
    expectSilent(RULE, { text, ctx: personal });
    expectFires(RULE, {
      text,
      ctx: personal,
      severity: 'info',
      words: /Marie Doucette/,
      settings: { extraPoliticians: ['Marie Doucette'] },
    });
  });

  settingsSuite(RULE, { text: 'Vote Liberal on election day.', ctx: personal, severity: 'info' });
});
