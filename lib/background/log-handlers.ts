/**
 * The background's handlers for the activity log and work-hours reminders,
 * registered through `createHandler({ extra })`: log, activity,
 * snooze-reminder, dashboard-data, export-log, clear-log, and breach-card (the
 * privacy-breach card's words, recorded as shown). Browser APIs come in
 * through `deps`; every answer says `ok` and, when not, a short reason.
 */
import { isWorkTime } from '../worktime';
import type { Lang, Site } from '../types';
import type { ModerationReason } from '../moderation/types';
import type { Settings } from '../settings/schema';
import type { ActivityRequest, BreachCardRequest, Request, Reminder, Responses } from '../messaging';
import { toCsv, toJson } from '../log/export';
import { DASHBOARD_DAYS, summarize } from '../log/dashboard';
import { parseActivity, parseBreachCardRequest, parseLogEvent, type NewLogRow } from '../log/schema';
import { breachCard, offersBreachCard, type BreachCard } from '../breach/card';
import type { EventLog } from '../log/store';
import { dayOf } from '../log/migrations';
import { reminderFor } from '../reminders/messages';
import type { ReminderService } from '../reminders/service';
import { MAX_REPORT_SECONDS } from '../reminders/policy';

const DAY_MS = 86_400_000;

/** What the log and reminder handlers need. */
export interface LogHandlerDeps {
  log: EventLog;
  reminders: ReminderService;
  /** The resolved settings (defaults < person < manager). */
  settings: () => Promise<Settings>;
  now?: () => number;
  /** The interface language for reminder words. */
  lang?: (settings: Settings) => Lang;
  /** Shows a reminder as a browser notification; false when it cannot (no permission). */
  notify?: (reminder: Reminder, lang: Lang) => Promise<boolean>;
}

type Handlers = {
  [K in 'log' | 'activity' | 'snooze-reminder' | 'dashboard-data' | 'export-log' | 'clear-log' | 'breach-card']: (
    req: Extract<Request, { type: K }>,
  ) => Promise<Responses[K]>;
};

/** A read that fails (database blocked or gone) answers null instead of throwing. */
async function readable<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch {
    return null;
  }
}

