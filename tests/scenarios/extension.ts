/**
 * The extension-wide scenarios both browsers' suites run: settings from a
 * managed policy (Chromium: a policy file under /etc/chromium; Firefox: a
 * managed-storage manifest, or policies.json) shown by the popup and the
 * options page, and the activity log that keeps events but never text.
 * Data and small pure helpers only; each runner drives its own browser.
 */

/**
 * The person's settings every end-to-end test starts from: no work days. The
 * work-hours rule and the reminders follow the clock: without this, a run
 * during Nova Scotia office hours would find `work-hours` among the rules and
 * reminder cards on the pages. Tests about work time set their own hours
 * (LOG.alwaysAtWork); a test that sets `userSettings` keeps these in it.
 */
export const BASELINE_SETTINGS = {
  workHours: { days: [], start: '08:30', end: '16:30', timeZone: 'America/Halifax', holidays: 'none' },
  // No welcome page in tests about other things. In Chromium this lands before the first run's
  // decision (the background waits 3 s for a managed policy); Firefox decides at once, so its
  // harness closes the page. The welcome tests start without these settings.
  welcome: 'off',
};

/** Values that pass Chrome's schema; workHours.timeZone fails Postwise's own check. */
export const MANAGED = {
  department: 'E2E Department of Testing',
  commsContact: {
    name: 'Casey Example',
    title: 'Communications Director',
    phone: '(902) 555-0199',
    email: 'casey.example@novascotia.ca',
  },
  reviewBeforePosting: true,
  workHours: {
    days: [1, 2, 3, 4, 5],
    start: '08:30',
    end: '16:30',
    timeZone: 'Mars/Olympus',
    holidays: 'ns-civil-service',
  },
  locked: ['commsContact', 'department', 'reviewBeforePosting'],
};

/** What the popup and the options page must show for MANAGED (by data-testid), and without a policy. */
export const MANAGED_SHOWN = {
  popup: {
    contact: ['Casey Example', '(902) 555-0199'],
    beforePosting: 'Your department: E2E Department of Testing',
    problem: 'timeZone: expected a time zone name such as America/Halifax, found "Mars/Olympus"; the default is used',
  },
  options: {
    locked: 'Set by your organisation: your organisation’s policy sets this value and locks it.',
    lockedList: 'Communications contact (commsContact)',
    problem: 'Work hours (workHours) in your organisation’s policy',
    contactName: 'Casey Example',
    defaultTimeZone: 'America/Halifax',
  },
  defaults: { contact: ['Communications Nova Scotia', '(902) 722-1370'] },
};

/** The activity log: typed text that must never be stored, and the settings that make "now" work time. */
export const LOG = {
  typed: 'Zebra7431 kayak plans for the long weekend',
  secretParts: ['Zebra7431', 'kayak plans', 'long weekend'],
  /** Every day, all day, in UTC, no holidays; a reminder after one minute. */
  alwaysAtWork: {
    workHours: { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00', timeZone: 'UTC', holidays: 'none' },
    reminders: { enabled: true, afterMinutes: 1, capMinutes: 60, via: 'banner' },
  },
  /** Dexie version 4 of 'postwise-log' (IndexedDB version = Dexie version × 10). */
  dbVersion: 40,
  /** Events that must be in the log after the messages below. */
  actions: ['activity', 'guidance-shown', 'fix-applied', 'post-made', 'reminder-shown', 'reminder-snoozed'],
};

const GUIDANCE_EVENT = {
  site: 'x',
  account: 'personal',
  surface: 'post',
  rules: ['disclaimer'],
  severities: ['info'],
};

/** What the content script reports, sent the same way from an extension page, in order. */
export const LOG_MESSAGES: [name: string, message: Record<string, unknown>][] = [
  ['minute', { type: 'activity', site: 'x', account: 'personal', seconds: 60, typing: true }],
  ['shown', { type: 'log', event: { ...GUIDANCE_EVENT, action: 'guidance-shown' } }],
  ['fixed', { type: 'log', event: { ...GUIDANCE_EVENT, action: 'fix-applied' } }],
  ['posted', { type: 'activity', site: 'x', account: 'personal', seconds: 12, typing: true, posted: true }],
  // A log event carrying text is refused.
  ['withText', { type: 'log', event: { ...GUIDANCE_EVENT, action: 'post-made', text: 'Zebra7431 kayak plans' } }],
  ['snooze', { type: 'snooze-reminder', site: 'x' }],
];

/**
 * The answers LOG_MESSAGES must get (matched with toMatchObject). The post made on the page
 * already brought the day's reminder (shown there as a banner with REMINDER_QUOTE), so the
 * minute that follows gets none: one reminder per `capMinutes`.
 */
export const LOG_ANSWERS = {
  minute: { ok: true },
  shown: { ok: true },
  fixed: { ok: true },
  posted: { ok: true }, // within the 60-minute cap: no second reminder
  withText: { ok: false },
  snooze: { ok: true },
};

/** The reminder's policy quote contains this. */
export const REMINDER_QUOTE = 'on the job';

/** The reminder banner the content script shows on the page (its own shadow root). */
export const REMINDER_HOST = 'postwise-reminder';

/** Every string inside a value, however deep, keys included. */
export function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

/** The stored strings that contain any part of the typed text (must be none). */
export function leaks(stored: string[]): string[] {
  return stored.filter((s) => LOG.secretParts.some((p) => s.toLowerCase().includes(p.toLowerCase())));
}

/**
 * Reads the activity log with raw IndexedDB, in whatever extension context it is
 * evaluated (Chromium's service worker, a Firefox extension page). Self-contained,
 * so Playwright and puppeteer can both serialise it.
 */
export async function readLogRaw(): Promise<{ version: number; rows: Array<Record<string, unknown>> }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('postwise-log');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const rows = await new Promise<unknown[]>((resolve, reject) => {
    const get = db.transaction('events').objectStore('events').getAll();
    get.onsuccess = () => resolve(get.result);
    get.onerror = () => reject(get.error);
  });
  const version = db.version;
  db.close();
  return { version, rows: rows as Array<Record<string, unknown>> };
}
