/**
 * A reminder as a browser notification, for people who chose that in the
 * options page (the optional `notifications` permission). Without the
 * permission or the API, answers false and the caller falls back to the banner.
 */
import type { Reminder } from '../messaging';

/** The notification's id: one reminder at a time, a new one replaces the old. */
export const REMINDER_NOTIFICATION_ID = 'postwise-reminder';

/** A 16×16 PNG in Postwise's blue (Chrome needs an icon; the extension ships none yet). */
export const REMINDER_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR42mOQj19BEmIY1TCqYfhqAADEXyYQTKkI3AAAAABJRU5ErkJggg==';

/** The part of browser.notifications used here. */
export interface NotificationsApi {
  create(id: string, options: Record<string, unknown>): Promise<string>;
}

/** Shows the reminder; the "Snooze for today" button where the browser supports buttons (Chrome). */
export async function showReminderNotification(
  api: NotificationsApi | undefined,
  reminder: Reminder,
  labels: { title: string; snooze: string },
  iconUrl = REMINDER_ICON,
): Promise<boolean> {
  if (!api) return false;
  const base = { type: 'basic', iconUrl, title: labels.title, message: `${reminder.message}\n“${reminder.quote}”` };
  try {
    await api.create(REMINDER_NOTIFICATION_ID, { ...base, buttons: [{ title: labels.snooze }] });
    return true;
  } catch {
    try {
      await api.create(REMINDER_NOTIFICATION_ID, base); // Firefox has no buttons
      return true;
    } catch {
      return false;
    }
  }
}
