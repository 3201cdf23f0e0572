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
import { describeIssues, EXPECTED } from './problems';
import government from '../data/government.json';

const text = (max = 500) => v.pipe(v.string(), v.trim(), v.maxLength(max));
const hhmm = v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, EXPECTED.time.en));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, EXPECTED.date.en));
const domain = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}$/, EXPECTED.domain.en),
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
  }, EXPECTED.timeZone.en),
);
const emailAddress = v.pipe(v.string(), v.email());
/** An email address, or nothing. */
const optionalEmail = v.pipe(
  v.string(),
  v.trim(),
  v.check((s) => s === '' || v.is(emailAddress, s), EXPECTED.email.en),
);
/** A person to ask: name, title, phone, email (each may be empty). */
const contact = v.object({
  name: text(200),
  title: text(200),
  phone: text(60),
  email: optionalEmail,
});
const severity = v.picklist(['high', 'warning', 'info']);
const site = v.picklist(['facebook', 'x', 'youtube']);

/** Work-hours reminders by default: on, after 20 minutes of personal use, at most one an hour, as a banner. */
const REMINDER_DEFAULTS = { enabled: true, afterMinutes: 20, capMinutes: 60, via: 'banner' } as const;

export const SCHEMAS = {
  language: v.picklist(['auto', 'en', 'fr']),
  department: text(200),
  commsContact: contact,
  /** The department's privacy officer, to report a possible privacy breach to (empty: the person's manager). */
  privacyContact: contact,
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
  /** Work-hours reminders: after `afterMinutes` of personal use in a work day, at most one per `capMinutes`. */
  // Each field has its default, so a manager can set `{ "enabled": false }` alone.
  reminders: v.object({
    enabled: v.optional(v.boolean(), REMINDER_DEFAULTS.enabled),
    afterMinutes: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(480)),
      REMINDER_DEFAULTS.afterMinutes,
    ),
    capMinutes: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(1440)),
      REMINDER_DEFAULTS.capMinutes,
    ),
    via: v.optional(v.picklist(['banner', 'notification']), REMINDER_DEFAULTS.via),
  }),
  /** Days the private activity log keeps its rows. */
  logRetentionDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)),
  /**
   * The welcome page on first run: `show` opens it once (and after an update that changes the
   * guidelines), `off` never opens it on its own, `require` opens it and asks for the acknowledgement.
   */
  welcome: v.picklist(['show', 'off', 'require']),
  /**
   * Moderation assist on official accounts' pages: `on` marks others' comments a moderator may
   * want to look at (by the terms of use), `off` reads no comment at all.
   */
  moderation: v.picklist(['on', 'off']),
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
  privacyContact: { name: '', title: '', phone: '', email: '' },
  officialAccounts: [],
  workHours: { ...DEFAULT_WORK_HOURS, extraHolidays: [] },
  reviewBeforePosting: true,
  allowAccountSwitch: true,
  rules: {},
  locked: [],
  extraPoliticians: [],
  extraParties: [],
  extraDepartments: [],
  governmentDomains: [...government.emailDomains],
  publishedNumbers: [],
  disclaimers: { ...DEFAULT_DISCLAIMERS },
  reminders: { ...REMINDER_DEFAULTS },
  logRetentionDays: 90,
  welcome: 'show',
  moderation: 'on',
};

export const SETTING_KEYS = Object.keys(SCHEMAS) as SettingKey[];

export type Layer = 'user' | 'managed';
/** A value that was not used: which key, from which layer, and what was wrong, in plain words. */
export interface SettingProblem {
  key: string;
  layer: Layer;
  /** Plain words (English): what was wrong, and what is used instead. */
  message: string;
  /** The same in French, when known. */
  messageFr?: string;
}
export interface ResolvedSettings {
  settings: Settings;
  /** Where each key's value came from. */
  source: Record<SettingKey, 'default' | Layer>;
  /** Keys the manager locked (the person cannot change them). */
  locked: ReadonlySet<SettingKey>;
  problems: SettingProblem[];
}

const isSettingKey = (k: string): k is SettingKey => (SETTING_KEYS as string[]).includes(k);

const FALLBACK_WORDS = {
  default: { en: 'the default is used', fr: 'la valeur par défaut est utilisée' },
  user: { en: 'your own setting is used', fr: 'votre propre réglage est utilisé' },
  managed: { en: 'your organisation’s setting is used', fr: 'le réglage de votre organisation est utilisé' },
} as const;

function problem(key: string, layer: Layer, en: string, fr: string): SettingProblem {
  return { key, layer, message: en, messageFr: fr };
}

/** Resolves defaults < user < managed, key by key, reporting what was rejected. */
export function resolveSettings(user: unknown, managed: unknown): ResolvedSettings {
  const settings = structuredClone(DEFAULT_SETTINGS) as Record<SettingKey, unknown>;
  const source = Object.fromEntries(SETTING_KEYS.map((k) => [k, 'default'])) as ResolvedSettings['source'];
  const problems: SettingProblem[] = [];
  const rejected: Array<{ key: SettingKey; layer: Layer; issues: v.BaseIssue<unknown>[] }> = [];
  const layers: Array<[Layer, unknown]> = [
    ['user', user],
    ['managed', managed],
  ];
  for (const [layer, raw] of layers) {
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push(
        problem('(all)', layer, 'expected a group of settings ({ … })', 'attendu un groupe de réglages ({ … })'),
      );
      continue;
    }
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (!isSettingKey(key)) {
        problems.push(problem(key, layer, 'not a Postwise setting (ignored)', 'pas un réglage de Postwise (ignoré)'));
        continue;
      }
      if (layer === 'user' && key === 'locked') continue; // only a manager locks
      const result = v.safeParse(SCHEMAS[key], value);
      if (result.success) {
        settings[key] = result.output;
        source[key] = layer;
        continue;
      }
      rejected.push({ key, layer, issues: result.issues });
    }
  }
  const lockedNames = settings.locked as string[];
  for (const name of lockedNames.filter((k) => !isSettingKey(k))) {
    problems.push(
      problem(
        'locked',
        'managed',
        `"${name}" is not a Postwise setting, so it cannot be locked (ignored)`,
        `« ${name} » n’est pas un réglage de Postwise et ne peut donc pas être verrouillé (ignoré)`,
      ),
    );
  }
  const locked = new Set(lockedNames.filter(isSettingKey));
  for (const k of locked) {
    // A locked key the manager did not set keeps its default, whatever the person chose.
    if (source[k] === 'user') {
      settings[k] = structuredClone(DEFAULT_SETTINGS[k]);
      source[k] = 'default';
    }
  }
  for (const { key, layer, issues } of rejected) {
    // Say what is used instead, once the layers and locks have settled.
    const instead = FALLBACK_WORDS[source[key]];
    const en = `${describeIssues(issues, 'en')}; ${instead.en}`;
    problems.push(problem(key, layer, en, `${describeIssues(issues, 'fr')}; ${instead.fr}`));
  }
  return { settings: settings as Settings, source, locked, problems };
}
