import { readFileSync } from 'node:fs';
import { buildManagedSchema, type ChromeSchema } from '@/lib/settings/managed-schema';
import { SETTING_KEYS } from '@/lib/settings/schema';
import { MANAGED_SCHEMA_PATH, managedSchemaText } from '@/scripts/managed-schema';

test('public/managed_schema.json is what `npm run managed-schema` generates from the settings schema', async () => {
  const committed = readFileSync(MANAGED_SCHEMA_PATH, 'utf8');
  expect(JSON.parse(committed), 'run `npm run managed-schema` and commit the file').toEqual(buildManagedSchema());
  expect(committed).toBe(await managedSchemaText());
});

const ALLOWED_KEYS = new Set([
  'type',
  'title',
  'description',
  'properties',
  'additionalProperties',
  'items',
  'enum',
  'minimum',
  'maximum',
]);
const ALLOWED_TYPES = new Set(['object', 'array', 'string', 'boolean', 'integer', 'number']);

function walk(schema: ChromeSchema, path: string, visit: (s: ChromeSchema, path: string) => void) {
  visit(schema, path);
  for (const [k, s] of Object.entries(schema.properties ?? {})) walk(s, `${path}.${k}`, visit);
  if (schema.additionalProperties) walk(schema.additionalProperties, `${path}.*`, visit);
  if (schema.items) walk(schema.items, `${path}[]`, visit);
}

test('the schema uses only what Chrome’s managed storage understands, and names every setting', () => {
  const schema = buildManagedSchema();
  expect(Object.keys(schema.properties!)).toEqual(SETTING_KEYS);
  walk(schema, '$', (s, path) => {
    expect(ALLOWED_TYPES.has(s.type), `${path}: type ${s.type}`).toBe(true);
    for (const k of Object.keys(s)) expect(ALLOWED_KEYS.has(k), `${path}: ${k}`).toBe(true);
  });
  // Structural only: content (emails, time zones) is judged by Postwise, which reports it.
  expect(schema.properties!.commsContact!.properties!.email).toEqual({ type: 'string' });
  expect(schema.properties!.language!.enum).toEqual(['auto', 'en', 'fr']);
  expect(schema.properties!.workHours!.properties!.days!.items).toEqual({ type: 'integer', minimum: 1, maximum: 7 });
  expect(schema.properties!.rules!.additionalProperties).toBeDefined();
});
