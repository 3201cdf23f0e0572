/**
 * Managers' policy files, checked and started.
 *
 *   npm run policy -- validate FILE...      explains every problem; exits 1 when a file is not usable
 *   npm run policy -- template [--format F] [--browser chrome|edge]
 *                                           prints a starter file with every setting at its default
 *
 * Formats: chrome-json (default; Linux /etc/opt/chrome/policies/managed/), admin-console, reg,
 * mobileconfig, firefox-policies, firefox-managed-storage, settings (the bare object).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS, resolveSettings, SETTING_KEYS } from '../lib/settings/schema';
import { FIELDS } from '../lib/settings/fields';
import { FORMAT_NAMES, readPolicy, type PolicyFormat } from './policy/formats';
import { renderPolicy } from './policy/render';
import { droppedByChrome } from './policy/chrome-check';
import { writeSamples } from './policy/samples';

const CHROMIUM_FORMATS = new Set<PolicyFormat>(['chrome-json', 'admin-console', 'reg', 'mobileconfig']);

/** The outcome of checking one file: usable or not, and the lines explaining it. */
export interface Report {
  ok: boolean;
  lines: string[];
}

/** Checks one policy file (its name and bytes) and explains what Postwise would make of it. */
export function validatePolicy(name: string, bytes: Uint8Array): Report {
  const found = readPolicy(name, bytes);
  const lines = [`${name}: ${FORMAT_NAMES[found.format]}`];
  const problems: string[] = found.errors.map((e) => `  ✗ ${e}`);
  if (found.settings) {
    const resolved = resolveSettings(undefined, found.settings);
    const bad = new Set(resolved.problems.map((p) => p.key));
    for (const key of Object.keys(found.settings)) {
      if (bad.has(key)) continue;
      const label = key in FIELDS ? ` (${FIELDS[key as keyof typeof FIELDS].label.en})` : '';
      lines.push(`  ✓ ${key}${label}${resolved.locked.has(key as never) ? ', locked' : ''}`);
    }
    for (const p of resolved.problems) problems.push(`  ✗ ${p.key}: ${p.message}`);
    const lockedOnly = [...resolved.locked].filter((k) => !(k in found.settings!));
    for (const k of lockedOnly) lines.push(`  ✓ ${k}: locked at its default`);
    if (CHROMIUM_FORMATS.has(found.format)) {
      for (const k of droppedByChrome(found.settings)) {
        found.notes.push(`${k}: Chrome drops this value before Postwise sees it (shown only at chrome://policy)`);
      }
    }
  }
  lines.push(...problems, ...found.notes.map((n) => `  ! ${n}`));
  const ok = problems.length === 0;
  lines.push(
    ok
      ? '  OK: Postwise can use this file.'
      : `  ${problems.length} problem(s): each ✗ above says what Postwise uses instead.`,
  );
  return { ok, lines };
}

const FORMATS = Object.keys(FORMAT_NAMES) as PolicyFormat[];

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Where the command writes (standard output and error, or a test's sink). */
export interface Sink {
  write(text: string): unknown;
}

/** The command line; returns the exit code. */
export async function main(args: string[], out: Sink = process.stdout, err: Sink = process.stderr): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'samples') {
    // For maintainers: rewrites docs/policies/ from scripts/policy/samples.ts.
    const dir = rest[0] ?? fileURLToPath(new URL('../docs/policies', import.meta.url));
    for (const path of await writeSamples(dir)) out.write(`wrote ${path}\n`);
    return 0;
  }
  if (command === 'validate') {
    const files = rest.filter((a) => !a.startsWith('--'));
    if (!files.length) {
      err.write('usage: npm run policy -- validate FILE...\n');
      return 2;
    }
    let ok = true;
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (e) {
        err.write(`${file}: cannot be read (${(e as Error).message})\n`);
        ok = false;
        continue;
      }
      const report = validatePolicy(basename(file), bytes);
      out.write(report.lines.join('\n') + '\n');
      ok &&= report.ok;
    }
    return ok ? 0 : 1;
  }
  if (command === 'template') {
    const format = (option(rest, '--format') ?? 'chrome-json') as PolicyFormat;
    const browser = option(rest, '--browser') === 'edge' ? 'edge' : 'chrome';
    if (!FORMATS.includes(format)) {
      err.write(`unknown format "${format}": use one of ${FORMATS.join(', ')}\n`);
      return 2;
    }
    const settings = Object.fromEntries(SETTING_KEYS.map((k) => [k, DEFAULT_SETTINGS[k]]));
    out.write(renderPolicy(format, settings, { browser }));
    return 0;
  }
  err.write(
    'usage:\n  npm run policy -- validate FILE...\n' +
      `  npm run policy -- template [--format ${FORMATS.join('|')}] [--browser chrome|edge]\n`,
  );
  return 2;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exit(await main(process.argv.slice(2)));
