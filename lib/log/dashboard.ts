/**
 * What the options page's activity dashboard draws, summarised from log rows
 * in the background so the page receives a few hundred numbers, not the rows.
 * Pure: no browser, no Dexie.
 */
import type { RuleId } from '../rules/ids';
import type { Site } from '../types';
import { MODERATION_REASONS, type ModerationReason } from '../moderation/types';
import type { LogRow } from './schema';

/** Days the dashboard covers by default: four weeks. */
export const DASHBOARD_DAYS = 28;

/** One day of the minutes chart. */
export interface DayActivity {
  /** 'YYYY-MM-DD', local to the work-hours time zone. */
  day: string;
  /** Minutes of personal social media inside work hours (rounded to 0.1). */
  workMinutes: number;
  /** Minutes of personal social media outside work hours (rounded to 0.1). */
  otherMinutes: number;
}

/** The summary the options page draws. */
export interface DashboardData {
  /** First and last day shown. */
  from: string;
  to: string;
  /** One entry per day, oldest first, days without activity included. */
  days: DayActivity[];
  /** Guidance shown, by rule, most frequent first. */
  rules: Array<{ rule: RuleId; count: number }>;
  /** What happened after guidance. */
  outcomes: { guidance: number; edited: number; fixed: number; postedAnyway: number; posts: number };
  reminders: { shown: number; snoozed: number };
  /**
   * Pages where the generic layer had to guide a box the site's adapter did not
   * recognise, by site (most recent first): the adapter may need updating.
   */
  generic: Array<{ site: Site; count: number; last: string }>;
  /** Comments marked for moderation on official accounts' pages (counts only, never text or names). */
  moderation: ModerationSummary;
  /** Rows in the period. */
  events: number;
}

/** The moderation summary: comments marked, by reason and by day. */
export interface ModerationSummary {
  /** Comments marked (a comment with two reasons counts once). */
  total: number;
  /** Of which inside the person's work hours. */
  inWorkHours: number;
  /** Comments marked for each reason, in the shared order of reasons; reasons never seen are left out. */
  reasons: Array<{ reason: ModerationReason; count: number }>;
  /** One entry per day of the period, oldest first. */
  days: Array<{ day: string; count: number }>;
}

/** Adds up 'moderation-marked' rows: by reason, and per day for the given dates (any others are skipped). */
export function moderationSummary(rows: readonly LogRow[], dates?: readonly string[]): ModerationSummary {
  const byReason = new Map<ModerationReason, number>();
  const byDay = new Map<string, number>((dates ?? []).map((d) => [d, 0]));
  let total = 0;
  let inWorkHours = 0;
  for (const row of rows) {
    if (row.action !== 'moderation-marked') continue;
    if (dates && !byDay.has(row.day)) continue;
    total++;
    if (row.workTime) inWorkHours++;
    byDay.set(row.day, (byDay.get(row.day) ?? 0) + 1);
    for (const reason of new Set(row.reasons ?? [])) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  return {
    total,
    inWorkHours,
    reasons: MODERATION_REASONS.filter((r) => byReason.has(r)).map((reason) => ({
      reason,
      count: byReason.get(reason)!,
    })),
    days: [...byDay].map(([day, count]) => ({ day, count })).sort((a, b) => a.day.localeCompare(b.day)),
  };
}

const DAY_MS = 86_400_000;

/** The `count` dates ending at `today` ('YYYY-MM-DD'), oldest first. */
export function lastDays(today: string, count: number): string[] {
  const end = Date.parse(`${today}T00:00:00Z`);
  if (!Number.isFinite(end)) return [];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) out.push(new Date(end - i * DAY_MS).toISOString().slice(0, 10));
  return out;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Summarises rows (any order) into the dashboard for the `days` days ending `today`. */
export function summarize(rows: readonly LogRow[], today: string, days = DASHBOARD_DAYS): DashboardData {
  const dates = lastDays(today, days);
  const index = new Map(dates.map((d, i) => [d, i]));
  const work = new Float64Array(dates.length);
  const other = new Float64Array(dates.length);
  const byRule = new Map<RuleId, number>();
  const outcomes = { guidance: 0, edited: 0, fixed: 0, postedAnyway: 0, posts: 0 };
  const reminders = { shown: 0, snoozed: 0 };
  const generic = new Map<Site, { site: Site; count: number; last: string }>();
  let events = 0;
  for (const row of rows) {
    const i = index.get(row.day);
    if (i === undefined) continue;
    events++;
    switch (row.action) {
      case 'activity':
        if (row.account !== 'personal') break;
        if (row.workTime) work[i]! += row.seconds ?? 0;
        else other[i]! += row.seconds ?? 0;
        break;
      case 'guidance-shown':
        outcomes.guidance++;
        for (const rule of new Set(row.rules)) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
        break;
      case 'fix-applied':
        outcomes.fixed++;
        break;
      case 'review-edited':
        outcomes.edited++;
        break;
      case 'review-posted-anyway':
        outcomes.postedAnyway++;
        break;
      case 'post-made':
        outcomes.posts++;
        break;
      case 'reminder-shown':
        reminders.shown++;
        break;
      case 'reminder-snoozed':
        reminders.snoozed++;
        break;
      case 'generic-takeover': {
        const seen = generic.get(row.site) ?? { site: row.site, count: 0, last: row.day };
        seen.count++;
        if (row.day > seen.last) seen.last = row.day;
        generic.set(row.site, seen);
        break;
      }
    }
  }
  return {
    from: dates[0] ?? today,
    to: dates[dates.length - 1] ?? today,
    days: dates.map((day, i) => ({ day, workMinutes: round1(work[i]! / 60), otherMinutes: round1(other[i]! / 60) })),
    rules: [...byRule]
      .map(([rule, count]) => ({ rule, count }))
      .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
    outcomes,
    reminders,
    generic: [...generic.values()].sort((a, b) => b.last.localeCompare(a.last) || a.site.localeCompare(b.site)),
    moderation: moderationSummary(rows, dates),
    events,
  };
}
