import { LEET, leetTokens } from '@/lib/detect/obfuscation';
import { normalize } from '@/lib/detect/normalize';
import { tokenize } from '@/lib/detect/tokens';

const words = (text: string) => leetTokens(tokenize(normalize(text))).map((t) => t.text);

test('one table: digits and symbols read as the letters they stand for', () => {
  expect(LEET['|']).toBe('i');
  expect(LEET['1']).toBe('i');
  expect(LEET['@']).toBe('a');
});

test('words that mix letters with digits or symbols are read as leetspeak', () => {
  expect(words('I will k1ll you, k!ll, k|ll, a$$hole')).toEqual([
    'i',
    'will',
    'kill',
    'you',
    'kill',
    'kill',
    'asshole',
  ]);
});

test('numbers, ordinals and units stay as they are', () => {
  expect(words('on the 3rd at 10am, 5km and 2026')).toEqual(['on', 'the', '3rd', 'at', '10am', '5km', 'and', '2026']);
});

test('the words are copied only when one changes', () => {
  const tokens = tokenize(normalize('nothing to change here'));
  expect(leetTokens(tokens)).toBe(tokens);
});
