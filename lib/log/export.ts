/**
 * The log as a file the person can keep: JSON (the rows as stored, with a
 * readable time) or CSV (one row per event, lists joined with ';'). Pure.
 */
import { ROW_FIELDS, type LogRow } from './schema';
import { moderationSummary } from './dashboard';

/** The `format` field of a JSON export. */
export const EXPORT_FORMAT = 'postwise-activity-log';

/**
 * JSON: `{format, version, exportedAt, moderation, events: [...]}`; `moderation` sums up the
 * comments marked for moderation (by reason and by day, counts only; version 4).
 */
export function toJson(rows: readonly LogRow[], exportedAt: number): string {
  const events = rows.map((r) => ({ ...r, time: new Date(r.at).toISOString() }));
  const { total, inWorkHours, reasons, days } = moderationSummary(rows);
  return JSON.stringify({
    format: EXPORT_FORMAT,
    version: 4,
    exportedAt: new Date(exportedAt).toISOString(),
    moderation: { total, inWorkHours, reasons, days: days.filter((d) => d.count > 0) },
    events,
  });
}

/** One CSV cell (RFC 4180 quoting; a leading = + - @ is defused for spreadsheets). */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let s = Array.isArray(value) ? value.join(';') : String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value !== 'number') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a header row: the row fields, plus `time` (ISO-8601, UTC) after `at`. */
export function toCsv(rows: readonly LogRow[]): string {
  const header = ROW_FIELDS.flatMap((f) => (f === 'at' ? ['at', 'time'] : [f]));
  const lines = [header.join(',')];
  for (const row of rows) {
    const cells = ROW_FIELDS.flatMap((f) =>
      f === 'at' ? [csvCell(row.at), new Date(row.at).toISOString()] : [csvCell(row[f])],
    );
    lines.push(cells.join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
