/**
 * What the activity log may hold, as strict valibot schemas: every field is an
 * enumerated value, a number or a boolean, and unknown keys are rejected. There
 * is no string field a post's text, a name or a handle could travel in.
 *
 * Pure: no browser, no Dexie.
 */
import * as v from 'valibot';
import { RULE_IDS, type RuleId } from '../rules/ids';
import { BREACH_ORIGINS } from '../breach/card';
import type { LogAction, LogEvent } from '../messaging';
import type { Severity, Site, Surface } from '../types';
import { MODERATION_REASONS } from '../moderation/types';

/** Actions a content script or extension page may log (`{type: 'log', event}`). */
export const LOG_ACTIONS = [
  'guidance-shown',
  'fix-applied',
  'review-edited',
  'review-posted-anyway',
  'post-made',
  'reminder-shown',
  'reminder-snoozed',
  'generic-takeover',
] as const satisfies readonly LogAction[];

/**
 * Every action a stored row can have: the logged ones plus those only the background records:
 * 'activity', 'breach-card-shown' (the privacy-breach card, lib/breach/card.ts; schema version 3),
 * and 'moderation-marked' (a comment marked for moderation, with its `reasons`; version 4).
 */
export const ROW_ACTIONS = [...LOG_ACTIONS, 'activity', 'breach-card-shown', 'moderation-marked'] as const;
/** The action of a stored row. */
export type RowAction = (typeof ROW_ACTIONS)[number];

const SITES = ['facebook', 'x', 'youtube', 'other'] as const satisfies readonly Site[];
const SURFACES = ['post', 'reply', 'comment', 'message', 'quote'] as const satisfies readonly Surface[];
const SEVERITIES = ['high', 'warning', 'info'] as const satisfies readonly Severity[];

const site = v.picklist(SITES);
const account = v.picklist(['personal', 'official']);
const surface = v.optional(v.picklist(SURFACES));
const rules = v.pipe(v.array(v.picklist(RULE_IDS)), v.maxLength(500));
const severities = v.pipe(v.array(v.picklist(SEVERITIES)), v.maxLength(500));
const instant = v.pipe(v.number(), v.integer(), v.minValue(0));
const localDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

/** An event as a sender may log it (`LogEvent`); `at` is accepted but the background overwrites it. */
export const LOG_EVENT = v.strictObject({
  action: v.picklist(LOG_ACTIONS),
  site,
  account,
  surface,
  rules,
  severities,
  at: v.optional(instant),
});

/** A row of the `events` table (schema version 4). `id` is set by the database. */
export const LOG_ROW = v.strictObject({
  id: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  at: instant,
  /** Local date ('YYYY-MM-DD') in the work-hours time zone when the row was recorded. */
  day: localDate,
  action: v.picklist(ROW_ACTIONS),
  site,
  account,
  surface,
  rules,
  severities,
  /** 'activity': seconds of visible, focused time. */
  seconds: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(3600))),
  /** Whether the row was recorded inside the person's work hours. */
  workTime: v.optional(v.boolean()),
  /** 'activity': whether the person typed during those seconds. */
  typing: v.optional(v.boolean()),
  /** 'breach-card-shown': why the card was offered (version 3). */
  origin: v.optional(v.picklist(BREACH_ORIGINS)),
  /** 'moderation-marked': the terms-of-use reasons of one marked comment, never its text (version 4). */
  reasons: v.optional(v.pipe(v.array(v.picklist(MODERATION_REASONS)), v.maxLength(MODERATION_REASONS.length))),
});

/** A stored row. */
export type LogRow = v.InferOutput<typeof LOG_ROW>;

/** An `activity` request as a content script sends it (lib/activity/reporter.ts). */
export const ACTIVITY_REQUEST = v.strictObject({
  type: v.literal('activity'),
  site,
  account,
  seconds: v.pipe(v.number(), v.minValue(0), v.maxValue(3600)),
  typing: v.boolean(),
  posted: v.optional(v.boolean()),
  surface,
});
/** A `breach-card` request as a content script sends it (lib/breach/card.ts). */
export const BREACH_CARD_REQUEST = v.strictObject({
  type: v.literal('breach-card'),
  origin: v.picklist(BREACH_ORIGINS),
  site,
  account,
  surface,
  lang: v.optional(v.picklist(['en', 'fr'])),
});

/** A row before the database gives it an id. */
export type NewLogRow = Omit<LogRow, 'id'>;

/** The fields of a row, in the order exports write them. */
export const ROW_FIELDS = [
  'id',
  'at',
  'day',
  'action',
  'site',
  'account',
  'surface',
  'rules',
  'severities',
  'seconds',
  'workTime',
  'typing',
  'origin',
  'reasons',
] as const satisfies readonly (keyof LogRow)[];

/** Checks an incoming `log` event; the reason names the first problem without echoing the value. */
export function parseLogEvent(
  value: unknown,
): { ok: true; event: LogEvent & { rules: RuleId[] } } | { ok: false; reason: string } {
  const result = v.safeParse(LOG_EVENT, value);
  if (result.success) return { ok: true, event: result.output };
  return { ok: false, reason: `invalid event: ${issuePath(result.issues)}` };
}

/** Checks a row before it is written; the reason names the first problem without echoing the value. */
export function parseLogRow(value: unknown): { ok: true; row: LogRow } | { ok: false; reason: string } {
  const result = v.safeParse(LOG_ROW, value);
  if (result.success) return { ok: true, row: result.output };
  return { ok: false, reason: `invalid event: ${issuePath(result.issues)}` };
}

/** Checks an incoming request against its schema; the reason names the first problem without echoing it. */
function parseRequest<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  what: string,
): { ok: true; request: v.InferOutput<S> } | { ok: false; reason: string } {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, request: result.output };
  return { ok: false, reason: `invalid ${what}: ${issuePath(result.issues)}` };
}

/** Checks an incoming `activity` request. */
export const parseActivity = (value: unknown) => parseRequest(ACTIVITY_REQUEST, value, 'activity');

/** Checks an incoming `breach-card` request. */
export const parseBreachCardRequest = (value: unknown) => parseRequest(BREACH_CARD_REQUEST, value, 'request');

function issuePath(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  const path = first?.path?.map((p) => String(p.key)).join('.');
  // Only the key and the kind of problem: the offending value may be private text.
  return `${path || '(event)'} (${first?.kind ?? 'schema'} ${first?.type ?? ''})`.trim();
}
