/**
 * Issue 12's scenarios, run by both browsers' suites (tests/e2e/welcome.spec.ts,
 * tests/firefox/welcome.test.ts): the welcome page on first run and not on a
 * restart, the "I have read the guidelines" acknowledgement and its export,
 * and the privacy-breach card after "Post anyway". Data and pure checks only.
 */
import { GUIDELINES_VERSION } from '../../lib/welcome/version';
import { LOG, leaks, strings } from './extension';
import { PHONE_DRAFT, type Scenario } from './guidance';

export const WELCOME = {
  path: 'welcome.html',
  heading: 'Welcome to Postwise',
  acknowledge: 'I have read the guidelines',
  /** What the page and the popup say once acknowledged (the date follows). */
  acknowledged: 'You confirmed on ',
  popupAcknowledged: /^GuidelinesYou confirmed on .+ that you read the guidelines\./,
  /**
   * How long a restarted browser is watched for a welcome page it must not open: more than
   * the background's wait for a managed policy (3 s) and the time a tab takes to open.
   */
  restartWatchMs: 8000,
  /** Typed into the welcome page's practice box (it draws guidance) before the export: must not be in it. */
  typed: `${LOG.typed}, text me at 902 555 0148`,
  /** The practice box's line once the draft was guided. */
  guided: /^Postwise has \d+ thing/,
};

/** What is wrong with an acknowledgement export (none when right): the version, and no typed text. */
export function exportProblems(data: string, format: 'json' | 'csv'): string[] {
  const problems: string[] = [];
  if (!data.includes(GUIDELINES_VERSION)) problems.push(`no guidelines version ${GUIDELINES_VERSION}`);
  const values = format === 'json' ? strings(JSON.parse(data)) : data.split(/[,\r\n]+/);
  for (const leak of leaks(values)) problems.push(`holds typed text: ${leak}`);
  return problems;
}

/** Post anyway with a phone number in the draft, on X. */
export const BREACH_SCENARIO: Scenario = {
  name: 'Post anyway with a phone number: the privacy-breach card',
  box: 'x-home',
  steps: [
    { click: 'editor' },
    { type: PHONE_DRAFT },
    { host: { has: ['personal-info'], severity: 'high' } },
    { click: 'submit' },
    { review: true },
    { choose: 'Post anyway' },
    { submits: [{ via: 'click', text: PHONE_DRAFT }] },
  ],
};

/** The card the scenario must bring, in its own shadow root at the end of the document. */
export const BREACH = {
  host: 'postwise-breach',
  title: 'This may be a privacy breach',
  says: [
    'Remove or hide the post',
    'Note when and where: X,',
    'Tell your manager.',
    'Report it to your manager or supervisor',
    'Privacy breaches that may occur',
  ],
  /** The log row it leaves (no text). */
  row: { action: 'breach-card-shown', origin: 'posted-anyway', site: 'x', rules: ['personal-info'] },
  /** Parts of the draft that no stored value may hold. */
  draftParts: ['kayak', '902 555 0148'],
};
