import { anyIn, collect, digitsOf, endsIn, luhn, nanp, near, sentenceStarts, wordBefore } from '@/lib/detect/pii/text';

test('regex hits as sorted offsets, and queries on them', () => {
  const h = collect(/cat/g, 'a cat and a cat');
  expect(h).toEqual({ s: [2, 12], e: [5, 15] });
  expect(anyIn(h, 0, 5)).toBe(true);
  expect(anyIn(h, 0, 4)).toBe(false);
  expect(endsIn(h, 10, 15)).toBe(true);
  expect(endsIn(h, 6, 11)).toBe(false);
  expect(near(h, 9, 10, 1)).toBe(false);
  expect(near(h, 9, 10, 3)).toBe(true);
});

test('digits, the ten-digit form of a phone number, and the Luhn check', () => {
  expect(digitsOf('(902) 555-0148')).toBe('9025550148');
  expect(nanp('1-902-555-0148')).toBe('9025550148');
  expect(luhn('046454286')).toBe(true);
  expect(luhn('046454287')).toBe(false);
});

test('sentence starts skip abbreviations and initials', () => {
  const t = 'call mrs. boudreau. then j. smith! done';
  expect(sentenceStarts(t)).toEqual([0, 19, 34]);
});

test('the word before a position skips spaces, # and :', () => {
  expect(wordBefore('highway #102', 9)).toBe('highway');
  expect(wordBefore('exit: 10', 6)).toBe('exit');
  expect(wordBefore('10', 0)).toBe('');
});
