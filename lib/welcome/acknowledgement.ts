/**
 * "I have read the guidelines": the date a person acknowledged which version
 * of the guidelines, kept in storage.local, shown in the popup and exported
 * as a small file (JSON or CSV) for their manager. It holds a version, dates,
 * and the department the settings name: never a draft, never a log row. Pure.
 */
import * as v from 'valibot';
import { csvCell } from '../log/export';
import type { Lang } from '../types';
import { GUIDELINES_TITLE, GUIDELINES_VERSION } from './version';

/** storage.local key of the acknowledgement. */
export const ACKNOWLEDGEMENT_KEY = 'acknowledgement';

/** Which version of the guidelines was acknowledged, and when (epoch ms). */
export interface Acknowledgement {
  version: string;
  at: number;
}

const ACKNOWLEDGEMENT = v.strictObject({
  version: v.pipe(v.string(), v.regex(/^[\w.-]{1,40}$/)),
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** The stored acknowledgement, or null when there is none (or it is not one). */
export function parseAcknowledgement(value: unknown): Acknowledgement | null {
  const result = v.safeParse(ACKNOWLEDGEMENT, value);
  return result.success ? result.output : null;
}

/** None yet; of the current guidelines; or of an older version (to read again). */
export type AcknowledgementStatus = 'none' | 'current' | 'outdated';

export function acknowledgementStatus(
  ack: Acknowledgement | null,
  version: string = GUIDELINES_VERSION,
): AcknowledgementStatus {
  if (!ack) return 'none';
  return ack.version === version ? 'current' : 'outdated';
}

/** The `format` field of a JSON export. */
export const ACKNOWLEDGEMENT_FORMAT = 'postwise-acknowledgement';

const STATEMENT: Record<Lang, string> = {
  en: 'I have read the guidelines.',
  fr: 'J’ai lu les lignes directrices.',
};

/** What an export says besides the acknowledgement itself. */
export interface ExportInfo {
  exportedAt: number;
  department: string;
  lang: Lang;
}

/** A file to save: its text, type and name. */
export interface ExportFile {
  data: string;
  mime: string;
  filename: string;
}

/** The acknowledgement as a file for a manager: JSON or CSV (one header line, one record). */
export function acknowledgementFile(ack: Acknowledgement, format: 'json' | 'csv', info: ExportInfo): ExportFile {
  const record = {
    statement: STATEMENT[info.lang],
    guidelines: GUIDELINES_TITLE,
    guidelinesVersion: ack.version,
    current: ack.version === GUIDELINES_VERSION,
    acknowledgedAt: new Date(ack.at).toISOString(),
    department: info.department,
    exportedAt: new Date(info.exportedAt).toISOString(),
  };
  const stamp = record.acknowledgedAt.slice(0, 10);
  if (format === 'json') {
    return {
      data: JSON.stringify({ format: ACKNOWLEDGEMENT_FORMAT, version: 1, ...record }, null, 2),
      mime: 'application/json',
      filename: `postwise-acknowledgement-${stamp}.json`,
    };
  }
  const keys = Object.keys(record) as (keyof typeof record)[];
  const data = `${keys.join(',')}\r\n${keys.map((k) => csvCell(record[k])).join(',')}\r\n`;
  return { data, mime: 'text/csv', filename: `postwise-acknowledgement-${stamp}.csv` };
}