/** The handlers to pass as `deps.extra` to createHandler. */
export function createLogHandlers(deps: LogHandlerDeps): Handlers {
  const now = deps.now ?? Date.now;
  const langOf = deps.lang ?? ((s: Settings) => (s.language === 'fr' ? 'fr' : 'en'));
  const base = (s: Settings, at: number) => ({
    at,
    day: dayOf(at, s.workHours.timeZone),
    workTime: isWorkTime(new Date(at), s.workHours),
  });

  /** Records that the privacy-breach card was shown (no text) and answers it. */
  async function showBreachCard(
    s: Settings,
    req: Pick<BreachCardRequest, 'origin' | 'site' | 'account' | 'surface' | 'lang'>,
  ): Promise<Responses['breach-card'] & { card: BreachCard }> {
    const at = now();
    const site = req.site;
    const saved = await deps.log.add({
      ...base(s, at),
      action: 'breach-card-shown',
      origin: req.origin,
      site,
      account: req.account,
      ...(req.surface ? { surface: req.surface } : {}),
      rules: ['personal-info'],
      severities: req.origin === 'posted-anyway' ? ['high'] : [],
    });
    // The card is the person's next step: it is answered even when the log could not record it.
    const card = breachCard(s, { origin: req.origin, site, at, lang: req.lang ?? langOf(s) });
    return saved.ok ? { ok: true, card } : { ok: false, reason: saved.reason, card };
  }

  async function activity(raw: ActivityRequest): Promise<Responses['activity']> {
    const parsed = parseActivity(raw);
    if (!parsed.ok) return parsed;
    const req = parsed.request;
    const s = await deps.settings();
    const at = now();
    const account = req.account;
    const decision = await deps.reminders.report(
      { at, seconds: req.seconds, account, posted: req.posted === true },
      s.reminders,
      s.workHours,
    );
    const row = {
      at,
      day: decision.day,
      workTime: decision.workTime,
      site: req.site,
      account,
      rules: [],
      severities: [],
    };
    const seconds = Math.min(MAX_REPORT_SECONDS, req.seconds);
    const rows: NewLogRow[] = [];
    if (seconds > 0) rows.push({ ...row, action: 'activity', seconds, typing: req.typing === true });
    if (req.posted) rows.push({ ...row, action: 'post-made', ...(req.surface ? { surface: req.surface } : {}) });
    let reminder: Reminder | undefined;
    if (decision.remind) {
      rows.push({ ...row, action: 'reminder-shown' });
      const lang = langOf(s);
      reminder = reminderFor(decision.why, decision.minutes, lang);
      if (s.reminders.via === 'notification' && (await deps.notify?.(reminder, lang))) reminder = undefined;
    }
    const saved = rows.length ? await deps.log.addMany(rows) : ({ ok: true } as const);
    const answer: Responses['activity'] = saved.ok ? { ok: true } : { ok: false, reason: saved.reason };
    return reminder ? { ...answer, reminder } : answer;
  }

  return {
    async log(req) {
      const parsed = parseLogEvent(req.event);
      if (!parsed.ok) return parsed;
      const s = await deps.settings();
      const { event } = parsed;
      const saved = await deps.log.add({ ...event, ...base(s, now()) });
      // The policy's next step after a post that may be a privacy breach: the card, in the answer.
      if (event.action !== 'review-posted-anyway' || !offersBreachCard(event)) return saved;
      const { card } = await showBreachCard(s, { ...event, origin: 'posted-anyway' });
      return { ...saved, card };
    },
    activity,
    async 'snooze-reminder'(req) {
      const s = await deps.settings();
      const at = now();
      await deps.reminders.snooze(at, s.workHours);
      const site = req.site === 'facebook' || req.site === 'x' || req.site === 'youtube' ? req.site : 'other';
      return deps.log.add({
        ...base(s, at),
        action: 'reminder-snoozed',
        site,
        account: 'personal',
        rules: [],
        severities: [],
      });
    },
    async 'dashboard-data'(req) {
      const s = await deps.settings();
      const asked = typeof req.days === 'number' && Number.isFinite(req.days) ? Math.floor(req.days) : DASHBOARD_DAYS;
      const days = Math.min(366, Math.max(1, asked));
      const at = now();
      const rows = await readable(() => deps.log.since(at - (days + 1) * DAY_MS));
      if (!rows) return { ok: false, reason: 'storage unavailable' };
      const data = summarize(rows, dayOf(at, s.workHours.timeZone), days);
      return { ok: true, data, retentionDays: s.logRetentionDays };
    },
    async 'export-log'(req) {
      const at = now();
      const rows = await readable(() => deps.log.all());
      if (!rows) return { ok: false, reason: 'storage unavailable' };
      const stamp = new Date(at).toISOString().slice(0, 10);
      return req.format === 'csv'
        ? { ok: true, data: toCsv(rows), mime: 'text/csv', filename: `postwise-activity-${stamp}.csv` }
        : { ok: true, data: toJson(rows, at), mime: 'application/json', filename: `postwise-activity-${stamp}.json` };
    },
    'clear-log': () => deps.log.clear(),
    async 'breach-card'(raw) {
      const parsed = parseBreachCardRequest(raw);
      if (!parsed.ok) return parsed;
      return showBreachCard(await deps.settings(), parsed.request);
    },
  };
}

/** Adds one marked comment to the log's moderation summary: its reasons and the time, never text or names. */
export function moderationLogger(log: EventLog, settings: () => Promise<Settings>, now: () => number = Date.now) {
  return async (site: Site, reasons: ModerationReason[]) => {
    const s = await settings();
    const at = now();
    return log.add({
      at,
      day: dayOf(at, s.workHours.timeZone),
      workTime: isWorkTime(new Date(at), s.workHours),
      action: 'moderation-marked',
      site,
      account: 'official',
      rules: [],
      severities: [],
      reasons,
    });
  };
}
