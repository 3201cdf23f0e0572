/**
 * The daily alarm: just after local midnight it starts the reminders' new day,
 * deletes log rows older than `logRetentionDays`, and schedules itself again.
 * On every service-worker start `ensure()` recreates a missing alarm and prunes
 * when the last pruning is more than a day old (the browser may have been closed
 * at midnight). The last pruning time lives in storage, not in memory.
 */
import type { Settings } from '../settings/schema';
import type { EventLog } from '../log/store';
import type { ReminderService, StateStorage } from '../reminders/service';
import { nextLocalMidnight } from '../reminders/schedule';

/** The browser.alarms name of the daily task. */
export const DAILY_ALARM = 'postwise-daily';
/** storage.local key: when retention last ran (epoch ms). */
export const LAST_PRUNED_KEY = 'logLastPrunedAt';
const DAY_MS = 86_400_000;

/** The part of browser.alarms used here. */
export interface AlarmsApi {
  get(name: string): Promise<{ name: string } | undefined>;
  create(name: string, info: { when?: number; periodInMinutes?: number }): void | Promise<void>;
}

/** What the daily task needs. */
export interface DailyDeps {
  alarms: AlarmsApi;
  log: EventLog;
  reminders: ReminderService;
  settings: () => Promise<Settings>;
  storage: StateStorage;
  now?: () => number;
}

/** The daily task: `ensure()` at each worker start, `onAlarm` for browser.alarms.onAlarm. */
export function createDailyTasks(deps: DailyDeps) {
  const now = deps.now ?? Date.now;

  async function schedule(s: Settings): Promise<void> {
    // A period too, in case the worker is gone when the one-off time passes; run() re-aims it.
    await deps.alarms.create(DAILY_ALARM, {
      when: nextLocalMidnight(now(), s.workHours.timeZone),
      periodInMinutes: 1440,
    });
  }

  /** Deletes rows past retention; answers how many. */
  async function prune(s: Settings): Promise<number> {
    const at = now();
    const removed = await deps.log.prune(s.logRetentionDays, at);
    await deps.storage.set({ [LAST_PRUNED_KEY]: at });
    return removed;
  }

  return {
    /** At each service-worker start: the alarm exists, and pruning is not overdue. */
    async ensure(): Promise<void> {
      const s = await deps.settings();
      if (!(await deps.alarms.get(DAILY_ALARM))) await schedule(s);
      const last = (await deps.storage.get(LAST_PRUNED_KEY))[LAST_PRUNED_KEY];
      if (typeof last !== 'number' || now() - last >= DAY_MS) await prune(s);
    },
    /** The alarm's work; answers how many rows retention deleted. */
    async run(): Promise<number> {
      const s = await deps.settings();
      await deps.reminders.newDay(now(), s.workHours);
      const removed = await prune(s);
      await schedule(s);
      return removed;
    },
    /** For browser.alarms.onAlarm. */
    async onAlarm(alarm: { name: string }): Promise<void> {
      if (alarm.name === DAILY_ALARM) await this.run();
    },
  };
}
