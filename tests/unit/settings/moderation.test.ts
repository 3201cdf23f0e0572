/** The `moderation` setting: on by default, 'off' from a manager wins and can be locked; labelled in both languages. */
import { DEFAULT_SETTINGS, resolveSettings } from '@/lib/settings/schema';
import { FIELDS } from '@/lib/settings/fields';
import { buildManagedSchema } from '@/lib/settings/managed-schema';
import { CHOICE_LABELS } from '@/lib/settings/labels';
import managedSchema from '@/public/managed_schema.json';

test('on by default', () => {
  expect(DEFAULT_SETTINGS.moderation).toBe('on');
  expect(resolveSettings(undefined, undefined).settings.moderation).toBe('on');
});

test('a person may turn it off; a manager’s choice wins and can be locked', () => {
  expect(resolveSettings({ moderation: 'off' }, undefined).settings.moderation).toBe('off');
  const managed = resolveSettings({ moderation: 'on' }, { moderation: 'off', locked: ['moderation'] });
  expect(managed.settings.moderation).toBe('off');
  expect(managed.locked.has('moderation')).toBe(true);
});

test('a value other than on or off is reported in both languages, and the default is used', () => {
  const r = resolveSettings(undefined, { moderation: 'auto' });
  expect(r.settings.moderation).toBe('on');
  const problem = r.problems.find((p) => p.key === 'moderation');
  expect(problem?.layer).toBe('managed');
  expect(problem?.message).toMatch(/"on"/);
  expect(problem?.messageFr).toBeTruthy();
});

test('the managed schema offers on and off, with its label and help', () => {
  const built = buildManagedSchema().properties!.moderation!;
  expect(built).toMatchObject({ type: 'string', enum: ['on', 'off'], title: 'Moderation assist' });
  expect(built.description).toContain('Criticism of government is never marked');
  expect((managedSchema as { properties: Record<string, unknown> }).properties.moderation).toEqual(built);
});

test('labels and help in English and French', () => {
  expect(FIELDS.moderation.label).toEqual({ en: 'Moderation assist', fr: 'Aide à la modération' });
  expect(FIELDS.moderation.help.fr).toContain('La critique du gouvernement n’est jamais signalée');
  expect(CHOICE_LABELS.on).toEqual({ en: 'On', fr: 'Activée' });
  expect(CHOICE_LABELS.off?.fr).toBe('Désactivée');
});
