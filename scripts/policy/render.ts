/**
 * Writes Postwise's settings as a policy file in each form the admin guide
 * describes (the `template` command, and the samples in docs/policies/).
 */
import { buildManagedSchema } from '../../lib/settings/managed-schema';
import { CHROME_WEB_STORE_UPDATE_URL, EXTENSION_ID, GECKO_ID } from '../../lib/settings/deployment';
import type { PolicyFormat } from './formats';
import { writePlist, type PlistValue } from './plist';
import { writeReg, type RegFile } from './reg';

type Obj = Record<string, unknown>;

/** Choices for the files that differ by browser or by where Postwise is served. */
export interface RenderOptions {
  /** For reg and mobileconfig: which browser's keys (default chrome). */
  browser?: 'chrome' | 'edge';
  /** Firefox: where the .xpi is served from (ExtensionSettings install_url). */
  xpiUrl?: string;
}

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

function reg(settings: Obj, browser: 'chrome' | 'edge'): string {
  const root =
    browser === 'edge'
      ? 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge'
      : 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome';
  const schema = buildManagedSchema().properties!;
  const values = new Map<string, string | number>();
  for (const [k, v] of Object.entries(settings)) {
    const type = schema[k]?.type;
    if (type === 'boolean') values.set(k, v ? 1 : 0);
    else if (type === 'integer' || type === 'number') values.set(k, Number(v));
    else if (typeof v === 'string') values.set(k, v);
    // JSON escapes keep non-ASCII text readable in the file (regedit reads it as ASCII).
    else
      values.set(
        k,
        JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
      );
  }
  const file: RegFile = new Map([
    [`${root}\\ExtensionInstallForcelist`, new Map([['1', `${EXTENSION_ID};${CHROME_WEB_STORE_UPDATE_URL}`]])],
    [`${root}\\3rdparty\\extensions\\${EXTENSION_ID}\\policy`, values],
  ]);
  const name = browser === 'edge' ? 'Microsoft Edge' : 'Google Chrome';
  return writeReg(
    file,
    `Postwise for ${name}: force-install and settings (see docs/admin-guide.md).\nObjects and lists are JSON strings; true/false are dword 1/0.`,
  );
}

function mobileconfig(settings: Obj, browser: 'chrome' | 'edge'): string {
  const app = browser === 'edge' ? 'com.microsoft.Edge' : 'com.google.Chrome';
  const payload = (type: string, uuid: string, content: PlistValue) => ({
    PayloadType: 'com.apple.ManagedClient.preferences',
    PayloadVersion: 1,
    PayloadIdentifier: `ca.novascotia.postwise.${type}`,
    PayloadUUID: uuid,
    PayloadEnabled: true,
    PayloadDisplayName: `Postwise: ${type}`,
    PayloadContent: content,
  });
  const forced = (s: PlistValue) => ({ Forced: [{ mcx_preference_settings: s }] });
  const profile: PlistValue = {
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: 'ca.novascotia.postwise',
    PayloadUUID: '6F2C8A8E-4D1B-4C55-9F7E-2B1D0C3A5E01',
    PayloadDisplayName: `Postwise (${browser === 'edge' ? 'Microsoft Edge' : 'Google Chrome'})`,
    PayloadOrganization: 'Province of Nova Scotia',
    PayloadScope: 'System',
    PayloadContent: [
      payload('install', '6F2C8A8E-4D1B-4C55-9F7E-2B1D0C3A5E02', {
        [app]: forced({ ExtensionInstallForcelist: [`${EXTENSION_ID};${CHROME_WEB_STORE_UPDATE_URL}`] }),
      }),
      payload('settings', '6F2C8A8E-4D1B-4C55-9F7E-2B1D0C3A5E03', {
        [`${app}.extensions.${EXTENSION_ID}`]: forced(settings as PlistValue),
      }),
    ],
  };
  return writePlist(profile);
}

/** The settings as a policy file of the given kind. */
export function renderPolicy(format: PolicyFormat, settings: Obj, options: RenderOptions = {}): string {
  switch (format) {
    case 'chrome-json':
      return json({
        ExtensionInstallForcelist: [`${EXTENSION_ID};${CHROME_WEB_STORE_UPDATE_URL}`],
        '3rdparty': { extensions: { [EXTENSION_ID]: settings } },
      });
    case 'admin-console':
      return json(Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, { Value: v }])));
    case 'reg':
      return reg(settings, options.browser ?? 'chrome');
    case 'mobileconfig':
      return mobileconfig(settings, options.browser ?? 'chrome');
    case 'firefox-policies':
      return json({
        policies: {
          ExtensionSettings: {
            [GECKO_ID]: {
              installation_mode: 'force_installed',
              install_url: options.xpiUrl ?? 'https://intranet.example/postwise/postwise.xpi',
            },
          },
          '3rdparty': { Extensions: { [GECKO_ID]: settings } },
        },
      });
    case 'firefox-managed-storage':
      return json({ name: GECKO_ID, description: 'Postwise settings', type: 'storage', data: settings });
    case 'settings':
      return json(settings);
  }
}
