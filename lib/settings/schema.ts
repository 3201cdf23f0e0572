/**
 * Postwise's settings, defined once: each key has its valibot schema (types and
 * validation) and its default. Values are resolved per key from the defaults,
 * then the person's choices, then the managed (enterprise) policy, which wins;
 * an invalid value in one layer is reported and skipped, so one bad key never
 * costs the others.
 */
import * as v from 'valibot';
import { RULE_IDS, type RuleId } from '../rules/ids';
import { DEFAULT_WORK_HOURS } from '../worktime';

const text = (max = 500) => v.pipe(v.string(), v.trim(), v.maxLength(max));
const hhmm = v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM (24-hour)'));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));
const domain = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}$/, 'expected a domain name such as novascotia.ca'),
);
const timeZone = v.pipe(
  v.string(),
  v.check((tz) => {
    try {
      new Intl.DateTimeFormat('en-CA', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'expected an IANA time zone such as America/Halifax'),
);
const severity = v.picklist(['high', 'warning', 'info']);
const site = v.picklist(['facebook', 'x', 'youtube']);

export const SCHEMAS = {
  language: v.picklist(['auto', 'en', 'fr']),
  department: text(200),
  commsContact: v.object({
    name: text(200),
    title: text(200),
    phone: text(60),
    email: v.union([v.literal(''), v.pipe(v.string(), v.trim(), v.email())]),
  }),
  officialAccounts: v.pipe(v.array(v.object({ site, handle: v.pipe(text(100), v.minLength(1)) })), v.maxLength(200)),
  workHours: v.object({
    days: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))), v.maxLength(7)),
    start: hhmm,
    end: hhmm,
    timeZone,
    holidays: v.picklist(['ns-civil-service', 'none']),
    extraHolidays: v.optional(v.pipe(v.array(isoDate), v.maxLength(100))),
  }),
  reviewBeforePosting: v.boolean(),
  /** Whether the person may switch a site between personal and official from the guidance panel. */
  allowAccountSwitch: v.boolean(),
  rules: v.record(v.picklist(RULE_IDS), v.object({ enabled: v.optional(v.boolean()), severity: v.optional(severity) })),
  locked: v.pipe(v.array(v.string()), v.maxLength(50)),
  extraPoliticians: v.pipe(v.array(text(120)), v.maxLength(500)),
  extraParties: v.pipe(
    v.array(
      v.object({
        name: v.pipe(text(200), v.minLength(2)),
        domains: v.optional(v.pipe(v.array(domain), v.maxLength(20))),
        handles: v.optional(v.pipe(v.array(text(60)), v.maxLength(20))),
      }),
    ),
    v.maxLength(100),
  ),
  extraDepartments: v.pipe(v.array(v.pipe(text(200), v.minLength(2))), v.maxLength(200)),
  governmentDomains: v.pipe(v.array(domain), v.maxLength(50)),
  publishedNumbers: v.pipe(v.array(text(40)), v.maxLength(200)),
  disclaimers: v.object({ en: v.pipe(text(400), v.minLength(10)), fr: v.pipe(text(400), v.minLength(10)) }),
} as const;

export type SettingKey = keyof typeof SCHEMAS;
export type Settings = { [K in SettingKey]: v.InferOutput<(typeof SCHEMAS)[K]> };
export type RuleSettings = Partial<Record<RuleId, { enabled?: boolean; severity?: 'high' | 'warning' | 'info' }>>;

export const DEFAULT_DISCLAIMERS = {
  en: 'The postings on this site are my own and do not represent the views or opinions of my employer.',
  fr: 'Les publications sur ce site sont les miennes et ne représentent pas les points de vue ni les opinions de mon employeur.',
} as const;

/** Communications Nova Scotia, as the policy's Enquiries block names it. */
export const FALLBACK_CONTACT = {
  name: 'Communications Nova Scotia',
  title: 'Director, Policy and Corporate Services',
  phone: '(902) 722-1370',
  email: '',
} as const;

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  department: '',
  commsContact: { name: '', title: '', phone: '', email: '' },
  officialAccounts: [],
  workHours: { ...DEFAULT_WORK_HOURS, extraHolidays: [] },
  reviewBeforePosting: true,
  allowAccountSwitch: true,
  rules: {},
  locked: [],
  extraPoliticians: [],
  extraParties: [],
  extraDepartments: [],
  governmentDomains: ['novascotia.ca', 'gov.ns.ca'],
  publishedNumbers: [],
  disclaimers: { ...DEFAULT_DISCLAIMERS },
};

export const SETTING_KEYS = Object.keys(SCHEMAS) as SettingKey[];

export type Layer = 'user' | 'managed';
export interface SettingProblem {
  key: string;
  layer: Layer;
  /** Plain words: what was wrong. */
  message: string;
}
export interface ResolvedSettings {
  settings: Settings;
  /** Where each key's value came from. */
  source: Record<SettingKey, 'default' | Layer>;
  /** Keys the manager locked (the person cannot change them). */
  locked: ReadonlySet<SettingKey>;
  problems: SettingProblem[];
}

function describe(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((i) => {
      const path = i.path?.map((p) => String(p.key)).join('.');
      return path ? `${path}: ${i.message}` : i.message;
    })
    .join('; ');
}

/** Resolves defaults < user < managed, key by key, reporting what was rejected. */
export function resolveSettings(user: unknown, managed: unknown): ResolvedSettings {
  const settings = structuredClone(DEFAULT_SETTINGS) as Record<SettingKey, unknown>;
  const source = Object.fromEntries(SETTING_KEYS.map((k) => [k, 'default'])) as ResolvedSettings['source'];
  const problems: SettingProblem[] = [];
  const layers: Array<[Layer, unknown]> = [
    ['user', user],
    ['managed', managed],
  ];
  for (const [layer, raw] of layers) {
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push({ key: '(all)', layer, message: 'expected an object of settings' });
      continue;
    }
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (!(key in SCHEMAS)) {
        problems.push({ key, layer, message: 'not a Postwise setting (ignored)' });
        continue;
      }
      const k = key as SettingKey;
      if (layer === 'user' && k === 'locked') continue; // only a manager locks
      const result = v.safeParse(SCHEMAS[k], value);
      if (result.success) {
        settings[k] = result.output;
        source[k] = layer;
      } else {
        problems.push({
          key,
          layer,
          message: `${describe(result.issues)}; the ${layer === 'managed' ? 'default' : 'previous value'} is used`,
        });
      }
    }
  }
  const locked = new Set(
    (settings.locked as string[]).filter((k): k is SettingKey => (SETTING_KEYS as string[]).includes(k)),
  );
  for (const k of locked) {
    // A locked key the manager did not set keeps its default, whatever the person chose.
    if (source[k] === 'user') {
      settings[k] = structuredClone(DEFAULT_SETTINGS[k]);
      source[k] = 'default';
    }
  }
  return { settings: settings as Settings, source, locked, problems };
}
