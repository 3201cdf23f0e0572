/**
 * confidential (RULES.md): signs of confidential or internal government or work
 * material: "confidential", "internal only", "not for distribution", "embargoed",
 * "leaked", "draft … not public yet", "cabinet", "don't share this but" (a personal
 * draft, such as a novel, is not). Severity: high on every account.
 */
import { expectFires, expectSilent, official, personal, settingsSuite, type Negative, type Positive } from './helpers';

const RULE = 'confidential';

const positives: Positive[] = [
  {
    // A surprise, but about government material: still confidential.
    text: 'Don’t share this, but cabinet approved the new school for Truro. Big surprise Monday.',
    ctx: personal,
    severity: 'high',
  },
  {
    text: 'Confidential: the Q3 staffing report shows 40 layoffs in our division.',
    ctx: personal,
    severity: 'high',
    words: /Confidential/,
  },
  {
    text: 'Internal use only. Here is the new org chart for the branch.',
    ctx: official,
    severity: 'high',
    words: /Internal use only/,
  },
  {
    text: 'Embargoed until 10 a.m. Monday: new housing funding for Cape Breton.',
    ctx: official,
    severity: 'high',
    words: /Embargoed/,
  },
  {
    text: 'Leaked memo says the Department of Health is closing two ERs.',
    ctx: personal,
    severity: 'high',
    words: /Leaked/,
  },
  {
    text: 'Cabinet approved the ferry deal yesterday but it’s not public yet.',
    ctx: personal,
    severity: 'high',
    words: /Cabinet|not public yet/,
  },
  {
    text: 'Don’t share this but the draft budget cuts our program by 20%.',
    ctx: personal,
    severity: 'high',
    words: /share this|draft/,
  },
  {
    text: 'The draft policy from our department isn’t public yet, but here’s what’s in it.',
    ctx: personal,
    severity: 'high',
    words: /draft|public yet/,
  },
  {
    text: 'Between you and me, the minister is resigning next week.',
    ctx: personal,
    severity: 'high',
    words: /Between you and me/,
  },
  {
    text: 'Off the record: our department is cutting 30 positions.',
    ctx: personal,
    severity: 'high',
    words: /Off the record/,
  },
  // French
  {
    text: 'Confidentiel : le rapport sur les effectifs du ministère.',
    ctx: personal,
    severity: 'high',
    words: /Confidentiel/,
  },
  {
    text: 'Document interne, ne pas diffuser : la nouvelle structure de notre direction.',
    ctx: official,
    severity: 'high',
    words: /Document interne|ne pas diffuser/,
  },
  {
    text: 'Entre toi et moi, le Conseil des ministres a déjà décidé pour le traversier.',
    ctx: personal,
    severity: 'high',
    words: /Entre toi et moi|Conseil des ministres/,
  },
  {
    text: 'Sous embargo jusqu’à lundi : le nouveau financement du ministère.',
    ctx: official,
    severity: 'high',
    words: /Sous embargo/,
  },
];

const obfuscated: Positive[] = [
  { text: 'C0NFIDENTIAL: the staffing memo for our branch.', ctx: personal, severity: 'high', words: /C0NFIDENTIAL/ },
  {
    text: 'Con\u200bfidential: the staffing memo for our branch.',
    ctx: personal,
    severity: 'high',
    words: /Con\u200bfidential/,
  },
  {
    text: 'C\u043enfidential: the staffing memo for our branch.',
    ctx: personal,
    severity: 'high',
    words: /C\u043enfidential/,
  },
];

const negatives: Negative[] = [
  { text: 'New kitchen cabinets are finally in!', ctx: personal },
  // A personal occasion kept secret, with nothing of government beside it.
  { text: 'CONFIDENTIAL: Mom’s surprise party is Saturday at the Legion. Do not tell her!', ctx: personal },
  { text: 'Chut, c’est confidentiel : une fête surprise pour l’anniversaire de Denise samedi.', ctx: personal },
  { text: 'Book club rule: the ending is embargoed until Tuesday. Spoilers cost you the wine.', ctx: personal },
  { text: 'Finished the first draft of my novel tonight.', ctx: personal },
  { text: 'Free and confidential support is available 24/7: call 211.', ctx: official },
  { text: 'The NHL draft is tonight, who are the Canucks taking?', ctx: personal },
  { text: 'My secret recipe for seafood chowder.', ctx: personal },
  { text: 'The filing cabinet in the garage is jammed again.', ctx: personal },
  { text: 'The province released the budget today; read it at novascotia.ca.', ctx: official },
  { text: 'Mon ébauche de roman avance bien.', ctx: personal },
  { text: 'Il y a une fuite d’eau dans la cuisine.', ctx: personal },
  { text: 'Le premier jour des armoires neuves dans la cuisine!', ctx: personal },
];

describe('confidential', () => {
  test.each(positives)('fires: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(obfuscated)('fires through obfuscation, pointing at the typed characters: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(negatives)('does not fire: $text', (c) => {
    expectSilent(RULE, c);
  });

  settingsSuite(RULE, {
    text: 'INTERNAL ONLY - not for distribution: updated staffing numbers.',
    ctx: official,
    severity: 'high',
  });
});
