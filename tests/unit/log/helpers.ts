/** Shared helpers for the log tests: unique databases and rows. */
import { LogDB } from '@/lib/log/db';
import { EventLog } from '@/lib/log/store';
import type { NewLogRow } from '@/lib/log/schema';

/** A fresh database per test (fake-indexeddb, from tests/setup.ts). */
export function freshLog(): EventLog {
  return new EventLog(new LogDB(`test-log-${crypto.randomUUID()}`));
}

export const DAY = 86_400_000;

/** A row with sensible defaults. */
export function row(over: Partial<NewLogRow> = {}): NewLogRow {
  return {
    at: Date.UTC(2026, 10, 24, 14, 30),
    day: '2026-11-24',
    action: 'guidance-shown',
    site: 'x',
    account: 'personal',
    rules: ['partisan'],
    severities: ['high'],
    ...over,
  };
}
