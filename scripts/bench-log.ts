/**
 * Activity-log benchmark: the time to record 10,000 events (one `log` or
 * `activity` message at a time, through validation and Dexie, on
 * fake-indexeddb), and the time to draw the dashboard from them (read the four
 * weeks, summarise, render the charts and tables with Preact into happy-dom).
 * Budget (issue 5): under 200 ms to draw. A figure, not a timed test.
 *
 *   npm run bench:log
 */
import 'fake-indexeddb/auto';
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { Dexie } from 'dexie';
import { LogDB } from '../lib/log/db';
import { EventLog } from '../lib/log/store';
import { ReminderService } from '../lib/reminders/service';
import { createLogHandlers } from '../lib/background/log-handlers';
import { DEFAULT_SETTINGS } from '../lib/settings/schema';
import { RULE_IDS } from '../lib/rules/ids';
import type { LogEvent } from '../lib/messaging';

const EVENTS = 10_000;
const DRAWS = 15;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 24, 16, 0);

const window = new Window({ url: 'chrome-extension://postwise/options.html' });
Object.assign(globalThis, { window, document: window.document });
const { ActivityCharts } = await import('../components/dashboard/ActivityCharts');

const memory = new Map<string, unknown>();
const storage = {
  get: async (key: string | string[]) => Object.fromEntries([key].flat().map((k) => [k, memory.get(k)])),
  set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => memory.set(k, v)),
};
const name = `postwise-bench-${Date.now()}`;
const log = new EventLog(new LogDB(name));
let clock = NOW - 27 * DAY;
const handlers = createLogHandlers({
  log,
  reminders: new ReminderService(storage),
  settings: async () => DEFAULT_SETTINGS,
  now: () => clock,
});

// A deterministic mix over four weeks: mostly activity minutes and guidance.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pickOne = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const ACTIONS: LogEvent['action'][] = ['guidance-shown', 'fix-applied', 'review-edited', 'review-posted-anyway'];

const t0 = performance.now();
for (let i = 0; i < EVENTS; i++) {
  clock = NOW - 27 * DAY + Math.floor((i / EVENTS) * 27 * DAY);
  const site = pickOne(['facebook', 'x', 'youtube'] as const);
  const answer =
    i % 5 < 3
      ? await handlers.activity({ type: 'activity', site, account: 'personal', seconds: 60, typing: random() < 0.5 })
      : await handlers.log({
          type: 'log',
          event: {
            action: pickOne(ACTIONS),
            site,
            account: 'personal',
            rules: [pickOne(RULE_IDS)],
            severities: ['warning'],
          },
        });
  if (!answer.ok) throw new Error(`event ${i} refused: ${answer.reason}`);
}
const recordMs = performance.now() - t0;
const stored = await log.count();

const host = window.document.createElement('div');
window.document.body.append(host as never);
const times: { query: number; draw: number; total: number }[] = [];
clock = NOW;
for (let i = 0; i < DRAWS; i++) {
  const a = performance.now();
  const answer = await handlers['dashboard-data']({ type: 'dashboard-data' });
  const b = performance.now();
  render(null, host as never);
  render(h(ActivityCharts, { data: answer.data!, lang: i % 2 ? 'fr' : 'en' }), host as never);
  const c = performance.now();
  times.push({ query: b - a, draw: c - b, total: c - a });
}
const nodes = host.querySelectorAll('*').length;
const median = (k: keyof (typeof times)[number]) =>
  times.map((t) => t[k]).sort((x, y) => x - y)[Math.floor(DRAWS / 2)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

console.log(`Activity log benchmark (Node ${process.version}, fake-indexeddb, happy-dom)`);
console.log(
  `  record ${EVENTS.toLocaleString('en')} events one message at a time: ${ms(recordMs)} (${((recordMs / EVENTS) * 1000).toFixed(0)} µs/event); ${stored.toLocaleString('en')} rows stored`,
);
console.log(
  `  dashboard, median of ${DRAWS}: read + summarise ${ms(median('query'))}, render ${ms(median('draw'))} (${nodes} elements)`,
);
console.log(
  `  draw total: ${ms(median('total'))} median, ${ms(Math.max(...times.map((t) => t.total)))} worst (budget 200 ms): ${median('total') < 200 ? 'within budget' : 'OVER BUDGET'}`,
);

log.db.close();
await Dexie.delete(name);
await window.happyDOM.close();
