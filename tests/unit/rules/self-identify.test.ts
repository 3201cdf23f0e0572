/**
 * self-identify (RULES.md): work-related and not self-identified. Personal
 * warning; never on official accounts. Self-identified means the post names the
 * employer (the Province, or a department, office or service centre by name) and
 * says the writer works there; an unnamed "our department" or "at work" does not
 * count. The finding may point at the work words, or at the whole post (0/0).
 */
import {
  ctx,
  expectFires,
  expectSilent,
  official,
  personal,
  settingsSuite,
  unknown,
  type Negative,
  type Positive,
} from './helpers';

const RULE = 'self-identify';

const positives: Positive[] = [
  { text: 'My manager moved our deadline again, classic.', ctx: personal, severity: 'warning', wholeOr: /my manager/i },
  {
    text: 'Long week at work, the reorg has everyone on edge.',
    ctx: personal,
    severity: 'warning',
    wholeOr: /at work|reorg/i,
  },
  {
    text: 'Our team at the Department of Energy just finished the solar homes report.',
    ctx: personal,
    severity: 'warning',
    wholeOr: /our team|Department of Energy/i,
  },
  {
    text: 'The province’s new heat pump rebate is finally here, worth a look.',
    ctx: unknown,
    severity: 'warning',
    wholeOr: /province|rebate/i,
  },
  {
    text: 'As a public servant I can tell you the new system works.',
    ctx: personal,
    severity: 'warning',
    wholeOr: /public servant/i,
  },
  {
    text: 'Our department is hiring summer students again.',
    ctx: personal,
    severity: 'warning',
    wholeOr: /our department/i,
  },
  // French
  {
    text: 'Mon ministère change encore de sous-ministre.',
    ctx: personal,
    severity: 'warning',
    wholeOr: /mon ministère/i,
  },
  {
    text: 'Grosse journée au travail aujourd’hui, la réorganisation avance.',
    ctx: personal,
    severity: 'warning',
    wholeOr: /au travail|réorganisation/i,
  },
  {
    text: 'Mes collègues du ministère de la Santé ont fait un travail formidable.',
    ctx: personal,
    severity: 'warning',
    wholeOr: /collègues|ministère de la Santé/i,
  },
];

const negatives: Negative[] = [
  { text: 'I work for NS Environment and I’m proud of the new wetlands program.', ctx: personal },
  {
    text: 'As a policy analyst with the Province of Nova Scotia, I can say the rebate is worth a look.',
    ctx: personal,
  },
  { text: 'I work at the Yarmouth Access Centre and we’re open Saturday this week.', ctx: personal },
  { text: 'Je travaille au ministère de la Santé et je suis fière de notre équipe.', ctx: personal },
  { text: 'Roads are closed, says the province. Stay home tonight.', ctx: personal },
  { text: 'Our team at the Department of Agriculture launched the farm safety campaign.', ctx: official },
  { text: 'Beautiful sunrise over Peggy’s Cove this morning.', ctx: personal },
  { text: 'Killing it at the gym this morning!', ctx: personal },
  { text: 'Le premier jour des vacances, enfin!', ctx: personal },
];

describe('self-identify', () => {
  test.each(positives)('fires: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(negatives)('does not fire: $text', (c) => {
    expectSilent(RULE, c);
  });

  test('never fires on an official account', () => {
    expectSilent(RULE, { text: 'My manager moved our deadline again.', ctx: ctx(official, { surface: 'reply' }) });
  });

  test('extraDepartments: naming an added office makes the post self-identified', () => {
    const text = 'I work at the Nova Scotia Museum as a curator and the new exhibit opens Friday.';
    expectFires(RULE, { text, ctx: personal, severity: 'warning', wholeOr: /I work|Nova Scotia Museum/i });
    expectSilent(RULE, { text, ctx: personal, settings: { extraDepartments: ['Nova Scotia Museum'] } });
  });

  settingsSuite(RULE, { text: 'My manager moved our deadline again, classic.', ctx: personal, severity: 'warning' });
});
