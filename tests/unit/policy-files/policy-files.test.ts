import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main, validatePolicy } from '@/scripts/policy';
import { readPolicy, type PolicyFormat } from '@/scripts/policy/formats';
import { renderPolicy } from '@/scripts/policy/render';
import { SAMPLE_FILES, SAMPLE_SETTINGS } from '@/scripts/policy/samples';
import { parseReg, writeReg } from '@/scripts/policy/reg';
import { parsePlist, writePlist } from '@/scripts/policy/plist';
import { DEFAULT_SETTINGS, SETTING_KEYS } from '@/lib/settings/schema';
import { EXTENSION_ID, GECKO_ID } from '@/lib/settings/deployment';
import { GECKO_ID as CONFIG_GECKO_ID } from '@/wxt.config';

const DIR = resolve(__dirname, '../../../docs/policies');
const bytes = (text: string) => new TextEncoder().encode(text);

function run(args: string[]) {
  let out = '';
  let err = '';
  const sink = (f: (s: string) => void) => ({ write: (s: string) => f(s) });
  return main(
    args,
    sink((s) => (out += s)),
    sink((s) => (err += s)),
  ).then((code) => ({ code, out, err }));
}

test('the ids the guide and the samples use are the extension’s', () => {
  const fixtures = readFileSync(resolve(__dirname, '../../e2e/fixtures.ts'), 'utf8');
  expect(fixtures).toContain(`EXTENSION_ID = '${EXTENSION_ID}'`);
  expect(GECKO_ID).toBe(CONFIG_GECKO_ID);
});

test.each(readdirSync(DIR))('docs/policies/%s is valid for Postwise and holds the sample settings', (name) => {
  const file = readFileSync(join(DIR, name));
  const report = validatePolicy(name, file);
  expect(report.lines.join('\n')).toContain('OK: Postwise can use this file.');
  expect(report.ok).toBe(true);
  expect(readPolicy(name, file).settings).toEqual(SAMPLE_SETTINGS);
});

test.each(Object.entries(SAMPLE_FILES))(
  'docs/policies/%s is up to date with the sample settings',
  (name, [format, options]) => {
    const committed = readFileSync(join(DIR, name), 'utf8');
    const rendered = renderPolicy(format, SAMPLE_SETTINGS, options);
    if (name.endsWith('.json')) expect(JSON.parse(committed)).toEqual(JSON.parse(rendered));
    else expect(committed).toBe(rendered);
  },
);

const FORMATS: PolicyFormat[] = [
  'chrome-json',
  'admin-console',
  'reg',
  'mobileconfig',
  'firefox-policies',
  'firefox-managed-storage',
  'settings',
];
const NAMES: Record<PolicyFormat, string> = {
  'chrome-json': 'p.json',
  'admin-console': 'p.json',
  reg: 'p.reg',
  mobileconfig: 'p.mobileconfig',
  'firefox-policies': 'p.json',
  'firefox-managed-storage': 'p.json',
  settings: 'p.json',
};

test.each(FORMATS)('`template --format %s` has every setting at its default, and validates', async (format) => {
  const { code, out } = await run(['template', '--format', format]);
  expect(code).toBe(0);
  const found = readPolicy(NAMES[format], bytes(out));
  expect(found.format).toBe(format);
  expect(Object.keys(found.settings!)).toEqual(SETTING_KEYS);
  expect(found.settings).toEqual(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)));
  expect(validatePolicy(NAMES[format], bytes(out)).ok).toBe(true);
});

test('validate explains every problem in plain words and exits 1', async () => {
  const bad = {
    '3rdparty': {
      extensions: {
        [EXTENSION_ID]: {
          commsContact: { name: 'A', title: 'B', phone: '', email: 'nope' },
          workHours: { ...DEFAULT_SETTINGS.workHours, timeZone: 'Mars/Olympus' },
          language: 'de',
          colour: 'blue',
        },
      },
    },
  };
  const report = validatePolicy('bad.json', bytes(JSON.stringify(bad)));
  expect(report.ok).toBe(false);
  const text = report.lines.join('\n');
  expect(text).toContain(
    '✗ commsContact: email: expected an email address such as name@novascotia.ca (or nothing), found "nope"; the default is used',
  );
  expect(text).toContain(
    '✗ workHours: timeZone: expected a time zone name such as America/Halifax, found "Mars/Olympus"; the default is used',
  );
  expect(text).toContain('✗ colour: not a Postwise setting (ignored)');
  expect(text).toContain('! language: Chrome drops this value before Postwise sees it');
  expect(text).toContain('! ExtensionInstallForcelist does not force-install Postwise');
});

test('a file for another extension, or Firefox’s lower-case "extensions", is explained', () => {
  const other = validatePolicy(
    'x.json',
    bytes(JSON.stringify({ '3rdparty': { extensions: { abcdefghijklmnopabcdefghijklmnop: {} } } })),
  );
  expect(other.ok).toBe(false);
  expect(other.lines.join('\n')).toContain(
    `names "abcdefghijklmnopabcdefghijklmnop", not Postwise ("${EXTENSION_ID}")`,
  );
  const firefox = validatePolicy(
    'policies.json',
    bytes(JSON.stringify({ policies: { '3rdparty': { extensions: { [GECKO_ID]: {} } } } })),
  );
  expect(firefox.lines.join('\n')).toContain('capital E');
  const broken = validatePolicy('b.json', bytes('{"3rdparty": '));
  expect(broken.lines.join('\n')).toMatch(/not valid JSON/);
});

test('the CLI exits non-zero on an invalid file and on a missing one', async () => {
  expect((await run(['validate', join(DIR, 'chrome-linux.json')])).code).toBe(0);
  expect((await run(['validate', '/nonexistent/policy.json'])).code).toBe(1);
  expect((await run(['frobnicate'])).code).toBe(2);
});

test('registry files: strings, dwords and non-ASCII text (hex(1)) round-trip; regedit’s UTF-16 is read', () => {
  const file = new Map([
    [
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Test',
      new Map<string, string | number>([
        ['a', 'Santé "x" \\ y'],
        ['b', 1],
        ['c', 'plain'],
      ]),
    ],
  ]);
  const text = writeReg(file);
  expect(text).toContain('"a"=hex(1):');
  expect(parseReg(text)).toEqual(file);
  const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(renderPolicy('reg', SAMPLE_SETTINGS), 'utf16le')]);
  expect(readPolicy('p.reg', utf16).settings).toEqual(SAMPLE_SETTINGS);
});

test('property lists round-trip, with escaped text', () => {
  const value = { a: 'x < y & "z"', b: [1, 2.5, true, false], c: {}, d: [] };
  expect(parsePlist(writePlist(value))).toEqual(value);
});

test('the admin guide names every setting and links every sample file', () => {
  const guide = readFileSync(resolve(__dirname, '../../../docs/admin-guide.md'), 'utf8');
  for (const key of SETTING_KEYS) expect(guide, key).toMatch(new RegExp(`^\\| \`${key}\` +\\|`, 'm'));
  for (const name of readdirSync(DIR)) expect(guide, name).toContain(`(policies/${name})`);
  expect(guide).toContain(EXTENSION_ID);
  expect(guide).toContain(GECKO_ID);
});
