/**
 * The guidelines' version names what employees are advised of: the bundled
 * policy text and the rules Postwise gives guidance on. When either changes,
 * GUIDELINES_VERSION must change too (the welcome page then opens once more
 * and older acknowledgements read as out of date): add the new version here
 * with what it holds, rather than editing an old entry.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULE_IDS } from '@/lib/rules/ids';
import { GUIDELINES_VERSION } from '@/lib/welcome/version';

/** Per version: the policy text's SHA-256, and the rule ids (sorted, space-separated). */
const VERSIONS: Record<string, { policySha256: string; rules: string }> = {
  '2016-10-18.1': {
    policySha256: 'eade83fae79f2c2c7f18fcaa26ef94d3683973bf35432a837a2f36dca2317bb2',
    rules:
      'authorization confidential criticizes-government disclaimer disrespectful government-email ' +
      'hateful-or-threatening official-business partisan personal-info political-link records ' +
      'self-identify work-hours',
  },
};

const policy = readFileSync(resolve(__dirname, '../../../assets/social-media-policy.txt'), 'utf8');

test('the version names the policy’s administrative update', () => {
  const [date] = GUIDELINES_VERSION.split('.');
  const when = new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' });
  expect(policy).toContain(when); // "October 18, 2016"
});

test('the bundled policy and the rules are those of GUIDELINES_VERSION (else: a new version)', () => {
  const recorded = VERSIONS[GUIDELINES_VERSION];
  expect(recorded, `no record of ${GUIDELINES_VERSION} in this test`).toBeDefined();
  expect(createHash('sha256').update(policy).digest('hex')).toBe(recorded!.policySha256);
  expect([...RULE_IDS].sort().join(' ')).toBe(recorded!.rules);
});
