/**
 * The sample policy files in docs/policies/: one department's settings in
 * every format, written by `npm run policy -- samples` and checked by the
 * unit tests (each must validate and hold exactly these settings).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { PolicyFormat } from './formats';
import { renderPolicy, type RenderOptions } from './render';

/** A department's settings: its contacts, its official accounts, and what it locks. */
export const SAMPLE_SETTINGS = {
  department: 'Department of Agriculture',
  commsContact: {
    name: 'Alex Example',
    title: 'Communications Director, Department of Agriculture',
    phone: '(902) 555-0100',
    email: 'alex.example@novascotia.ca',
  },
  privacyContact: {
    name: 'Pat Example',
    title: 'Privacy Officer, Department of Agriculture',
    phone: '(902) 555-0142',
    email: 'privacy.agriculture@novascotia.ca',
  },
  officialAccounts: [
    { site: 'x', handle: '@ExampleDepartmentNS' },
    { site: 'facebook', handle: 'Example Department NS' },
  ],
  reviewBeforePosting: true,
  allowAccountSwitch: false,
  workHours: {
    days: [1, 2, 3, 4, 5],
    start: '08:30',
    end: '16:30',
    timeZone: 'America/Halifax',
    holidays: 'ns-civil-service',
  },
  locked: ['commsContact', 'officialAccounts', 'reviewBeforePosting', 'allowAccountSwitch'],
};

/** File name → format and options. */
export const SAMPLE_FILES: Record<string, [PolicyFormat, RenderOptions?]> = {
  'chrome-linux.json': ['chrome-json'],
  'chrome-admin-console.json': ['admin-console'],
  'chrome-windows.reg': ['reg', { browser: 'chrome' }],
  'edge-windows.reg': ['reg', { browser: 'edge' }],
  'chrome-macos.mobileconfig': ['mobileconfig', { browser: 'chrome' }],
  'edge-macos.mobileconfig': ['mobileconfig', { browser: 'edge' }],
  'firefox-policies.json': ['firefox-policies'],
  'firefox-managed-storage.json': ['firefox-managed-storage'],
};

/** Writes every sample into `dir` (JSON formatted as Prettier would). */
export async function writeSamples(dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const [name, [fmt, options]] of Object.entries(SAMPLE_FILES)) {
    const path = join(dir, name);
    let text = renderPolicy(fmt, SAMPLE_SETTINGS, options);
    if (name.endsWith('.json')) text = await format(text, { ...((await resolveConfig(path)) ?? {}), filepath: path });
    writeFileSync(path, text);
    written.push(path);
  }
  return written;
}
