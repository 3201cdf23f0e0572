/**
 * disclaimer (RULES.md): no disclaimer, and the post is work-related or about
 * politics or government. Convention of the labelled corpus (d02, d24, d28, d40):
 * on personal accounts it is expected only for work-related posts, not for purely
 * political ones. Personal info; never on official accounts; whole post (0/0).
 * Fix: append the disclaimer, in the post's language.
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
  unknown,
  type Negative,
  type Positive,
} from './helpers';

const RULE = 'disclaimer';
const EN_TEMPLATE = 'The postings on this site are my own and do not represent the views or opinions of my employer.';

const positives: Positive[] = [
  { text: 'My manager finally approved my leave!', ctx: personal, severity: 'info', words: 'whole' },
  {
    text: 'Our team at the Department of Agriculture wrapped up the farm safety tour.',
    ctx: personal,
    severity: 'info',
    words: 'whole',
  },
  {
    text: 'The Department of Health’s new wait-time policy makes no sense.',
    ctx: personal,
    severity: 'info',
    words: 'whole',
  },
  {
    text: 'I work for NS Environment and the wetlands program is great.',
    ctx: personal,
    severity: 'info',
    words: 'whole',
  },
  {
    text: 'As a public servant, I think the new system is a real improvement.',
    ctx: unknown,
    severity: 'info',
    words: 'whole',
  },
  {
    text: 'Long week at work. The reorg is finally over.',
    ctx: ctx(personal, { surface: 'comment', site: 'youtube' }),
    severity: 'info',
    words: 'whole',
  },
  // French
  {
    text: 'Mon équipe au ministère de l’Environnement a enfin terminé le rapport.',
    ctx: personal,
    severity: 'info',
    words: 'whole',
  },
  { text: 'Grosse réorganisation dans mon ministère cette semaine.', ctx: personal, severity: 'info', words: 'whole' },
  {
    text: 'Je travaille au ministère de la Santé et je suis fière du nouveau programme.',
    ctx: personal,
    severity: 'info',
    words: 'whole',
  },
];

const negatives: Negative[] = [
  { text: 'My manager is great. Views are my own.', ctx: personal },
  { text: 'Long day at work. Opinions are my own.', ctx: personal },
  { text: 'My boss is the best. These posts do not represent the views of my employer.', ctx: personal },
  { text: 'Grosse journée au travail. Opinions personnelles.', ctx: personal },
  { text: 'Mon ministère déménage en janvier. Mes propos n’engagent que moi.', ctx: personal },
  {
    text: 'Mon ministère déménage. Les publications sur ce site sont les miennes et ne représentent pas les points de vue ni les opinions de mon employeur.',
    ctx: personal,
  },
  { text: 'Vote NDP on Tuesday! #nspoli', ctx: personal },
  { text: 'Votez pour le NPD le 3 mars!', ctx: personal },
  { text: 'Our team at the Department of Agriculture launched the farm safety campaign.', ctx: official },
  { text: 'Sunset over Cape Split tonight.', ctx: personal },
  { text: 'Roads are closed, says the province. Stay safe.', ctx: personal },
  { text: 'Killing it at the gym this morning!', ctx: personal },
  { text: 'Je suis en retard pour le souper.', ctx: personal },
];

describe('disclaimer', () => {
  test.each(positives)('fires: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(negatives)('does not fire: $text', (c) => {
    expectSilent(RULE, c);
  });

  test.each([
    'My manager finally approved my leave!',
    'Long week at work. The reorg is finally over.   ',
    'Our team at the Department of Agriculture wrapped up the farm safety tour.',
  ])('the fix appends the English disclaimer: %s', (text) => {
    const out = fixed(RULE, text, personal);
    expect(out.startsWith(text.trimEnd())).toBe(true);
    expect(out.endsWith(EN_TEMPLATE)).toBe(true);
    expect(out.slice(text.trimEnd().length, out.length - EN_TEMPLATE.length).trim()).toBe('');
    expect(ruleFindings(RULE, out, personal)).toEqual([]);
  });

  test.each([
    ['Grosse réorganisation dans mon ministère cette semaine.', 'en'],
    ['Mon équipe au ministère de l’Environnement a enfin terminé le rapport.', 'fr'],
  ] as const)('a French post gets the French disclaimer, whatever the UI language: %s (%s)', (text, lang) => {
    const out = fixed(RULE, text, personal, lang);
    expect(out.startsWith(text)).toBe(true);
    const added = out.slice(text.length).trim();
    expect(added).not.toContain(EN_TEMPLATE);
    expect(added).toMatch(/employeur/);
    expect(ruleFindings(RULE, out, personal)).toEqual([]);
  });

  test('an English post gets the English disclaimer with French messages', () => {
    const out = fixed(RULE, 'My manager finally approved my leave!', personal, 'fr');
    expect(out.endsWith(EN_TEMPLATE)).toBe(true);
  });

  settingsSuite(RULE, { text: 'My manager finally approved my leave!', ctx: personal, severity: 'info' });
});
