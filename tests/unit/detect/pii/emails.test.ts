import type { Candidate } from '@/lib/detect/pii/candidates';
import {
  findEmails,
  findObfuscatedEmails,
  findSpelledEmails,
  isGovernmentDomain,
  isRoleInbox,
} from '@/lib/detect/pii/emails';

const GOV = ['novascotia.ca', 'gov.ns.ca'];
const run = (find: (t: string, d: string[], out: Candidate[]) => void, t: string) => {
  const out: Candidate[] = [];
  find(t, GOV, out);
  return out.map((c) => `${t.slice(c.s, c.e)} ${c.domain}${c.government ? ' gov' : ''}${c.fixedOrg ? ' org' : ''}`);
};

test('plain addresses, with the domain, government or not, and shared inboxes', () => {
  expect(run(findEmails, 'jane.doe@gmail.com, j.smith@health.novascotia.ca, info@ns.ca')).toEqual([
    'jane.doe@gmail.com gmail.com',
    'j.smith@health.novascotia.ca health.novascotia.ca gov',
    'info@ns.ca ns.ca org',
  ]);
});

test('addresses spelled out or obfuscated', () => {
  expect(run(findSpelledEmails, 'j dot doe at hotmail dot com')).toEqual(['j dot doe at hotmail dot com hotmail.com']);
  expect(run(findObfuscatedEmails, 'jane [at] eastlink [dot] ca')).toEqual(['jane [at] eastlink [dot] ca eastlink.ca']);
});

test('government domains include subdomains; role inboxes include their parts', () => {
  expect(isGovernmentDomain('novascotia.ca', GOV)).toBe(true);
  expect(isGovernmentDomain('notnovascotia.ca', GOV)).toBe(false);
  expect(isRoleInbox('heating.info')).toBe(true);
  expect(isRoleInbox('no-reply')).toBe(true);
  expect(isRoleInbox('jane')).toBe(false);
});
