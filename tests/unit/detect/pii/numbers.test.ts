import type { Candidate } from '@/lib/detect/pii/candidates';
import {
  findCaseNumbers,
  findDatesOfBirth,
  findHealthCards,
  findPhones,
  findPostalCodes,
  findSins,
} from '@/lib/detect/pii/numbers';

const run = (find: (t: string, out: Candidate[]) => void, t: string) => {
  const out: Candidate[] = [];
  find(t, out);
  return out.map((c) => `${c.kind}:${t.slice(c.s, c.e)}${c.fixedOrg ? ':org' : ''}`);
};

test('phones: North American formats; toll-free, listed and government numbers are organisational', () => {
  const phones = (t: string) => run((x, out) => findPhones(x, new Set(['9025550100']), out), t);
  expect(phones('call 902-555-0148 or (902) 555 0199 ext. 12')).toEqual([
    'phone:902-555-0148',
    'phone:(902) 555 0199 ext. 12',
  ]);
  expect(phones('1-800-670-4357, 902-424-5200 and 902.555.0100')).toEqual([
    'phone:1-800-670-4357:org',
    'phone:902-424-5200:org',
    'phone:902.555.0100:org',
  ]);
  expect(phones('order 123-456-7890')).toEqual([]);
});

test('SIN: Luhn-valid, with a keyword or in the 3-3-3 form without another label', () => {
  expect(run(findSins, 'my sin is 046454286')).toEqual(['sin:046454286']);
  expect(run(findSins, '130 692 544')).toEqual(['sin:130 692 544']);
  expect(run(findSins, '046 454 286')).toEqual([]);
  expect(run(findSins, 'order # 130 692 544')).toEqual([]);
  expect(run(findSins, '046 454 287')).toEqual([]);
});

test('health cards need a keyword', () => {
  expect(run(findHealthCards, 'health card 1234 567 890')).toEqual(['health-card:1234 567 890']);
  expect(run(findHealthCards, 'tracking 1234 567 890')).toEqual([]);
});

test('postal codes, dates of birth after a keyword, case numbers after their label', () => {
  expect(run(findPostalCodes, 'halifax b3h 2y9')).toEqual(['postal-code:b3h 2y9']);
  expect(run(findDatesOfBirth, 'born march 3, 1988')).toEqual(['date-of-birth:march 3, 1988']);
  expect(run(findDatesOfBirth, 'on march 3, 1988')).toEqual([]);
  expect(run(findCaseNumbers, 'claim number 12345-678')).toEqual(['case-number:12345-678']);
  expect(run(findCaseNumbers, 'in case 2026-27 goes ahead, file 2019')).toEqual([]);
});
