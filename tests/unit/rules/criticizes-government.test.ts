/**
 * criticizes-government (RULES.md): criticism of a policy, program or decision of
 * the Government of Nova Scotia (a department's internal decisions included);
 * federal or municipal policy is not this rule. Severity: personal info, warning if
 * work-related (the writer's job, or a provincial department, office, program or
 * service); official high.
 */
import { expectFires, expectSilent, official, personal, settingsSuite, type Negative, type Positive } from './helpers';

const RULE = 'criticizes-government';

const positives: Positive[] = [
  // personal, a provincial policy, decision or bill (no department, program or service, not the writer's job): info
  {
    text: 'La nouvelle loi du gouvernement provincial sur les loyers est un désastre.',
    ctx: personal,
    severity: 'info',
    words: /désastre/,
  },
  // personal, work-related (a department, a provincial program, the writer's own department): warning
  {
    text: 'The Department of Education’s new cellphone policy is ridiculous.',
    ctx: personal,
    severity: 'warning',
    words: /ridiculous/,
  },
  {
    text: 'The province’s new heat pump rebate is a waste of money.',
    ctx: personal,
    severity: 'warning',
    words: /waste/,
  },
  {
    text: 'My department’s decision to scrap remote work is a slap in the face.',
    ctx: personal,
    severity: 'warning',
    words: /slap in the face/,
  },
  {
    text: 'Au travail, tout le monde sait que la réforme du ministère de la Santé est un échec.',
    ctx: personal,
    severity: 'warning',
    words: /échec/,
  },
  // official: high
  { text: 'The province’s new rent cap is a joke.', ctx: official, severity: 'high', words: /joke/ },
  {
    text: 'The province changed the rent cap again. It makes no sense.',
    ctx: official,
    severity: 'high',
    words: /makes no sense/,
  },
  {
    text: 'Bill 24 is a disgrace and the Houston government should be ashamed.',
    ctx: official,
    severity: 'high',
    words: /disgrace|ashamed/,
  },
  {
    text: 'Le nouveau programme de la province est injuste pour les aînés.',
    ctx: official,
    severity: 'high',
    words: /injuste/,
  },
];

const obfuscated: Positive[] = [
  {
    text: 'The provincial government’s rent cap is a dis\u200baster.',
    ctx: official,
    severity: 'high',
    words: /dis\u200baster/,
  },
  {
    text: 'The provincial government’s rent cap is a dis\u0430ster.',
    ctx: official,
    severity: 'high',
    words: /dis\u0430ster/,
  },
];

const negatives: Negative[] = [
  { text: 'The federal carbon tax rebate is a joke.', ctx: personal },
  { text: 'Ottawa’s new immigration policy makes no sense.', ctx: official },
  { text: 'City council’s decision to cut the 9A bus route is terrible.', ctx: personal },
  { text: 'HRM’s new parking rules are ridiculous.', ctx: personal },
  { text: 'Roads are closed, says the province. Terrible night to be driving.', ctx: personal },
  { text: 'The province’s beaches are a mess after the storm.', ctx: personal },
  { text: 'The province’s new heat pump rebate is great, I applied yesterday.', ctx: personal },
  { text: 'The province announced changes to the rent cap today; they take effect in January.', ctx: official },
  { text: 'The Liberals’ housing plan is a disaster.', ctx: personal },
  { text: 'La politique du gouvernement fédéral sur l’immigration est un désastre.', ctx: personal },
  { text: 'La décision du conseil municipal est ridicule.', ctx: personal },
  { text: 'Les pros et les cons du nouveau programme provincial, en bref.', ctx: personal },
  { text: 'Le premier jour du nouveau programme s’est bien passé.', ctx: official },
];

describe('criticizes-government', () => {
  test.each(positives)('fires: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(obfuscated)('fires through obfuscation: $text', (c) => {
    expectFires(RULE, c);
  });

  test.each(negatives)('does not fire: $text', (c) => {
    expectSilent(RULE, c);
  });

  test('extraDepartments: criticism of an added provincial office is work-related', () => {
    expectFires(RULE, {
      text: 'The Nova Scotia Museum’s new admission policy is ridiculous.',
      ctx: personal,
      severity: 'warning',
      words: /ridiculous/,
      settings: { extraDepartments: ['Nova Scotia Museum'] },
    });
  });

  settingsSuite(RULE, { text: 'The province’s new rent cap is a joke.', ctx: official, severity: 'high' });
});
