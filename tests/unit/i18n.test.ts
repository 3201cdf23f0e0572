import { pick, uiLanguage } from '@/lib/i18n';

test('the interface follows the setting, then the browser, then English', () => {
  expect(uiLanguage('fr', 'en-CA')).toBe('fr');
  expect(uiLanguage('en', 'fr-CA')).toBe('en');
  expect(uiLanguage('auto', 'fr-CA')).toBe('fr');
  expect(uiLanguage('auto', 'de-DE')).toBe('en');
  expect(uiLanguage(undefined, undefined)).toBe('en');
});

test('pick fills placeholders and leaves unknown ones', () => {
  const t = pick({ en: { hi: 'Hi {name}, {n} new {x}' }, fr: { hi: 'Salut {name}' } }, 'en');
  expect(t('hi', { name: 'Ana', n: 2 })).toBe('Hi Ana, 2 new {x}');
});
