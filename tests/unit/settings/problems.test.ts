import { resolveSettings, DEFAULT_SETTINGS } from '@/lib/settings/schema';

const contact = { name: 'Jane Doe', title: 'Director', phone: '', email: '' };

test('an invalid managed value: which key, what was wrong, in English and French, and the default is used', () => {
  const r = resolveSettings(undefined, {
    commsContact: { ...contact, email: 'jane' },
    department: 'Health',
  });
  expect(r.settings.commsContact).toEqual(DEFAULT_SETTINGS.commsContact);
  expect(r.settings.department).toBe('Health');
  expect(r.problems).toEqual([
    {
      key: 'commsContact',
      layer: 'managed',
      message:
        'email: expected an email address such as name@novascotia.ca (or nothing), found "jane"; the default is used',
      messageFr:
        'email: attendu une adresse courriel comme nom@novascotia.ca (ou rien), trouvé "jane"; la valeur par défaut est utilisée',
    },
  ]);
});

test('when the policy’s value is refused, the person’s own value stays, and the message says so', () => {
  const r = resolveSettings({ department: 'Mine' }, { department: 42 });
  expect(r.settings.department).toBe('Mine');
  expect(r.problems[0]!.message).toBe('expected text, found 42; your own setting is used');
});

test('locked names that are not settings are reported; locked ones keep their default', () => {
  const r = resolveSettings({ reviewBeforePosting: false }, { locked: ['reviewBeforePosting', 'comsContact'] });
  expect(r.settings.reviewBeforePosting).toBe(true);
  expect(r.problems.map((p) => p.message)).toEqual([
    '"comsContact" is not a Postwise setting, so it cannot be locked (ignored)',
  ]);
});

test.each([
  [
    { workHours: { ...DEFAULT_SETTINGS.workHours, start: '8h30' } },
    'start: expected a time as HH:MM (24-hour), such as 08:30, found "8h30"',
  ],
  [{ workHours: { ...DEFAULT_SETTINGS.workHours, days: [1, 9] } }, 'days.1: expected a number of at most 7, found 9'],
  [{ language: 'de' }, 'expected one of "auto", "en", "fr", found "de"'],
  [{ governmentDomains: ['novascotia'] }, '0: expected a domain name such as novascotia.ca, found "novascotia"'],
  [
    { disclaimers: { en: 'Mine', fr: DEFAULT_SETTINGS.disclaimers.fr } },
    'en: expected at least 10 characters, found 4 characters',
  ],
  [{ rules: { partisn: { enabled: false } } }, 'partisn: expected one of'],
  [{ officialAccounts: [{ site: 'x' }] }, '0.handle: missing (required)'],
  [{ reviewBeforePosting: 'yes' }, 'expected true or false, found "yes"'],
])('%j is explained: %s', (managed, words) => {
  const r = resolveSettings(undefined, managed);
  expect(r.problems).toHaveLength(1);
  expect(r.problems[0]!.message).toContain(words);
  expect(r.problems[0]!.messageFr).toBeTruthy();
});

test('unknown keys are named and ignored', () => {
  const r = resolveSettings(undefined, { colour: 'blue' });
  expect(r.problems).toEqual([
    {
      key: 'colour',
      layer: 'managed',
      message: 'not a Postwise setting (ignored)',
      messageFr: 'pas un réglage de Postwise (ignoré)',
    },
  ]);
});
