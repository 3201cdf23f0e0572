/**
 * When Postwise gently reminds someone that personal social media should not
 * interfere with work. Pure: state in, state out; the caller keeps the state in
 * storage so a restarted service worker carries on.
 *
 * A reminder is due, inside work hours only (not on holidays or days off), for a
 * personal account, with reminders on and not snoozed today, when either
 * - today's personal use in work hours reaches `afterMinutes`, or
 * - the person just posted,
 * and no reminder was shown in the last `capMinutes`.
 */
import { workTimeStatus, type WorkHours } from '../worktime';
import type { Settings } from '../settings/schema';

/** The `reminders` setting. */
export type ReminderSettings = Settings['reminders'];

/** What the reminders remember between reports (kept in storage.local). */
export interface ReminderState {
  /** Local date ('YYYY-MM-DD') the counter belongs to. */
  day: string | null;
  /** Seconds of personal use inside work hours on `day`. */
  workSeconds: number;
  /** Epoch ms of the last reminder shown. */
  lastShownAt: number | null;
  /** Local date on which the person chose "Snooze for today". */
  snoozedDay: string | null;
}

/** The state before any report. */
export const INITIAL_STATE: ReminderState = Object.freeze({
  day: null,
  workSeconds: 0,
  lastShownAt: null,
  snoozedDay: null,
});

/** One activity report, as the background received it. */
export interface ActivityInput {
  /** Epoch ms of the report. */
  at: number;
  /** Seconds of visible, focused time since the last report (clamped to 0-120). */
  seconds: number;
  account: 'personal' | 'official';
  posted?: boolean;
}

/** Why a decision came out as it did. */
export type Why =
  | 'threshold'
  | 'post'
  | 'outside-work-hours'
  | 'holiday'
  | 'official'
  | 'off'
  | 'snoozed'
  | 'capped'
  | 'below-threshold';

/** The outcome of one report. */
export interface Decision {
  state: ReminderState;
  /** Local date of the report in the work-hours time zone. */
  day: string;
  /** Whether the report fell inside work hours. */
  workTime: boolean;
  remind: boolean;
  why: Why;
  /** Today's personal use in work hours, in whole minutes, after this report. */
  minutes: number;
}

/** Longest a single report may count for (the reporter sends every 60 s). */
export const MAX_REPORT_SECONDS = 120;

/** Local date of an instant for a schedule (UTC date when the schedule is invalid). */
export function localDay(at: number, hours: WorkHours): string {
  return workTimeStatus(new Date(at), hours).local?.date ?? new Date(at).toISOString().slice(0, 10);
}

/** The state as of `day`: a new day starts with a zero counter. */
export function rollover(state: ReminderState, day: string): ReminderState {
  return state.day === day ? state : { ...state, day, workSeconds: 0 };
}

/** Counts a report and says whether to remind now (the returned state already records a shown reminder). */
export function decide(
  state: ReminderState,
  input: ActivityInput,
  reminders: ReminderSettings,
  hours: WorkHours,
): Decision {
  const status = workTimeStatus(new Date(input.at), hours);
  const day = status.local?.date ?? new Date(input.at).toISOString().slice(0, 10);
  let next = rollover(state, day);
  const seconds = Number.isFinite(input.seconds) ? Math.min(MAX_REPORT_SECONDS, Math.max(0, input.seconds)) : 0;
  const personal = input.account === 'personal';
  if (status.inside && personal) next = { ...next, workSeconds: next.workSeconds + seconds };
  const minutes = Math.floor(next.workSeconds / 60);
  const answer = (remind: boolean, why: Why): Decision => ({
    state: remind ? { ...next, lastShownAt: input.at } : next,
    day,
    workTime: status.inside,
    remind,
    why,
    minutes,
  });

  if (status.reason === 'holiday') return answer(false, 'holiday');
  if (!status.inside) return answer(false, 'outside-work-hours');
  if (!personal) return answer(false, 'official');
  if (!reminders.enabled) return answer(false, 'off');
  if (next.snoozedDay === day) return answer(false, 'snoozed');
  const why: Why | null = input.posted ? 'post' : minutes >= reminders.afterMinutes ? 'threshold' : null;
  if (!why) return answer(false, 'below-threshold');
  if (next.lastShownAt !== null && input.at - next.lastShownAt < reminders.capMinutes * 60_000) {
    return answer(false, 'capped');
  }
  return answer(true, why);
}

/** "Snooze for today": no reminder until the next local day. */
export function snooze(state: ReminderState, at: number, hours: WorkHours): ReminderState {
  const day = localDay(at, hours);
  return { ...rollover(state, day), snoozedDay: day };
}

/** Reads a stored state, falling back to the initial one for anything malformed. */
export function readState(value: unknown): ReminderState {
  if (typeof value !== 'object' || value === null) return { ...INITIAL_STATE };
  const s = value as Partial<Record<keyof ReminderState, unknown>>;
  const date = (d: unknown) => (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null);
  const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : null);
  return {
    day: date(s.day),
    workSeconds: num(s.workSeconds) ?? 0,
    lastShownAt: num(s.lastShownAt),
    snoozedDay: date(s.snoozedDay),
  };
}
