/**
 * Managers' policy files, in every form the admin guide describes: Chrome,
 * Chromium and Edge JSON (Linux), Windows registry files, macOS configuration
 * profiles, the Google Admin console's JSON, Firefox's policies.json and its
 * per-user managed-storage manifest, or a bare settings object. Each is read
 * into the object the browser would hand to `storage.managed`.
 */
import { buildManagedSchema } from '../../lib/settings/managed-schema';
import { EXTENSION_ID, GECKO_ID } from '../../lib/settings/deployment';
import { SETTING_KEYS } from '../../lib/settings/schema';
import { parsePlist, type PlistValue } from './plist';
import { decodeRegBytes, parseReg } from './reg';

/** The kinds of policy file Postwise reads and writes. */
export type PolicyFormat =
  | 'chrome-json'
  | 'admin-console'
  | 'reg'
  | 'mobileconfig'
  | 'firefox-policies'
  | 'firefox-managed-storage'
  | 'settings';

/** Each kind of file, named for people. */
export const FORMAT_NAMES: Record<PolicyFormat, string> = {
  'chrome-json': 'Chrome/Chromium/Edge JSON policy file (Linux)',
  'admin-console': 'Google Admin console "Policy for extensions" JSON',
  reg: 'Windows registry file (Chrome or Edge)',
  mobileconfig: 'macOS configuration profile (Chrome or Edge)',
  'firefox-policies': 'Firefox policies.json',
  'firefox-managed-storage': 'Firefox managed-storage manifest (per user)',
  settings: 'Postwise settings object',
};

/** What was found in a policy file. */
export interface FoundPolicy {
  format: PolicyFormat;
  /** Postwise's settings as the browser would pass them to storage.managed; null when there are none. */
  settings: Record<string, unknown> | null;
  /** What makes the file unusable for Postwise. */
  errors: string[];
  /** Advice that does not make the file invalid (e.g. no force-install). */
  notes: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Picks Postwise's entry from a map of extension ids, explaining a wrong or missing id. */
function pickExtension(map: unknown, id: string, where: string, found: FoundPolicy): void {
  if (!isObj(map)) {
    found.errors.push(`${where} is missing or not an object, so there are no Postwise settings`);
    return;
  }
  const others = Object.keys(map).filter((k) => k !== id);
  if (!(id in map)) {
    found.errors.push(
      others.length
        ? `${where} names ${others.map((o) => `"${o}"`).join(', ')}, not Postwise ("${id}")`
        : `${where} has no entry for Postwise ("${id}")`,
    );
    return;
  }
  if (others.length) found.notes.push(`${where} also configures other extensions: ${others.join(', ')}`);
  const settings = map[id];
  if (!isObj(settings)) found.errors.push(`${where} → "${id}" must be an object of settings`);
  else found.settings = settings;
}

function forceListNote(list: unknown, found: FoundPolicy, name = 'ExtensionInstallForcelist'): void {
  const entries = Array.isArray(list) ? list.map(String) : [];
  if (!entries.some((e) => e.split(';')[0] === EXTENSION_ID)) {
    found.notes.push(
      `${name} does not force-install Postwise: add "${EXTENSION_ID};<update URL>" (see the admin guide)`,
    );
  }
}

function readChromeJson(json: Obj): FoundPolicy {
  const found: FoundPolicy = { format: 'chrome-json', settings: null, errors: [], notes: [] };
  pickExtension((json['3rdparty'] as Obj | undefined)?.extensions, EXTENSION_ID, '"3rdparty" → "extensions"', found);
  const viaSettings = isObj(json.ExtensionSettings) && isObj(json.ExtensionSettings[EXTENSION_ID]);
  if (!viaSettings) forceListNote(json.ExtensionInstallForcelist, found);
  return found;
}

function readFirefox(json: Obj): FoundPolicy {
  const found: FoundPolicy = { format: 'firefox-policies', settings: null, errors: [], notes: [] };
  const policies = json.policies as Obj;
  const third = policies['3rdparty'] as Obj | undefined;
  if (isObj(third) && !('Extensions' in third) && 'extensions' in third) {
    found.errors.push('Firefox spells it "Extensions", with a capital E: "3rdparty" → "Extensions"');
    return found;
  }
  pickExtension(third?.Extensions, GECKO_ID, '"policies" → "3rdparty" → "Extensions"', found);
  const install = (policies.ExtensionSettings as Obj | undefined)?.[GECKO_ID] as Obj | undefined;
  if (!install || !['force_installed', 'normal_installed'].includes(String(install.installation_mode))) {
    found.notes.push(
      `"ExtensionSettings" → "${GECKO_ID}" does not force-install Postwise (installation_mode "force_installed")`,
    );
  }
  return found;
}

function readManagedStorage(json: Obj): FoundPolicy {
  const found: FoundPolicy = { format: 'firefox-managed-storage', settings: null, errors: [], notes: [] };
  if (json.name !== GECKO_ID) found.errors.push(`"name" must be "${GECKO_ID}", not ${JSON.stringify(json.name)}`);
  if (json.type !== 'storage') found.errors.push(`"type" must be "storage", not ${JSON.stringify(json.type)}`);
  if (!isObj(json.data)) found.errors.push('"data" must be an object of settings');
  else if (!found.errors.length) found.settings = json.data;
  return found;
}

function readJson(text: string): FoundPolicy {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { format: 'settings', settings: null, errors: [`not valid JSON: ${(e as Error).message}`], notes: [] };
  }
  if (!isObj(json)) return { format: 'settings', settings: null, errors: ['expected a JSON object { … }'], notes: [] };
  if (isObj(json.policies)) return readFirefox(json);
  if ('3rdparty' in json || 'ExtensionInstallForcelist' in json) return readChromeJson(json);
  if (json.type === 'storage' || ('name' in json && 'data' in json)) return readManagedStorage(json);
  const values = Object.values(json);
  if (values.length && values.every((v) => isObj(v) && Object.keys(v).length === 1 && 'Value' in v)) {
    const settings = Object.fromEntries(Object.entries(json).map(([k, v]) => [k, (v as Obj).Value]));
    return { format: 'admin-console', settings, errors: [], notes: [] };
  }
  const found: FoundPolicy = { format: 'settings', settings: json, errors: [], notes: [] };
  if (!Object.keys(json).some((k) => (SETTING_KEYS as string[]).includes(k))) {
    found.errors.push('no Postwise setting in this object, and it is not a policy file Postwise knows');
    found.settings = null;
  }
  return found;
}

