import { findAddresses } from '@/lib/detect/pii/addresses';
import type { Candidate } from '@/lib/detect/pii/candidates';
import { normalize } from '@/lib/detect/normalize';

const run = (text: string) => {
  const out: Candidate[] = [];
  const norm = normalize(text);
  findAddresses(norm, out);
  return out.map((c) => norm.text.slice(c.s, c.e));
};

test('English: number, capitalised name words, street type', () => {
  expect(run('She lives at 123 Main Street in Truro')).toEqual(['123 main street']);
  expect(run('at 14A Spring Garden Rd.')).toEqual(['14a spring garden rd']);
});

test('French: number, street type, name', () => {
  expect(run('au 12 rue Principale')).toEqual(['12 rue principale']);
});

test('not an address: routes, lower-case words in a capitalised draft, no street type', () => {
  expect(run('Take Highway 102 to Exit 10')).toEqual([]);
  expect(run('I saw 3 kids on the road')).toEqual([]);
  expect(run('We sold 40 big boxes Today')).toEqual([]);
});

test('a draft all in lower case keeps lower-case street names', () => {
  expect(run('send it to 55 maple crescent')).toEqual(['55 maple crescent']);
});
