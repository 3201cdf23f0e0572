import {
  ACKNOWLEDGEMENT_FORMAT,
  acknowledgementFile,
  acknowledgementStatus,
  parseAcknowledgement,
} from '@/lib/welcome/acknowledgement';
import { GUIDELINES_TITLE, GUIDELINES_VERSION } from '@/lib/welcome/version';

const AT = Date.UTC(2026, 2, 3, 14, 5);
const ack = { version: GUIDELINES_VERSION, at: AT };
const info = { exportedAt: Date.UTC(2026, 2, 4, 9, 0), department: 'Department of Agriculture', lang: 'en' as const };

test('status: none, current, or out of date after the guidelines changed', () => {
  expect(acknowledgementStatus(null)).toBe('none');
  expect(acknowledgementStatus(ack)).toBe('current');
  expect(acknowledgementStatus({ version: '2010-09-01.1', at: AT })).toBe('outdated');
});

test('a stored acknowledgement is read strictly: a version and a time, nothing else', () => {
  expect(parseAcknowledgement(ack)).toEqual(ack);
  expect(parseAcknowledgement({ ...ack, note: 'anything' })).toBeNull();
  expect(parseAcknowledgement({ version: 'a version with spaces', at: AT })).toBeNull();
  expect(parseAcknowledgement({ version: GUIDELINES_VERSION, at: -1 })).toBeNull();
  expect(parseAcknowledgement('yes')).toBeNull();
});

test('JSON for the manager: what was read, which version, when', () => {
  const file = acknowledgementFile(ack, 'json', info);
  expect(file.mime).toBe('application/json');
  expect(file.filename).toBe('postwise-acknowledgement-2026-03-03.json');
  expect(JSON.parse(file.data)).toEqual({
    format: ACKNOWLEDGEMENT_FORMAT,
    version: 1,
    statement: 'I have read the guidelines.',
    guidelines: GUIDELINES_TITLE,
    guidelinesVersion: GUIDELINES_VERSION,
    current: true,
    acknowledgedAt: '2026-03-03T14:05:00.000Z',
    department: 'Department of Agriculture',
    exportedAt: '2026-03-04T09:00:00.000Z',
  });
});

test('CSV: a header and one line; cells quoted; in French the statement is French', () => {
  const file = acknowledgementFile({ version: '2010-09-01.1', at: AT }, 'csv', { ...info, lang: 'fr' });
  expect(file.mime).toBe('text/csv');
  expect(file.filename).toBe('postwise-acknowledgement-2026-03-03.csv');
  const [header, line, end] = file.data.split('\r\n');
  expect(header).toBe('statement,guidelines,guidelinesVersion,current,acknowledgedAt,department,exportedAt');
  expect(line).toBe(
    `J’ai lu les lignes directrices.,"${GUIDELINES_TITLE}",2010-09-01.1,false,2026-03-03T14:05:00.000Z,Department of Agriculture,2026-03-04T09:00:00.000Z`,
  );
  expect(end).toBe('');
});
