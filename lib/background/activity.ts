/**
 * Starts the activity log and work-hours reminders in the background service
 * worker: the Dexie log (opened on first use), the reminder state in
 * storage.local, the daily alarm (retention and the new day), and the
 * notification's "Snooze for today" button. Listeners are registered
 * synchronously; nothing is kept only in memory, so calling this again in a
 * restarted worker carries on from storage.
 */
import type { browser } from 'wxt/browser';
import { uiLanguage } from '../i18n';
import { LogDB, LOG_DB_NAME } from '../log/db';
import { EventLog } from '../log/store';
import { ReminderService } from '../reminders/service';
import { notificationLabels } from '../reminders/messages';
import { REMINDER_NOTIFICATION_ID, showReminderNotification, type NotificationsApi } from '../reminders/notify';
import { createDailyTasks } from './log-alarms';
import { createLogHandlers } from './log-handlers';
import type { SettingsStore } from './settings-store';

/** Options of startActivity (tests give a database name and a clock). */
export interface ActivityOptions {
  dbName?: string;
  now?: () => number;
  onError?: (where: string, error: unknown) => void;
}

/** The extension API, as `wxt/browser` gives it. */
export type ExtensionApi = typeof browser;

/** Wires everything and answers the handlers for `createHandler({ extra })`. */
export function startActivity(api: ExtensionApi, settings: SettingsStore, options: ActivityOptions = {}) {
  const warn = options.onError ?? (() => undefined);
  const now = options.now ?? Date.now;
  const log = new EventLog(new LogDB(options.dbName ?? LOG_DB_NAME));
  const reminders = new ReminderService(api.storage.local);
  const resolved = async () => (await settings.resolve()).settings;
  const browserLanguage = () => {
    try {
      return api.i18n.getUILanguage();
    } catch {
      return undefined;
    }
  };
  const handlers = createLogHandlers({
    log,
    reminders,
    settings: resolved,
    now,
    lang: (s) => uiLanguage(s.language, browserLanguage()),
    // api.notifications exists only once the person granted the optional permission.
    notify: (reminder, lang) =>
      showReminderNotification(api.notifications as NotificationsApi | undefined, reminder, notificationLabels(lang)),
  });
  const daily = createDailyTasks({
    alarms: api.alarms,
    log,
    reminders,
    settings: resolved,
    storage: api.storage.local,
    now,
  });
  api.alarms.onAlarm.addListener((alarm) => daily.onAlarm(alarm).catch((e: unknown) => warn('daily alarm', e)));
  const ready = daily.ensure().catch((e: unknown) => warn('daily alarm setup', e));

  const onButton = (id: string) => {
    if (id !== REMINDER_NOTIFICATION_ID) return;
    void handlers['snooze-reminder']({ type: 'snooze-reminder' })
      .then(() => api.notifications?.clear(id))
      .catch((e: unknown) => warn('snooze', e));
  };
  const listenForSnooze = () => {
    const clicks = api.notifications?.onButtonClicked;
    if (clicks && !clicks.hasListener(onButton)) clicks.addListener(onButton);
  };
  try {
    listenForSnooze();
    api.permissions?.onAdded?.addListener(listenForSnooze);
  } catch (e) {
    warn('notification buttons', e); // no such API in this browser
  }

  return { handlers, log, reminders, daily, ready };
}
