/**
 * authorization (RULES.md): work-related; or, on any account, a reporter,
 * journalist, news outlet's request or a media interview is mentioned (a job
 * interview is not). Personal info; official info for media only. Contact:
 * the Communications Director, falling back to Communications Nova Scotia,
 * (902) 722-1370.
 */
import {
  ctx,
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

const RULE = 'authorization';
const MEDIA = /reporter|journalist|CBC|CTV|Herald|news|interview|Radio-Canada|journaliste|entrevue|médias/i;
const WORK = /work|team|department|manager|travail|ministère|équipe/i;

const positives: Positive[] = [
  // media requests, personal
  {
    text: 'A CBC reporter asked me for an interview about the ferry schedule.',
    ctx: personal,
    severity: 'info',
    wholeOr: MEDIA,
  },
  {
    text: 'Going on the evening news tonight to talk about the wildfire response!',
    ctx: personal,
    severity: 'info',
    wholeOr: MEDIA,
  },
  {
    text: 'The Chronicle Herald wants a comment from me on the new rent rules.',
    ctx: unknown,
    severity: 'info',
    wholeOr: MEDIA,
  },
  // work-related, personal
  {
    text: 'My team at the Department of Energy launched the solar program today.',
    ctx: personal,
    severity: 'info',
    wholeOr: WORK,
  },
  {
    text: 'Busy week at work, the new permit system goes live Monday.',
    ctx: personal,
    severity: 'info',
    wholeOr: WORK,
  },
  // French
  {
    text: 'Une journaliste de Radio-Canada m’a demandé une entrevue sur les traversiers.',
    ctx: personal,
    severity: 'info',
    wholeOr: MEDIA,
  },
  { text: 'J’ai accordé une entrevue à Radio-Canada ce matin.', ctx: personal, severity: 'info', wholeOr: MEDIA },
  { text: 'Au travail, on prépare le lancement du nouveau programme.', ctx: personal, severity: 'info', wholeOr: WORK },
  {
    text: 'Mon équipe au ministère de l’Éducation a fini le nouveau programme de français.',
    ctx: personal,
    severity: 'info',
    wholeOr: WORK,
  },
  // official: media only
  {
    text: 'A reporter from CTV asked us for an interview about the outage.',
    ctx: official,
    severity: 'info',
    wholeOr: MEDIA,
  },
  {
    text: 'Un journaliste de l’Acadie Nouvelle nous a demandé une entrevue sur la panne.',
    ctx: official,
    severity: 'info',
    wholeOr: MEDIA,
  },
];

const negatives: Negative[] = [
  { text: 'I have a job interview at the bank tomorrow!', ctx: personal },
  { text: 'Job interview went well, fingers crossed.', ctx: personal },
  { text: 'J’ai une entrevue d’embauche demain matin.', ctx: personal },
  { text: 'Reading the Chronicle Herald over coffee this morning.', ctx: personal },
  { text: 'Roads are closed, says the province. Stay home.', ctx: personal },
  { text: 'Our team at the Department of Agriculture launched the farm safety campaign.', ctx: official },
  { text: 'Road closures on Highway 104 tonight for paving; check 511.', ctx: official },
  { text: 'Le premier jour de l’automne, quelle belle lumière.', ctx: personal },
];

describe('authorization', () => {
  test.each(positives)('fires: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(negatives)('does not fire: $text', (c) => {
    expectSilent(RULE, c);
  });

  test('the default contact is Communications Nova Scotia, (902) 722-1370', () => {
    const [f] = ruleFindings(RULE, 'A CBC reporter asked me for an interview about the ferry schedule.', personal);
    expect(f?.suggestion).toContain('(902) 722-1370');
    const [fr] = ruleFindings(RULE, 'A CBC reporter asked me for an interview.', personal, {}, { lang: 'fr' });
    expect(fr?.suggestion).toContain('(902) 722-1370');
  });

  test('a manager’s communications contact replaces the default', () => {
    const [f] = ruleFindings(RULE, 'A CBC reporter asked me for an interview about the ferry schedule.', personal, {
      commsContact: { name: 'Jane Roy', title: 'Communications Director', phone: '902-555-0100', email: '' },
    });
    expect(f?.suggestion).toContain('Jane Roy');
    expect(f?.suggestion).not.toContain('722-1370');
  });

  test('on an official account a job interview stays silent', () => {
    expectSilent(RULE, {
      text: 'Job interviews for summer students start Monday.',
      ctx: ctx(official, { surface: 'post' }),
    });
  });

  settingsSuite(RULE, {
    text: 'A CBC reporter asked me for an interview about the ferry schedule.',
    ctx: personal,
    severity: 'info',
  });
});