/** Converts registry values to what Chrome passes on: JSON strings for objects and lists, 0/1 for true/false. */
function fromRegistry(values: Map<string, string | number>, found: FoundPolicy): Obj {
  const schema = buildManagedSchema().properties!;
  const out: Obj = {};
  for (const [name, raw] of values) {
    const type = schema[name]?.type;
    if ((type === 'object' || type === 'array') && typeof raw === 'string') {
      try {
        out[name] = JSON.parse(raw);
      } catch (e) {
        found.errors.push(
          `${name}: a ${type === 'array' ? 'list' : 'group of values'} must be written as JSON: ${(e as Error).message}`,
        );
      }
    } else if (type === 'boolean' && typeof raw === 'number') out[name] = raw !== 0;
    else out[name] = raw;
  }
  return out;
}

const REG_POLICY = /\\Policies\\(?:Google\\Chrome|Chromium|Microsoft\\Edge)\\3rdparty\\extensions\\([^\\]+)\\policy$/i;
const REG_FORCE = /\\Policies\\(?:Google\\Chrome|Chromium|Microsoft\\Edge)\\ExtensionInstallForcelist$/i;

function readRegFile(text: string): FoundPolicy {
  const found: FoundPolicy = { format: 'reg', settings: null, errors: [], notes: [] };
  const file = parseReg(text);
  const byId: Obj = {};
  let force: unknown[] = [];
  for (const [key, values] of file) {
    const id = REG_POLICY.exec(key)?.[1];
    if (id) byId[id] = fromRegistry(values, found);
    if (REG_FORCE.test(key)) force = [...force, ...values.values()];
    if (/\\3rdparty\\extensions\\[^\\]+\\policy\\./i.test(key)) {
      found.notes.push(`${key}: nested keys are not checked here; write objects and lists as JSON strings instead`);
    }
  }
  pickExtension(Object.keys(byId).length ? byId : undefined, EXTENSION_ID, '…\\3rdparty\\extensions', found);
  forceListNote(force, found);
  return found;
}

function findDomain(node: PlistValue, domain: RegExp, found: { settings?: Obj; force?: unknown }): void {
  if (Array.isArray(node)) return node.forEach((n) => findDomain(n, domain, found));
  if (!isObj(node)) return;
  for (const [k, v] of Object.entries(node)) {
    if (domain.test(k) && isObj(v)) {
      const forced = ((v.Forced ?? v['Set-Once']) as Obj[] | undefined)?.[0]?.mcx_preference_settings;
      if (isObj(forced)) found.settings = forced;
    }
    if (k === 'ExtensionInstallForcelist') found.force = v;
  }
  if (typeof node.PayloadType === 'string' && domain.test(node.PayloadType)) {
    found.settings = Object.fromEntries(Object.entries(node).filter(([k]) => !k.startsWith('Payload')));
  }
  Object.values(node).forEach((n) => findDomain(n as PlistValue, domain, found));
}

function readMobileconfig(text: string): FoundPolicy {
  const found: FoundPolicy = { format: 'mobileconfig', settings: null, errors: [], notes: [] };
  const plist = parsePlist(text);
  const ours = new RegExp(`^com\\.(google\\.Chrome|microsoft\\.Edge)\\.extensions\\.${EXTENSION_ID}$`);
  const hit: { settings?: Obj; force?: unknown } = {};
  findDomain(plist, ours, hit);
  if (hit.settings) found.settings = hit.settings;
  else {
    const other: { settings?: Obj } = {};
    findDomain(plist, /^com\.(google\.Chrome|microsoft\.Edge)\.extensions\./, other);
    found.errors.push(
      other.settings
        ? `the profile configures another extension, not Postwise (domain com.google.Chrome.extensions.${EXTENSION_ID})`
        : `no payload for the domain com.google.Chrome.extensions.${EXTENSION_ID}`,
    );
  }
  forceListNote(hit.force, found);
  return found;
}

/** Reads a policy file of any supported kind; `name` (the file name) helps tell the kinds apart. */
export function readPolicy(name: string, bytes: Uint8Array): FoundPolicy {
  const lower = name.toLowerCase();
  try {
    if (lower.endsWith('.reg')) return readRegFile(decodeRegBytes(bytes));
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
    if (lower.endsWith('.mobileconfig') || lower.endsWith('.plist') || text.trimStart().startsWith('<?xml')) {
      return readMobileconfig(text);
    }
    return readJson(text);
  } catch (e) {
    const format: PolicyFormat = lower.endsWith('.reg') ? 'reg' : lower.endsWith('.json') ? 'settings' : 'mobileconfig';
    return { format, settings: null, errors: [(e as Error).message], notes: [] };
  }
}
