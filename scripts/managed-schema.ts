/**
 * Writes public/managed_schema.json from the settings schema.
 *
 *   npm run managed-schema            write the file
 *   npm run managed-schema -- --check exit 1 when the committed file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { buildManagedSchema } from '../lib/settings/managed-schema';

/** Where the generated schema lives (the manifest's storage.managed_schema). */
export const MANAGED_SCHEMA_PATH = fileURLToPath(new URL('../public/managed_schema.json', import.meta.url));

/** The file's text: the generated schema, formatted as Prettier would. */
export async function managedSchemaText(): Promise<string> {
  const options = (await resolveConfig(MANAGED_SCHEMA_PATH)) ?? {};
  return format(JSON.stringify(buildManagedSchema()), { ...options, filepath: MANAGED_SCHEMA_PATH });
}

async function main() {
  const text = await managedSchemaText();
  if (process.argv.includes('--check')) {
    const current = readFileSync(MANAGED_SCHEMA_PATH, 'utf8');
    if (current !== text) {
      process.stderr.write('public/managed_schema.json is out of date: run npm run managed-schema\n');
      process.exit(1);
    }
    process.stdout.write('public/managed_schema.json is up to date\n');
    return;
  }
  writeFileSync(MANAGED_SCHEMA_PATH, text);
  process.stdout.write(`wrote ${MANAGED_SCHEMA_PATH}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
